/**
 * One configured Octokit (core, proxy aware) plus the retry and throttling plugins, pointed at
 * GITHUB_API_URL / GITHUB_GRAPHQL_URL, with every failure turned into an error that names the call and
 * how many attempts were made.
 */

import { Octokit as OctokitCore } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { apiError, GitHubApiError, type GraphQLErrorItem } from './errors.js';

type Octokit = InstanceType<typeof OctokitCore>;

const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/**
 * Node's own fetch; with a proxy configured, undici's through @actions/http-client's proxy agent (which
 * honours no_proxy), as @actions/github does. Loaded only then: undici is ~1 MB of code to compile, on a
 * run that makes a handful of requests.
 */
function fetchFor(url: string, env: NodeJS.ProcessEnv): typeof fetch {
  if (!PROXY_VARS.some((k) => env[k])) return globalThis.fetch;
  let proxied: Promise<typeof fetch> | undefined;
  const load = async (): Promise<typeof fetch> => {
    const [{ HttpClient }, undici] = await Promise.all([import('@actions/http-client'), import('undici')]);
    const dispatcher = new HttpClient().getAgentDispatcher(url);
    return ((input: string, init: object) => undici.fetch(input, { ...init, dispatcher })) as unknown as typeof fetch;
  };
  return async (input, init) => (await (proxied ??= load()))(input, init);
}

/** Runs in GitHub's orchestration carry its id in the user agent, as @actions/github sends it. */
function userAgent(env: NodeJS.ProcessEnv): string | undefined {
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^\w.-]/g, '_')}` : undefined;
}

export interface GitHubClientOptions {
  token: string;
  /** REST root; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** GraphQL endpoint; default GITHUB_GRAPHQL_URL, else `${apiUrl}/graphql`. */
  graphqlUrl?: string;
  /** Retries after the first attempt for 5xx and rate limits (default 3). */
  retries?: number;
  /**
   * Milliseconds per backoff unit and per second of `retry-after`, and the spacing between writes
   * (default ARCHDOC_RETRY_BASE_MS, else 1000). Tests set it to 1 so retries cost nothing.
   */
  timeUnitMs?: number;
  /** Longest rate-limit wait (seconds) worth sitting through in a CI job (default 120). */
  maxWaitSeconds?: number;
  /** Receives one line per retry, for the run log. */
  log?: (message: string) => void;
}

interface RestResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface GraphQLResult<T> {
  data: T;
  /** Errors whose `type` the caller said it handles; any other error was thrown. */
  errors: GraphQLErrorItem[];
}

export interface GitHubClient {
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly octokit: Octokit;
  /** A REST call, e.g. `rest('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {...})`. */
  rest<T>(route: string, params?: Record<string, unknown>): Promise<RestResponse<T>>;
  /**
   * A GraphQL document with a named operation. GraphQL errors throw GitHubApiError (ReadOnlyTokenError
   * for a refused mutation) unless every error's `type` is listed in `tolerate`.
   */
  graphql<T>(query: string, variables: Record<string, unknown>, tolerate?: readonly string[]): Promise<GraphQLResult<T>>;
}

function defaultApiUrls(env: NodeJS.ProcessEnv = process.env): { apiUrl: string; graphqlUrl: string } {
  const apiUrl = trimSlash(env.GITHUB_API_URL || 'https://api.github.com');
  return { apiUrl, graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`) };
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const env = defaultApiUrls();
  const apiUrl = trimSlash(options.apiUrl ?? env.apiUrl);
  const graphqlUrl = trimSlash(options.graphqlUrl ?? (options.apiUrl ? `${apiUrl}/graphql` : env.graphqlUrl));
  const retries = options.retries ?? 3;
  const unit = options.timeUnitMs ?? (Number(process.env.ARCHDOC_RETRY_BASE_MS) || 1000);
  const maxWait = options.maxWaitSeconds ?? 120;
  const log = options.log ?? (() => undefined);

  const attempts = new WeakMap<object, number>();
  // Registered first, so it sits innermost: it sees every HTTP attempt, including each retry.
  const countAttempts = (octokit: { hook: Octokit['hook'] }): void => {
    octokit.hook.wrap('request', (request, opts) => {
      const n = (attempts.get(opts) ?? 0) + 1;
      attempts.set(opts, n);
      const trace = (opts.request as { archdocTrace?: { attempts: number } } | undefined)?.archdocTrace;
      if (trace) trace.attempts = n;
      if (n > 1) log(`Retrying ${String(opts.method)} ${String(opts.url)} (attempt ${n} of ${retries + 1})`);
      return request(opts);
    });
  };

  const onLimit =
    (kind: string) =>
    (retryAfter: number, opts: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const call = `${opts.method} ${opts.url}`;
      if (retryCount >= retries || retryAfter > maxWait) {
        log(`GitHub ${kind} on ${call}: not retrying (retry-after ${retryAfter} s, ${retryCount} retries so far)`);
        return false;
      }
      log(`GitHub ${kind} on ${call}: retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
      return true;
    };

  const ua = userAgent(process.env);
  const octokit = new (OctokitCore.plugin(countAttempts, retry, throttling))({
    auth: options.token,
    baseUrl: apiUrl,
    request: { fetch: fetchFor(apiUrl, process.env) },
    ...(ua ? { userAgent: ua } : {}),
    log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log(m), error: (m: string) => log(m) },
    // 409 (conflict) and 422 (validation) mean the request itself is wrong or stale: never blindly repeat it.
    // 403 and 429 are left to the throttling plugin, which honours retry-after and the reset time.
    retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      // GitHub asks for at least a second between writes; the plugin's default groups are process-wide.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
      search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * unit }),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });

  // Registered last, so it sits outermost: it sees the final outcome after all retries.
  octokit.hook.wrap('request', async (request, opts) => {
    try {
      return await request(opts);
    } catch (error) {
      if (error instanceof GitHubApiError) throw error;
      const call = describeCall(octokit, opts, apiUrl);
      throw apiError({ ...failureOf(error), call: call.label, attempts: attempts.get(opts) ?? 1 }, call.isWrite);
    }
  });

  return {
    apiUrl,
    graphqlUrl,
    octokit,
    async rest<T>(route: string, params: Record<string, unknown> = {}) {
      const res = await octokit.request(route, params);
      return { status: res.status, data: res.data as T, headers: res.headers };
    },
    async graphql<T>(query: string, variables: Record<string, unknown>, tolerate: readonly string[] = []) {
      const trace = { attempts: 0 };
      const res = await octokit.request(`POST ${graphqlUrl}`, { query, variables, request: { archdocTrace: trace } });
      const body = res.data as { data?: T | null; errors?: GraphQLErrorItem[] };
      const errors = body.errors ?? [];
      const unhandled = errors.filter((e) => !e.type || !tolerate.includes(e.type));
      if (unhandled.length > 0 || body.data == null) {
        const op = operationOf(query);
        throw apiError(
          {
            call: `POST ${pathOf(graphqlUrl)} (${op.name})`,
            attempts: Math.max(trace.attempts, 1),
            reason: (unhandled.length > 0 ? unhandled : errors).map(describeGraphQLError).join('; ') || 'no data',
            graphqlErrors: errors,
          },
          op.isMutation,
        );
      }
      return { data: body.data, errors };
    },
  };
}

