import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubApiError } from '../../src/github/errors.js';
import type { LoadPullRequestInput } from '../../src/github/port.js';
import { DOC, MARKER, REQS, startWorld, writes, type World } from './world.js';

let w: World;

beforeEach(async () => {
  w = await startWorld({
    [DOC]: '# Architecture Design\n',
    [REQS]: '# Requirements Specification\n',
    'docs/requirements/api.md': 'api v1\n',
    'logo.png': '',
  });
});

afterEach(async () => {
  await w.gh.close();
});

function openPr(files: Record<string, string | Buffer | null>, extra: { headOwner?: string; maintainerCanModify?: boolean } = {}) {
  const owner = extra.headOwner ?? 'acme';
  if (extra.headOwner) w.gh.fork({ owner: 'acme', repo: 'shop', forkOwner: owner });
  const headOid = w.gh.commit({ owner, repo: 'shop', branch: 'feature', files });
  const { number } = w.gh.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature', ...extra });
  w.take();
  return { number, headOid };
}

function load(number: number, headSha: string | undefined, more: Partial<LoadPullRequestInput> = {}) {
  return w.port.loadPullRequest({
    owner: 'acme',
    repo: 'shop',
    number,
    headSha,
    paths: [DOC, '.github/archdoc.yml'],
    requirementGlobs: [REQS],
    marker: MARKER,
    ...more,
  });
}

