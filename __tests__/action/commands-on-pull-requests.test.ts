/**
 * What comment commands change for `pull_request` runs: the report offers `/archdoc fix` only when a
 * workflow on the default branch answers it, and a head that is archdoc's own commit is checked but
 * never answered (no push, no comment), so a PAT or App token cannot make archdoc loop.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { DOC, LOAD, OWNER, REPO, VALID_DOC, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

const BROKEN = VALID_DOC.replace('## 3. Data Model', '## 3. Data model');
const COMMANDS_WORKFLOW = `name: archdoc commands
on:
  issue_comment:
    types: [created]
jobs:
  archdoc:
    if: github.event.issue.pull_request
    runs-on: ubuntu-latest
    steps:
      - uses: archdoc/archdoc@v1
`;

describe('how to apply', () => {
  it('names the comment commands when a workflow on the default branch answers them, in the same single query', async () => {
    s.gh.commit({ owner: OWNER, repo: REPO, branch: 'main', files: { '.github/workflows/archdoc-commands.yml': COMMANDS_WORKFLOW } });
    const pr = s.openPr({ [DOC]: BROKEN });
    await s.run(pr, { mode: 'fix' });
    expect(s.calls()).toEqual([LOAD, `POST /repos/${OWNER}/${REPO}/issues/${pr.number}/comments`]);
    expect(s.comments(pr)[0].body).toContain('Comment `/archdoc fix` on this pull request to commit the proposed change to its branch.');
  });

  it('does not offer commands nobody answers', async () => {
    s.gh.commit({
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      files: { '.github/workflows/ci.yml': 'on: [issue_comment]\njobs:\n  x:\n    steps:\n      - run: echo archdoc\n' },
    });
    const pr = s.openPr({ [DOC]: BROKEN });
    await s.run(pr, { mode: 'fix' });
    const body = s.comments(pr)[0].body;
    expect(body).not.toContain('/archdoc fix');
    expect(body).toContain('Set `push: true` in the workflow');
  });
});

describe("a head that is archdoc's own commit", () => {
  it('is checked, but nothing is proposed, pushed or commented', async () => {
    const pr = s.openPr({ [DOC]: BROKEN });
    const own = s.push(pr, {});
    const head = s.gh.commit({
      owner: OWNER,
      repo: REPO,
      branch: 'feature',
      files: { [DOC]: BROKEN.replace('## 5.', '## 5 ') },
      message: `docs: fix ${DOC} (archdoc)\n\nArchdoc-Command: fix`,
      author: 'someone',
    });
    const run = await s.run(
      {
        ...own,
        headSha: head,
        payload: {
          ...own.payload,
          pull_request: { ...(own.payload.pull_request as object), head: { ...(own.payload.pull_request as { head: object }).head, sha: head } },
        },
      },
      { mode: 'fix', push: 'true' },
    );

    expect(s.calls()).toEqual([LOAD]);
    expect(s.comments(pr)).toEqual([]);
    expect(s.gh.branchOid(OWNER, REPO, 'feature')).toBe(head);
    expect(run.log.join('\n')).toContain(`the head commit ${head.slice(0, 7)} is archdoc's own: checked only`);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.errors).not.toBe('0');
  });
});
