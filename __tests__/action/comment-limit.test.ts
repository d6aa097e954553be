/** A report far over GitHub's comment limit: posted within it, saying what was left out and where it is. */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ActionRunResult } from '../../test-support/action-run.js';
import { DOC, LOAD, VALID_DOC, startScenario, type PullRequest, type Scenario } from './scenario.js';

/**
 * Sections 5 and 4 swapped, each 2,500 lines long: `fix` moves one past the other, a diff of over 5,000
 * changed lines. 2,000 `TBD` paragraphs add 2,000 placeholder findings.
 */
function hugeDocument(): string {
  const at4 = VALID_DOC.indexOf('## 4. API Design Strategy');
  const at5 = VALID_DOC.indexOf('## 5. Cross-Cutting Concerns');
  const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
  return [
    VALID_DOC.slice(0, at4),
    VALID_DOC.slice(at5),
    lines(2500, (i) => `Resilience note ${i}: retries are bounded.`),
    '',
    lines(2000, (i) => `Open question ${i}: TBD.\n`),
    VALID_DOC.slice(at4, at5),
    lines(2500, (i) => `API note ${i}: versioned under /v1.`),
    '',
  ].join('\n');
}

let s: Scenario;
let pr: PullRequest;
let run: ActionRunResult;

beforeAll(async () => {
  s = await startScenario();
  pr = s.openPr({ [DOC]: hugeDocument() });
  run = await s.run(pr, { mode: 'fix' });
});

afterAll(async () => {
  await s.close();
});

it('posts one comment within 65,536 characters that says what it left out', () => {
  expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
  expect(run.outputs).toMatchObject({ errors: '2001', changed: 'true' });
  const comments = s.comments(pr);
  expect(comments).toHaveLength(1);
  const body = comments[0].body;
  expect([...body].length).toBeLessThanOrEqual(65_536);

  // Findings: errors first (the structural one leads), the cut stated with counts.
  expect(body).toContain('❌ **2001 errors**');
  expect(body.indexOf('section-order')).toBeLessThan(body.indexOf('placeholder'));
  expect(body).toMatch(
    /_Showing (\d+) of 2001 findings, errors first; \d+ findings \(\d+ errors\) left out to stay within the size limit\. See the job summary of this workflow run for the rest\._/,
  );
  // The diff went first; the comment says so and where to find it, and how to apply the fix anyway.
  expect(body).toMatch(
    /_The proposed diff \(docs\/02_architecture\.md: \+\d+ −\d+ lines\) was left out to stay within the size limit\. See the job summary of this workflow run for it\._/,
  );
  expect(body).toContain('The complete diff is in the job summary of this workflow run.');
  expect(body).toContain('`archdoc fix --write docs/02_architecture.md`');
  // The footer and the hidden digest survive the cut.
  expect(body).toContain('archdoc 0.1.0 · mode fix');
  expect(body).toMatch(/<!-- archdoc:digest [0-9a-f]{16} -->\n$/);
});

it('keeps the whole report in the job summary', () => {
  const diffLines = run.summary.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
  expect(diffLines.length).toBeGreaterThan(5000);
  expect(run.summary.match(/\| ❌ error \| \[placeholder\]/g)).toHaveLength(2000);
  expect(run.summary).not.toContain('left out');
});
