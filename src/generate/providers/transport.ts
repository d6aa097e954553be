/** One JSON POST with a per-attempt timeout and bounded, jittered retries on transient failures. */
import { badResponse, httpError, transportError, type CallContext } from './errors.js';
import { LlmError } from './types.js';

export interface RetryNotice {
  /** The attempt that failed (1-based). */
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  error: LlmError;
}

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries?: number;
  /** First backoff delay, doubled each retry (default 1000 ms). */
  baseDelayMs?: number;
  /** Ceiling of the computed backoff (default 20 s). */
  maxDelayMs?: number;
  /** A server asking to wait longer than this (retry-after) is not waited for: the call fails (default 60 s). */
  maxRetryAfterMs?: number;
  /** Injectable for tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: jitter source in [0, 1). */
  random?: () => number;
  /** Called before each wait, e.g. to log "retrying in 2 s". */
  onRetry?: (notice: RetryNotice) => void;
}

export interface TransportOptions {
  /** Per attempt, covering the whole response body (default 300 s). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Injectable fetch (default: Node's global fetch). */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 300_000;
export const DEFAULT_MAX_RETRIES = 3;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `retry-after-ms` (OpenAI, Azure) wins over `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return secs >= 0 ? secs * 1000 : undefined;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffMs(retry: number, opts: RetryOptions): number {
  const base = opts.baseDelayMs ?? 1000;
  const cap = opts.maxDelayMs ?? 20_000;
  const exp = Math.min(cap, base * 2 ** (retry - 1));
  // Jitter in [exp/2, exp): spreads clients that failed together without ever retrying at once.
  return Math.round(exp / 2 + (opts.random ?? Math.random)() * (exp / 2));
}

function withAttempts(err: LlmError, attempts: number, note = ''): LlmError {
  err.attempts = attempts;
  if (attempts > 1 || note) err.message += `${note}${attempts > 1 ? ` (gave up after ${attempts} attempts)` : ''}`;
  return err;
}

export interface JsonPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** POSTs `req` and returns the parsed 2xx JSON body, or throws an LlmError after bounded retries. */
export async function postJson(req: JsonPost, ctx: CallContext, opts: TransportOptions = {}): Promise<unknown> {
  const retry = opts.retry ?? {};
  const maxAttempts = 1 + Math.max(0, retry.maxRetries ?? DEFAULT_MAX_RETRIES);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = opts.fetch ?? globalThis.fetch;
  const sleep = retry.sleep ?? defaultSleep;
  const payload = JSON.stringify(req.body);

  for (let attempt = 1; ; attempt++) {
    let err: LlmError;
    let waitMs: number | undefined;
    try {
      const res = await doFetch(req.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...req.headers },
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw withAttempts(badResponse(ctx, `the body is not JSON (${describeBody(text)})`, res.status), attempt);
        }
      }
      err = httpError(res.status, text, ctx);
      waitMs = retryAfterMs(res.headers);
    } catch (e) {
      if (e instanceof LlmError) throw e;
      err = transportError(e, ctx, timeoutMs);
    }

    if (!err.retryable || attempt >= maxAttempts) throw withAttempts(err, attempt);
    const cap = retry.maxRetryAfterMs ?? 60_000;
    if (waitMs !== undefined && waitMs > cap) {
      throw withAttempts(err, attempt, `; the server asked to wait ${Math.ceil(waitMs / 1000)} s, longer than archdoc waits (${Math.round(cap / 1000)} s)`);
    }
    const delayMs = waitMs ?? backoffMs(attempt, retry);
    retry.onRetry?.({ attempt, maxAttempts, delayMs, error: err });
    await sleep(delayMs);
  }
}

function describeBody(text: string): string {
  const t = text.trim();
  if (!t) return 'empty body';
  return `starts with ${JSON.stringify(t.slice(0, 60))}`;
}
