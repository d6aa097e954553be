/**
 * A fake GitHub for tests: a real HTTP server on 127.0.0.1 that answers the REST routes and GraphQL
 * operations archdoc uses, keeps state, records every request, and fails on demand the way GitHub does
 * (5xx, rate limits with their headers, read-only tokens).
 *
 *   const gh = await startFakeGitHub();
 *   gh.seedRepo({ owner: 'o', repo: 'r', files: { 'docs/02_architecture.md': '# Architecture Design\n' } });
 *   process.env.GITHUB_API_URL = gh.url; process.env.GITHUB_GRAPHQL_URL = gh.graphqlUrl;
 *   ...
 *   await gh.close();
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchRoute, runRoute } from './rest.js';
import { prepareGraphQL, type OperationInfo } from './schema.js';
import { HttpError, notFound, SECONDARY_RATE_LIMIT_DOC, SECONDARY_RATE_LIMIT_MESSAGE } from './responses.js';
import { writeBareRepository } from './git-export.js';
import { FakeState, type CommentRecord, type Content, type IssueRecord, type Role } from './state.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/issues/7/comments` or `/graphql`. */
  path: string;
  query: string;
  body: unknown;
  /** GraphQL operation name and type, for requests to the GraphQL endpoint. */
  operation?: string | null;
  operationType?: OperationInfo['type'];
  status: number;
  /** Set when the response was an injected fault. */
  fault?: string;
  /** When the request arrived and when its response was sent (ms since the epoch): rates and overlap. */
  at: number;
  endedAt?: number;
}

type FaultKind =
  | 'server-error'
  | 'bad-gateway'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'secondary-rate-limit-429'
  | 'not-found'
  | 'read-only'
  | 'conflict'
  | 'unprocessable';

interface CustomFault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Which requests a fault applies to. A string is `"METHOD /path"` (`*` matches within a segment) or `"graphql:OperationName"`. */
type FaultMatcher = string | { method?: string; path?: string | RegExp; operation?: string };

interface TokenInfo {
  login: string;
  type?: 'User' | 'Bot';
  /** Like a fork pull request's GITHUB_TOKEN: every write is refused with "Resource not accessible by integration". */
  readOnly?: boolean;
  role?: Role;
}

interface SeedRepoOptions {
  owner: string;
  repo: string;
  defaultBranch?: string;
  files?: Record<string, Content>;
  isPrivate?: boolean;
  collaborators?: Record<string, Role>;
  /** An archived (read-only) or disabled repository, as the organisation's repository list shows it. */
  archived?: boolean;
  disabled?: boolean;
}

export interface FakeGitHub {
  /** REST root, for GITHUB_API_URL. */
  readonly url: string;
  /** GraphQL endpoint, for GITHUB_GRAPHQL_URL. */
  readonly graphqlUrl: string;
  /** Where html_url links point (GITHUB_SERVER_URL). */
  readonly serverUrl: string;
  /** A token accepted as `github-actions[bot]` with write access. */
  readonly token: string;
  readonly state: FakeState;
  /** Every request received, in order (a live array). */
  readonly requests: RecordedRequest[];
  /** Blob.text is truncated beyond this many bytes (settable). */
  blobTextLimit: number;
  resetRequests(): void;
  addToken(token: string, info: TokenInfo): void;
  seedRepo(options: SeedRepoOptions): { oid: string };
  /** Forks `owner/repo` to `forkOwner/repo` with the same branches. */
  fork(options: { owner: string; repo: string; forkOwner: string }): void;
  createBranch(options: { owner: string; repo: string; branch: string; from?: string }): string;
  /** Commits to a branch (created from the default branch when missing); null deletes a file. Returns the new head. */
  commit(options: { owner: string; repo: string; branch: string; files: Record<string, Content | null>; message?: string; author?: string }): string;
  openPullRequest(options: {
    owner: string;
    repo: string;
    head: string;
    base?: string;
    /** Owner of the fork the head branch lives in. */
    headOwner?: string;
    title?: string;
    body?: string;
    author?: string;
    maintainerCanModify?: boolean;
  }): { number: number; headOid: string };
  addComment(options: { owner: string; repo: string; number: number; body: string; user: string }): CommentRecord;
  setPermission(owner: string, repo: string, login: string, role: Role | null): void;
  failNext(matcher: FaultMatcher, fault: FaultKind | CustomFault, options?: { times?: number; retryAfter?: number }): void;
  /** Runs `action` once, just before the next matching request is answered (e.g. someone pushes meanwhile). */
  beforeNext(matcher: FaultMatcher, action: () => void): void;
  /** The repository's branches and history as a real bare git repository at `dir` (see git-export.ts). */
  toBareRepository(owner: string, repo: string, dir: string): void;
  branchOid(owner: string, repo: string, branch: string): string | undefined;
  fileAt(owner: string, repo: string, rev: string, path: string): string | undefined;
  commentsOn(owner: string, repo: string, number: number): CommentRecord[];
  issuesOf(owner: string, repo: string): IssueRecord[];
  close(): Promise<void>;
}

