import { createProvider, type CompletionRequest, type LlmProvider } from '../../src/generate/providers/index.js';
import { expectLlmError, useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { openAiError, startFakeLlm } from '../../test-support/fake-llm/server.js';
import { recordRetries } from '../../test-support/fake-llm/retry-recorder.js';

const KEY = 'sk-test-SECRET-0123456789';
const req: CompletionRequest = {
  system: 'You write architecture documents.',
  messages: [
    { role: 'user', content: 'Write the document.' },
    { role: 'assistant', content: '# Architecture Design' },
    { role: 'user', content: 'Fix section-missing on line 3.' },
  ],
  maxTokens: 4000,
  temperature: 0.2,
};

const server = useFakeLlm();

function openai(extra: Parameters<typeof createProvider>[0] = {}): { p: LlmProvider; rec: ReturnType<typeof recordRetries> } {
  const rec = recordRetries();
  const p = createProvider({ provider: 'openai', model: 'gpt-4.1-mini', apiKey: KEY, baseUrl: server().openaiBaseUrl, env: {}, retry: rec.retry, ...extra });
  return { p, rec };
}

describe('OpenAI chat completions: wire format', () => {
  test('POSTs {base}/chat/completions with bearer auth, system as the first message and max_completion_tokens', async () => {
    server().reply({ text: '# Architecture Design\n' });
    const { p } = openai();
    const res = await p.complete(req);

    expect(server().requests).toHaveLength(1);
    const r = server().requests[0];
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/v1/chat/completions');
    expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.body).toEqual({
      model: 'gpt-4.1-mini',
      messages: [
        { role: 'system', content: 'You write architecture documents.' },
        { role: 'user', content: 'Write the document.' },
        { role: 'assistant', content: '# Architecture Design' },
        { role: 'user', content: 'Fix section-missing on line 3.' },
      ],
      max_completion_tokens: 4000,
      temperature: 0.2,
    });
    expect(res).toEqual({
      text: '# Architecture Design\n',
      truncated: false,
      finishReason: 'stop',
      model: 'gpt-4.1-mini',
      usage: { inputTokens: 11, outputTokens: 7 },
    });
  });

  test('reasoning models get no temperature (they reject any but the default)', async () => {
    server().reply({ text: 'ok' });
    await openai({ model: 'gpt-5-mini' }).p.complete(req);
    expect(server().requests[0].body).not.toHaveProperty('temperature');
  });

  test('an Ollama base URL on localhost needs no key and is sent max_tokens', async () => {
    server().reply({ text: 'ok' });
    const p = createProvider({ baseUrl: `${server().url}/v1`, model: 'llama3.1', provider: 'ollama', env: {} });
    await p.complete(req);
    const r = server().requests[0];
    expect(r.headers.authorization).toBeUndefined();
    expect(r.body).toMatchObject({ model: 'llama3.1', max_tokens: 4000 });
    expect(r.body).not.toHaveProperty('max_completion_tokens');
  });

  test('the max-tokens field can be forced', async () => {
    server().reply({ text: 'ok' });
    await openai({ maxTokensField: 'max_tokens' }).p.complete(req);
    expect(server().requests[0].body).toMatchObject({ max_tokens: 4000 });
    expect(server().requests[0].body).not.toHaveProperty('max_completion_tokens');
  });

  test('a server that rejects max_completion_tokens gets max_tokens once, and from then on', async () => {
    server().reply(
      openAiError(400, 'Unrecognized request argument supplied: max_completion_tokens', { param: 'max_completion_tokens' }),
      { text: 'first' },
      { text: 'second' },
    );
    const { p } = openai();
    expect((await p.complete(req)).text).toBe('first');
    expect((await p.complete(req)).text).toBe('second');
    expect(server().requests.map((r) => Object.keys(r.body as object).filter((k) => k.startsWith('max')))).toEqual([
      ['max_completion_tokens'],
      ['max_tokens'],
      ['max_tokens'],
    ]);
  });

  test('a forced field is never switched', async () => {
    server().reply(
      openAiError(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", {
        param: 'max_tokens',
        code: 'unsupported_parameter',
      }),
    );
    const e = await expectLlmError(openai({ maxTokensField: 'max_tokens' }).p.complete(req));
    expect(e.kind).toBe('bad-request');
    expect(e.message).toContain("'max_tokens' is not supported");
    expect(server().requests).toHaveLength(1);
  });

  test('Azure endpoint: deployment path, api-version and api-key header', async () => {
    server().reply({ text: 'ok' });
    const p = createProvider({ provider: 'azure-openai', baseUrl: server().url, model: 'my-gpt4o', env: { AZURE_OPENAI_API_KEY: KEY } });
    await p.complete(req);
    const r = server().requests[0];
    expect(r.path).toBe('/openai/deployments/my-gpt4o/chat/completions');
    expect(r.query).toEqual({ 'api-version': '2024-10-21' });
    expect(r.headers['api-key']).toBe(KEY);
    expect(r.headers.authorization).toBeUndefined();
    expect(r.body).toMatchObject({ max_completion_tokens: 4000 });
  });

  test('Azure v1 API: {endpoint}/openai/v1/chat/completions with the model in the body', async () => {
    server().reply({ text: 'ok' });
    const p = createProvider({ provider: 'azure', baseUrl: `${server().url}/openai/v1/`, model: 'gpt-4.1-nano', apiKey: KEY, env: {} });
    await p.complete(req);
    const r = server().requests[0];
    expect(r.path).toBe('/openai/v1/chat/completions');
    expect(r.query).toEqual({});
    expect(r.headers['api-key']).toBe(KEY);
    expect(r.body).toMatchObject({ model: 'gpt-4.1-nano' });
  });

  test('an api-version in the Azure base URL is kept', async () => {
    server().reply({ text: 'ok' });
    const p = createProvider({ provider: 'azure', baseUrl: `${server().url}/openai/deployments/dep1?api-version=2025-04-01-preview`, apiKey: KEY, env: {} });
    expect(p.model).toBe('dep1');
    await p.complete(req);
    expect(server().requests[0].path).toBe('/openai/deployments/dep1/chat/completions');
    expect(server().requests[0].query).toEqual({ 'api-version': '2025-04-01-preview' });
  });
});

