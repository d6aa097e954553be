/** Which provider, model, endpoint and key a set of options and environment variables amount to. */
import { LlmError } from './types.js';
import type { MaxTokensField } from './openai.js';

export type ProviderName = 'openai' | 'anthropic' | 'azure-openai' | 'gemini' | 'groq' | 'openrouter' | 'ollama' | 'vllm' | 'openai-compatible';

export type Env = Record<string, string | undefined>;

interface Preset {
  protocol: 'openai' | 'anthropic';
  baseUrl?: string;
  /** Env variables read for the key, in order. */
  keyEnv: string[];
  /** Documented default; undefined means the user must name one. */
  defaultModel?: string;
  maxTokensField: MaxTokensField;
  /** Local servers need no key. */
  keyless?: boolean;
  hosts?: RegExp;
}

/** Default models: a current, inexpensive model that writes a long Markdown document well. */
const PRESETS: Record<ProviderName, Preset> = {
  openai: {
    protocol: 'openai',
    baseUrl: 'https://api.openai.com/v1',
    keyEnv: ['OPENAI_API_KEY'],
    defaultModel: 'gpt-5-mini',
    maxTokensField: 'max_completion_tokens',
    hosts: /^api\.openai\.com$/,
  },
  anthropic: {
    protocol: 'anthropic',
    baseUrl: 'https://api.anthropic.com',
    keyEnv: ['ANTHROPIC_API_KEY'],
    defaultModel: 'claude-sonnet-4-6',
    maxTokensField: 'max_tokens',
    hosts: /^api\.anthropic\.com$/,
  },
  'azure-openai': {
    protocol: 'openai',
    keyEnv: ['AZURE_OPENAI_API_KEY'],
    maxTokensField: 'max_completion_tokens',
    hosts: /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/,
  },
  gemini: {
    protocol: 'openai',
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
    keyEnv: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    defaultModel: 'gemini-2.5-flash',
    maxTokensField: 'max_tokens',
    hosts: /^generativelanguage\.googleapis\.com$/,
  },
  groq: { protocol: 'openai', baseUrl: 'https://api.groq.com/openai/v1', keyEnv: ['GROQ_API_KEY'], maxTokensField: 'max_tokens', hosts: /^api\.groq\.com$/ },
  openrouter: {
    protocol: 'openai',
    baseUrl: 'https://openrouter.ai/api/v1',
    keyEnv: ['OPENROUTER_API_KEY'],
    maxTokensField: 'max_tokens',
    hosts: /^openrouter\.ai$/,
  },
  ollama: {
    protocol: 'openai',
    baseUrl: 'http://localhost:11434/v1',
    keyEnv: ['OLLAMA_API_KEY'],
    maxTokensField: 'max_tokens',
    keyless: true,
    hosts: /^ollama\.com$/,
  },
  vllm: { protocol: 'openai', baseUrl: 'http://localhost:8000/v1', keyEnv: ['VLLM_API_KEY'], maxTokensField: 'max_tokens', keyless: true },
  // The variable every OpenAI-compatible client reads; sent only to the base URL the user named.
  'openai-compatible': { protocol: 'openai', keyEnv: ['OPENAI_API_KEY'], maxTokensField: 'max_tokens' },
};

const ALIASES: Record<string, ProviderName> = {
  azure: 'azure-openai',
  'azure-openai': 'azure-openai',
  google: 'gemini',
  compatible: 'openai-compatible',
  'openai-compat': 'openai-compatible',
  claude: 'anthropic',
};

const DEFAULT_AZURE_API_VERSION = '2024-10-21';

const RETIRED_GITHUB_MODELS =
  'GitHub Models was retired on 2026-07-30 and is not supported: set llm-provider to openai, anthropic or azure-openai, or llm-base-url to another OpenAI-compatible endpoint';

const FALLBACK_NOTE = 'without an LLM, regenerate falls back to the deterministic fix';

const NOT_CONFIGURED_HELP = `set llm-api-key with llm-provider (openai or anthropic), or OPENAI_API_KEY / ANTHROPIC_API_KEY, or llm-base-url for a local OpenAI-compatible server such as Ollama (http://localhost:11434/v1); ${FALLBACK_NOTE}`;

/** Every environment variable a key may come from. */
export const KEY_ENV_VARS = [...new Set(Object.values(PRESETS).flatMap((p) => p.keyEnv))];

export interface ResolveOptions {
  provider?: string;
  model?: string;
  apiKey?: string;
  baseUrl?: string;
  env: Env;
  maxTokensField?: MaxTokensField;
  azureApiVersion?: string;
}

export interface ResolvedProvider {
  name: ProviderName;
  protocol: 'openai' | 'anthropic';
  model: string;
  apiKey?: string;
  /** Anthropic: API root. OpenAI protocol: the full chat-completions URL. */
  url: string;
  auth: 'bearer' | 'api-key';
  keyHint: string;
  maxTokensField: MaxTokensField;
  /** True when the user chose the field: never switch it behind their back. */
  maxTokensFieldFixed: boolean;
  modelWord: 'model' | 'deployment';
}

function notConfigured(message: string): LlmError {
  return new LlmError('not-configured', message);
}