interface QueuedFault {
  matcher: FaultMatcher;
  fault: FaultKind | CustomFault;
  remaining: number;
  retryAfter: number;
}

/** `startTime`: the fake's clock (commit and comment dates) starts here; default 2025-01-01. */
export async function startFakeGitHub(options: { serverUrl?: string; startTime?: number } = {}): Promise<FakeGitHub> {
  const state = new FakeState(options.startTime);
  const tokens = new Map<string, TokenInfo>();
  const requests: RecordedRequest[] = [];
  const faults: QueuedFault[] = [];
  const hooks: { matcher: FaultMatcher; action: () => void }[] = [];
  const serverUrl = options.serverUrl ?? 'https://github.com';
  const budget = { core: 0, graphql: 0 };
  let base = '';

  const token = 'ghs_fakeGitHubActionsToken0000000000000';
  tokens.set(token, { login: 'github-actions[bot]', type: 'Bot', role: 'write' });
  state.user('github-actions[bot]', 'Bot');

  const fake: FakeGitHub = {
    url: '',
    graphqlUrl: '',
    serverUrl,
    token,
    state,
    requests,
    blobTextLimit: 512 * 1024,
    resetRequests: () => void requests.splice(0),
    addToken(t, info) {
      tokens.set(t, { role: 'write', ...info });
      state.user(info.login, info.type);
    },
    seedRepo(o) {
      const repo = state.addRepo(o.owner, o.repo, { defaultBranch: o.defaultBranch, isPrivate: o.isPrivate, archived: o.archived, disabled: o.disabled });
      for (const [login, role] of Object.entries(o.collaborators ?? {})) repo.collaborators.set(login, role);
      const c = state.commit(null, o.files ?? {}, 'Initial commit', o.owner);
      repo.branches.set(repo.defaultBranch, c.oid);
      return { oid: c.oid };
    },
    fork({ owner, repo, forkOwner }) {
      const source = state.requireRepo(`${owner}/${repo}`);
      const copy = state.addRepo(forkOwner, repo, { defaultBranch: source.defaultBranch, forkOf: source.fullName });
      for (const [b, oid] of source.branches) copy.branches.set(b, oid);
    },
    createBranch({ owner, repo, branch, from }) {
      const r = state.requireRepo(`${owner}/${repo}`);
      const start = state.resolveRev(r, from ?? 'HEAD');
      if (!start) throw new Error(`fake GitHub: cannot branch from ${from}`);
      r.branches.set(branch, start.oid);
      return start.oid;
    },
    commit({ owner, repo, branch, files, message, author }) {
      const r = state.requireRepo(`${owner}/${repo}`);
      if (!r.branches.has(branch)) fake.createBranch({ owner, repo, branch });
      const c = state.commit(r.branches.get(branch)!, files, message ?? `Update ${Object.keys(files).join(', ')}`, author ?? owner);
      r.branches.set(branch, c.oid);
      return c.oid;
    },
    openPullRequest(o) {
      const repo = state.requireRepo(`${o.owner}/${o.repo}`);
      const headRepo = state.requireRepo(`${o.headOwner ?? o.owner}/${o.repo}`);
      const baseRef = o.base ?? repo.defaultBranch;
      const headOid = headRepo.branches.get(o.head);
      if (!headOid) throw new Error(`fake GitHub: no branch ${o.head} in ${headRepo.fullName}`);
      const issue = state.addIssue(repo, {
        title: o.title ?? `Change ${o.head}`,
        body: o.body ?? '',
        user: o.author ?? headRepo.owner,
        pull: {
          headRepo: headRepo.fullName,
          headRef: o.head,
          baseRef,
          baseOid: repo.branches.get(baseRef)!,
          maintainerCanModify: o.maintainerCanModify ?? false,
          merged: false,
          lastHeadOid: headOid,
        },
      });
      return { number: issue.number, headOid };
    },
    addComment({ owner, repo, number, body, user }) {
      const r = state.requireRepo(`${owner}/${repo}`);
      if (!r.issues.has(number)) throw new Error(`fake GitHub: no issue or pull request #${number}`);
      const c = state.addComment(r, number, body, user);
      return c;
    },
    setPermission(owner, repo, login, role) {
      const r = state.requireRepo(`${owner}/${repo}`);
      state.user(login);
      if (role) r.collaborators.set(login, role);
      else r.collaborators.delete(login);
    },
    failNext(matcher, fault, opts = {}) {
      faults.push({ matcher, fault, remaining: opts.times ?? 1, retryAfter: opts.retryAfter ?? 1 });
    },
    beforeNext(matcher, action) {
      hooks.push({ matcher, action });
    },
    toBareRepository: (owner, repo, dir) => writeBareRepository(state, `${owner}/${repo}`, dir),
    branchOid: (owner, repo, branch) => state.repo(`${owner}/${repo}`)?.branches.get(branch),
    fileAt(owner, repo, rev, path) {
      const r = state.requireRepo(`${owner}/${repo}`);
      return state.resolveRev(r, rev)?.files.get(path)?.toString('utf8');
    },
    commentsOn(owner, repo, number) {
      const r = state.requireRepo(`${owner}/${repo}`);
      return [...state.comments.values()].filter((c) => c.repo === r.fullName && c.issueNumber === number).sort((a, b) => a.id - b.id);
    },
    issuesOf: (owner, repo) => [...state.requireRepo(`${owner}/${repo}`).issues.values()].filter((i) => !i.pull),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };

  function takeFault(method: string, path: string, operation: string | null | undefined): QueuedFault | undefined {
    const i = faults.findIndex((f) => f.remaining > 0 && matches(f.matcher, method, path, operation));
    if (i < 0) return undefined;
    const f = faults[i];
    if (--f.remaining === 0) faults.splice(i, 1);
    return f;
  }

  function rateHeaders(resource: 'core' | 'graphql', exhausted = false, resetIn = 3600): Record<string, string> {
    budget[resource]++;
    const reset = Math.ceil(Date.now() / 1000) + resetIn;
    return {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': exhausted ? '0' : String(Math.max(5000 - budget[resource], 0)),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': exhausted ? '5000' : String(budget[resource]),
      'x-ratelimit-resource': resource,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
      }
    }
    const isGraphQL = url.pathname === '/graphql' || url.pathname === '/api/graphql';
    const record: RecordedRequest = { method, path: url.pathname, query: url.search, body, status: 0, at: Date.now() };
    requests.push(record);
    const respond = (status: number, payload: unknown, headers: Record<string, string> = {}, contentType?: string) => {
      record.status = status;
      record.endedAt = Date.now();
      send(res, status, payload, { ...headers, 'x-github-request-id': `FAKE:${requests.length}` }, contentType);
    };

    const b = (body ?? {}) as Record<string, unknown>;
    const gql = isGraphQL && method === 'POST' ? prepareGraphQL(b.query, b.variables, b.operationName) : undefined;
    if (gql) {
      record.operation = gql.operation?.name ?? null;
      record.operationType = gql.operation?.type;
    }

    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = auth ? tokens.get(auth) : undefined;
    if (!who) {
      const message = auth ? 'Bad credentials' : isGraphQL ? 'This endpoint requires you to be authenticated.' : 'Requires authentication';
      return respond(401, { message, documentation_url: 'https://docs.github.com/rest', status: '401' });
    }

    const hook = hooks.findIndex((h) => matches(h.matcher, method, url.pathname, record.operation));
    if (hook >= 0) hooks.splice(hook, 1)[0].action();

    const fault = takeFault(method, url.pathname, record.operation);
    if (fault) {
      record.fault = typeof fault.fault === 'string' ? fault.fault : `status ${fault.fault.status}`;
      const f = faultResponse(fault, isGraphQL);
      return respond(f.status, f.body, { ...rateHeaders(isGraphQL ? 'graphql' : 'core', f.exhausted, fault.retryAfter), ...f.headers }, f.contentType);
    }

    if (gql) {
      const rl = rateHeaders('graphql');
      const result = await gql.execute({
        state,
        viewer: who.login,
        readOnly: who.readOnly ?? false,
        role: who.role ?? 'write',
        serverUrl,
        blobTextLimit: fake.blobTextLimit,
        rateLimit: {
          limit: 5000,
          remaining: Number(rl['x-ratelimit-remaining']),
          used: budget.graphql,
          resetAt: new Date(Number(rl['x-ratelimit-reset']) * 1000).toISOString(),
        },
      });
      return respond(200, result, rl);
    }

    const rl = rateHeaders('core');
    const matched = matchRoute(method, url.pathname);
    try {
      if (!matched) throw notFound();
      const out = runRoute(matched.route, {
        method,
        params: matched.params,
        query: url.searchParams,
        body: (body ?? {}) as Record<string, unknown>,
        accept: req.headers.accept ?? '',
        viewer: who.login,
        readOnly: who.readOnly ?? false,
        role: who.role ?? 'write',
        state,
        urls: { api: base, server: serverUrl },
      });
      return respond(out.status, out.body, rl, out.contentType);
    } catch (e) {
      if (e instanceof HttpError) return respond(e.status, e.body, { ...rl, ...e.headers });
      return respond(500, { message: `fake GitHub bug: ${(e as Error).message}` }, rl);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, { message: `fake GitHub bug: ${String(e)}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(fake, { url: base, graphqlUrl: `${base}/graphql` });
  return fake;
}

function matches(m: FaultMatcher, method: string, path: string, operation: string | null | undefined): boolean {
  if (typeof m === 'string') {
    if (m.startsWith('graphql:')) return path.endsWith('/graphql') && operation === m.slice('graphql:'.length);
    const [mm, pp] = m.split(' ', 2);
    const re = new RegExp(`^${pp.split('*').map(escapeRegExp).join('[^/]*')}$`);
    return mm.toUpperCase() === method && re.test(path);
  }
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.operation && m.operation !== operation) return false;
  if (m.path instanceof RegExp) return m.path.test(path);
  return m.path === undefined || m.path === path;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface FaultResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  contentType?: string;
  exhausted?: boolean;
}

const SOMETHING_WENT_WRONG =
  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `FAKE:0000` when reporting this issue.';

function faultResponse(f: QueuedFault, isGraphQL: boolean): FaultResponse {
  if (typeof f.fault !== 'string') return { status: f.fault.status, body: f.fault.body ?? {}, headers: f.fault.headers };
  const retryAfter = { 'retry-after': String(f.retryAfter) };
  switch (f.fault) {
    case 'server-error':
      return { status: 500, body: { message: 'Server Error' } };
    case 'bad-gateway':
      return isGraphQL
        ? { status: 502, body: { data: null, errors: [{ message: SOMETHING_WENT_WRONG }] } }
        : {
            status: 502,
            body: '<html><body><h1>Unicorn! &middot; GitHub</h1><p>No server is currently available to service your request.</p></body></html>',
            contentType: 'text/html; charset=utf-8',
          };
    case 'rate-limit':
      return isGraphQL
        ? { status: 200, body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] }, exhausted: true }
        : {
            status: 403,
            body: {
              message: 'API rate limit exceeded for installation ID 1.',
              documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits',
              status: '403',
            },
            exhausted: true,
          };
    case 'secondary-rate-limit':
      return { status: 403, body: { documentation_url: SECONDARY_RATE_LIMIT_DOC, message: SECONDARY_RATE_LIMIT_MESSAGE }, headers: retryAfter };
    case 'secondary-rate-limit-429':
      return { status: 429, body: { documentation_url: SECONDARY_RATE_LIMIT_DOC, message: SECONDARY_RATE_LIMIT_MESSAGE }, headers: retryAfter };
    case 'not-found':
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    case 'read-only':
      return isGraphQL
        ? { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', path: [], message: 'Resource not accessible by integration' }] } }
        : { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
    case 'conflict':
      return { status: 409, body: { message: 'Conflict', documentation_url: 'https://docs.github.com/rest', status: '409' } };
    case 'unprocessable':
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Fake', code: 'invalid', field: 'fake' }],
          documentation_url: 'https://docs.github.com/rest',
          status: '422',
        },
      };
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}, contentType?: string): void {
  const isBuffer = Buffer.isBuffer(payload);
  const text = isBuffer ? payload : typeof payload === 'string' ? payload : JSON.stringify(payload);
  res.writeHead(status, { 'content-type': contentType ?? 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
