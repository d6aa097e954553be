import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubApiError, ReadOnlyTokenError } from '../../src/github/errors.js';
import { createGitHubPort, createOctokitPort } from '../../src/github/octokit-port.js';
import { startFakeGitHub } from '../../test-support/fake-github/server.js';
import { startWorld, writes, type World } from './world.js';

let w: World;
let pr: number;

beforeEach(async () => {
  w = await startWorld();
  w.gh.commit({ owner: 'acme', repo: 'shop', branch: 'feature', files: { 'docs/01_requirements.md': '# Requirements Specification\nv2\n' } });
  pr = w.gh.openPullRequest({ owner: 'acme', repo: 'shop', head: 'feature' }).number;
  w.take();
});

afterEach(async () => {
  await w.gh.close();
});

const comment = (body: string) => w.port.postComment({ owner: 'acme', repo: 'shop', number: pr, body });

describe('retries', () => {
  it.each(['server-error', 'bad-gateway'] as const)('retries a REST %s and succeeds', async (fault) => {
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', fault, { times: 2 });
    const posted = await comment('hello');
    expect(posted.url).toMatch(/#issuecomment-\d+$/);
    expect(w.gh.commentsOn('acme', 'shop', pr).map((c) => c.body)).toEqual(['hello']);
    expect(w.take().map((r) => r.status)).toEqual([fault === 'server-error' ? 500 : 502, fault === 'server-error' ? 500 : 502, 201]);
  });

  it('retries a GraphQL 502 "Something went wrong" and succeeds', async () => {
    w.gh.failNext('graphql:FindIssueByLabel', 'bad-gateway');
    await expect(w.port.findIssueByLabel({ owner: 'acme', repo: 'shop', label: 'x' })).resolves.toBeNull();
    expect(w.take().map((r) => r.status)).toEqual([502, 200]);
  });

  it.each(['secondary-rate-limit', 'secondary-rate-limit-429'] as const)('waits out a %s for as long as retry-after says', async (fault) => {
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', fault, { retryAfter: 7 });
    await comment('hello');
    expect(w.take().map((r) => r.status)).toEqual([fault === 'secondary-rate-limit' ? 403 : 429, 201]);
    expect(w.log.join('\n')).toMatch(/secondary rate limit on POST .*comments: retrying after 7 s/);
  });

  it('waits for the reset after a primary rate limit (REST 403 and GraphQL RATE_LIMITED)', async () => {
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'rate-limit');
    w.gh.failNext('graphql:FindIssueByLabel', 'rate-limit');
    await comment('hello');
    await w.port.findIssueByLabel({ owner: 'acme', repo: 'shop', label: 'x' });
    expect(w.take().map((r) => r.fault ?? r.status)).toEqual(['rate-limit', 201, 'rate-limit', 200]);
    expect(w.log.filter((l) => l.includes('rate limit on'))).toHaveLength(2);
  });

  it('gives up on a rate limit whose wait is longer than a CI job should sit through', async () => {
    const client = createGitHubClient({ token: w.gh.token, apiUrl: w.gh.url, timeUnitMs: 1, maxWaitSeconds: 60 });
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'secondary-rate-limit', { retryAfter: 3600 });
    const err = await createOctokitPort(client)
      .postComment({ owner: 'acme', repo: 'shop', number: pr, body: 'x' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as Error).message).toContain('secondary rate limit');
    expect(w.take()).toHaveLength(1);
  });
});