function envValue(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function parseUrl(raw: string): URL {
  try {
    const u = new URL(raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u;
  } catch {
    // fall through
  }
  throw notConfigured(`llm-base-url '${raw}' is not an http(s) URL`);
}

function isLoopback(host: string): boolean {
  return /^(?:localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i.test(host);
}

function isGitHubModels(host: string): boolean {
  return /^(?:models\.github\.ai|models\.inference\.ai\.azure\.com)$/i.test(host);
}

function normaliseName(raw: string): ProviderName {
  const k = raw.trim().toLowerCase();
  if (/^github(?:-models)?$/.test(k)) throw notConfigured(RETIRED_GITHUB_MODELS);
  const name = ALIASES[k] ?? (k in PRESETS ? (k as ProviderName) : undefined);
  if (!name) throw notConfigured(`unknown llm-provider '${raw}': use one of ${Object.keys(PRESETS).join(', ')}`);
  return name;
}

function inferName(o: ResolveOptions, base: URL | undefined): ProviderName | undefined {
  if (base) {
    for (const [name, p] of Object.entries(PRESETS) as [ProviderName, Preset][]) if (p.hosts?.test(base.hostname)) return name;
    if (isLoopback(base.hostname) && base.port === '11434') return 'ollama';
    return 'openai-compatible';
  }
  const m = o.model?.replace(/^.*\//, '') ?? '';
  if (/^claude/i.test(m)) return 'anthropic';
  if (/^(?:gpt-|o\d|chatgpt)/i.test(m)) return 'openai';
  if (/^gemini/i.test(m)) return 'gemini';
  if (envValue(o.env, 'OPENAI_API_KEY')) return 'openai';
  if (envValue(o.env, 'ANTHROPIC_API_KEY')) return 'anthropic';
  if (envValue(o.env, 'AZURE_OPENAI_API_KEY') && envValue(o.env, 'AZURE_OPENAI_ENDPOINT')) return 'azure-openai';
  if (envValue(o.env, 'GEMINI_API_KEY')) return 'gemini';
  return undefined;
}

const trimSlash = (s: string) => s.replace(/(?<!\/)\/+$/, '');

/** Azure: an endpoint (deployments API), `{endpoint}/openai/v1` (v1 API) or a deployment URL. */
function azureTarget(base: URL, model: string | undefined, apiVersion: string | undefined) {
  const path = trimSlash(base.pathname);
  const version = base.searchParams.get('api-version') ?? apiVersion ?? DEFAULT_AZURE_API_VERSION;
  if (/\/openai\/v1$/.test(path)) {
    return { url: `${base.origin}${path}/chat/completions`, model, word: 'model' as const };
  }
  const inUrl = /\/openai\/deployments\/([^/]+)$/.exec(path);
  const deployment = inUrl ? decodeURIComponent(inUrl[1]) : model;
  if (!deployment) throw notConfigured('azure-openai needs the deployment name: set llm-model (or put /openai/deployments/NAME in llm-base-url)');
  const prefix = inUrl ? path : `${path}/openai/deployments/${encodeURIComponent(deployment)}`;
  return {
    url: `${base.origin}${prefix}/chat/completions?api-version=${encodeURIComponent(version)}`,
    model: model ?? deployment,
    word: 'deployment' as const,
  };
}

export function resolveProvider(o: ResolveOptions): ResolvedProvider {
  const rawBase = o.baseUrl?.trim() || undefined;
  let base = rawBase ? parseUrl(rawBase) : undefined;
  if (base && isGitHubModels(base.hostname)) throw notConfigured(RETIRED_GITHUB_MODELS);

  const name = o.provider?.trim() ? normaliseName(o.provider) : inferName(o, base);
  if (!name) throw notConfigured(`no LLM provider configured: ${NOT_CONFIGURED_HELP}`);
  const preset = PRESETS[name];

  if (!base && name === 'azure-openai' && envValue(o.env, 'AZURE_OPENAI_ENDPOINT')) base = parseUrl(envValue(o.env, 'AZURE_OPENAI_ENDPOINT') as string);
  if (!base && preset.baseUrl) base = new URL(preset.baseUrl);
  if (!base)
    throw notConfigured(
      `llm-provider ${name} needs llm-base-url (the ${name === 'azure-openai' ? 'resource endpoint, e.g. https://NAME.openai.azure.com' : "server's OpenAI-compatible root, e.g. http://host:8000/v1"})`,
    );

  const explicitKey = o.apiKey?.trim() || undefined;
  const keyVar = preset.keyEnv.find((v) => envValue(o.env, v));
  const apiKey = explicitKey ?? (keyVar ? envValue(o.env, keyVar) : undefined);
  const keyHint = `llm-api-key / ${preset.keyEnv[0]}`;
  if (!apiKey && !preset.keyless && !isLoopback(base.hostname)) {
    throw notConfigured(`no LLM provider configured: ${name} needs an API key: set the llm-api-key input or ${preset.keyEnv[0]}; ${FALLBACK_NOTE}`);
  }

  let model = o.model?.trim() || undefined;
  let url: string;
  let modelWord: 'model' | 'deployment' = 'model';
  if (name === 'azure-openai') {
    const t = azureTarget(base, model, o.azureApiVersion);
    url = t.url;
    model = t.model;
    modelWord = t.word;
  } else if (preset.protocol === 'anthropic') {
    url = trimSlash(`${base.origin}${base.pathname}`);
  } else {
    url = `${trimSlash(`${base.origin}${base.pathname}`)}/chat/completions${base.search}`;
  }
  model ??= preset.defaultModel;
  if (!model) throw notConfigured(`llm-provider ${name} has no default model: set llm-model`);

  return {
    name,
    protocol: preset.protocol,
    model,
    apiKey,
    url,
    auth: name === 'azure-openai' ? 'api-key' : 'bearer',
    keyHint,
    maxTokensField: o.maxTokensField ?? preset.maxTokensField,
    maxTokensFieldFixed: o.maxTokensField !== undefined,
    modelWord,
  };
}
