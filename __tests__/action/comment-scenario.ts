/**
 * Comment commands end to end: a repository on the fake GitHub (its clock near now, so the hourly bound
 * sees its commits), comments posted on it, and the real Action (dist/index.js) run on a real
 * `issue_comment` webhook payload from @octokit/webhooks-examples, patched to point at that comment.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/server.js';
import type { Role } from '../../test-support/fake-github/state.js';
import { runAction, type ActionRunResult } from '../../test-support/action-run.js';
import { describeRequest, DOC, OWNER, REPO, REQS } from './scenario.js';
import { REQUIREMENTS, VALID_DOC } from './fixtures.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
type Json = Record<string, unknown>;

let example: Json | undefined;

interface CommentOptions {
  number: number;
  body: string;
  login: string;
  /** Default `created`. */
  action?: 'created' | 'edited' | 'deleted';
  userType?: 'User' | 'Bot';
  /** Default true: the comment is on a pull request. */
  onPullRequest?: boolean;
  commentId: number;
}

/** A real `issue_comment.created` payload, patched to the fake's repository, issue and comment. */
function issueCommentPayload(o: CommentOptions): Json {
  example ??= (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as { name: string; examples: Json[] }[]
  )
    .find((w) => w.name === 'issue_comment')!
    .examples.find((e) => e.action === 'created')!;
  const p = structuredClone(example) as Json & { issue: Json; comment: Json & { user: Json }; repository: Json & { owner: Json }; sender: Json };
  const html = `https://github.com/${OWNER}/${REPO}`;
  p.action = o.action ?? 'created';
  p.repository = { ...p.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { ...p.repository.owner, login: OWNER } };
  p.issue = { ...p.issue, number: o.number, html_url: `${html}/${o.onPullRequest === false ? 'issues' : 'pull'}/${o.number}` };
  if (o.onPullRequest === false) delete p.issue.pull_request;
  else {
    p.issue.pull_request = {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${o.number}`,
      html_url: `${html}/pull/${o.number}`,
      diff_url: `${html}/pull/${o.number}.diff`,
      patch_url: `${html}/pull/${o.number}.patch`,
      merged_at: null,
    };
  }
  const user = { ...p.comment.user, login: o.login, type: o.userType ?? 'User' };
  p.comment = { ...p.comment, id: o.commentId, body: o.body, user, html_url: `${html}/pull/${o.number}#issuecomment-${o.commentId}` };
  p.sender = user;
  return p;
}

interface CommandRun extends ActionRunResult {
  /** The requests of this run, as `METHOD /path` or `POST /graphql (Operation)`. */
  calls: string[];
  /** Reactions on the command's comment, in order. */
  reactions: string[];
  /** Comments added to the pull request or issue during the run. */
  replies: { user: string; body: string }[];
}

export interface CommandWorld {
  gh: FakeGitHub;
  /** Opens a pull request from branch `feature` (of `headOwner`'s fork, if given) with `files` changed. */
  openPr(files: Record<string, string | null>, options?: { headOwner?: string; maintainerCanModify?: boolean }): { number: number; headSha: string };
  openIssue(): number;
  role(login: string, role: Role | null): void;
  /** Posts `body` as `login` on #number and runs the Action on that comment's event. */
  command(
    number: number,
    body: string,
    login: string,
    options?: Omit<Partial<CommentOptions>, 'number' | 'body' | 'login' | 'commentId'> & { inputs?: Record<string, string> },
  ): Promise<CommandRun>;
  /** The sticky comment (archdoc's report) on #number, if any. */
  sticky(number: number): string | undefined;
  /** `git <args>` on a bare repository exported from the fake now. */
  git(...args: string[]): string;
  close(): Promise<void>;
}

export async function startCommandWorld(files: Record<string, string> = { [DOC]: VALID_DOC, [REQS]: REQUIREMENTS }): Promise<CommandWorld> {
  // Commit dates near now: the hourly bound on archdoc commits counts real time.
  const gh = await startFakeGitHub({ startTime: Date.now() - 20 * 60_000 });
  gh.seedRepo({ owner: OWNER, repo: REPO, files });
  const dirs: string[] = [];
  return {
    gh,
    openPr(changes, options = {}) {
      const owner = options.headOwner ?? OWNER;
      if (options.headOwner) gh.fork({ owner: OWNER, repo: REPO, forkOwner: options.headOwner });
      const headSha = gh.commit({
        owner,
        repo: REPO,
        branch: 'feature',
        files: changes,
        message: 'Change the documents',
        author: owner === OWNER ? 'dev' : owner,
      });
      const { number } = gh.openPullRequest({
        owner: OWNER,
        repo: REPO,
        head: 'feature',
        ...(options.headOwner ? { headOwner: options.headOwner } : {}),
        maintainerCanModify: options.maintainerCanModify ?? false,
      });
      return { number, headSha };
    },
    openIssue: () => gh.state.addIssue(gh.state.requireRepo(`${OWNER}/${REPO}`), { title: 'A question', body: '', user: 'dev' }).number,
    role: (login, role) => gh.setPermission(OWNER, REPO, login, role),
    async command(number, body, login, options = {}) {
      const before = new Set(gh.commentsOn(OWNER, REPO, number).map((c) => c.id));
      const comment = gh.addComment({ owner: OWNER, repo: REPO, number, body, user: login });
      gh.resetRequests();
      const { inputs, ...rest } = options;
      const run = await runAction({
        api: gh,
        event: 'issue_comment',
        payload: issueCommentPayload({ number, body, login, commentId: comment.id, ...rest }),
        inputs: inputs ?? {},
      });
      const replies = gh
        .commentsOn(OWNER, REPO, number)
        .filter((c) => !before.has(c.id) && c.id !== comment.id)
        .map((c) => ({ user: c.user, body: c.body }));
      return { ...run, calls: gh.requests.map(describeRequest), reactions: comment.reactions.map((r) => r.content), replies };
    },
    sticky: (number) => gh.commentsOn(OWNER, REPO, number).find((c) => c.body.startsWith('<!-- archdoc:sticky -->'))?.body,
    git(...args) {
      const dir = mkdtempSync(join(tmpdir(), 'archdoc-bare-'));
      dirs.push(dir);
      gh.toBareRepository(OWNER, REPO, join(dir, 'repo.git'));
      return execFileSync('git', ['-C', join(dir, 'repo.git'), ...args], { encoding: 'utf8' });
    },
    async close() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      await gh.close();
    },
  };
}