describe('failures name the call', () => {
  it('a persistent 500 fails after the bounded retries with method, path, status and attempts', async () => {
    const { id } = await comment('first');
    w.take();
    w.gh.failNext(`PATCH /repos/acme/shop/issues/comments/${id}`, 'server-error', { times: 100 });
    const err = await w.port
      .upsertStickyComment({
        owner: 'acme',
        repo: 'shop',
        number: pr,
        marker: 'first',
        body: 'first, edited',
        existing: { id, nodeId: 'x', body: 'first', url: 'u', author: null },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as Error).message).toBe(
      `GitHub API call failed: PATCH /repos/acme/shop/issues/comments/${id} -> 500 Internal Server Error after 4 attempts: Server Error`,
    );
    expect(w.take()).toHaveLength(4);
  });

  it("a GraphQL error names the operation and GitHub's error", async () => {
    const err = await w.port
      .loadPullRequest({ owner: 'acme', repo: 'shop', number: 99, headSha: 'a'.repeat(40), paths: [], requirementGlobs: [], marker: 'm' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      'GitHub API call failed: POST /graphql (LoadPullRequest) -> failed after 1 attempt: NOT_FOUND: Could not resolve to a PullRequest with the number of 99.',
    );
  });

  it('an unreachable server fails with the call and the network error', async () => {
    const gone = await startFakeGitHub();
    await gone.close();
    const client = createGitHubClient({ token: 't', apiUrl: gone.url, timeUnitMs: 1, retries: 1 });
    const err = await createOctokitPort(client)
      .getPermission({ owner: 'acme', repo: 'shop', username: 'x' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^GitHub API call failed: GET \/repos\/acme\/shop\/collaborators\/x\/permission -> failed after 2 attempts: .*ECONNREFUSED/,
    );
  });
});

describe('no blind retries', () => {
  it.each([
    ['conflict', 409],
    ['unprocessable', 422],
    ['not-found', 404],
  ] as const)('a %s is reported at once, never repeated', async (fault, status) => {
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', fault);
    const err = await comment('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(status);
    expect((err as Error).message).toContain('after 1 attempt');
    expect(w.take()).toHaveLength(1);
    expect(w.gh.commentsOn('acme', 'shop', pr)).toHaveLength(0);
  });
});

describe('read-only tokens', () => {
  it('a refused REST write is a ReadOnlyTokenError', async () => {
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'read-only');
    const err = await comment('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadOnlyTokenError);
    expect((err as Error).message).toContain('Resource not accessible by integration');
    expect(w.take()).toHaveLength(1);
  });

  it('a fork PR token reads fine but every write is a ReadOnlyTokenError, GraphQL mutations included', async () => {
    w.gh.addToken('ro', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
    const ro = w.portFor('ro');
    const head = w.gh.branchOid('acme', 'shop', 'feature')!;
    const snapshot = await ro.loadPullRequest({
      owner: 'acme',
      repo: 'shop',
      number: pr,
      headSha: head,
      paths: ['docs/02_architecture.md'],
      requirementGlobs: [],
      marker: 'm',
    });
    expect(snapshot.files.get('docs/02_architecture.md')?.kind).toBe('text');
    await expect(ro.upsertStickyComment({ owner: 'acme', repo: 'shop', number: pr, marker: 'm', body: 'b', existing: null })).rejects.toBeInstanceOf(
      ReadOnlyTokenError,
    );
    await expect(
      ro.commitFiles({ owner: 'acme', repo: 'shop', branch: 'feature', expectedHeadOid: head, files: [{ path: 'a.md', content: 'x' }], message: 'm' }),
    ).rejects.toBeInstanceOf(ReadOnlyTokenError);
    expect(w.gh.branchOid('acme', 'shop', 'feature')).toBe(head);
  });

  it('a 403 on a read is a plain API error, not a read-only token', async () => {
    w.gh.failNext('graphql:FindIssueByLabel', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const err = await w.port.findIssueByLabel({ owner: 'acme', repo: 'shop', label: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err).not.toBeInstanceOf(ReadOnlyTokenError);
  });
});

describe('endpoints from the environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('honours GITHUB_API_URL and GITHUB_GRAPHQL_URL (GHES-style /api/graphql)', async () => {
    process.env.GITHUB_API_URL = w.gh.url;
    process.env.GITHUB_GRAPHQL_URL = `${w.gh.url}/api/graphql`;
    process.env.ARCHDOC_RETRY_BASE_MS = '1';
    expect(createGitHubClient({ token: w.gh.token }).graphqlUrl).toBe(`${w.gh.url}/api/graphql`);
    const port = createGitHubPort({ token: w.gh.token });
    w.gh.failNext('POST /repos/acme/shop/issues/*/comments', 'server-error');
    await port.findIssueByLabel({ owner: 'acme', repo: 'shop', label: 'x' });
    await port.postComment({ owner: 'acme', repo: 'shop', number: pr, body: 'x' });
    expect(w.take().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /api/graphql 200',
      `POST /repos/acme/shop/issues/${pr}/comments 500`,
      `POST /repos/acme/shop/issues/${pr}/comments 201`,
    ]);
  });

  it('defaults the GraphQL endpoint to <api>/graphql', () => {
    process.env.GITHUB_API_URL = 'https://ghe.example.com/api/v3/';
    delete process.env.GITHUB_GRAPHQL_URL;
    const client = createGitHubClient({ token: 't' });
    expect(client.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(client.graphqlUrl).toBe('https://ghe.example.com/api/v3/graphql');
  });
});

it('counts writes the way the budget does', async () => {
  await comment('x');
  await w.port.findIssueByLabel({ owner: 'acme', repo: 'shop', label: 'x' });
  expect(writes(w.take()).map((r) => r.method)).toEqual(['POST']);
});

describe('proxies', () => {
  // A CONNECT proxy that sends every tunnel to the fake GitHub, whatever host it names (github.test does not resolve).
  async function startProxy(target: URL): Promise<{ url: string; tunnels: string[]; close: () => Promise<void> }> {
    const tunnels: string[] = [];
    const server = createServer();
    server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(Number(target.port), target.hostname, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, tunnels, close: () => new Promise((done) => server.close(() => done())) };
  }

  async function withEnv<T>(vars: Record<string, string>, f: () => Promise<T>): Promise<T> {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    try {
      return await f();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  it('with HTTPS_PROXY set, requests go through the proxy (no_proxy honoured); without, straight to the host', async () => {
    const fake = new URL(w.gh.url);
    const apiUrl = `http://github.test:${fake.port}`;
    const read = () =>
      createGitHubClient({ token: w.gh.token, apiUrl, timeUnitMs: 1, retries: 0 }).rest<{ number: number }>('GET /repos/acme/shop/pulls/{n}', { n: pr });
    const proxy = await startProxy(fake);
    try {
      const res = await withEnv({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '' }, read);
      expect(res.data.number).toBe(pr);
      expect(proxy.tunnels).toEqual([`github.test:${fake.port}`]);
      await expect(withEnv({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: 'github.test' }, read)).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
      await expect(read()).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
      expect(proxy.tunnels).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });
});
