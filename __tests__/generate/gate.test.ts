/**
 * The regeneration gate against a real HTTP server on 127.0.0.1 speaking each provider's protocol:
 * OpenAI chat completions, an OpenAI-compatible local server (Ollama) and Anthropic messages.
 */
import { readStamp } from '../../src/drift/stamp.js';
import { proposeRegeneration, type ProposeOptions } from '../../src/generate/propose.js';
import { SYSTEM_PROMPT } from '../../src/generate/prompt.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { anthropicError, openAiError, type FakeLlm, type RecordedRequest, type ScriptedReply } from '../../test-support/fake-llm/server.js';
import { recordRetries } from '../../test-support/fake-llm/retry-recorder.js';
import { BROKEN_DIAGRAM_DOC, chatWrapped, GOOD_DOC, REQUIREMENTS } from './fixtures.js';

const KEY = 'sk-test-GATE-SECRET-0123456789';
const DOC = 'docs/02_architecture.md';
const NOW = new Date('2026-03-01T12:00:00.000Z');

interface Protocol {
  name: string;
  provider: string;
  model: string;
  base: (s: FakeLlm) => string;
  path: string;
  truncatedReason: string;
  rateLimited: (retryAfter: string) => ScriptedReply;
  badKey: ScriptedReply;
  /** The documented request body for a one-turn conversation. */
  body: (user: string) => Record<string, unknown>;
  /** The conversation as sent, without the system prompt. */
  turns: (r: RecordedRequest) => { role: string; content: string }[];
  system: (r: RecordedRequest) => unknown;
}

const openaiTurns = (r: RecordedRequest) => (r.body as { messages: { role: string; content: string }[] }).messages.slice(1);
const openaiSystem = (r: RecordedRequest) => (r.body as { messages: { role: string; content: string }[] }).messages[0];

const openaiBody = (model: string, limitField: string, user: string) => ({
  model,
  messages: [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: user },
  ],
  [limitField]: 16000,
  temperature: 0,
});

const PROTOCOLS: Protocol[] = [
  {
    name: 'OpenAI chat completions',
    provider: 'openai',
    model: 'gpt-4.1-mini',
    base: (s) => s.openaiBaseUrl,
    path: '/v1/chat/completions',
    truncatedReason: 'length',
    rateLimited: (ra) => openAiError(429, 'Rate limit reached for requests', { code: 'rate_limit_exceeded', type: 'requests', headers: { 'retry-after': ra } }),
    badKey: openAiError(401, `Incorrect API key provided: ${KEY}.`, { code: 'invalid_api_key' }),
    // api.openai.com gets max_completion_tokens (max_tokens is deprecated there).
    body: (user) => openaiBody('gpt-4.1-mini', 'max_completion_tokens', user),
    turns: openaiTurns,
    system: openaiSystem,
  },
  {
    name: 'OpenAI-compatible server (Ollama)',
    provider: 'ollama',
    model: 'qwen2.5:14b',
    base: (s) => s.openaiBaseUrl,
    path: '/v1/chat/completions',
    truncatedReason: 'length',
    rateLimited: (ra) => openAiError(429, 'server busy', { headers: { 'retry-after': ra } }),
    badKey: openAiError(401, 'unauthorized'),
    // Local OpenAI-compatible servers know only max_tokens.
    body: (user) => openaiBody('qwen2.5:14b', 'max_tokens', user),
    turns: openaiTurns,
    system: openaiSystem,
  },
  {
    name: 'Anthropic messages',
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    base: (s) => s.anthropicBaseUrl,
    path: '/v1/messages',
    truncatedReason: 'max_tokens',
    rateLimited: (ra) =>
      anthropicError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit', { headers: { 'retry-after': ra } }),
    badKey: anthropicError(401, 'authentication_error', 'invalid x-api-key'),
    body: (user) => ({
      model: 'claude-sonnet-4-6',
      max_tokens: 16000,
      system: SYSTEM_PROMPT,
      messages: [{ role: 'user', content: user }],
      temperature: 0,
    }),
    turns: (r) => (r.body as { messages: { role: string; content: string }[] }).messages,
    system: (r) => (r.body as { system: unknown }).system,
  },
];

const server = useFakeLlm();

