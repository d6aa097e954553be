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

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_MAX_RETRIES = 3;
/**
 * The most archdoc reads of a reply body. A document archdoc accepts is at most 1 MB and a reply is
 * limited to DEFAULT_MAX_OUTPUT_TOKENS (≈64 KB of text), so 2 MB (JSON escaping, usage data and a
 * reasoning model's extras included) is generous; past it the reply is refused while it streams.
 */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `retry-after-ms` (OpenAI, Azure) wins over `retry-after` (seconds or an HTTP date). */
function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return secs >= 0 ? secs * 1000 : undefined;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoffMs(retry: number, opts: RetryOptions): number {
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
      // An error body is only quoted in part: read a little of it, never the whole of a hostile one.
      const text = await readBounded(res, res.ok ? MAX_RESPONSE_BYTES : MAX_ERROR_BODY_BYTES);
      if (text === undefined) {
        throw withAttempts(
          badResponse(
            ctx,
            `the reply is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the most archdoc reads from an LLM; it was not read further`,
            res.status,
          ),
          attempt,
        );
      }
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

/** Bytes of an error body worth reading: its message is quoted in 300 characters at most. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * The body as text, read chunk by chunk and never past `limit` bytes: a 2xx body over the limit is
 * undefined (the stream is cancelled, which closes the connection); an error body is cut at the limit.
 */
async function readBounded(res: Response, limit: number): Promise<string | undefined> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      if (res.ok) return undefined;
      chunks.push(value.subarray(0, value.byteLength - (total - limit)));
      break;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function describeBody(text: string): string {
  const t = text.trim();
  if (!t) return 'empty body';
  return `starts with ${JSON.stringify(t.slice(0, 60))}`;
}
