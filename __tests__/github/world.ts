/** A fake GitHub with one seeded repository and a port talking to it over HTTP, retries made instant. */

import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { createOctokitPort } from '../../src/github/octokit-port.js';
import type { GitHubPort } from '../../src/github/port.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../../test-support/fake-github/server.js';

export const DOC = 'docs/02_architecture.md';
export const REQS = 'docs/01_requirements.md';
export const MARKER = '<!-- archdoc:sticky -->';

export interface World {
  gh: FakeGitHub;
  client: GitHubClient;
  port: GitHubPort;
  log: string[];
  /** Requests made since the last call (and forgets them). */
  take(): RecordedRequest[];
  portFor(token: string): GitHubPort;
}

export async function startWorld(
  files: Record<string, string> = { [DOC]: '# Architecture Design\n', [REQS]: '# Requirements Specification\n' },
): Promise<World> {
  const gh = await startFakeGitHub();
  gh.seedRepo({ owner: 'acme', repo: 'shop', files });
  const log: string[] = [];
  const make = (token: string) => createGitHubClient({ token, apiUrl: gh.url, graphqlUrl: gh.graphqlUrl, timeUnitMs: 1, log: (m) => log.push(m) });
  const client = make(gh.token);
  return {
    gh,
    client,
    port: createOctokitPort(client),
    log,
    take: () => gh.requests.splice(0),
    portFor: (token) => createOctokitPort(make(token)),
  };
}

/** Writes as GitHub counts them: REST calls other than GET, and GraphQL mutations. */
export function writes(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => (r.path.endsWith('/graphql') ? r.operationType === 'mutation' : r.method !== 'GET'));
}
