import { createProvider, LlmError, secretsToMask } from '../../src/generate/providers/index.js';

function notConfigured(fn: () => unknown): LlmError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LlmError);
    expect((e as LlmError).kind).toBe('not-configured');
    return e as LlmError;
  }
  throw new Error('expected not-configured');
}

describe('createProvider', () => {
  test('with no key and no keyless base URL it says no provider is configured and how to configure one', () => {
    const e = notConfigured(() => createProvider({ env: {} }));
    expect(e.message).toMatch(/^no LLM provider configured/);
    expect(e.message).toContain('llm-api-key');
    expect(e.message).toContain('OPENAI_API_KEY');
    expect(e.message).toContain('ANTHROPIC_API_KEY');
    expect(e.message).toContain('deterministic fix');
  });

  test('a named provider without its key names the variable to set', () => {
    const e = notConfigured(() => createProvider({ provider: 'anthropic', env: { OPENAI_API_KEY: 'sk-other' } }));
    expect(e.message).toContain('ANTHROPIC_API_KEY');
  });

  test('keys for one vendor are never sent to another', () => {
    notConfigured(() => createProvider({ provider: 'groq', model: 'llama-3.3-70b-versatile', env: { OPENAI_API_KEY: 'sk-openai' } }));
  });

  test('the environment picks the provider and its default model', () => {
    expect(createProvider({ env: { OPENAI_API_KEY: 'sk-a' } })).toMatchObject({ name: 'openai', model: 'gpt-5-mini' });
    expect(createProvider({ env: { ANTHROPIC_API_KEY: 'sk-ant-a' } })).toMatchObject({ name: 'anthropic', model: 'claude-sonnet-4-6' });
  });

  test('the model name picks the provider when it is obvious', () => {
    const env = { OPENAI_API_KEY: 'sk-a', ANTHROPIC_API_KEY: 'sk-ant-a' };
    expect(createProvider({ model: 'claude-haiku-4-5', env }).name).toBe('anthropic');
    expect(createProvider({ model: 'gpt-4.1', env }).name).toBe('openai');
  });

  test('the base URL host picks the provider', () => {
    const env = { AZURE_OPENAI_API_KEY: 'az', GROQ_API_KEY: 'gsk', GEMINI_API_KEY: 'g', OPENROUTER_API_KEY: 'or', ANTHROPIC_API_KEY: 'a' };
    expect(createProvider({ baseUrl: 'https://contoso.openai.azure.com', model: 'dep', env }).name).toBe('azure-openai');
    expect(createProvider({ baseUrl: 'https://api.groq.com/openai/v1', model: 'llama-3.3-70b-versatile', env }).name).toBe('groq');
    expect(createProvider({ baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai/', env }).name).toBe('gemini');
    expect(createProvider({ baseUrl: 'https://openrouter.ai/api/v1', model: 'anthropic/claude-sonnet-4.5', env }).name).toBe('openrouter');
    expect(createProvider({ baseUrl: 'https://api.anthropic.com', env }).name).toBe('anthropic');
    expect(createProvider({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', env: {} }).name).toBe('ollama');
  });

  test('local servers need no key, remote unknown ones do', () => {
    expect(createProvider({ baseUrl: 'http://127.0.0.1:8000/v1', model: 'qwen', env: {} }).name).toBe('openai-compatible');
    expect(createProvider({ provider: 'vllm', baseUrl: 'http://gpu-box.internal:8000/v1', model: 'qwen', env: {} }).name).toBe('vllm');
    notConfigured(() => createProvider({ baseUrl: 'https://llm.example.com/v1', model: 'qwen', env: {} }));
  });

  test('Azure takes its endpoint from AZURE_OPENAI_ENDPOINT and needs a deployment name', () => {
    const env = { AZURE_OPENAI_API_KEY: 'az', AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com/' };
    expect(createProvider({ model: 'prod-gpt4o', env })).toMatchObject({ name: 'azure-openai', model: 'prod-gpt4o' });
    expect(notConfigured(() => createProvider({ provider: 'azure', env })).message).toContain('deployment name');
  });

  test('providers without a default model ask for one', () => {
    expect(notConfigured(() => createProvider({ provider: 'ollama', env: {} })).message).toContain('set llm-model');
  });

  test('GitHub Models is retired and refused by name or by URL', () => {
    expect(notConfigured(() => createProvider({ provider: 'github-models', env: { GITHUB_TOKEN: 't' } })).message).toContain('retired on 2026-07-30');
    expect(notConfigured(() => createProvider({ baseUrl: 'https://models.github.ai/inference', apiKey: 't', env: {} })).message).toContain('retired');
  });

  test('unknown providers and bad URLs are named', () => {
    expect(notConfigured(() => createProvider({ provider: 'skynet', env: {} })).message).toContain("unknown llm-provider 'skynet'");
    expect(notConfigured(() => createProvider({ baseUrl: 'ftp://x', env: {} })).message).toContain("'ftp://x' is not an http(s) URL");
  });

  test('errors at configuration time never contain a key', () => {
    const e = notConfigured(() => createProvider({ provider: 'azure', apiKey: 'sk-SECRET-xyz', env: {} }));
    expect(e.message).not.toContain('SECRET');
  });
});

describe('secretsToMask', () => {
  test('lists the explicit key and every key variable set, once each', () => {
    expect(secretsToMask({ apiKey: 'k1', env: { OPENAI_API_KEY: 'k1', ANTHROPIC_API_KEY: 'k2', AZURE_OPENAI_API_KEY: ' ', HOME: '/root' } }).sort()).toEqual([
      'k1',
      'k2',
    ]);
  });
});
