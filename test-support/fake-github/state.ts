/**
 * In-memory model of the slice of GitHub that archdoc talks to: repositories with branches and real
 * git-like commits (flat file maps, blob ids computed as git does), pull requests, issue comments,
 * issues with labels, reactions and collaborator roles.
 */

import { createHash } from 'node:crypto';

export type Content = string | Buffer;
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface CommitRecord {
  oid: string;
  parents: string[];
  files: Map<string, Buffer>;
  message: string;
  committedDate: string;
  author: string;
  /** Commits made through the API by a GitHub App/bot token are signed by GitHub ("Verified"). */
  verified: boolean;
}

export interface PullRecord {
  headRepo: string;
  headRef: string;
  baseRef: string;
  /** Base branch head when the pull request was opened: changed files are computed against it. */
  baseOid: string;
  maintainerCanModify: boolean;
  merged: boolean;
  /** Head commit recorded when the head branch is gone (deleted fork branch). */
  lastHeadOid: string;
}

export interface IssueRecord {
  number: number;
  nodeId: string;
  id: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullRecord;
}

export interface ReactionRecord {
  id: number;
  user: string;
  content: string;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description?: string | null;
}

export interface RepoRecord {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  nodeId: string;
  defaultBranch: string;
  isPrivate: boolean;
  forkOf: string | null;
  archived: boolean;
  disabled: boolean;
  branches: Map<string, string>;
  collaborators: Map<string, Role>;
  labels: Map<string, LabelRecord>;
  issues: Map<number, IssueRecord>;
  nextNumber: number;
}

export interface ChangedFileRecord {
  path: string;
  changeType: 'ADDED' | 'DELETED' | 'MODIFIED';
  additions: number;
  deletions: number;
}

const EMPTY = Buffer.alloc(0);

export class FakeState {
  readonly repos = new Map<string, RepoRecord>();
  readonly commits = new Map<string, CommitRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly users = new Map<string, UserRecord>();
  private nextId = 1000;
  private clock: number;

  constructor(startTime = Date.parse('2025-01-01T00:00:00Z')) {
    this.clock = startTime;
  }

  id(): number {
    return ++this.nextId;
  }

  /** Monotonic timestamps keep ordering stable without reading the wall clock. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  user(login: string, type?: 'User' | 'Bot'): UserRecord {
    let u = this.users.get(login);
    if (!u) {
      u = { login, id: this.id(), type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
      this.users.set(login, u);
    }
    return u;
  }

  repo(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  requireRepo(fullName: string): RepoRecord {
    const r = this.repo(fullName);
    if (!r) throw new Error(`fake GitHub: no repository ${fullName} was seeded`);
    return r;
  }

  addRepo(
    owner: string,
    name: string,
    opts: { defaultBranch?: string; isPrivate?: boolean; forkOf?: string; archived?: boolean; disabled?: boolean },
  ): RepoRecord {
    this.user(owner);
    const fullName = `${owner}/${name}`;
    const id = this.id();
    const repo: RepoRecord = {
      owner,
      name,
      fullName,
      id,
      nodeId: nodeId('R', id),
      defaultBranch: opts.defaultBranch ?? 'main',
      isPrivate: opts.isPrivate ?? false,
      forkOf: opts.forkOf ?? null,
      archived: opts.archived ?? false,
      disabled: opts.disabled ?? false,
      branches: new Map(),
      collaborators: new Map([[owner, 'admin']]),
      labels: new Map(),
      issues: new Map(),
      nextNumber: 1,
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /** Creates a commit whose tree is `parent`'s tree with `changes` applied (null deletes a path). */
  commit(parent: string | null, changes: Record<string, Content | null>, message: string, author: string, verified = false): CommitRecord {
    const files = new Map(parent ? this.requireCommit(parent).files : []);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path);
      else files.set(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    }
    const committedDate = this.now();
    // A real git commit object (tree, parent, author, committer, message): `toBareRepository` rebuilds the
    // same objects with git, so tests can read the fake's history with `git log` and `git show`.
    const oid = gitObjectId('commit', commitObject(treeOid(files), parent ? [parent] : [], author, committedDate, message));
    const record: CommitRecord = { oid, parents: parent ? [parent] : [], files, message, committedDate, author, verified };
    this.commits.set(oid, record);
    return record;
  }

  /** Opens an issue, or a pull request when `pull` is given (they share the repository's numbers). */
  addIssue(repo: RepoRecord, fields: { title: string; body: string; user: string; labels?: string[]; pull?: PullRecord }): IssueRecord {
    const now = this.now();
    const id = this.id();
    const issue: IssueRecord = {
      number: repo.nextNumber++,
      id,
      nodeId: nodeId(fields.pull ? 'PR' : 'I', id),
      title: fields.title,
      body: fields.body,
      state: 'open',
      stateReason: null,
      labels: fields.labels ?? [],
      user: this.user(fields.user).login,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: fields.pull,
    };
    repo.issues.set(issue.number, issue);
    return issue;
  }

  addComment(repo: RepoRecord, issueNumber: number, body: string, user: string): CommentRecord {
    const now = this.now();
    const id = this.id();
    const c: CommentRecord = {
      id,
      nodeId: nodeId('IC', id),
      repo: repo.fullName,
      issueNumber,
      body,
      user: this.user(user).login,
      createdAt: now,
      updatedAt: now,
      reactions: [],
    };
    this.comments.set(id, c);
    return c;
  }

  requireCommit(oid: string): CommitRecord {
    const c = this.commits.get(oid);
    if (!c) throw new Error(`fake GitHub: unknown commit ${oid}`);
    return c;
  }

  /** Resolves a revision the way `object(expression:)` does: an oid, HEAD, a branch or refs/heads/<branch>. */
  resolveRev(repo: RepoRecord, rev: string): CommitRecord | undefined {
    if (/^[0-9a-f]{40}$/i.test(rev)) return this.commits.get(rev.toLowerCase());
    const branch = rev === 'HEAD' ? repo.defaultBranch : rev.replace(/^refs\/heads\//, '');
    const oid = repo.branches.get(branch);
    return oid ? this.commits.get(oid) : undefined;
  }

  pullHeadOid(pull: PullRecord): string {
    const head = this.repo(pull.headRepo)?.branches.get(pull.headRef);
    return head ?? pull.lastHeadOid;
  }

  changedFiles(pull: PullRecord): ChangedFileRecord[] {
    const base = this.requireCommit(pull.baseOid).files;
    const head = this.requireCommit(this.pullHeadOid(pull)).files;
    const out: ChangedFileRecord[] = [];
    for (const path of [...new Set([...base.keys(), ...head.keys()])].sort()) {
      const a = base.get(path);
      const b = head.get(path);
      if (a && b && a.equals(b)) continue;
      const changeType = !a ? 'ADDED' : !b ? 'DELETED' : 'MODIFIED';
      out.push({ path, changeType, additions: lineCount(b ?? EMPTY), deletions: lineCount(a ?? EMPTY) });
    }
    return out;
  }

  /** The pull request's commits, oldest first: the head's first-parent history down to the base commit it was opened on. */
  pullCommits(pull: PullRecord): CommitRecord[] {
    const onBase = new Set(this.history(pull.baseOid).map((c) => c.oid));
    const out: CommitRecord[] = [];
    for (const c of this.history(this.pullHeadOid(pull))) {
      if (onBase.has(c.oid)) break;
      out.push(c);
    }
    return out.reverse();
  }

  /** First-parent history of `oid`, newest first, keeping commits that changed `path` (a file or a folder). */
  history(oid: string, path?: string): CommitRecord[] {
    const out: CommitRecord[] = [];
    for (let c = this.commits.get(oid); c; c = c.parents[0] ? this.commits.get(c.parents[0]) : undefined) {
      const parent = c.parents[0] ? this.commits.get(c.parents[0]) : undefined;
      if (!path || touches(c, parent, path)) out.push(c);
    }
    return out;
  }
}

