/** The REST routes the archdoc GitHub layer uses, with GitHub's status codes and validation errors. */

import { canWrite } from './schema.js';
import {
  checkBodyLength,
  commentJson,
  issueJson,
  labelJson,
  notFound,
  pullJson,
  reactionJson,
  readOnlyRefusal,
  refJson,
  repoJson,
  unprocessable,
  userJson,
  validationFailed,
  type Urls,
} from './responses.js';
import { type FakeState, type IssueRecord, type RepoRecord, type Role } from './state.js';

export interface RestRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  accept: string;
  viewer: string;
  readOnly: boolean;
  role: Role;
  state: FakeState;
  urls: Urls;
}

export interface RestResponse {
  status: number;
  body: unknown;
  contentType?: string;
}

type Handler = (req: RestRequest) => RestResponse;

interface Route {
  method: string;
  pattern: RegExp;
  write: boolean;
  handler: Handler;
  /** Routes outside a repository (an organisation's list) skip the repository check. */
  org?: boolean;
}

const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';
const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);

const routes: Route[] = [];
function route(method: string, path: string, handler: Handler): void {
  routes.push({ method, pattern: new RegExp(`^${REPO}${path}$`), write: method !== 'GET', handler });
}

export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) return { route: r, params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)])) };
  }
  return undefined;
}

/** Runs a matched route: the repository must exist, and writes need a token that may write. */
export function runRoute(r: Route, req: RestRequest): RestResponse {
  if (r.org) return r.handler(req);
  const repo = req.state.repo(`${req.params.owner}/${req.params.repo}`);
  if (!repo) throw notFound();
  if (r.write && (req.readOnly || !canWrite(req.role))) throw readOnlyRefusal();
  return r.handler(req);
}

function repoOf(req: RestRequest): RepoRecord {
  return req.state.repo(`${req.params.owner}/${req.params.repo}`)!;
}