describe('loadPullRequest', () => {
  it('returns the changed files, head, fork flags, file texts and no sticky comment in ONE request', async () => {
    const { number, headOid } = openPr({ [REQS]: '# Requirements Specification\nv2\n', 'src/app.ts': 'x' });
    const pr = await load(number, headOid);
    expect(w.take()).toHaveLength(1);
    expect(pr).toMatchObject({ number, state: 'OPEN', headRef: 'feature', headOid, readAt: headOid, baseRef: 'main', isFork: false, stickyComment: null });
    expect(pr.headRepository).toEqual({ owner: 'acme', repo: 'shop' });
    expect(pr.changedFiles).toEqual([
      { path: REQS, changeType: 'MODIFIED' },
      { path: 'src/app.ts', changeType: 'ADDED' },
    ]);
    expect(pr.files.get(DOC)).toEqual({ kind: 'text', path: DOC, text: '# Architecture Design\n', byteSize: 22 });
    expect(pr.files.get(REQS)).toMatchObject({ kind: 'text', text: '# Requirements Specification\nv2\n' });
    expect(pr.files.get('.github/archdoc.yml')).toEqual({ kind: 'missing', path: '.github/archdoc.yml' });
    expect(pr.requirementPaths).toEqual([REQS]);
  });

  it("lists the pull request's latest commits and the default branch's workflows in the same request", async () => {
    w.gh.commit({
      owner: 'acme',
      repo: 'shop',
      branch: 'main',
      files: { '.github/workflows/archdoc.yml': 'on: issue_comment\n', '.github/workflows/notes.txt': 'x', '.github/workflows/sub/x.yml': 'y' },
    });
    const first = w.gh.commit({ owner: 'acme', repo: 'shop', branch: 'feature', files: { [REQS]: 'v2\n' }, message: 'one' });
    const { number, headOid } = openPr({ [REQS]: 'v3\n' });
    const pr = await load(number, headOid);
    expect(w.take()).toHaveLength(1);
    expect(pr.recentCommits.map((c) => [c.oid, c.message])).toEqual([
      [first, 'one'],
      [headOid, `Update ${REQS}`],
    ]);
    expect(pr.recentCommits[1].committedDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(pr.defaultBranch.workflows).toEqual([{ path: '.github/workflows/archdoc.yml', text: 'on: issue_comment\n' }]);
  });

  it('reads the default branch config in the same request, whatever the head and the base branch say', async () => {
    w.gh.commit({ owner: 'acme', repo: 'shop', branch: 'main', files: { '.github/archdoc.yml': 'mode: validate\n' } });
    w.gh.createBranch({ owner: 'acme', repo: 'shop', branch: 'release' });
    w.gh.commit({ owner: 'acme', repo: 'shop', branch: 'release', files: { '.github/archdoc.yml': 'mode: fix\n' } });
    w.gh.fork({ owner: 'acme', repo: 'shop', forkOwner: 'mallory' });
    const headOid = w.gh.commit({ owner: 'mallory', repo: 'shop', branch: 'feature', files: { '.github/archdoc.yml': 'mode: regenerate\n' } });
    const { number } = w.gh.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature', headOwner: 'mallory', base: 'release' });
    w.take();
    const pr = await load(number, headOid, { defaultBranchPaths: ['.github/archdoc.yml', '.archdoc.yml'] });
    expect(w.take()).toHaveLength(1);
    expect(pr.files.get('.github/archdoc.yml')).toMatchObject({ kind: 'text', text: 'mode: regenerate\n' });
    expect(pr.baseRef).toBe('release');
    expect(pr.defaultBranch.name).toBe('main');
    expect(pr.defaultBranch.files.get('.github/archdoc.yml')).toMatchObject({ kind: 'text', text: 'mode: validate\n' });
    expect(pr.defaultBranch.files.get('.archdoc.yml')).toEqual({ kind: 'missing', path: '.archdoc.yml' });
  });

  it('reads files at the given head sha, not at a head that moved since', async () => {
    const { number, headOid } = openPr({ [DOC]: 'old head\n' });
    const newer = w.gh.commit({ owner: 'acme', repo: 'shop', branch: 'feature', files: { [DOC]: 'new head\n' } });
    const pr = await load(number, headOid);
    expect(pr.files.get(DOC)).toMatchObject({ text: 'old head\n' });
    expect(pr.headOid).toBe(newer);
  });

  it('without a head sha reads at the current head, with one more request', async () => {
    const { number, headOid } = openPr({ [DOC]: 'at head\n' });
    const pr = await load(number, undefined);
    expect(pr.readAt).toBe(headOid);
    expect(pr.files.get(DOC)).toMatchObject({ text: 'at head\n' });
    expect(w.take()).toHaveLength(2);
  });

  it('reads a bounded requirements glob in the same single request', async () => {
    const { number, headOid } = openPr({ 'docs/requirements/billing.md': 'billing\n', 'docs/requirements/notes.txt': 'n' });
    const pr = await load(number, headOid, { requirementGlobs: ['docs/requirements/*.md', REQS] });
    expect(w.take()).toHaveLength(1);
    expect(pr.requirementPaths).toEqual([REQS, 'docs/requirements/api.md', 'docs/requirements/billing.md']);
    expect(pr.files.get('docs/requirements/billing.md')).toMatchObject({ kind: 'text', text: 'billing\n' });
    expect(pr.files.has('docs/requirements/notes.txt')).toBe(false);
  });

  it('reads a ** glob with one more request, fetching only the matches', async () => {
    const { number, headOid } = openPr({ 'docs/requirements/deep/er/x.md': 'deep\n' });
    const pr = await load(number, headOid, { requirementGlobs: ['docs/**/*.md'] });
    expect(w.take().map((r) => r.operation)).toEqual(['LoadPullRequest', 'ReadFiles']);
    expect(pr.requirementPaths).toEqual([REQS, DOC, 'docs/requirements/api.md', 'docs/requirements/deep/er/x.md']);
    expect(pr.files.get('docs/requirements/deep/er/x.md')).toMatchObject({ text: 'deep\n' });
  });

  it('pages through more than 100 changed files', async () => {
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`gen/f${String(i).padStart(3, '0')}.txt`, `${i}`]));
    const { number, headOid } = openPr(many);
    const pr = await load(number, headOid);
    expect(pr.changedFiles).toHaveLength(150);
    expect(pr.changedFiles.at(-1)?.path).toBe('gen/f149.txt');
    expect(w.take()).toHaveLength(2);
  });

  it('tells binary files, folders and truncated blobs apart (the latter read whole through REST)', async () => {
    const big = 'x'.repeat(3000) + '\n';
    const { number, headOid } = openPr({ 'logo.png': Buffer.from([0x89, 0x50, 0, 1]), [DOC]: big });
    w.gh.blobTextLimit = 1000;
    const pr = await load(number, headOid, { paths: [DOC, 'logo.png', 'docs/requirements'] });
    expect(pr.files.get('logo.png')).toEqual({ kind: 'binary', path: 'logo.png', byteSize: 4 });
    expect(pr.files.get('docs/requirements')).toEqual({ kind: 'directory', path: 'docs/requirements' });
    expect(pr.files.get(DOC)).toMatchObject({ kind: 'text', text: big });
    expect(w.take().map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual(['POST /graphql', `GET /repos/acme/shop/contents/${DOC}`]);
  });

  it('sees a fork and whether maintainers may push to it', async () => {
    const { number, headOid } = openPr({ [REQS]: 'changed\n' }, { headOwner: 'outsider', maintainerCanModify: true });
    const pr = await load(number, headOid);
    expect(pr).toMatchObject({ isFork: true, maintainerCanModify: true, headRepository: { owner: 'outsider', repo: 'shop' } });
    expect(pr.files.get(REQS)).toMatchObject({ text: 'changed\n' });
  });

  it('a missing pull request is an error naming the call', async () => {
    await expect(load(42, 'f'.repeat(40))).rejects.toThrow(/POST \/graphql \(LoadPullRequest\).*NOT_FOUND/);
  });
});

