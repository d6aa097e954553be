/** The fake must answer like GitHub where callers depend on it: auth, limits, headers, GraphQL errors. */

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/server.js';

let gh: FakeGitHub;
let pr: number;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.seedRepo({ owner: 'o', repo: 'r', files: { 'a.md': 'a' } });
  gh.commit({ owner: 'o', repo: 'r', branch: 'b', files: { 'a.md': 'b' } });
  pr = gh.openPullRequest({ owner: 'o', repo: 'r', head: 'b' }).number;
});

afterAll(async () => {
  await gh.close();
});

function call(method: string, path: string, body?: unknown, token: string | null = gh.token) {
  return fetch(`${gh.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `token ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  call('POST', '/graphql', { query, variables }).then((r) => r.json() as Promise<Record<string, unknown>>);

describe('REST', () => {
  it('refuses requests without a valid token', async () => {
    expect((await call('GET', '/repos/o/r', undefined, null)).status).toBe(401);
    const bad = await call('GET', '/repos/o/r', undefined, 'nope');
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ message: 'Bad credentials' });
  });

  it('sends rate-limit headers that count down', async () => {
    const a = await call('GET', '/repos/o/r');
    const b = await call('GET', '/repos/o/r');
    expect(a.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(a.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(b.headers.get('x-ratelimit-remaining'))).toBe(Number(a.headers.get('x-ratelimit-remaining')) - 1);
  });

  it('limits a comment to 65,536 characters, counting characters rather than UTF-16 units', async () => {
    const path = `/repos/o/r/issues/${pr}/comments`;
    const tooLong = await call('POST', path, { body: 'x'.repeat(65_537) });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
    expect((await call('POST', path, { body: 'x'.repeat(65_536) })).status).toBe(201);
    expect((await call('POST', path, { body: '🙂'.repeat(65_536) })).status).toBe(201);
  });

  it('serves injected faults in order, then the real answer', async () => {
    gh.failNext('GET /repos/o/*', 'secondary-rate-limit', { retryAfter: 30 });
    gh.failNext({ method: 'GET', path: /^\/repos\/o\/r$/ }, 'bad-gateway');
    const limited = await call('GET', '/repos/o/r');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    const gateway = await call('GET', '/repos/o/r');
    expect([gateway.status, gateway.headers.get('content-type')]).toEqual([502, 'text/html; charset=utf-8']);
    expect((await call('GET', '/repos/o/r')).status).toBe(200);
  });
});

describe('GraphQL', () => {
  it('rejects a field GitHub does not have, as GitHub does (200 with errors)', async () => {
    const res = await graphql('query Q { repository(owner: "o", name: "r") { nope } }');
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('nope') })]);
  });

  it('enforces the 100-record page limit and requires first or last', async () => {
    const over = await graphql(`query Q { repository(owner: "o", name: "r") { pullRequest(number: ${pr}) { files(first: 101) { totalCount } } } }`);
    expect(over.errors).toEqual([expect.objectContaining({ type: 'EXCESSIVE_PAGINATION' })]);
    const none = await graphql(`query Q { repository(owner: "o", name: "r") { pullRequest(number: ${pr}) { comments { totalCount } } } }`);
    expect(none.errors).toEqual([expect.objectContaining({ type: 'MISSING_PAGINATION_BOUNDARIES' })]);
  });

  it('answers an unknown repository with data null and a NOT_FOUND error', async () => {
    const res = await graphql('query Q { repository(owner: "o", name: "missing") { name } }');
    expect(res).toEqual({
      data: { repository: null },
      errors: [expect.objectContaining({ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'o/missing'." })],
    });
  });

  it('refuses a commit on a moved branch with STALE_DATA and leaves it alone', async () => {
    const head = gh.branchOid('o', 'r', 'b')!;
    const input = {
      branch: { repositoryNameWithOwner: 'o/r', branchName: 'b' },
      expectedHeadOid: 'f'.repeat(40),
      message: { headline: 'm' },
      fileChanges: { additions: [{ path: 'a.md', contents: 'eA==' }] },
    };
    const res = await graphql('mutation M($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }', { input });
    expect(res).toEqual({
      data: { createCommitOnBranch: null },
      errors: [
        expect.objectContaining({ type: 'STALE_DATA', message: `Expected branch to point to "${'f'.repeat(40)}" but it did not.  Pull and try again.` }),
      ],
    });
    expect(gh.branchOid('o', 'r', 'b')).toBe(head);
  });

  it('records the operation name and type of each request', async () => {
    gh.resetRequests();
    await graphql('query Named { viewer { login } }');
    expect(gh.requests).toEqual([expect.objectContaining({ method: 'POST', path: '/graphql', operation: 'Named', operationType: 'query', status: 200 })]);
  });
});