function ok(body: unknown, status = 200): RestResponse {
  return { status, body };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function issueOf(repo: RepoRecord, number: string): IssueRecord {
  const issue = repo.issues.get(Number(number));
  if (!issue) throw notFound();
  return issue;
}

function commentOf(req: RestRequest) {
  const c = req.state.comments.get(Number(req.params.id));
  if (!c || c.repo !== repoOf(req).fullName) throw notFound();
  return c;
}

route('GET', '', (req) => ok(repoJson(req.state, req.urls, repoOf(req))));

// Issue comments (pull request conversations use the same endpoints).
route('GET', '/issues/(?<number>\\d+)/comments', (req) => {
  const repo = repoOf(req);
  issueOf(repo, req.params.number);
  const list = [...req.state.comments.values()].filter((c) => c.repo === repo.fullName && c.issueNumber === Number(req.params.number));
  return ok(
    paginate(
      req,
      list.sort((a, b) => a.id - b.id),
    ).map((c) => commentJson(req.state, req.urls, repo, c)),
  );
});

route('POST', '/issues/(?<number>\\d+)/comments', (req) => {
  const repo = repoOf(req);
  const issue = issueOf(repo, req.params.number);
  const body = str(req.body.body);
  if (body === undefined) throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  checkBodyLength('IssueComment', body, 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
  const c = req.state.addComment(repo, issue.number, body, req.viewer);
  return ok(commentJson(req.state, req.urls, repo, c), 201);
});

route('GET', '/issues/comments/(?<id>\\d+)', (req) => ok(commentJson(req.state, req.urls, repoOf(req), commentOf(req))));

route('PATCH', '/issues/comments/(?<id>\\d+)', (req) => {
  const c = commentOf(req);
  const body = str(req.body.body);
  if (body === undefined) throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  checkBodyLength('IssueComment', body, 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
  c.body = body;
  c.updatedAt = req.state.now();
  return ok(commentJson(req.state, req.urls, repoOf(req), c));
});

route('POST', '/issues/comments/(?<id>\\d+)/reactions', (req) => {
  const c = commentOf(req);
  const content = str(req.body.content);
  if (!content || !REACTIONS.has(content)) throw validationFailed([{ resource: 'Reaction', code: 'invalid', field: 'content' }]);
  const existing = c.reactions.find((r) => r.user === req.viewer && r.content === content);
  if (existing) return ok(reactionJson(req.state, req.urls, existing), 200);
  const r = { id: req.state.id(), user: req.viewer, content, createdAt: req.state.now() };
  c.reactions.push(r);
  return ok(reactionJson(req.state, req.urls, r), 201);
});

route('GET', '/collaborators/(?<user>[^/]+)/permission', (req) => {
  const repo = repoOf(req);
  const role = repo.collaborators.get(req.params.user);
  const fallback = repo.isPrivate ? 'none' : 'read';
  // `permission` is the legacy four-level view: maintain shows as write and triage as read.
  const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : (role ?? fallback);
  const user = {
    ...userJson(req.state, req.urls, req.params.user),
    permissions: {
      admin: role === 'admin',
      maintain: role === 'admin' || role === 'maintain',
      push: canWrite(role),
      triage: canWrite(role) || role === 'triage',
      pull: role !== undefined || !repo.isPrivate,
    },
    role_name: role ?? fallback,
  };
  return ok({ permission, role_name: role ?? fallback, user });
});

// Issues.
route('GET', '/issues', (req) => {
  const repo = repoOf(req);
  const state = req.query.get('state') ?? 'open';
  const labels = (req.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  let list = [...repo.issues.values()].filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
  list = list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number - a.number);
  if (req.query.get('direction') === 'asc') list.reverse();
  return ok(paginate(req, list).map((i) => issueJson(req.state, req.urls, repo, i)));
});

route('POST', '/issues', (req) => {
  const repo = repoOf(req);
  const title = str(req.body.title);
  if (!title) throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  const body = str(req.body.body) ?? '';
  checkBodyLength('Issue', body, 'https://docs.github.com/rest/issues/issues#create-an-issue');
  const issue = req.state.addIssue(repo, { title, body, user: req.viewer, labels: ensureLabels(req, repo, req.body.labels) });
  return ok(issueJson(req.state, req.urls, repo, issue), 201);
});

route('GET', '/issues/(?<number>\\d+)', (req) => ok(issueJson(req.state, req.urls, repoOf(req), issueOf(repoOf(req), req.params.number))));

route('PATCH', '/issues/(?<number>\\d+)', (req) => {
  const repo = repoOf(req);
  const issue = issueOf(repo, req.params.number);
  applyIssuePatch(req, repo, issue, 'Issue');
  return ok(issueJson(req.state, req.urls, repo, issue));
});

function applyIssuePatch(req: RestRequest, repo: RepoRecord, issue: IssueRecord, resource: 'Issue' | 'PullRequest'): void {
  const b = req.body;
  if (b.title !== undefined) {
    const title = str(b.title);
    if (!title) throw validationFailed([{ resource, code: 'missing_field', field: 'title' }]);
    issue.title = title;
  }
  if (b.body !== undefined) {
    const body = str(b.body) ?? '';
    checkBodyLength(resource, body);
    issue.body = body;
  }
  if (b.labels !== undefined) issue.labels = ensureLabels(req, repo, b.labels);
  if (b.state !== undefined) {
    if (b.state !== 'open' && b.state !== 'closed') throw validationFailed([{ resource, code: 'invalid', field: 'state' }]);
    const now = req.state.now();
    if (b.state === 'closed' && issue.state === 'open') {
      issue.closedAt = now;
      issue.stateReason = b.state_reason === 'not_planned' ? 'not_planned' : 'completed';
    }
    if (b.state === 'open' && issue.state === 'closed') {
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    }
    issue.state = b.state;
  }
  issue.updatedAt = req.state.now();
}

/** Labels named on an issue are created when missing, as the REST API does for writers. */
function ensureLabels(req: RestRequest, repo: RepoRecord, raw: unknown): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'labels' }]);
  const names = raw.map((l: unknown) => (typeof l === 'string' ? l : (str((l as { name?: unknown } | null)?.name) ?? '')));
  for (const name of names) {
    if (!name) throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
    if (!repo.labels.has(name)) repo.labels.set(name, { id: req.state.id(), name, color: 'ededed' });
  }
  return [...new Set(names)];
}

// Labels: archdoc creates its drift label with a colour and a description when it is missing.
route('GET', '/labels/(?<name>[^/]+)', (req) => {
  const repo = repoOf(req);
  const label = repo.labels.get(req.params.name);
  if (!label) throw notFound();
  return ok(labelJson(req.urls, repo, label));
});

