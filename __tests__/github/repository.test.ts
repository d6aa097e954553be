import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DOC, REQS, startWorld, writes, type World } from './world.js';

let w: World;
const repo = { owner: 'acme', repo: 'shop' };

beforeEach(async () => {
  w = await startWorld();
  w.take();
});

afterEach(async () => {
  await w.gh.close();
});

describe('getPermission', () => {
  it.each([
    ['admin', true],
    ['maintain', true],
    ['write', true],
    ['triage', false],
    ['read', false],
  ] as const)('%s -> may run commands: %s', async (role, canWrite) => {
    w.gh.setPermission('acme', 'shop', 'dev', role);
    await expect(w.port.getPermission({ ...repo, username: 'dev' })).resolves.toEqual({ role, canWrite });
  });

  it('a stranger on a public repository can only read', async () => {
    await expect(w.port.getPermission({ ...repo, username: 'stranger' })).resolves.toEqual({ role: 'read', canWrite: false });
  });

  it('a 404 (no such user) means no permission', async () => {
    w.gh.failNext('GET /repos/acme/shop/collaborators/ghost/permission', 'not-found');
    await expect(w.port.getPermission({ ...repo, username: 'ghost' })).resolves.toEqual({ role: 'none', canWrite: false });
  });
});

it('addReaction acknowledges a comment once, however often it is sent', async () => {
  w.gh.commit({ ...repo, branch: 'feature', files: { [REQS]: 'v2' } });
  const { number } = w.gh.openPullRequest({ ...repo, head: 'feature' });
  const c = w.gh.addComment({ ...repo, number, user: 'dev', body: '/archdoc fix' });
  await w.port.addReaction({ ...repo, commentId: c.id, content: 'eyes' });
  await w.port.addReaction({ ...repo, commentId: c.id, content: 'eyes' });
  expect(c.reactions.map((r) => `${r.user}:${r.content}`)).toEqual(['github-actions[bot]:eyes']);
});

describe('loadRepository', () => {
  it('reads the default branch, the requirements and the drift issue in one request', async () => {
    const reqChange = w.gh.commit({ ...repo, branch: 'main', files: { [REQS]: 'v2\n', 'docs/requirements/a.md': 'a\n' } });
    const issue = await w.port.upsertIssue({ ...repo, label: 'archdoc-drift', title: 'drift', body: 'report', existing: null });
    w.take();
    const snap = await w.port.loadRepository({
      ...repo,
      paths: [DOC],
      requirementGlobs: [REQS, 'docs/requirements/*.md'],
      history: false,
      issueLabel: 'archdoc-drift',
    });
    expect(w.take()).toHaveLength(1);
    expect(snap).toMatchObject({ defaultBranch: 'main', oid: reqChange, requirementPaths: [REQS, 'docs/requirements/a.md'], issue: issue.issue });
    expect(snap.files.get(REQS)).toMatchObject({ text: 'v2\n' });
  });

  it('gives the last commit that changed each file, for drift without a stamp', async () => {
    const first = w.gh.branchOid('acme', 'shop', 'main')!;
    const later = w.gh.commit({ ...repo, branch: 'main', files: { [REQS]: 'v2\n' } });
    const globbed = w.gh.commit({ ...repo, branch: 'main', files: { 'docs/requirements/a.md': 'a\n' } });
    const snap = await w.port.loadRepository({ ...repo, paths: [DOC, 'missing.md'], requirementGlobs: [REQS, 'docs/requirements/*.md'], history: true });
    expect(snap.lastChanges.get('docs/requirements/a.md')?.oid).toBe(globbed);
    expect(snap.lastChanges.get(DOC)?.oid).toBe(first);
    expect(snap.lastChanges.get(REQS)?.oid).toBe(later);
    expect(snap.lastChanges.has('missing.md')).toBe(false);
    expect(snap.lastChanges.get(REQS)!.committedDate > snap.lastChanges.get(DOC)!.committedDate).toBe(true);
  });

  it('reads at another branch when asked', async () => {
    w.gh.commit({ ...repo, branch: 'release', files: { [DOC]: 'release doc\n' } });
    const snap = await w.port.loadRepository({ ...repo, ref: 'release', paths: [DOC], requirementGlobs: [] });
    expect(snap.files.get(DOC)).toMatchObject({ text: 'release doc\n' });
    expect(snap.oid).toBe(w.gh.branchOid('acme', 'shop', 'release'));
  });
});

