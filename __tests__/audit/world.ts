/**
 * A drift audit end to end: a real git checkout (GITHUB_WORKSPACE), the fake GitHub holding the same
 * repository's issues and branches, and the real Action (dist/index.js) run on `schedule`.
 */
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../../test-support/fake-github/server.js';
import { runAction, type ActionRunResult } from '../../test-support/action-run.js';
import { repo, type Repo } from '../drift/repo.js';
import { describeRequest, isWrite } from '../action/scenario.js';

export { REQUIREMENTS, VALID_DOC, AUTH_FIELD } from '../action/fixtures.js';
export { describeRequest, isWrite };

export const OWNER = 'acme';
export const NAME = 'shop';
export const BOT = 'github-actions[bot]';

export interface AuditWorld {
  gh: FakeGitHub;
  checkout: Repo;
  /** Seconds for the next commit (each commit one second later). */
  tick(): number;
  /** Runs the audit; `gh.requests` then holds exactly this run's requests. */
  audit(inputs?: Record<string, string>, env?: Record<string, string>): Promise<ActionRunResult>;
  /** archdoc's issues (opened by the token's identity), by number. */
  ownIssues(): { number: number; title: string; body: string; state: string; labels: string[] }[];
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

export async function startAudit(files: Record<string, string>, seed: Record<string, string> = files): Promise<AuditWorld> {
  const gh = await startFakeGitHub();
  gh.seedRepo({ owner: OWNER, repo: NAME, files: seed });
  const checkout = repo();
  let clock = 1_700_000_000;
  const tick = () => (clock += 1);
  checkout.commit(files, 'initial', tick());
  return {
    gh,
    checkout,
    tick,
    async audit(inputs = {}, env = {}) {
      gh.resetRequests();
      return runAction({
        api: gh,
        event: 'schedule',
        payload: { schedule: '0 6 * * 1', repository: { full_name: `${OWNER}/${NAME}`, default_branch: 'main' } },
        repository: `${OWNER}/${NAME}`,
        inputs,
        env: { GITHUB_WORKSPACE: checkout.dir, GITHUB_REF: 'refs/heads/main', ...env },
      });
    },
    ownIssues: () =>
      gh
        .issuesOf(OWNER, NAME)
        .filter((i) => i.user === BOT)
        .map((i) => ({ number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels })),
    writes: () => gh.requests.filter(isWrite),
    async close() {
      checkout.remove();
      await gh.close();
    },
  };
}
