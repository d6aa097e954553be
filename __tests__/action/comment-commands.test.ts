/**
 * `/archdoc` comment commands end to end: the real dist/index.js on real `issue_comment` payloads, against
 * the fake GitHub (whose history is exported to a real bare git repository for `git log`/`git show`) and
 * the scripted fake LLM. Every HTTP call of each run is counted.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeLlm, type FakeLlm } from '../../test-support/fake-llm/server.js';
import { AUTH_FIELD, DOC, OWNER, REPO, REQS, REQUIREMENTS, VALID_DOC } from './scenario.js';
import { startCommandWorld, type CommandWorld } from './comment-scenario.js';

let w: CommandWorld;
let llm: FakeLlm;
beforeEach(async () => {
  w = await startCommandWorld();
  llm = await startFakeLlm();
  w.role('alice', 'write');
});
afterEach(async () => {
  await llm.close();
  await w.close();
});

const KEY = 'sk-archdoc-test-0123456789';
const BROKEN = VALID_DOC.replace('## 3. Data Model', '## 3. Data model');
const CONFIG = 'POST /graphql (LoadRepository)';
const LOAD = 'POST /graphql (LoadPullRequest)';
const AT_HEAD = 'POST /graphql (ReadFiles)';
const COMMIT = 'POST /graphql (CommitFile)';
const react = (c: { commentId?: number }) => `POST /repos/${OWNER}/${REPO}/issues/comments/${c.commentId ?? '*'}/reactions`;
/** The calls with the comment id replaced by `*` (each run comments anew). */
const shape = (calls: string[]) => calls.map((c) => c.replace(/comments\/\d+\/reactions/, 'comments/*/reactions'));
const REACT = react({});
const permission = (login: string) => `GET /repos/${OWNER}/${REPO}/collaborators/${login}/permission`;
const commentOn = (n: number) => `POST /repos/${OWNER}/${REPO}/issues/${n}/comments`;
const llmInputs = () => ({ 'llm-provider': 'openai', 'llm-base-url': llm.openaiBaseUrl, 'llm-model': 'test-model', 'llm-api-key': KEY });
const REGENERATED = VALID_DOC.replace(/(### Key Endpoints\n(?:- .*\n)+)/, '$1- `GET /v1/audit/prices` - Price change history\n');

describe('/archdoc fix from a writer', () => {
  it('lands exactly one verified commit on the pinned head, only the document changed; the same command again is "already up to date"', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    const run = await w.command(pr.number, '/archdoc fix', 'alice');

    expect(run.exitCode).toBe(0);
    expect(shape(run.calls)).toEqual([CONFIG, REACT, permission('alice'), LOAD, AT_HEAD, COMMIT, commentOn(pr.number), REACT]);
    expect(run.reactions).toEqual(['eyes', 'rocket']);
    const head = w.gh.branchOid(OWNER, REPO, 'feature')!;
    expect(head).not.toBe(pr.headSha);
    const commit = w.gh.state.requireCommit(head);
    expect(commit).toMatchObject({ parents: [pr.headSha], verified: true, author: 'github-actions[bot]' });
    expect(run.outputs['commit-sha']).toBe(head);

    // The same facts from real git, on the fake's history exported to a bare repository.
    expect(w.git('log', '--format=%H %P', '-2', 'feature').trim().split('\n')).toEqual([
      `${head} ${pr.headSha}`,
      `${pr.headSha} ${w.gh.branchOid(OWNER, REPO, 'main')}`,
    ]);
    expect(w.git('show', '--name-only', '--format=', head).trim()).toBe(DOC);
    expect(w.git('show', `${head}:${DOC}`)).toBe(VALID_DOC);
    const message = w.git('log', '-1', '--format=%B', head).trim();
    expect(message).toMatch(
      /^docs: fix docs\/02_architecture\.md \(archdoc\)\n\nRequested by @alice with `\/archdoc fix` on #\d+\.\nMade by archdoc [\d.]+ in https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\.\n\nArchdoc-Command: fix$/,
    );
    expect(w.git('log', '-1', '--format=%(trailers:key=Archdoc-Command,valueonly)', head).trim()).toBe('fix');

    const sticky = w.sticky(pr.number)!;
    expect(sticky).toContain(`\`/archdoc fix\` requested by @alice: Committed \`${head.slice(0, 7)}\` to this branch.`);
    expect(run.replies).toHaveLength(1); // the sticky comment, nothing else

    const again = await w.command(pr.number, '/archdoc fix', 'alice');
    expect(shape(again.calls)).toEqual([
      CONFIG,
      REACT,
      permission('alice'),
      LOAD,
      AT_HEAD,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${w.gh.commentsOn(OWNER, REPO, pr.number).find((c) => c.body.startsWith('<!-- archdoc:sticky'))!.id}`,
      REACT,
    ]);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(head);
    expect(again.reactions).toEqual(['eyes', 'rocket']);
    expect(w.sticky(pr.number)).toContain('`/archdoc fix` requested by @alice: Already up to date: nothing to commit.');
    expect(again.replies).toEqual([]);
  });
});

describe('who may run a command', () => {
  it.each([
    ['none', null],
    ['read', 'read'],
    ['triage', 'triage'],
  ] as const)('%s: one polite refusal and a confused reaction; no LLM call, no commit, no sticky comment', async (_name, role) => {
    if (role === null) w.gh.state.requireRepo(`${OWNER}/${REPO}`).isPrivate = true;
    w.role('mallory', role);
    const pr = w.openPr({ [REQS]: `${REQUIREMENTS}- **Audit**: kept for seven years.\n` });
    llm.reply({ text: REGENERATED });
    const run = await w.command(pr.number, '/archdoc regenerate', 'mallory', { inputs: llmInputs() });

    expect(run.exitCode).toBe(0);
    expect(shape(run.calls)).toEqual([CONFIG, REACT, permission('mallory'), commentOn(pr.number), REACT]);
    expect(run.reactions).toEqual(['eyes', 'confused']);
    expect(run.replies).toEqual([
      {
        user: 'github-actions[bot]',
        body: expect.stringMatching(/^Sorry @mallory, only people with write access to this repository can run `\/archdoc` commands\./),
      },
    ]);
    expect(llm.requests).toHaveLength(0);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(pr.headSha);
    expect(w.sticky(pr.number)).toBeUndefined();
  });

  it.each(['write', 'maintain', 'admin'] as const)('%s: runs the command (one LLM call, one commit)', async (role) => {
    w.role('bob', role);
    const pr = w.openPr({ [REQS]: `${REQUIREMENTS}- **Audit**: kept for seven years.\n` });
    llm.reply({ text: REGENERATED });
    const run = await w.command(pr.number, '/archdoc regenerate', 'bob', { inputs: llmInputs() });

    expect(shape(run.calls)).toEqual([CONFIG, REACT, permission('bob'), LOAD, AT_HEAD, COMMIT, commentOn(pr.number), REACT]);
    expect(llm.requests).toHaveLength(1);
    expect(w.gh.state.requireCommit(w.gh.branchOid(OWNER, REPO, 'feature')!).parents).toEqual([pr.headSha]);
    expect(run.reactions).toEqual(['eyes', 'rocket']);
  });

  it.each([
    ['a bot', '/archdoc fix', { login: 'renovate[bot]', userType: 'Bot' as const }],
    ['an edited comment', '/archdoc fix', { action: 'edited' as const }],
    ['a deleted comment', '/archdoc fix', { action: 'deleted' as const }],
    ['a comment quoting the command', '> /archdoc fix\n\nWhat does this do?', {}],
    ['the command in a code block', '```\n/archdoc fix\n```', {}],
    ['the command in an indented code block', '    /archdoc fix', {}],
    ['the command on a later line', 'Looks good.\n/archdoc fix', {}],
  ])('%s: nothing at all, not one HTTP call', async (_what, body, o) => {
    const pr = w.openPr({ [DOC]: BROKEN });
    const { login = 'alice', ...rest } = o as { login?: string; userType?: 'Bot'; action?: 'edited' | 'deleted' };
    if (login !== 'alice') w.role(login, 'write');
    const run = await w.command(pr.number, body, login, { ...rest, inputs: llmInputs() });

    expect(run.exitCode).toBe(0);
    expect(run.calls).toEqual([]);
    expect(run.reactions).toEqual([]);
    expect(run.replies).toEqual([]);
    expect(llm.requests).toHaveLength(0);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(pr.headSha);
  });

  it('a non-writer spamming commands gets one reply per comment and no work', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    for (const body of ['/archdoc fix', '/archdoc regenerate', '/archdoc help', '/archdoc whatever']) {
      const run = await w.command(pr.number, body, 'mallory', { inputs: llmInputs() });
      expect(run.replies).toHaveLength(1);
      expect(run.calls.filter((c) => c.includes('CommitFile') || c.includes('LoadPullRequest'))).toEqual([]);
    }
    expect(llm.requests).toHaveLength(0);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(pr.headSha);
  });
});

describe('a moved branch', () => {
  it('between the read and the commit: the branch is left as it is, and the answer names the new head and how to retry', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    let pushed = '';
    w.gh.beforeNext('graphql:CommitFile', () => {
      pushed = w.gh.commit({ owner: OWNER, repo: REPO, branch: 'feature', files: { 'src/app.ts': 'x\n' }, author: 'dev' });
    });
    const run = await w.command(pr.number, '/archdoc fix', 'alice');

    expect(shape(run.calls)).toEqual([CONFIG, REACT, permission('alice'), LOAD, AT_HEAD, COMMIT, 'POST /graphql (BranchHead)', commentOn(pr.number), REACT]);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(pushed);
    expect(w.git('log', '--format=%H', 'feature').trim().split('\n').slice(0, 2)).toEqual([pushed, pr.headSha]);
    expect(w.sticky(pr.number)).toContain(
      `\`/archdoc fix\` requested by @alice: The branch moved to \`${pushed.slice(0, 7)}\` since archdoc read \`${pr.headSha.slice(0, 7)}\`, so nothing was committed. Comment \`/archdoc fix\` again to retry.`,
    );
    expect(run.reactions).toEqual(['eyes', 'confused']);
    expect(run.outputs['commit-sha']).toBe('');
  });
});

describe('a fork whose maintainers may not edit it', () => {
  it('gets the diff, the whole proposed file and the commands to apply them; no write is attempted', async () => {
    const pr = w.openPr({ [DOC]: BROKEN }, { headOwner: 'carol' });
    const run = await w.command(pr.number, '/archdoc fix', 'alice');

    expect(run.calls).not.toContain(COMMIT);
    expect(shape(run.calls)).toEqual([CONFIG, REACT, permission('alice'), LOAD, AT_HEAD, commentOn(pr.number), REACT]);
    const sticky = w.sticky(pr.number)!;
    expect(sticky).toContain('-## 3. Data model\n+## 3. Data Model');
    expect(sticky).toContain('<details><summary>The whole proposed docs/02_architecture.md');
    expect(sticky).toContain(`\`\`\`markdown\n${VALID_DOC}\`\`\``);
    expect(sticky).toContain('`git apply archdoc.patch`');
    expect(sticky).toContain('`archdoc fix --write docs/02_architecture.md`');
    expect(sticky).toContain('a fork archdoc cannot push to');
    expect(run.reactions).toEqual(['eyes', 'confused']);
    expect(w.gh.branchOid('carol', REPO, 'feature')).toBe(pr.headSha);
  });
});

describe('/archdoc regenerate', () => {
  it('commits the regenerated, stamped document in one commit after one LLM call', async () => {
    llm.reply({ text: `Here it is:\n\n\`\`\`markdown\n${REGENERATED}\`\`\`\n` });
    const pr = w.openPr({ [REQS]: `${REQUIREMENTS}- **Audit**: every price change is kept for seven years.\n` });
    const run = await w.command(pr.number, '/archdoc regenerate', 'alice', { inputs: llmInputs() });

    expect(llm.requests).toHaveLength(1);
    expect(JSON.stringify(llm.requests[0].body)).toContain('every price change is kept for seven years');
    const head = w.gh.branchOid(OWNER, REPO, 'feature')!;
    expect(w.gh.state.requireCommit(head)).toMatchObject({ parents: [pr.headSha], verified: true });
    const committed = w.git('show', `${head}:${DOC}`);
    expect(committed).toContain('- `GET /v1/audit/prices` - Price change history');
    expect(committed).toMatch(/<!-- archdoc:stamp \{.*"model":"test-model".*\} -->\n$/);
    expect(w.git('log', '-1', '--format=%s', head).trim()).toBe('docs: regenerate docs/02_architecture.md (archdoc)');
    expect(run.reactions).toEqual(['eyes', 'rocket']);
    // The key was masked and appears nowhere else: not in the log, the commit or the comment.
    expect(run.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`]);
    expect(w.sticky(pr.number)).not.toContain(KEY);
  });

  it('a failed regeneration commits nothing, says so, and ends with a confused reaction', async () => {
    llm.reply({ text: REGENERATED.slice(0, 300), finishReason: 'length' }, { text: REGENERATED.slice(0, 300), finishReason: 'length' });
    const pr = w.openPr({ [REQS]: `${REQUIREMENTS}- **Audit**: kept.\n` });
    const run = await w.command(pr.number, '/archdoc regenerate', 'alice', { inputs: { ...llmInputs(), 'max-attempts': '2' } });

    expect(run.calls).not.toContain(COMMIT);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(pr.headSha);
    expect(w.sticky(pr.number)).toMatch(/regeneration failed/i);
    expect(run.reactions).toEqual(['eyes', 'confused']);
  });
});

describe('help, unknown commands and plain issues', () => {
  it('a writer asking for help, or for an unknown command, gets the list of commands as a reply', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    const help = await w.command(pr.number, '/archdoc help', 'alice');
    expect(shape(help.calls)).toEqual([CONFIG, REACT, permission('alice'), commentOn(pr.number), REACT]);
    expect(help.replies[0].body).toContain('- `/archdoc fix`: commit the deterministic fix');
    expect(help.reactions).toEqual(['eyes', 'rocket']);
    const unknown = await w.command(pr.number, '/archdoc deploy <img src=x onerror=alert(1)> @everyone', 'alice');
    expect(unknown.replies[0].body).toMatch(/^@alice, archdoc does not know that command\./);
    expect(unknown.replies[0].body).not.toMatch(/deploy|<img|@everyone/);
    expect(unknown.reactions).toEqual(['eyes', 'confused']);
  });

  it('on a plain issue: a writer is told commands work on pull requests; a non-writer gets the same single refusal as anywhere', async () => {
    const issue = w.openIssue();
    const writer = await w.command(issue, '/archdoc fix', 'alice', { onPullRequest: false });
    expect(shape(writer.calls)).toEqual([CONFIG, REACT, permission('alice'), commentOn(issue), REACT]);
    expect(writer.replies).toEqual([{ user: 'github-actions[bot]', body: '@alice, `/archdoc` commands work on pull requests only: comment there.' }]);
    expect(writer.reactions).toEqual(['eyes', 'confused']);
    const other = await w.command(issue, '/archdoc fix', 'mallory', { onPullRequest: false });
    expect(other.replies).toHaveLength(1);
    expect(other.replies[0].body).toMatch(/^Sorry @mallory/);
  });

  it('on a closed pull request: nothing is committed, and the reply says why', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    w.gh.state.requireRepo(`${OWNER}/${REPO}`).issues.get(pr.number)!.state = 'closed';
    const run = await w.command(pr.number, '/archdoc fix', 'alice');
    expect(shape(run.calls)).toEqual([CONFIG, REACT, permission('alice'), LOAD, AT_HEAD, commentOn(pr.number), REACT]);
    expect(run.replies).toEqual([{ user: 'github-actions[bot]', body: '@alice, this pull request is closed: archdoc commits only to open pull requests.' }]);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(pr.headSha);
    expect(run.reactions).toEqual(['eyes', 'confused']);
  });

  it('the prefix comes from the default branch config: another prefix is not a command', async () => {
    w.gh.commit({ owner: OWNER, repo: REPO, branch: 'main', files: { '.github/archdoc.yml': 'command: /docs\n' } });
    const pr = w.openPr({ [DOC]: BROKEN });
    const old = await w.command(pr.number, '/archdoc fix', 'alice');
    expect(old.calls).toEqual([CONFIG]);
    expect(old.reactions).toEqual([]);
    const run = await w.command(pr.number, '/docs fix', 'alice');
    expect(run.reactions).toEqual(['eyes', 'rocket']);
    expect(w.sticky(pr.number)).toContain('`/docs fix` requested by @alice');
  });
});

describe('hostile comments', () => {
  it('HTML, mentions, workflow commands and a huge body never reach the log or a comment', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    const hostile = [
      '/archdoc fix <script>alert(1)</script> @everyone ::error::forged',
      '::error file=x::forged annotation',
      '::add-mask::nothing',
      '<img src=x onerror=alert(1)> @security-team #1',
      'x'.repeat(200_000),
    ].join('\n');
    for (const login of ['alice', 'mallory']) {
      const run = await w.command(pr.number, hostile, login);
      expect(run.stdout).not.toMatch(/forged|<script|@everyone|onerror|xxxxxxxxxx/);
      // The only workflow commands are archdoc's own: masks for the token, annotations on the document.
      expect(run.stdout.split('\n').filter((l) => l.startsWith('::') && !/^::(?:add-mask::|error title=archdoc |warning title=archdoc )/.test(l))).toEqual([]);
      for (const r of run.replies) expect(r.body).not.toMatch(/forged|<script|@everyone|onerror|@security-team|xxxxxxxxxx/);
    }
    expect(w.gh.state.requireCommit(w.gh.branchOid(OWNER, REPO, 'feature')!).parents).toEqual([pr.headSha]);
  });
});

describe('loop guards', () => {
  it('at most 5 archdoc commits per pull request per hour; the sixth command is answered with the limit', async () => {
    const pr = w.openPr({ [DOC]: BROKEN });
    let doc = BROKEN;
    for (let i = 0; i < 5; i++) {
      doc = doc === BROKEN ? VALID_DOC.replace(AUTH_FIELD, '') : BROKEN;
      w.gh.commit({
        owner: OWNER,
        repo: REPO,
        branch: 'feature',
        files: { [DOC]: doc },
        message: `docs: fix ${DOC} (archdoc)\n\nArchdoc-Command: fix`,
        author: 'github-actions[bot]',
      });
    }
    const before = w.gh.branchOid(OWNER, REPO, 'feature');
    const run = await w.command(pr.number, '/archdoc fix', 'alice');
    expect(run.calls).not.toContain(COMMIT);
    expect(w.gh.branchOid(OWNER, REPO, 'feature')).toBe(before);
    expect(w.sticky(pr.number)).toContain('archdoc already committed 5 times to this pull request in the last hour (the limit is 5)');
    expect(run.reactions).toEqual(['eyes', 'confused']);
  });
});