describe('drift issue by label', () => {
  const label = 'archdoc-drift';

  it('opens one labelled issue, updates that same issue, and closes it with a comment', async () => {
    const created = await w.port.upsertIssue({ ...repo, label, title: 'Architecture doc drifted', body: 'report 1' });
    expect(created.action).toBe('created');
    expect(created.issue.url).toBe(`https://github.com/acme/shop/issues/${created.issue.number}`);

    const same = await w.port.upsertIssue({ ...repo, label, title: 'Architecture doc drifted', body: 'report 1' });
    expect(same).toEqual({ issue: created.issue, action: 'unchanged' });

    const updated = await w.port.upsertIssue({ ...repo, label, title: 'Architecture doc drifted', body: 'report 2' });
    expect(updated.action).toBe('updated');
    expect(updated.issue.number).toBe(created.issue.number);

    const issues = w.gh.issuesOf('acme', 'shop');
    expect(issues.map((i) => ({ labels: i.labels, body: i.body, state: i.state }))).toEqual([{ labels: [label], body: 'report 2', state: 'open' }]);

    await w.port.closeIssue({ ...repo, number: created.issue.number, comment: 'All good again.' });
    expect(w.gh.issuesOf('acme', 'shop')[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(w.gh.commentsOn('acme', 'shop', created.issue.number).map((c) => c.body)).toEqual(['All good again.']);
    await expect(w.port.findIssueByLabel({ ...repo, label })).resolves.toBeNull();
  });

  it('finds the oldest open issue with the label and ignores other labels', async () => {
    await w.port.upsertIssue({ ...repo, label: 'other', title: 'unrelated', body: 'x', existing: null });
    const mine = await w.port.upsertIssue({ ...repo, label, title: 't', body: 'b', existing: null });
    await w.port.upsertIssue({ ...repo, label, title: 'newer duplicate', body: 'b', existing: null });
    await expect(w.port.findIssueByLabel({ ...repo, label })).resolves.toEqual(mine.issue);
  });
});

describe('proposeChange', () => {
  const propose = (content: string, body = 'Regenerated by archdoc.') =>
    w.port.proposeChange({
      ...repo,
      branch: 'archdoc/regenerate',
      path: DOC,
      content,
      commitMessage: 'docs: regenerate architecture',
      title: 'archdoc: regenerate',
      body,
    });

  it('creates the branch, a verified commit and a pull request; later runs reuse them', async () => {
    const base = w.gh.branchOid('acme', 'shop', 'main')!;
    const first = await propose('# Architecture Design\n\nv2\n');
    expect(first).toMatchObject({ status: 'proposed', pullRequest: { created: true } });
    const pr = first.status === 'proposed' ? first.pullRequest : { number: 0 };
    expect(w.gh.fileAt('acme', 'shop', 'archdoc/regenerate', DOC)).toBe('# Architecture Design\n\nv2\n');
    expect(w.gh.fileAt('acme', 'shop', 'main', DOC)).toBe('# Architecture Design\n');
    expect(w.gh.state.requireCommit(w.gh.branchOid('acme', 'shop', 'archdoc/regenerate')!)).toMatchObject({ parents: [base], verified: true });

    w.take();
    const again = await propose('# Architecture Design\n\nv2\n');
    expect(again).toEqual({ status: 'proposed', pullRequest: { number: pr.number, url: expect.any(String), created: false }, commitOid: null });
    expect(writes(w.take())).toEqual([]);

    const third = await propose('# Architecture Design\n\nv3\n', 'Regenerated again.');
    expect(third).toMatchObject({ status: 'proposed', pullRequest: { number: pr.number, created: false } });
    expect(w.gh.fileAt('acme', 'shop', 'archdoc/regenerate', DOC)).toBe('# Architecture Design\n\nv3\n');
    expect(w.gh.state.repo('acme/shop')!.issues.get(pr.number)!.body).toBe('Regenerated again.');
  });

  it('proposes nothing when the default branch already has that content', async () => {
    await expect(propose('# Architecture Design\n')).resolves.toEqual({ status: 'unchanged' });
    expect(w.gh.branchOid('acme', 'shop', 'archdoc/regenerate')).toBeUndefined();
    expect(writes(w.take())).toEqual([]);
  });

  it('reports a branch that moved under it instead of overwriting', async () => {
    w.gh.createBranch({ ...repo, branch: 'archdoc/regenerate' });
    w.gh.failNext('graphql:CommitFile', {
      status: 200,
      body: {
        data: { createCommitOnBranch: null },
        errors: [{ type: 'STALE_DATA', path: ['createCommitOnBranch'], message: 'Expected branch to point to "x" but it did not.  Pull and try again.' }],
      },
    });
    await expect(propose('new\n')).resolves.toEqual({ status: 'moved' });
  });
});