describe('OpenAI chat completions: replies', () => {
  test("finish_reason 'length' flags the text as truncated", async () => {
    server().reply({ text: '# Architecture Design\n## 1. Sys', finishReason: 'length' });
    const res = await openai().p.complete(req);
    expect(res.truncated).toBe(true);
    expect(res.finishReason).toBe('length');
    expect(res.text).toBe('# Architecture Design\n## 1. Sys');
  });

  test("Azure's content_filter stop also counts as truncated", async () => {
    server().reply({ text: 'partial', finishReason: 'content_filter' });
    expect((await openai().p.complete(req)).truncated).toBe(true);
  });

  test('a body that is not JSON is a bad-response error, not retried', async () => {
    server().reply({ raw: '{"choices": [ {"message": ' });
    const e = await expectLlmError(openai().p.complete(req));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toContain('not JSON');
    expect(server().requests).toHaveLength(1);
  });

  test('a JSON body without choices is a bad-response error', async () => {
    server().reply({ body: { id: 'x', object: 'chat.completion' } });
    const e = await expectLlmError(openai().p.complete(req));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toContain('choices[0].message');
  });

  test('a refusal is reported as such', async () => {
    server().reply({ body: { choices: [{ message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop' }] } });
    const e = await expectLlmError(openai().p.complete(req));
    expect(e.kind).toBe('bad-response');
    expect(e.message).toContain('the model refused: I cannot help with that.');
  });
});

describe('OpenAI chat completions: failures and retries', () => {
  test('429 with retry-after, then 200: waits as asked and succeeds', async () => {
    server().reply(openAiError(429, 'Rate limit reached for requests', { code: 'rate_limit_exceeded', type: 'requests', headers: { 'retry-after': '7' } }), {
      text: 'done',
    });
    const { p, rec } = openai();
    expect((await p.complete(req)).text).toBe('done');
    expect(server().requests).toHaveLength(2);
    expect(rec.waits).toEqual([7000]);
    expect(rec.notices[0]).toMatchObject({ attempt: 1, maxAttempts: 4, delayMs: 7000 });
    expect(rec.notices[0].error.kind).toBe('rate-limit');
  });

  test('retry-after-ms wins over retry-after', async () => {
    server().reply(openAiError(429, 'slow down', { headers: { 'retry-after': '7', 'retry-after-ms': '1500' } }), { text: 'done' });
    const { p, rec } = openai();
    await p.complete(req);
    expect(rec.waits).toEqual([1500]);
  });

  test('a retry-after beyond the cap fails at once instead of waiting', async () => {
    server().reply(openAiError(429, 'daily limit', { headers: { 'retry-after': '3600' } }), { text: 'never' });
    const { p, rec } = openai();
    const e = await expectLlmError(p.complete(req));
    expect(e.kind).toBe('rate-limit');
    expect(e.message).toContain('asked to wait 3600 s');
    expect(rec.waits).toEqual([]);
    expect(server().requests).toHaveLength(1);
  });

  test('500 then 200 succeeds after an exponential, jittered backoff', async () => {
    server().reply(openAiError(500, 'The server had an error', { type: 'server_error' }), openAiError(503, 'busy'), { text: 'done' });
    const { p, rec } = openai();
    expect((await p.complete(req)).text).toBe('done');
    // base 1000 ms doubled per retry, jitter fixed at the middle of [d/2, d)
    expect(rec.waits).toEqual([750, 1500]);
  });

  test('persistent 5xx gives up after maxRetries + 1 attempts', async () => {
    server().reply(...Array.from({ length: 5 }, () => openAiError(502, 'bad gateway')));
    const { p } = openai({ maxRetries: 2 });
    const e = await expectLlmError(p.complete(req));
    expect(e.kind).toBe('server');
    expect(e.status).toBe(502);
    expect(e.attempts).toBe(3);
    expect(e.message).toContain('gave up after 3 attempts');
    expect(server().requests).toHaveLength(3);
  });

  test('401 fails at once with a clear message that does not contain the key', async () => {
    server().reply(
      openAiError(401, `Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`, {
        code: 'invalid_api_key',
      }),
    );
    const e = await expectLlmError(openai().p.complete(req));
    expect(server().requests).toHaveLength(1);
    expect(e.kind).toBe('auth');
    expect(e.retryable).toBe(false);
    expect(e.message).toBe(`the API key was rejected (401) by openai at ${new URL(server().url).host}: check llm-api-key / OPENAI_API_KEY`);
    expect(e.message).not.toContain(KEY);
    expect(e.message).not.toContain('SECRET');
  });

  test('a server message quoting the key is scrubbed', async () => {
    server().reply(openAiError(400, `bad request for key ${KEY} and sk-proj-abc****wxyz`));
    const e = await expectLlmError(openai().p.complete(req));
    expect(e.kind).toBe('bad-request');
    expect(e.message).not.toContain('SECRET');
    expect(e.message).not.toContain('sk-proj-abc');
  });

  test('404 names the model and is not retried', async () => {
    server().reply(openAiError(404, 'The model `gpt-9` does not exist or you do not have access to it.', { code: 'model_not_found' }));
    const e = await expectLlmError(openai({ model: 'gpt-9' }).p.complete(req));
    expect(server().requests).toHaveLength(1);
    expect(e.kind).toBe('model-not-found');
    expect(e.message).toContain("model 'gpt-9' not found");
  });

  test('Azure 404 names the deployment', async () => {
    server().reply(openAiError(404, 'The API deployment for this resource does not exist.', { code: 'DeploymentNotFound' }));
    const p = createProvider({ provider: 'azure-openai', baseUrl: server().url, model: 'gpt4o-prod', apiKey: KEY, env: {} });
    const e = await expectLlmError(p.complete(req));
    expect(e.message).toContain("deployment 'gpt4o-prod' not found");
  });

  test('429 insufficient_quota is a spend limit, not retried', async () => {
    server().reply(
      openAiError(429, 'You exceeded your current quota, please check your plan and billing details.', {
        code: 'insufficient_quota',
        type: 'insufficient_quota',
      }),
      { text: 'never' },
    );
    const { p, rec } = openai();
    const e = await expectLlmError(p.complete(req));
    expect(e.kind).toBe('quota');
    expect(e.retryable).toBe(false);
    expect(e.message).toContain('spend limit reached');
    expect(rec.waits).toEqual([]);
    expect(server().requests).toHaveLength(1);
  });

  test('400 is not retried', async () => {
    server().reply(openAiError(400, "This model's maximum context length is 128000 tokens.", { code: 'context_length_exceeded' }), { text: 'never' });
    const e = await expectLlmError(openai().p.complete(req));
    expect(e.kind).toBe('bad-request');
    expect(e.message).toContain('maximum context length');
    expect(server().requests).toHaveLength(1);
  });

  test('a server that never answers times out, and the timeout is not retried', async () => {
    server().reply({ hang: true }, { text: 'never' });
    const e = await expectLlmError(openai({ timeoutMs: 200 }).p.complete(req));
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('did not answer within');
    expect(server().requests).toHaveLength(1);
  });

  test('a refused connection is a network error, retried, then reported', async () => {
    const dead = await startFakeLlm();
    const url = dead.openaiBaseUrl;
    await dead.close();
    const rec = recordRetries();
    const p = createProvider({ provider: 'openai-compatible', baseUrl: url, model: 'm', env: {}, maxRetries: 2, retry: rec.retry });
    const e = await expectLlmError(p.complete(req));
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/could not reach openai-compatible at 127\.0\.0\.1:\d+: ECONNREFUSED/);
    expect(rec.waits).toHaveLength(2);
  });
});
