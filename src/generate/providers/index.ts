/**
 * The LLM provider layer: `createProvider` turns settings and environment into an LlmProvider.
 * Protocols are spoken over Node's fetch; see README.md in this folder for why and for defaults.
 */
import { AnthropicProvider } from './anthropic.js';
import { OpenAiCompatibleProvider, type MaxTokensField } from './openai.js';
import { KEY_ENV_VARS, resolveProvider, type Env } from './resolve.js';
import type { RetryOptions } from './transport.js';
import type { LlmProvider } from './types.js';

export * from './types.js';

export interface CreateProviderOptions {
  /** openai | anthropic | azure-openai | gemini | groq | openrouter | ollama | vllm | openai-compatible; inferred when absent. */
  provider?: string;
  model?: string;
  /** Wins over the environment. */
  apiKey?: string;
  baseUrl?: string;
  /** Per HTTP attempt (default 300 000 ms). */
  timeoutMs?: number;
  /** Retries after the first attempt on 408/429/5xx/529 and network errors (default 3). */
  maxRetries?: number;
  /** Where keys and AZURE_OPENAI_ENDPOINT are read (default process.env). */
  env?: Env;
  /** Force the OpenAI output-limit field; by default chosen per endpoint and adapted once on a 400. */
  maxTokensField?: MaxTokensField;
  azureApiVersion?: string;
  /** Backoff tuning, test hooks (sleep, random) and a retry logger. */
  retry?: Omit<RetryOptions, 'maxRetries'>;
  fetch?: typeof fetch;
}

/**
 * Builds the provider, or throws LlmError kind 'not-configured' saying how to configure one
 * (regeneration then falls back to the deterministic fix).
 */
export function createProvider(opts: CreateProviderOptions = {}): LlmProvider {
  const r = resolveProvider({ ...opts, env: opts.env ?? process.env });
  const transport = { timeoutMs: opts.timeoutMs, fetch: opts.fetch, retry: { ...opts.retry, maxRetries: opts.maxRetries } };
  if (r.protocol === 'anthropic') {
    return new AnthropicProvider({ ...transport, model: r.model, apiKey: r.apiKey, baseUrl: r.url, keyHint: r.keyHint, name: r.name });
  }
  return new OpenAiCompatibleProvider({
    ...transport,
    name: r.name,
    model: r.model,
    url: r.url,
    apiKey: r.apiKey,
    auth: r.auth,
    maxTokensField: r.maxTokensField,
    adaptMaxTokensField: !r.maxTokensFieldFixed,
    keyHint: r.keyHint,
    modelWord: r.modelWord,
    headers: r.name === 'openrouter' ? { 'X-Title': 'archdoc' } : undefined,
  });
}

/** Every key value that could be sent, for core.setSecret before anything is logged. */
export function secretsToMask(opts: { apiKey?: string; env?: Env } = {}): string[] {
  const env = opts.env ?? process.env;
  const values = [opts.apiKey, ...KEY_ENV_VARS.map((v) => env[v])].map((v) => v?.trim()).filter((v): v is string => !!v);
  return [...new Set(values)];
}
