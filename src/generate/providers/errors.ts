/** Turns HTTP failures of any supported LLM API into LlmErrors with messages a user can act on. */
import { record, str } from './json.js';
import { LlmError } from './types.js';

/** What a message may say about the call: never the key itself. */
export interface CallContext {
  /** Display name: 'openai', 'anthropic', 'azure-openai', 'ollama', ... */
  provider: string;
  host: string;
  model: string;
  /** Where the key comes from, for "check ..." hints, e.g. "llm-api-key / OPENAI_API_KEY". */
  keyHint: string;
  /** Azure addresses a deployment, not a model: say so in 404 messages. */
  modelWord?: 'model' | 'deployment';
  /** Values to scrub from any text we repeat (the API key). */
  secrets: readonly string[];
}

/** The fields both OpenAI-style and Anthropic-style error bodies carry. */
interface ServerError {
  message?: string;
  type?: string;
  code?: string;
  param?: string;
  /** Anthropic: error.details.error_code (e.g. enforced_spend_limit_reached). */
  detailCode?: string;
}

// Billing codes that a wait never cures (OpenAI error.code / Anthropic error.details.error_code).
const QUOTA_CODES = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
  'enforced_spend_limit_reached',
  'billing_error',
  'billing_hard_limit_reached',
]);
// Anthropic reports spend limits and empty balances as 400/403 with only a message to go by.
const QUOTA_MESSAGE =
  /credit balance is too low|reached your specified (?:workspace )?api usage limits|spend(?:ing)? limit|exceeded your current quota|insufficient (?:credit|balance|funds)/i;

const MAX_SERVER_TEXT = 300;

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  // Providers echo keys partly masked ("Incorrect API key provided: sk-proj-****abcd"): drop those too.
  return out.replace(/\b(sk|sk-ant|sk-proj|gsk|AIza)[-\w*]{6,}/g, '***').replace(/(Bearer\s+)\S+/gi, '$1***');
}

/** Reads `{error:{message,type,code,param}}`, `{type:'error',error:{type,message}}`, `{error:"..."}` or `{message}` (vLLM). */
function parseServerError(bodyText: string): ServerError {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return bodyText.trim() ? { message: bodyText.trim() } : {};
  }
  const top = record(body);
  if (!top) return {};
  const err = record(top.error);
  if (!err) return { message: str(top.error) ?? str(top.message) ?? str(top.detail), type: str(top.type), code: str(top.code) };
  return {
    message: str(err.message),
    type: str(err.type),
    code: str(err.code),
    param: str(err.param),
    detailCode: str(record(err.details)?.error_code),
  };
}

function serverText(se: ServerError, ctx: CallContext): string {
  if (!se.message) return '';
  const oneLine = redact(se.message, ctx.secrets).replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > MAX_SERVER_TEXT ? `${oneLine.slice(0, MAX_SERVER_TEXT)}…` : oneLine;
  return `: ${cut}`;
}

function isQuota(status: number, se: ServerError): boolean {
  if (status === 402) return true;
  for (const c of [se.code, se.detailCode, se.type]) if (c && QUOTA_CODES.has(c)) return true;
  return (status === 400 || status === 403 || status === 429) && QUOTA_MESSAGE.test(se.message ?? '');
}

/** Classifies a non-2xx answer. `retryable` says whether waiting and asking again can help. */
export function httpError(status: number, bodyText: string, ctx: CallContext): LlmError {
  const se = parseServerError(bodyText);
  const at = `${ctx.provider} at ${ctx.host}`;
  const detail = serverText(se, ctx);
  const d = { status, provider: ctx.provider, host: ctx.host, code: se.detailCode ?? se.code ?? se.type };
  const make = (kind: LlmError['kind'], message: string, retryable = false) => new LlmError(kind, message, { ...d, retryable });

  if (isQuota(status, se)) {
    return make(
      'quota',
      `spend limit reached at ${at} (${status}${d.code ? ` ${d.code}` : ''})${detail}. Add credit or raise the limit; retrying will not help`,
    );
  }
  if (status === 401) {
    // The server's own 401 text often quotes part of the key, so it is left out.
    return make('auth', `the API key was rejected (401) by ${at}: check ${ctx.keyHint}`);
  }
  if (status === 403) {
    return make('auth', `${at} refused the request (403)${detail}: check that ${ctx.keyHint} may use ${ctx.modelWord ?? 'model'} '${ctx.model}'`);
  }
  if (status === 404) {
    const word = ctx.modelWord ?? 'model';
    return make(
      'model-not-found',
      `${word} '${ctx.model}' not found (404) at ${at}${detail}: check llm-model${word === 'deployment' ? ' (the Azure deployment name)' : ''} and llm-base-url`,
    );
  }
  if (status === 429) return make('rate-limit', `rate limited (429) by ${at}${detail}`, true);
  if (status === 408) return make('timeout', `${at} timed out the request (408)${detail}`, true);
  if (status === 529) return make('server', `${at} is overloaded (529)${detail}`, true);
  if (status >= 500) return make('server', `${at} failed (${status})${detail}`, true);
  return make('bad-request', `${at} rejected the request (${status})${detail}`);
}

/** A fetch that threw: either our timeout fired or the connection failed. */
export function transportError(err: unknown, ctx: CallContext, timeoutMs: number): LlmError {
  const d = { provider: ctx.provider, host: ctx.host };
  // Duck-typed: fetch's errors may come from another realm (vm contexts), where instanceof fails.
  const e = record(err);
  const name = str(e?.name);
  if (name === 'TimeoutError' || name === 'AbortError') {
    // Not retried: a generation that outlived the timeout will most likely do so again, and is billed each time.
    return new LlmError(
      'timeout',
      `${ctx.provider} at ${ctx.host} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}: raise the timeout or ask for a shorter output`,
      { ...d, retryable: false },
    );
  }
  const cause = record(e?.cause);
  const why = str(cause?.code) ?? str(cause?.message) ?? str(e?.message) ?? String(err);
  return new LlmError('network', `could not reach ${ctx.provider} at ${ctx.host}: ${redact(why, ctx.secrets)}`, { ...d, retryable: true });
}

export function badResponse(ctx: CallContext, what: string, status?: number): LlmError {
  return new LlmError('bad-response', `${ctx.provider} at ${ctx.host} sent a response archdoc cannot use: ${redact(what, ctx.secrets)}`, {
    status,
    provider: ctx.provider,
    host: ctx.host,
  });
}
