/** The Action when GitHub misbehaves or the document cannot be read: retried, or failed with the reason. */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { AUTH_FIELD, DOC, VALID_DOC, LOAD, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

const UPDATED = VALID_DOC.replace('for five minutes', 'for ten minutes');

describe('transient failures', () => {
  it('retries 5xx and 429 and the run succeeds', async () => {
    const pr = s.openPr({ [DOC]: UPDATED });
    s.gh.failNext('graphql:LoadPullRequest', 'server-error');
    s.gh.failNext('graphql:LoadPullRequest', 'bad-gateway');
    s.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'secondary-rate-limit-429', { retryAfter: 1 });
    const run = await s.run(pr);

    const comment = `POST /repos/acme/shop/issues/${pr.number}/comments`;
    expect(s.calls()).toEqual([LOAD, LOAD, LOAD, comment, comment]);
    expect(s.gh.requests.map((r) => r.status)).toEqual([500, 502, 200, 429, 201]);
    expect(run.exitCode).toBe(0);
    expect(run.failures).toEqual([]);
    expect(s.comments(pr)).toHaveLength(1);
    expect(s.comments(pr)[0].body).toContain('✅ **Pass');
  });
});

describe('persistent failures fail the run with a message that names the call', () => {
  it('reading the pull request', async () => {
    const pr = s.openPr({ [DOC]: UPDATED });
    s.gh.failNext('graphql:LoadPullRequest', 'server-error', { times: 10 });
    const run = await s.run(pr);

    expect(run.exitCode).toBe(1);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatch(
      /^archdoc could not check the document: GitHub API call failed: POST \/graphql \(LoadPullRequest\) -> 500 Internal Server Error after 4 attempts/,
    );
    expect(s.comments(pr)).toEqual([]);
  });

  it('writing the comment: the findings are still annotated and summarised', async () => {
    const pr = s.openPr({ [DOC]: VALID_DOC.replace(AUTH_FIELD, '') });
    s.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'server-error', { times: 10 });
    const run = await s.run(pr);

    expect(run.exitCode).toBe(1);
    expect(run.failures).toEqual([
      expect.stringMatching(
        new RegExp(
          `^could not update the pull request comment: GitHub API call failed: POST /repos/acme/shop/issues/${pr.number}/comments -> 500 Internal Server Error after 4 attempts`,
        ),
      ),
    ]);
    expect(run.annotations).toEqual([expect.objectContaining({ file: DOC, title: 'archdoc field-missing' })]);
    expect(run.summary).toContain('field-missing');
    expect(run.outputs).toMatchObject({ errors: '1', 'comment-url': '' });
  });

  it('a conflict (409) is not retried blindly', async () => {
    const pr = s.openPr({ [DOC]: UPDATED });
    s.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'conflict');
    const run = await s.run(pr);

    expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(run.exitCode).toBe(1);
    expect(run.failures[0]).toContain(`POST /repos/acme/shop/issues/${pr.number}/comments -> 409 Conflict after 1 attempt`);
  });
});

describe('a document that cannot be read', () => {
  it('is never a pass: the comment says it was not checked, and the run fails with the reason', async () => {
    const pr = s.openPr({ [DOC]: null });
    const run = await s.run(pr);

    expect(run.exitCode).toBe(1);
    expect(run.failures).toEqual([`${DOC} was not checked: ${DOC}: not found at ${pr.headSha.slice(0, 7)}`]);
    const [comment] = s.comments(pr);
    // The path is escaped Markdown (`docs/02\\_architecture\\.md`): it reads the same.
    expect(comment.body).toContain(`⏸ **Neutral:** not checked: ${DOC.replace(/[_.]/g, '\\$&')}: not found at ${pr.headSha.slice(0, 7)}`);
    expect(comment.body).not.toContain('✅');
    expect(run.summary).toContain('not checked');
  });
});