route('POST', '/labels', (req) => {
  const repo = repoOf(req);
  const name = str(req.body.name);
  const color = str(req.body.color) ?? 'ededed';
  if (!name) throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
  if (!/^[0-9a-f]{6}$/i.test(color)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
  if (repo.labels.has(name)) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  const label = { id: req.state.id(), name, color, description: str(req.body.description) ?? null };
  repo.labels.set(name, label);
  return ok(labelJson(req.urls, repo, label), 201);
});

// An organisation's repositories (GET /orgs/{org}/repos), paged; archived and disabled ones included, as GitHub does.
routes.push({
  method: 'GET',
  pattern: /^\/orgs\/(?<org>[^/]+)\/repos$/,
  write: false,
  org: true,
  handler: (req) => {
    const org = req.params.org.toLowerCase();
    const list = [...req.state.repos.values()].filter((r) => r.owner.toLowerCase() === org).sort((a, b) => a.id - b.id);
    if (list.length === 0 && !req.state.users.has(req.params.org)) throw notFound();
    return ok(paginate(req, list).map((r) => repoJson(req.state, req.urls, r)));
  },
});

// Git references.
route('GET', '/git/ref/heads/(?<branch>.+)', (req) => {
  const repo = repoOf(req);
  const oid = repo.branches.get(req.params.branch);
  if (!oid) throw notFound();
  return ok(refJson(req.urls, repo, req.params.branch, oid));
});

route('POST', '/git/refs', (req) => {
  const repo = repoOf(req);
  const ref = str(req.body.ref) ?? '';
  const sha = str(req.body.sha) ?? '';
  const m = /^refs\/heads\/(.+)$/.exec(ref);
  if (!m) throw unprocessable('Reference name is invalid', 'https://docs.github.com/rest/git/refs#create-a-reference');
  if (!req.state.commits.has(sha)) throw unprocessable('Object does not exist', 'https://docs.github.com/rest/git/refs#create-a-reference');
  if (repo.branches.has(m[1])) throw unprocessable('Reference already exists', 'https://docs.github.com/rest/git/refs#create-a-reference');
  repo.branches.set(m[1], sha);
  return ok(refJson(req.urls, repo, m[1], sha), 201);
});

// Pull requests.
route('GET', '/pulls', (req) => {
  const repo = repoOf(req);
  const state = req.query.get('state') ?? 'open';
  const head = req.query.get('head');
  const base = req.query.get('base');
  const list = [...repo.issues.values()].filter((i) => {
    if (!i.pull) return false;
    if (state !== 'all' && i.state !== state) return false;
    if (base && i.pull.baseRef !== base) return false;
    if (head) {
      const [owner, branch] = head.includes(':') ? head.split(':', 2) : [repo.owner, head];
      if (i.pull.headRef !== branch || i.pull.headRepo.split('/')[0].toLowerCase() !== owner.toLowerCase()) return false;
    }
    return true;
  });
  return ok(
    paginate(
      req,
      list.sort((a, b) => b.number - a.number),
    ).map((i) => pullJson(req.state, req.urls, repo, i)),
  );
});

route('POST', '/pulls', (req) => {
  const repo = repoOf(req);
  const doc = 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request';
  const title = str(req.body.title);
  const base = str(req.body.base);
  const headSpec = str(req.body.head);
  if (!title) throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }], doc);
  if (!base || !repo.branches.has(base)) throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'base' }], doc);
  if (!headSpec) throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'head' }], doc);
  const [headOwner, headRef] = headSpec.includes(':') ? headSpec.split(':', 2) : [repo.owner, headSpec];
  const headRepo = headOwner.toLowerCase() === repo.owner.toLowerCase() ? repo : req.state.repo(`${headOwner}/${repo.name}`);
  const headOid = headRepo?.branches.get(headRef);
  if (!headRepo || !headOid) throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'head' }], doc);
  const body = str(req.body.body) ?? '';
  checkBodyLength('PullRequest', body, doc);
  const duplicate = [...repo.issues.values()].find((i) => i.pull && i.state === 'open' && i.pull.headRef === headRef && i.pull.headRepo === headRepo.fullName);
  if (duplicate) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${headOwner}:${headRef}.` }], doc);
  }
  const baseOid = repo.branches.get(base)!;
  if (headOid === baseOid || req.state.history(baseOid).some((c) => c.oid === headOid)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headRef}` }], doc);
  }
  const issue = req.state.addIssue(repo, {
    title,
    body,
    user: req.viewer,
    pull: {
      headRepo: headRepo.fullName,
      headRef,
      baseRef: base,
      baseOid,
      maintainerCanModify: req.body.maintainer_can_modify !== false && headRepo !== repo,
      merged: false,
      lastHeadOid: headOid,
    },
  });
  return ok(pullJson(req.state, req.urls, repo, issue), 201);
});

route('GET', '/pulls/(?<number>\\d+)', (req) => {
  const repo = repoOf(req);
  const issue = issueOf(repo, req.params.number);
  if (!issue.pull) throw notFound();
  return ok(pullJson(req.state, req.urls, repo, issue));
});

route('PATCH', '/pulls/(?<number>\\d+)', (req) => {
  const repo = repoOf(req);
  const issue = issueOf(repo, req.params.number);
  if (!issue.pull) throw notFound();
  applyIssuePatch(req, repo, issue, 'PullRequest');
  return ok(pullJson(req.state, req.urls, repo, issue));
});

// File contents, raw or as the JSON object.
route('GET', '/contents/(?<path>.+)', (req) => {
  const repo = repoOf(req);
  const commit = req.state.resolveRev(repo, req.query.get('ref') ?? 'HEAD');
  if (!commit) throw notFound();
  const content = commit.files.get(req.params.path);
  if (!content) throw notFound();
  if (/application\/vnd\.github(?:\.v3)?\.raw/.test(req.accept)) return { status: 200, body: content, contentType: 'application/vnd.github.raw' };
  return ok({
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: req.params.path.split('/').pop(),
    path: req.params.path,
    content: content.toString('base64'),
    url: `${req.urls.api}/repos/${repo.fullName}/contents/${req.params.path}?ref=${commit.oid}`,
  });
});

function paginate<T>(req: RestRequest, list: T[]): T[] {
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
  return list.slice((page - 1) * perPage, page * perPage);
}