describe('sticky comment', () => {
  const upsert = (number: number, body: string, existing?: Parameters<World['port']['upsertStickyComment']>[0]['existing']) =>
    w.port.upsertStickyComment({ owner: 'acme', repo: 'shop', number, marker: MARKER, body, existing });

  it('is created, then updated in place, then left alone when unchanged', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });

    const first = await upsert(number, `${MARKER}\nverdict: 2 errors`, (await load(number, headOid)).stickyComment);
    expect(first).toMatchObject({ written: true, created: true });
    expect(first.url).toBe(`https://github.com/acme/shop/pull/${number}#issuecomment-${first.id}`);

    const second = await upsert(number, `${MARKER}\nverdict: 1 error`, (await load(number, headOid)).stickyComment);
    expect(second).toMatchObject({ id: first.id, url: first.url, written: true, created: false });
    expect(w.gh.commentsOn('acme', 'shop', number).map((c) => c.body)).toEqual([`${MARKER}\nverdict: 1 error`]);

    w.take();
    const third = await upsert(number, `${MARKER}\nverdict: 1 error`, (await load(number, headOid)).stickyComment);
    expect(third).toMatchObject({ id: first.id, written: false });
    expect(writes(w.take())).toEqual([]);
  });

  it('a pull-request validation run costs at most 3 requests, and 1 when nothing changed', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    const run = async (body: string) => {
      const pr = await load(number, headOid);
      await upsert(number, body, pr.stickyComment);
      return w.take();
    };
    expect((await run('report A')).length).toBeLessThanOrEqual(3);
    expect((await run('report B')).length).toBeLessThanOrEqual(3);
    expect(await run('report B')).toHaveLength(1);
  });

  it('adds the marker when the body lacks it, and is found again by it', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    await upsert(number, 'verdict', null);
    const found = (await load(number, headOid)).stickyComment;
    expect(found?.body).toBe(`${MARKER}\nverdict`);
    expect(found?.author).toBe('github-actions');
  });

  it('ignores a person quoting the marker and finds the bot comment', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'mallory', body: `look: ${MARKER}` });
    const mine = await upsert(number, 'verdict', null);
    const pr = await load(number, headOid);
    expect(pr.stickyComment?.id).toBe(mine.id);
  });

  it("takes only a comment its own identity wrote that starts with the marker: never another bot's or a person's", async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'renovate[bot]', body: `Dashboard\n\n${MARKER}\n` });
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'other-app[bot]', body: `${MARKER}\nanother app's archdoc` });
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'alice', body: `${MARKER}\ncopied` });
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'github-actions[bot]', body: `quoting ${MARKER} mid-body` });
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'github-actions[bot]', body: `${MARKER}-not-a-line-of-its-own` });
    expect((await load(number, headOid)).stickyComment).toBeNull();

    const mine = w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'github-actions[bot]', body: `${MARKER}\r\nedited in the web UI` });
    expect((await load(number, headOid)).stickyComment?.id).toBe(mine.id);
  });

  it('reuses its own comment of an older format when asked, preferring one with the current marker', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    const formerMarkerPrefix = '<!-- archdoc:sticky ';
    w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'other-app[bot]', body: `<!-- archdoc:sticky ${DOC} -->\nnot ours` });
    const old = w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'github-actions[bot]', body: `<!-- archdoc:sticky ${DOC} -->\nold` });
    expect((await load(number, headOid)).stickyComment).toBeNull();
    expect((await load(number, headOid, { formerMarkerPrefix })).stickyComment?.id).toBe(old.id);
    const current = w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'github-actions[bot]', body: `${MARKER}\nnew` });
    expect((await load(number, headOid, { formerMarkerPrefix })).stickyComment?.id).toBe(current.id);
  });

  it('finds its comment beyond the first 100 comments', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    for (let i = 0; i < 120; i++) w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'chatty', body: `comment ${i}` });
    const mine = w.gh.addComment({ owner: 'acme', repo: 'shop', number, user: 'github-actions[bot]', body: `${MARKER}\nold` });
    const pr = await load(number, headOid);
    expect(pr.stickyComment?.id).toBe(mine.id);
  });

  it('posts a new comment when the old one was deleted meanwhile', async () => {
    const { number } = openPr({ [REQS]: 'v2\n' });
    const gone = { id: 999999, nodeId: 'IC_gone', body: 'old', url: 'u', author: 'github-actions' };
    const res = await upsert(number, 'fresh', gone);
    expect(res).toMatchObject({ created: true, written: true });
    expect(w.gh.commentsOn('acme', 'shop', number)).toHaveLength(1);
  });

  it('a body over 65,536 characters is refused by GitHub with 422, so callers must bound it', async () => {
    const { number } = openPr({ [REQS]: 'v2\n' });
    const err = await upsert(number, 'x'.repeat(65_537), null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(422);
    expect((err as Error).message).toMatch(
      new RegExp(
        `POST /repos/acme/shop/issues/${number}/comments -> 422 Unprocessable Entity after 1 attempt: Validation Failed: body is too long \\(maximum is 65536 characters\\)`,
      ),
    );
    expect(w.gh.commentsOn('acme', 'shop', number)).toHaveLength(0);
  });
});

