/**
 * The Action end to end on pull requests: the real dist/index.js, spawned with the environment a runner
 * sets and a real webhook payload, against a fake GitHub. No checkout: the workspace is an empty folder.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { AUTH_FIELD, DOC, REQS, REQUIREMENTS, VALID_DOC, isWrite, LOAD, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

describe('a pull request that changes the requirements but not the document', () => {
  it('gets one comment with requirements-drift, updated to a pass once the document is fixed, and left alone when nothing changed', async () => {
    const pr = s.openPr({ [REQS]: `${REQUIREMENTS}- **Sharing**: quotes expire after 30 days.\n` });

    // Run 1 (opened): drift is an error, so the check fails and one comment says why.
    const first = await s.run(pr);
    expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(first.exitCode).toBe(1);
    expect(first.failures).toEqual(['archdoc found 1 error (fail-on: error)']);
    expect(first.outputs).toMatchObject({ errors: '1', warnings: '0', drift: 'true', changed: 'false' });
    const [comment] = s.comments(pr);
    expect(s.comments(pr)).toHaveLength(1);
    expect(first.outputs['comment-url']).toMatch(new RegExp(`/acme/shop/pull/${pr.number}#issuecomment-${comment.id}$`));
    expect(comment.body).toContain('❌ **1 error**');
    expect(comment.body).toContain('**This pull request changes:** the requirements, not the document.');
    expect(comment.body).toMatch(
      new RegExp(`\\| \\[requirements-drift\\]\\([^)]*\\) \\| \\[1\\]\\(https://github.com/acme/shop/blob/${pr.headSha}/docs/02_architecture.md#L1\\) \\|`),
    );
    expect(comment.body).toContain('archdoc 0.1.0');
    expect(first.annotations).toEqual([expect.objectContaining({ level: 'error', file: DOC, line: 1, title: 'archdoc requirements-drift' })]);
    expect(first.summary).toContain('requirements-drift');
    expect(first.reportJson).toMatchObject({ errors: 1, files: [{ path: DOC, findings: [{ rule: 'requirements-drift', line: 1 }] }] });

    // Run 2 (synchronize): the document is updated in the same pull request; the same comment turns to a pass.
    const fixed = s.push(pr, { [DOC]: VALID_DOC.replace('- **Resilience**:', '- **Quote expiry**: quotes expire after 30 days.\n- **Resilience**:') });
    const second = await s.run(fixed);
    expect(s.calls()).toEqual([LOAD, `PATCH /repos/acme/shop/issues/comments/${comment.id}`]);
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ errors: '0', warnings: '0', drift: 'false' });
    expect(second.annotations).toEqual([]);
    const after = s.comments(pr);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(comment.id);
    expect(after[0].body).toContain('✅ **Pass');
    expect(after[0].body).toContain('both the requirements and the document');
    expect(after[0].body).not.toContain('requirements-drift');

    // Run 3: the same event again (a re-run): one read, no write, the comment untouched.
    const third = await s.run(fixed);
    expect(s.calls()).toEqual([LOAD]);
    expect(third.exitCode).toBe(0);
    expect(third.outputs['comment-url']).toBe(second.outputs['comment-url']);
    expect(s.comments(pr)).toEqual(after);
  });
});

describe('tokens that cannot write', () => {
  it('on a fork pull request: validates, annotates and summarises, posts nothing and says why in the log', async () => {
    s.gh.addToken('ghs_forkReadOnly', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
    const pr = s.openPr({ [DOC]: VALID_DOC.replace(AUTH_FIELD, '') }, { headOwner: 'alice' });
    const run = await s.run(pr, {}, { token: 'ghs_forkReadOnly' });

    expect(s.calls()).toEqual([LOAD]);
    expect(s.comments(pr)).toEqual([]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.log.join('\n')).toMatch(/No comment posted: pull requests from forks get a read-only token/);
    expect(run.annotations).toEqual([expect.objectContaining({ level: 'error', file: DOC, title: 'archdoc field-missing' })]);
    expect(run.summary).toContain('field-missing');
    expect(run.outputs).toMatchObject({ errors: '1', 'comment-url': '' });
  });

  it('with a read-only token on the same repository: the refused comment is logged, the findings still reported', async () => {
    s.gh.addToken('ghs_readOnly', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
    const pr = s.openPr({ [DOC]: VALID_DOC.replace(AUTH_FIELD, '') });
    const run = await s.run(pr, {}, { token: 'ghs_readOnly' });

    expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(s.gh.requests[1].status).toBe(403);
    expect(s.comments(pr)).toEqual([]);
    expect(run.log.join('\n')).toMatch(/No comment posted: the token is read-only/);
    expect(run.exitCode).toBe(1);
    expect(run.failures).toEqual(['archdoc found 1 error (fail-on: error)']);
    expect(run.annotations).toEqual([expect.objectContaining({ file: DOC, title: 'archdoc field-missing' })]);
    expect(run.summary).toContain('field-missing');
  });
});

describe('inputs', () => {
  it('dry-run: true writes nothing to GitHub, not even with mode fix and push: true', async () => {
    const broken = VALID_DOC.replace('## 3. Data Model', '## 3. Data model');
    const pr = s.openPr({ [DOC]: broken });
    const run = await s.run(pr, { 'dry-run': 'true', mode: 'fix', push: 'true' });

    expect(s.gh.requests.filter(isWrite)).toEqual([]);
    expect(s.calls()).toEqual([LOAD]);
    expect(s.comments(pr)).toEqual([]);
    expect(s.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe(broken);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': '', 'comment-url': '' });
    expect(run.log.join('\n')).toMatch(/dry-run: would post the sticky comment/);
    expect(run.summary).toContain('Dry run: the proposed change was not pushed.');
    expect(run.summary).toContain('<details><summary>docs/02_architecture.md: +1 −1 lines</summary>');
    expect(run.summary).toContain('+## 3. Data Model');
  });

  it('mode: fix with push: true commits the fix to the branch on top of the head and says so in the comment', async () => {
    const pr = s.openPr({ [DOC]: VALID_DOC.replace('## 3. Data Model', '## 3. Data model') });
    const run = await s.run(pr, { mode: 'fix', push: 'true' });

    expect(s.calls()).toEqual([LOAD, 'POST /graphql (CommitFile)', `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(s.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe(VALID_DOC);
    const head = s.gh.branchOid('acme', 'shop', 'feature');
    expect(head).not.toBe(pr.headSha);
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': head });
    expect(s.comments(pr)[0].body).toContain(`**Committed:** the proposed document was pushed to this branch as [\`${head!.slice(0, 7)}\`]`);
  });

  it('does not comment on a pull request that touches neither the document nor the requirements when all is well', async () => {
    const pr = s.openPr({ 'src/app.ts': 'export const x = 1;\n' });
    const run = await s.run(pr);

    expect(s.calls()).toEqual([LOAD]);
    expect(run.exitCode).toBe(0);
    expect(s.comments(pr)).toEqual([]);
    expect(run.log.join('\n')).toMatch(/No comment: this pull request changes neither the documents nor their requirements, and the check passes/);
    expect(run.summary).toContain('neither the requirements nor the document');
  });

  it('reads .archdoc.yml at the head commit like the CLI does, in the same single query', async () => {
    const pr = s.openPr({ '.archdoc.yml': 'rules:\n  field-missing: warning\n', [DOC]: VALID_DOC.replace(AUTH_FIELD, '') });
    const run = await s.run(pr);

    expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(run.annotations).toEqual([expect.objectContaining({ level: 'warning', title: 'archdoc field-missing' })]);
  });
});
