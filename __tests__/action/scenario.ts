/**
 * One repository on a fake GitHub, pull requests opened on it, and the real Action (dist/index.js) run
 * against it with a real webhook payload. Every request the Action makes is in `gh.requests`.
 */
import { afterEach, beforeEach } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../../test-support/fake-github/server.js';
import { pullRequestPayload, runAction, type ActionRunResult } from '../../test-support/action-run.js';
import { REQUIREMENTS, VALID_DOC } from './fixtures.js';

export { AUTH_FIELD, REQUIREMENTS, VALID_DOC } from './fixtures.js';

export const OWNER = 'acme';
export const REPO = 'shop';
export const DOC = 'docs/02_architecture.md';
export const REQS = 'docs/01_requirements.md';

/** The one read a pull-request run starts with (the changed files, the files and the sticky comment). */
export const LOAD = 'POST /graphql (LoadPullRequest)';

export interface PullRequest {
  number: number;
  headSha: string;
  payload: Record<string, unknown>;
}

export interface Scenario {
  gh: FakeGitHub;
  /** Commits `files` to branch `feature` (of `headOwner`'s fork, if given) and opens a pull request from it. */
  openPr(files: Record<string, string | null>, options?: { headOwner?: string }): PullRequest;
  /** Pushes to the pull request's branch: the payload of the `synchronize` event GitHub then sends. */
  push(pr: PullRequest, files: Record<string, string | null>): PullRequest;
  /** Runs the Action on a pull_request event; `gh.requests` then holds exactly the requests of this run. */
  run(pr: PullRequest, inputs?: Record<string, string>, options?: { token?: string }): Promise<ActionRunResult>;
  /** The requests of the last run, as `METHOD /path` or `POST /graphql (Operation)`. */
  calls(): string[];
  /** The comments on a pull request, oldest first. */
  comments(pr: PullRequest): { id: number; body: string; user: string }[];
  close(): Promise<void>;
}

export function describeRequest(r: RecordedRequest): string {
  return r.path.endsWith('/graphql') ? `${r.method} ${r.path} (${r.operation ?? 'anonymous'})` : `${r.method} ${r.path}`;
}

/** Writes as GitHub counts them: REST calls other than GET, and GraphQL mutations. */
export function isWrite(r: RecordedRequest): boolean {
  return r.path.endsWith('/graphql') ? r.operationType === 'mutation' : r.method !== 'GET';
}

export async function startScenario(files: Record<string, string> = { [DOC]: VALID_DOC, [REQS]: REQUIREMENTS }): Promise<Scenario> {
  const gh = await startFakeGitHub();
  gh.seedRepo({ owner: OWNER, repo: REPO, files });
  const payloadOf = (action: 'opened' | 'synchronize', number: number, headSha: string, headOwner?: string) =>
    pullRequestPayload({ action, owner: OWNER, repo: REPO, number, headSha, headRef: 'feature', ...(headOwner ? { headOwner } : {}) });
  const heads = new Map<number, string>();
  return {
    gh,
    openPr(changes, options = {}) {
      const owner = options.headOwner ?? OWNER;
      if (options.headOwner) gh.fork({ owner: OWNER, repo: REPO, forkOwner: options.headOwner });
      const headSha = gh.commit({ owner, repo: REPO, branch: 'feature', files: changes });
      const { number } = gh.openPullRequest({ owner: OWNER, repo: REPO, head: 'feature', ...(options.headOwner ? { headOwner: options.headOwner } : {}) });
      heads.set(number, owner);
      return { number, headSha, payload: payloadOf('opened', number, headSha, options.headOwner) };
    },
    push(pr, changes) {
      const owner = heads.get(pr.number) ?? OWNER;
      const headSha = gh.commit({ owner, repo: REPO, branch: 'feature', files: changes });
      return { number: pr.number, headSha, payload: payloadOf('synchronize', pr.number, headSha, owner === OWNER ? undefined : owner) };
    },
    async run(pr, inputs = {}, options = {}) {
      gh.resetRequests();
      return runAction({ api: gh, event: 'pull_request', payload: pr.payload, inputs, ...(options.token ? { token: options.token } : {}) });
    },
    calls: () => gh.requests.map(describeRequest),
    comments: (pr) => gh.commentsOn(OWNER, REPO, pr.number).map((c) => ({ id: c.id, body: c.body, user: c.user })),
    close: () => gh.close(),
  };
}

/** A fresh scenario for each test of the file (seeded with the defaults); call at the top level. */
export function scenarioPerTest(): () => Scenario {
  let current: Scenario | undefined;
  beforeEach(async () => {
    current = await startScenario();
  });
  afterEach(async () => {
    await current?.close();
  });
  return () => current!;
}

/**
 * Line (1-based) of the line of `text` containing `snippet`: the oracle for where a finding belongs.
 * The snippet must be on exactly one line, unless `nth` (1-based) picks one of several.
 */
export function lineOf(text: string, snippet: string, nth?: number): number {
  const hits = text.split('\n').flatMap((l, i) => (l.includes(snippet) ? [i + 1] : []));
  if (nth === undefined ? hits.length !== 1 : hits.length < nth) throw new Error(`"${snippet}" is on ${hits.length} lines of the fixture`);
  return hits[(nth ?? 1) - 1];
}