function touches(c: CommitRecord, parent: CommitRecord | undefined, path: string): boolean {
  const prefix = path.replace(/(?<!\/)\/+$/, '') + '/';
  const keys = new Set([...c.files.keys(), ...(parent?.files.keys() ?? [])]);
  for (const k of keys) {
    if (k !== path && !k.startsWith(prefix)) continue;
    const a = parent?.files.get(k);
    const b = c.files.get(k);
    if (!a || !b || !a.equals(b)) return true;
  }
  return false;
}

function lineCount(b: Buffer): number {
  if (b.length === 0) return 0;
  const text = b.toString('utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

export function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** Git's blob id: sha1("blob <size>\0<bytes>"). */
export function blobOid(content: Buffer): string {
  return gitObjectId('blob', content);
}

function gitObjectId(type: 'blob' | 'tree' | 'commit', content: Buffer): string {
  return sha1(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]));
}

/** The identity git records for a fake commit's author and committer. */
export function gitIdentity(login: string, committedDate: string): string {
  return `${login} <${login}@users.noreply.github.com> ${Math.floor(Date.parse(committedDate) / 1000)} +0000`;
}

/** The bytes of a commit object; its message ends with a newline, as `git commit` writes it. */
function commitObject(tree: string, parents: readonly string[], author: string, committedDate: string, message: string): Buffer {
  const who = gitIdentity(author, committedDate);
  const lines = [`tree ${tree}`, ...parents.map((p) => `parent ${p}`), `author ${who}`, `committer ${who}`];
  return Buffer.from(`${lines.join('\n')}\n\n${message}\n`, 'utf8');
}

interface TreeDir {
  blobs: Map<string, Buffer>;
  dirs: Map<string, TreeDir>;
}

/** Git's tree id of a flat path -> content map (regular files, mode 100644), built bottom-up. */
function treeOid(files: ReadonlyMap<string, Buffer>): string {
  const root: TreeDir = { blobs: new Map(), dirs: new Map() };
  for (const [path, content] of files) {
    const parts = path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.dirs.get(part);
      if (!next) dir.dirs.set(part, (next = { blobs: new Map(), dirs: new Map() }));
      dir = next;
    }
    dir.blobs.set(parts[parts.length - 1], content);
  }
  const write = (dir: TreeDir): string => {
    // Git orders entries by name, a folder's name compared as if it ended in `/`.
    const entries = [
      ...[...dir.blobs].map(([name, b]) => ({ key: name, mode: '100644', name, oid: blobOid(b) })),
      ...[...dir.dirs].map(([name, d]) => ({ key: `${name}/`, mode: '40000', name, oid: write(d) })),
    ].sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
    return gitObjectId('tree', Buffer.concat(entries.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex')]))));
  };
  return write(root);
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString('base64url')}`;
}
