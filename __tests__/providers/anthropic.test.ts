import { createProvider, type CompletionRequest } from '../../src/generate/providers/index.js';
import { expectLlmError, useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { anthropicError } from '../../test-support/fake-llm/server.js';
import { recordRetries } from '../../test-support/fake-llm/retry-recorder.js';

const KEY = 'sk-ant-test-SECRET-0123456789';
const req: CompletionRequest = {
  system: 'You write architecture documents.',
  messages: [
    { role: 'user', content: 'Write the document.' },
    { role: 'assistant', content: '# Architecture Design' },
    { role: 'user', content: 'Add the missing sections.' },
  ],
  maxTokens: 8000,
  temperature: 0,
};

const server = useFakeLlm();

function anthropic(extra: Parameters<typeof createProvider>[0] = {}) {
  const rec = recordRetries();
  const p = createProvider({
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    apiKey: KEY,
    baseUrl: server().anthropicBaseUrl,
    env: {},
    retry: rec.retry,
    ...extra,
  });
  return { p, rec };
}

describe('Anthropic messages: wire format', () => {
  test('POSTs {base}/v1/messages with x-api-key, anthropic-version, top-level system and max_tokens', async () => {
    server().reply({ text: '# Architecture Design\n' });
    const res = await anthropic().p.complete(req);

    expect(server().requests).toHaveLength(1);
    const r = server().requests[0];
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/v1/messages');
    expect(r.headers['x-api-key']).toBe(KEY);
    expect(r.headers['anthropic-version']).toBe('2023-06-01');
    expect(r.headers.authorization).toBeUndefined();
    expect(r.body).toEqual({
      model: 'claude-sonnet-4-6',
      max_tokens: 8000,
      system: 'You write architecture documents.',
      messages: [
        { role: 'user', content: 'Write the document.' },
        { role: 'assistant', content: '# Architecture Design' },
        { role: 'user', content: 'Add the missing sections.' },
      ],
      temperature: 0,
    });
    expect(res).toEqual({
      text: '# Architecture Design\n',
      truncated: false,
      finishReason: 'end_turn',
      model: 'claude-sonnet-4-6',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
  });

  test('a base URL ending in /v1 is not doubled', async () => {
    server().reply({ text: 'ok' });
    await anthropic({ baseUrl: `${server().url}/v1/` }).p.complete(req);
    expect(server().requests[0].path).toBe('/v1/messages');
  });

  test('the key comes from ANTHROPIC_API_KEY when not given', async () => {
    server().reply({ text: 'ok' });
    await anthropic({ apiKey: undefined, env: { ANTHROPIC_API_KEY: KEY } }).p.complete(req);
    expect(server().requests[0].headers['x-api-key']).toBe(KEY);
  });
});

describe('Anthropic messages: replies', () => {
  test('text blocks are joined; other blocks are ignored', async () => {
    server().reply({
      body: {
        type: 'message',
        model: 'claude-sonnet-4-6',
        content: [
          { type: 'thinking', thinking: 'hmm' },
          { type: 'text', text: '# Architecture ' },
          { type: 'text', text: 'Design' },
        ],
        stop_reason: 'end_turn',
      },
    });
    const res = await anthropic().p.complete(req);
    expect(res.text).toBe('# Architecture Design');
    expect(res.usage).toBeUndefined();
  });

  test("stop_reason 'max_tokens' flags the text as truncated", async () => {
    server().reply({ text: '# Architecture Design\n## 1. Sys', finishReason: 'max_tokens' });
    const res = await anthropic().p.complete(req);
    expect(res.truncated).toBe(true);
    expect(res.finishReason).toBe('max_tokens');
  });

  test('a body that is not JSON is a bad-response error', async () => {
    server().reply({ raw: '<html>502 Bad Gateway</html>' });
    const e = await expectLlmError(anthropic().p.complete(req));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toContain('not JSON');
    expect(server().requests).toHaveLength(1);
  });

  test('a reply without a text block is a bad-response error', async () => {
    server().reply({ body: { type: 'message', content: [], stop_reason: 'end_turn' } });
    const e = await expectLlmError(anthropic().p.complete(req));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toContain('no text block');
  });
});

describe('Anthropic messages: failures and retries', () => {
  test('529 overloaded is retried, then succeeds', async () => {
    server().reply(anthropicError(529, 'overloaded_error', 'Overloaded'), { text: 'done' });
    const { p, rec } = anthropic();
    expect((await p.complete(req)).text).toBe('done');
    expect(server().requests).toHaveLength(2);
    expect(rec.notices[0].error.message).toContain('overloaded (529)');
    expect(rec.waits).toEqual([750]);
  });

  test('429 rate_limit_error honours retry-after', async () => {
    server().reply(
      anthropicError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit', { headers: { 'retry-after': '12' } }),
      { text: 'done' },
    );
    const { p, rec } = anthropic();
    expect((await p.complete(req)).text).toBe('done');
    expect(rec.waits).toEqual([12000]);
  });

  test('429 with enforced_spend_limit_reached is a spend limit, not retried', async () => {
    server().reply(anthropicError(429, 'rate_limit_error', 'You have reached your monthly spend limit.', { errorCode: 'enforced_spend_limit_reached' }), {
      text: 'never',
    });
    const e = await expectLlmError(anthropic().p.complete(req));
    expect(e.kind).toBe('quota');
    expect(e.message).toContain('spend limit reached');
    expect(server().requests).toHaveLength(1);
  });

  test('400 "credit balance is too low" is a spend limit, not retried', async () => {
    server().reply(
      anthropicError(
        400,
        'invalid_request_error',
        'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
      ),
    );
    const e = await expectLlmError(anthropic().p.complete(req));
    expect(e.kind).toBe('quota');
    expect(e.message).toContain('spend limit reached');
    expect(e.message).toContain('credit balance is too low');
  });

  test('401 fails at once and never repeats the key', async () => {
    server().reply(anthropicError(401, 'authentication_error', `invalid x-api-key ${KEY}`));
    const e = await expectLlmError(anthropic().p.complete(req));
    expect(server().requests).toHaveLength(1);
    expect(e.kind).toBe('auth');
    expect(e.message).toBe(`the API key was rejected (401) by anthropic at ${new URL(server().url).host}: check llm-api-key / ANTHROPIC_API_KEY`);
    expect(e.message).not.toContain('SECRET');
  });

  test('404 not_found_error names the model', async () => {
    server().reply(anthropicError(404, 'not_found_error', 'model: claude-nope'));
    const e = await expectLlmError(anthropic({ model: 'claude-nope' }).p.complete(req));
    expect(e.kind).toBe('model-not-found');
    expect(e.message).toContain("model 'claude-nope' not found (404)");
    expect(e.code).toBe('not_found_error');
    expect(server().requests).toHaveLength(1);
  });

  test('403 permission_error is an auth error, not retried', async () => {
    server().reply(anthropicError(403, 'permission_error', 'Your API key does not have permission to use the specified resource.'));
    const e = await expectLlmError(anthropic().p.complete(req));
    expect(e.kind).toBe('auth');
    expect(e.message).toContain('403');
    expect(server().requests).toHaveLength(1);
  });

  test('a timeout is reported as such', async () => {
    server().reply({ hang: true });
    const e = await expectLlmError(anthropic({ timeoutMs: 200 }).p.complete(req));
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('did not answer within 200 ms');
  });
});