describe.each(PROTOCOLS)('regeneration over $name', (p) => {
  let retries: ReturnType<typeof recordRetries>;
  const propose = (extra: Partial<ProposeOptions> = {}) => {
    retries = recordRetries();
    return proposeRegeneration({
      llm: { provider: p.provider, model: p.model, apiKey: KEY, baseUrl: p.base(server()), env: {}, retry: retries.retry },
      template: 'architecture',
      readTemplate: () => {
        throw new Error('built-in template: nothing to read');
      },
      requirements: [{ path: 'docs/01_requirements.md', text: REQUIREMENTS }],
      currentDoc: undefined,
      docPath: DOC,
      now: () => NOW,
      ...extra,
    });
  };

  test('a good reply is accepted in one call, stamped, and the request has the documented shape', async () => {
    server().reply({ text: GOOD_DOC });
    const r = await propose();

    expect(r.status).toBe('ok');
    expect(r.calls).toBe(1);
    expect(server().requests).toHaveLength(1);
    const req = server().requests[0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe(p.path);
    const user = p.turns(req)[0].content;
    expect(req.body).toEqual(p.body(user));
    // The prompt carries the template's structure and the requirements, and no chat instructions.
    expect(user).toContain('<structure>\n# Architecture Design');
    expect(user).toContain('### Key Endpoints\n- `[Method] [Path]` - [Description]');
    expect(user).toContain('FR-10: A user creates a share link');
    expect(user).not.toMatch(/tell the user/i);

    expect(r.text?.startsWith(GOOD_DOC.trimEnd())).toBe(true);
    expect(readStamp(r.text ?? '')?.stamp).toEqual({
      requirements: { 'docs/01_requirements.md': expect.stringMatching(/^sha256:[0-9a-f]{16}$/) },
      template: expect.stringMatching(/^sha256:/),
      model: p.model,
      generated: '2026-03-01T12:00:00Z',
    });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.changed).toBe(true);
    expect(r.diff).toContain('+# Architecture Design');
  });

  test('a reply wrapped in chat text and a ```markdown fence is cleaned, without a second call', async () => {
    server().reply({ text: chatWrapped(GOOD_DOC) });
    const r = await propose();

    expect(r.status).toBe('ok');
    expect(r.calls).toBe(1);
    expect(r.text).not.toMatch(/Sure!|```markdown|complete!|Let me know/);
    expect(r.text?.startsWith('# Architecture Design\n')).toBe(true);
    expect(r.rounds[0].removed).toEqual(['1 line of chat before the document', 'the code fence around the document', '2 lines of chat after the document']);
  });

  test('a broken diagram triggers a repair round that sends the findings back with the previous reply', async () => {
    server().reply({ text: BROKEN_DIAGRAM_DOC }, { text: GOOD_DOC });
    const r = await propose();

    expect(r.status).toBe('ok');
    expect(r.calls).toBe(2);
    expect(r.rounds.map((x) => x.outcome)).toEqual(['findings', 'accepted']);
    const [first, second] = server().requests;
    const turns = p.turns(second);
    expect(turns).toHaveLength(3);
    expect(turns[0]).toEqual(p.turns(first)[0]);
    expect(turns[1]).toEqual({ role: 'assistant', content: BROKEN_DIAGRAM_DOC });
    expect(turns[2].role).toBe('user');
    // line:col rule: message, pointing into the document the model wrote.
    const line = BROKEN_DIAGRAM_DOC.split('\n').findIndex((l) => l.includes('FILE_VERSION keeps')) + 1;
    expect(turns[2].content).toMatch(new RegExp(`^- ${line}:\\d+ diagram-syntax: mermaid cannot parse this diagram`, 'm'));
    expect(p.system(second)).toEqual(p.system(first));
    expect(r.text?.startsWith(GOOD_DOC.trimEnd())).toBe(true);
  });

  test('three bad replies end in a clear failure and no document', async () => {
    server().reply({ text: BROKEN_DIAGRAM_DOC }, { text: BROKEN_DIAGRAM_DOC }, { text: BROKEN_DIAGRAM_DOC }, { text: GOOD_DOC });
    const r = await propose();

    expect(r.status).toBe('failed');
    expect(r.calls).toBe(3);
    expect(server().requests).toHaveLength(3);
    expect(server().pending()).toBe(1);
    expect(r.text).toBeUndefined();
    expect(r.diff).toBe('');
    expect(r.findings.map((f) => f.rule)).toEqual(['diagram-syntax']);
    expect(r.reason).toMatch(/did not pass the gate after 3 attempts: 1 error remained \(diagram-syntax at \d+:\d+\).*nothing was written/);
    // Each repair round carries the whole conversation so far.
    expect(server().requests.map((x) => p.turns(x).length)).toEqual([1, 3, 5]);
  });

  test(`a truncated reply (${p.truncatedReason}) is never a document`, async () => {
    server().reply({ text: GOOD_DOC.slice(0, 900), finishReason: p.truncatedReason });
    const r = await propose({ maxAttempts: 1 });

    expect(r.status).toBe('failed');
    expect(r.text).toBeUndefined();
    expect(r.rounds).toEqual([{ attempt: 1, outcome: 'truncated', finishReason: p.truncatedReason, errors: 0, removed: [] }]);
    expect(r.reason).toContain(`the reply was cut off (${p.truncatedReason})`);
  });

  test('after a truncated reply the next request asks for brevity and does not carry the cut-off text', async () => {
    server().reply({ text: GOOD_DOC.slice(0, 900), finishReason: p.truncatedReason }, { text: GOOD_DOC });
    const r = await propose();

    expect(r.status).toBe('ok');
    expect(r.calls).toBe(2);
    const turns = p.turns(server().requests[1]);
    expect(turns).toHaveLength(1);
    expect(turns[0].content).toMatch(/cut off at the output limit\. Write the complete document more concisely/);
  });

  test('429 then 200 succeeds within one LLM call, waiting as retry-after asks', async () => {
    server().reply(p.rateLimited('2'), { text: GOOD_DOC });
    const r = await propose();

    expect(r.status).toBe('ok');
    expect(r.calls).toBe(1);
    expect(server().requests).toHaveLength(2);
    expect(retries.waits).toEqual([2000]);
  });

  test('401 fails at once with a message naming the key setting and never the key', async () => {
    server().reply(p.badKey, { text: GOOD_DOC });
    const r = await propose();

    expect(r.status).toBe('failed');
    expect(server().requests).toHaveLength(1);
    expect(r.error?.kind).toBe('auth');
    expect(r.reason).toMatch(/the LLM call failed: the API key was rejected \(401\) by .* check llm-api-key/);
    expect(JSON.stringify(r)).not.toContain(KEY);
    expect(r.text).toBeUndefined();
  });
});
