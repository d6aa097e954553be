/**
 * A document too large to read, through the API, end to end (the real dist/index.js and the fake
 * GitHub on 127.0.0.1): reported as not checked, never fetched, failing the run.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { DOC, VALID_DOC, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

describe('a document larger than archdoc reads, through the API', () => {
  it('is reported "not checked: too large" in one line, its text is never fetched, and the run fails', async () => {
    const huge = `${VALID_DOC}\n${'Padding paragraph of a document that grew far too large.\n\n'.repeat(40_000)}`;
    expect(huge.length).toBeGreaterThan(2 * 1024 * 1024);
    const pr = s.openPr({ [DOC]: huge });
    const run = await s.run(pr);

    expect(run.exitCode).not.toBe(0);
    // The GraphQL read reports the size; the REST fallback that fetches truncated blobs is not used.
    expect(s.calls().filter((c) => c.startsWith('GET') && c.includes('/contents/'))).toEqual([]);
    const [comment] = s.comments(pr);
    // Escaped for Markdown: `\_` and `\.` render as `_` and `.`.
    expect(comment.body).toMatch(/not checked: docs\/02\\_architecture\\\.md: too large at [0-9a-f]{7} \(2\\\.\d MB; archdoc reads files up to 1 MB\)/);
    expect(run.stdout).toMatch(/^::error::.*docs\/02_architecture\.md was not checked: docs\/02_architecture\.md: too large at/m);
    expect(run.summary).toMatch(/too large/);
  });

  it("a document between GitHub's GraphQL text limit and the cap is read whole through REST and checked", async () => {
    const big = `${VALID_DOC}\n${'Padding paragraph of a long but acceptable document.\n\n'.repeat(11_000)}`;
    expect(big.length).toBeGreaterThan(512 * 1024);
    expect(big.length).toBeLessThan(1024 * 1024);
    const pr = s.openPr({ [DOC]: big });
    const run = await s.run(pr);
    expect(s.calls().filter((c) => c.startsWith('GET') && c.includes('/contents/'))).toHaveLength(1);
    expect(run.stdout).not.toMatch(/too large/);
  });
});