function describeGraphQLError(e: GraphQLErrorItem): string {
  return e.type ? `${e.type}: ${e.message}` : e.message;
}

interface Failure {
  status?: number;
  reason: string;
  graphqlErrors?: GraphQLErrorItem[];
}

/** Pulls status and GitHub's own message out of whatever Octokit or its plugins threw. */
function failureOf(error: unknown): Failure {
  if (typeof error !== 'object' || error === null) return { reason: String(error) };
  const e = error as { status?: unknown; message?: unknown; response?: { status?: unknown; data?: unknown } };
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (!e.response) return { reason: networkReason(error, message) }; // no HTTP answer at all
  const status = typeof e.response.status === 'number' ? e.response.status : undefined;
  const data = e.response.data;
  const graphqlErrors = graphqlErrorsOf(data);
  const reason = graphqlErrors ? graphqlErrors.map(describeGraphQLError).join('; ') : (bodyMessage(data) ?? message);
  return { status, reason, graphqlErrors };
}

/** "fetch failed" says little: add the innermost cause (e.g. "connect ECONNREFUSED 127.0.0.1:443"). */
function networkReason(error: object, message: string): string {
  let inner: unknown = error;
  for (let i = 0; i < 5 && typeof inner === 'object' && inner !== null && 'cause' in inner && inner.cause; i++) inner = inner.cause;
  const detail = typeof inner === 'object' && inner !== null && 'message' in inner ? String(inner.message) : '';
  return detail && detail !== message && !message.includes(detail) ? `${message} (${detail})` : message;
}

function graphqlErrorsOf(data: unknown): GraphQLErrorItem[] | undefined {
  if (typeof data !== 'object' || data === null || !('errors' in data) || 'message' in data) return undefined;
  const errors = (data as { errors: unknown }).errors;
  return Array.isArray(errors) ? (errors as GraphQLErrorItem[]) : undefined;
}

function bodyMessage(data: unknown): string | undefined {
  if (typeof data === 'string') {
    const text = data.trim();
    return text.startsWith('<') || text === '' ? undefined : text.slice(0, 300);
  }
  if (typeof data !== 'object' || data === null || !('message' in data)) return undefined;
  const body = data as { message: unknown; errors?: unknown };
  const details = Array.isArray(body.errors)
    ? body.errors.map((x: unknown) => {
        if (typeof x === 'string') return x;
        const item = (x ?? {}) as { message?: unknown; resource?: unknown; field?: unknown; code?: unknown };
        return typeof item.message === 'string' ? item.message : `${String(item.resource)}.${String(item.field)} ${String(item.code)}`;
      })
    : [];
  return [String(body.message), ...details].join(': ');
}

function describeCall(octokit: Octokit, opts: Record<string, unknown>, apiUrl: string): { label: string; isWrite: boolean } {
  let method = String(opts.method ?? 'GET');
  let url = String(opts.url ?? '');
  try {
    const parsed = octokit.request.endpoint.parse(opts as Parameters<typeof octokit.request.endpoint.parse>[0]);
    method = parsed.method;
    url = parsed.url;
  } catch {
    // Keep the unexpanded template: still names the route.
  }
  const path = url.startsWith(apiUrl) ? url.slice(apiUrl.length) || '/' : pathOf(url);
  if (typeof opts.query === 'string' && method === 'POST') {
    const op = operationOf(opts.query);
    return { label: `${method} ${path} (${op.name})`, isWrite: op.isMutation };
  }
  return { label: `${method} ${path}`, isWrite: method !== 'GET' && method !== 'HEAD' };
}

function operationOf(query: string): { name: string; isMutation: boolean } {
  const m = /\b(query|mutation)\s+([A-Za-z_]\w*)/.exec(query);
  return { name: m?.[2] ?? 'anonymous', isMutation: m?.[1] === 'mutation' || /^\s*mutation\b/.test(query) };
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

function trimSlash(url: string): string {
  return url.replace(/(?<!\/)\/+$/, '');
}