describe('commitFiles', () => {
  const commit = (expectedHeadOid: string, files: { path: string; content: string }[]) =>
    w.port.commitFiles({ owner: 'acme', repo: 'shop', branch: 'feature', expectedHeadOid, files, message: 'm' });

  it('commits on top of the expected head, as a verified commit', async () => {
    const { number, headOid } = openPr({ [REQS]: 'v2\n' });
    const res = await w.port.commitFiles({
      owner: 'acme',
      repo: 'shop',
      branch: 'feature',
      expectedHeadOid: headOid,
      files: [{ path: DOC, content: '# Architecture Design\n\nfixed\n' }],
      message: 'docs: archdoc fix\n\nApplied by archdoc.',
    });
    expect(res.moved).toBe(false);
    const oid = res.moved ? '' : res.oid;
    expect(w.gh.branchOid('acme', 'shop', 'feature')).toBe(oid);
    expect(w.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe('# Architecture Design\n\nfixed\n');
    const commit = w.gh.state.requireCommit(oid);
    expect(commit).toMatchObject({ parents: [headOid], message: 'docs: archdoc fix\n\nApplied by archdoc.', verified: true });
    expect((await load(number, oid)).headOid).toBe(oid);
  });

  it('does nothing and says so when the branch moved', async () => {
    const { headOid } = openPr({ [REQS]: 'v2\n' });
    const moved = w.gh.commit({ owner: 'acme', repo: 'shop', branch: 'feature', files: { [REQS]: 'v3\n' } });
    const res = await commit(headOid, [{ path: DOC, content: 'x' }]);
    // Where the branch is now, read in one more request, so the caller can say so.
    expect(res).toEqual({ moved: true, headOid: moved });
    expect(w.take().map((r) => r.operation)).toEqual(['CommitFile', 'BranchHead']);
    expect(w.gh.branchOid('acme', 'shop', 'feature')).toBe(moved);
    expect(w.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe('# Architecture Design\n');
  });

  it('puts several documents in one commit, in one request', async () => {
    const { headOid } = openPr({ [REQS]: 'v2\n' });
    const res = await commit(headOid, [
      { path: DOC, content: 'first\n' },
      { path: 'services/b/docs/architecture.md', content: 'second\n' },
    ]);
    expect(w.take().map((r) => r.operation)).toEqual(['CommitFile']);
    const oid = res.moved ? '' : res.oid;
    expect(w.gh.state.requireCommit(oid).parents).toEqual([headOid]);
    expect(w.gh.fileAt('acme', 'shop', oid, DOC)).toBe('first\n');
    expect(w.gh.fileAt('acme', 'shop', oid, 'services/b/docs/architecture.md')).toBe('second\n');
  });

  it.each([
    ['.github/workflows/ci.yml'],
    ['README'],
    ['../outside.md'],
    ['docs/../../outside.md'],
    ['/etc/motd.md'],
    ['docs//a.md'],
    ['./docs/a.md'],
    ['.git/hooks/x.md'],
    ['docs\\..\\a.md'],
    ['docs/a.md\n::warning::forged.md'],
  ])('refuses to commit %j, before any request', async (path) => {
    const { headOid } = openPr({ [REQS]: 'v2\n' });
    await expect(
      commit(headOid, [
        { path: DOC, content: 'ok\n' },
        { path, content: 'x' },
      ]),
    ).rejects.toThrow(`refusing to commit ${JSON.stringify(path)}: archdoc only commits Markdown documents (.md) at relative paths inside the repository`);
    await expect(commit(headOid, [])).rejects.toThrow('refusing an empty commit');
    await expect(
      commit(headOid, [
        { path: DOC, content: 'a' },
        { path: DOC, content: 'b' },
      ]),
    ).rejects.toThrow(/twice in one commit/);
    expect(w.take()).toEqual([]);
    expect(w.gh.branchOid('acme', 'shop', 'feature')).toBe(headOid);
  });
});
