/** REST JSON shapes and error bodies as GitHub documents them (fields trimmed to the ones callers read, plus ids and urls). */

import { nodeId, type CommentRecord, type FakeState, type IssueRecord, type LabelRecord, type ReactionRecord, type RepoRecord } from './state.js';
import { commentHtmlUrl } from './schema.js';

export interface Urls {
  api: string;
  server: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

const DOCS = 'https://docs.github.com/rest';

export function notFound(): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

export function validationFailed(errors: Record<string, unknown>[], doc = DOCS): HttpError {
  return new HttpError(422, { message: 'Validation Failed', errors, documentation_url: doc, status: '422' });
}

export function unprocessable(message: string, doc = DOCS): HttpError {
  return new HttpError(422, { message, documentation_url: doc, status: '422' });
}

export function readOnlyRefusal(doc = DOCS): HttpError {
  return new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: doc, status: '403' });
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';

export const SECONDARY_RATE_LIMIT_DOC = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** GitHub counts a body's characters (code points), not its UTF-16 units or bytes. */
const BODY_LIMIT = 65536;

export function checkBodyLength(resource: 'IssueComment' | 'Issue' | 'PullRequest', body: string, doc?: string): void {
  if ([...body].length > BODY_LIMIT) {
    throw validationFailed([{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }], doc);
  }
}

export function userJson(state: FakeState, urls: Urls, login: string): Record<string, unknown> {
  const u = state.user(login);
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    url: `${urls.api}/users/${encodeURIComponent(u.login)}`,
    html_url: `${urls.server}/${u.type === 'Bot' ? `apps/${u.login.replace(/\[bot\]$/, '')}` : u.login}`,
    type: u.type,
    site_admin: false,
  };
}

export function repoJson(state: FakeState, urls: Urls, repo: RepoRecord): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    fork: repo.forkOf !== null,
    owner: userJson(state, urls, repo.owner),
    html_url: `${urls.server}/${repo.fullName}`,
    url: `${urls.api}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
    archived: repo.archived,
    disabled: repo.disabled,
  };
}

function reactionSummary(urls: Urls, repo: RepoRecord, c: CommentRecord): Record<string, unknown> {
  const count = (content: string) => c.reactions.filter((r) => r.content === content).length;
  return {
    url: `${urls.api}/repos/${repo.fullName}/issues/comments/${c.id}/reactions`,
    total_count: c.reactions.length,
    '+1': count('+1'),
    '-1': count('-1'),
    laugh: count('laugh'),
    hooray: count('hooray'),
    confused: count('confused'),
    heart: count('heart'),
    rocket: count('rocket'),
    eyes: count('eyes'),
  };
}

export function commentJson(state: FakeState, urls: Urls, repo: RepoRecord, c: CommentRecord): Record<string, unknown> {
  const issue = repo.issues.get(c.issueNumber)!;
  return {
    id: c.id,
    node_id: c.nodeId,
    url: `${urls.api}/repos/${repo.fullName}/issues/comments/${c.id}`,
    html_url: commentHtmlUrl(urls.server, repo, issue, c.id),
    issue_url: `${urls.api}/repos/${repo.fullName}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(state, urls, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: association(repo, c.user),
    reactions: reactionSummary(urls, repo, c),
  };
}

function association(repo: RepoRecord, login: string): string {
  if (login === repo.owner) return 'OWNER';
  return repo.collaborators.has(login) ? 'COLLABORATOR' : 'NONE';
}

export function labelJson(urls: Urls, repo: RepoRecord, l: LabelRecord): Record<string, unknown> {
  return {
    id: l.id,
    node_id: nodeId('LA', l.id),
    url: `${urls.api}/repos/${repo.fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description ?? null,
  };
}

export function issueJson(state: FakeState, urls: Urls, repo: RepoRecord, i: IssueRecord): Record<string, unknown> {
  const kind = i.pull ? 'pull' : 'issues';
  const comments = [...state.comments.values()].filter((c) => c.repo === repo.fullName && c.issueNumber === i.number).length;
  return {
    id: i.id,
    node_id: i.nodeId,
    url: `${urls.api}/repos/${repo.fullName}/issues/${i.number}`,
    repository_url: `${urls.api}/repos/${repo.fullName}`,
    html_url: `${urls.server}/${repo.fullName}/${kind}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userJson(state, urls, i.user),
    labels: i.labels.map((l) => labelJson(urls, repo, repo.labels.get(l)!)),
    assignees: [],
    comments,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    author_association: association(repo, i.user),
    ...(i.pull
      ? { pull_request: { url: `${urls.api}/repos/${repo.fullName}/pulls/${i.number}`, html_url: `${urls.server}/${repo.fullName}/pull/${i.number}` } }
      : {}),
  };
}

export function pullJson(state: FakeState, urls: Urls, repo: RepoRecord, i: IssueRecord): Record<string, unknown> {
  const pull = i.pull!;
  const headRepo = state.repo(pull.headRepo);
  const headOwner = pull.headRepo.split('/')[0];
  return {
    id: i.id,
    node_id: i.nodeId,
    url: `${urls.api}/repos/${repo.fullName}/pulls/${i.number}`,
    html_url: `${urls.server}/${repo.fullName}/pull/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: userJson(state, urls, i.user),
    labels: i.labels.map((l) => labelJson(urls, repo, repo.labels.get(l)!)),
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged: pull.merged,
    draft: false,
    maintainer_can_modify: pull.maintainerCanModify,
    head: {
      label: `${headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: state.pullHeadOid(pull),
      repo: headRepo ? repoJson(state, urls, headRepo) : null,
    },
    base: {
      label: `${repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: repo.branches.get(pull.baseRef) ?? pull.baseOid,
      repo: repoJson(state, urls, repo),
    },
  };
}

export function reactionJson(state: FakeState, urls: Urls, r: ReactionRecord): Record<string, unknown> {
  return { id: r.id, node_id: nodeId('REA', r.id), user: userJson(state, urls, r.user), content: r.content, created_at: r.createdAt };
}

export function refJson(urls: Urls, repo: RepoRecord, branch: string, oid: string): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch}`,
    node_id: nodeId('REF', Number.parseInt(oid.slice(0, 8), 16)),
    url: `${urls.api}/repos/${repo.fullName}/git/refs/heads/${branch}`,
    object: { sha: oid, type: 'commit', url: `${urls.api}/repos/${repo.fullName}/git/commits/${oid}` },
  };
}
