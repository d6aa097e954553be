/**
 * The fake's GraphQL endpoint: a subset of GitHub's public schema (same type, field and argument names,
 * same nullability), executed by graphql-js so queries are parsed and validated for real. A query that
 * asks for a field GitHub does not have fails here as it would there.
 */

import { buildSchema, execute, getOperationAST, GraphQLError, parse, validate, type DocumentNode } from 'graphql';
import { blobOid, FakeState, nodeId, sha1, type CommitRecord, type CommentRecord, type IssueRecord, type RepoRecord, type Role } from './state.js';

const SDL = /* GraphQL */ `
  scalar GitObjectID
  scalar URI
  scalar DateTime
  scalar Base64String
  scalar GitTimestamp

  type Query {
    repository(owner: String!, name: String!, followRenames: Boolean = true): Repository
    viewer: User!
    rateLimit(dryRun: Boolean = false): RateLimit
  }

  type Mutation {
    createCommitOnBranch(input: CreateCommitOnBranchInput!): CreateCommitOnBranchPayload
  }

  type RateLimit {
    cost: Int!
    limit: Int!
    nodeCount: Int!
    remaining: Int!
    resetAt: DateTime!
    used: Int!
  }

  interface Node {
    id: ID!
  }
  interface Actor {
    avatarUrl(size: Int): URI!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  interface RepositoryOwner {
    avatarUrl(size: Int): URI!
    id: ID!
    login: String!
    resourcePath: URI!
    url: URI!
  }

  type User implements Node & Actor & RepositoryOwner {
    avatarUrl(size: Int): URI!
    databaseId: Int
    id: ID!
    login: String!
    name: String
    resourcePath: URI!
    url: URI!
  }
  type Bot implements Node & Actor {
    avatarUrl(size: Int): URI!
    databaseId: Int
    id: ID!
    login: String!
    resourcePath: URI!
    url: URI!
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  type Repository implements Node {
    databaseId: Int
    defaultBranchRef: Ref
    id: ID!
    isFork: Boolean!
    isPrivate: Boolean!
    issue(number: Int!): Issue
    issues(after: String, before: String, first: Int, last: Int, labels: [String!], orderBy: IssueOrder, states: [IssueState!]): IssueConnection!
    name: String!
    nameWithOwner: String!
    object(expression: String, oid: GitObjectID): GitObject
    owner: RepositoryOwner!
    pullRequest(number: Int!): PullRequest
    pullRequests(
      after: String
      baseRefName: String
      before: String
      first: Int
      headRefName: String
      labels: [String!]
      last: Int
      states: [PullRequestState!]
    ): PullRequestConnection!
    ref(qualifiedName: String!): Ref
    url: URI!
  }

  interface GitObject {
    abbreviatedOid: String!
    commitResourcePath: URI!
    commitUrl: URI!
    id: ID!
    oid: GitObjectID!
    repository: Repository!
  }

  type Blob implements Node & GitObject {
    abbreviatedOid: String!
    byteSize: Int!
    commitResourcePath: URI!
    commitUrl: URI!
    id: ID!
    isBinary: Boolean
    isTruncated: Boolean!
    oid: GitObjectID!
    repository: Repository!
    text: String
  }

  type Tree implements Node & GitObject {
    abbreviatedOid: String!
    commitResourcePath: URI!
    commitUrl: URI!
    entries: [TreeEntry!]
    id: ID!
    oid: GitObjectID!
    repository: Repository!
  }

  type TreeEntry {
    extension: String
    isGenerated: Boolean!
    lineCount: Int
    mode: Int!
    name: String!
    nameRaw: Base64String!
    object: GitObject
    oid: GitObjectID!
    path: String
    pathRaw: Base64String
    repository: Repository!
    size: Int!
    type: String!
  }

  type GitActor {
    date: GitTimestamp
    email: String
    name: String
    user: User
  }

  type Commit implements Node & GitObject {
    abbreviatedOid: String!
    author: GitActor
    commitResourcePath: URI!
    commitUrl: URI!
    committedDate: DateTime!
    committedViaWeb: Boolean!
    history(after: String, before: String, first: Int, last: Int, path: String, since: GitTimestamp, until: GitTimestamp): CommitHistoryConnection!
    id: ID!
    message: String!
    messageBody: String!
    messageHeadline: String!
    oid: GitObjectID!
    parents(after: String, before: String, first: Int, last: Int): CommitConnection!
    repository: Repository!
    signature: GitSignature
    tree: Tree!
    url: URI!
  }

  interface GitSignature {
    isValid: Boolean!
    signature: String!
    state: GitSignatureState!
    wasSignedByGitHub: Boolean!
  }
  type GpgSignature implements GitSignature {
    isValid: Boolean!
    keyId: String
    signature: String!
    state: GitSignatureState!
    wasSignedByGitHub: Boolean!
  }
  enum GitSignatureState {
    VALID
    INVALID
    UNSIGNED
  }

  type CommitEdge {
    cursor: String!
    node: Commit
  }
  type CommitHistoryConnection {
    edges: [CommitEdge]
    nodes: [Commit]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type CommitConnection {
    edges: [CommitEdge]
    nodes: [Commit]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Ref implements Node {
    id: ID!
    name: String!
    prefix: String!
    repository: Repository!
    target: GitObject
  }

  enum PullRequestState {
    CLOSED
    MERGED
    OPEN
  }
  enum IssueState {
    CLOSED
    OPEN
  }
  enum IssueStateReason {
    COMPLETED
    DUPLICATE
    NOT_PLANNED
    REOPENED
  }
  enum PatchStatus {
    ADDED
    CHANGED
    COPIED
    DELETED
    MODIFIED
    RENAMED
  }
  enum IssueOrderField {
    COMMENTS
    CREATED_AT
    UPDATED_AT
  }
  enum OrderDirection {
    ASC
    DESC
  }
  input IssueOrder {
    direction: OrderDirection!
    field: IssueOrderField!
  }

  type PullRequest implements Node {
    author: Actor
    baseRef: Ref
    baseRefName: String!
    baseRefOid: GitObjectID!
    body: String!
    changedFiles: Int!
    comments(after: String, before: String, first: Int, last: Int): IssueCommentConnection!
    commits(after: String, before: String, first: Int, last: Int): PullRequestCommitConnection!
    databaseId: Int
    files(after: String, before: String, first: Int, last: Int): PullRequestChangedFileConnection
    headRef: Ref
    headRefName: String!
    headRefOid: GitObjectID!
    headRepository: Repository
    headRepositoryOwner: RepositoryOwner
    id: ID!
    isCrossRepository: Boolean!
    maintainerCanModify: Boolean!
    merged: Boolean!
    number: Int!
    repository: Repository!
    state: PullRequestState!
    title: String!
    url: URI!
  }

  type PullRequestCommit implements Node {
    commit: Commit!
    id: ID!
    url: URI!
  }
  type PullRequestCommitEdge {
    cursor: String!
    node: PullRequestCommit
  }
  type PullRequestCommitConnection {
    edges: [PullRequestCommitEdge]
    nodes: [PullRequestCommit]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PullRequestChangedFile {
    additions: Int!
    changeType: PatchStatus!
    deletions: Int!
    path: String!
  }
  type PullRequestChangedFileEdge {
    cursor: String!
    node: PullRequestChangedFile
  }
  type PullRequestChangedFileConnection {
    edges: [PullRequestChangedFileEdge]
    nodes: [PullRequestChangedFile]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PullRequestEdge {
    cursor: String!
    node: PullRequest
  }
  type PullRequestConnection {
    edges: [PullRequestEdge]
    nodes: [PullRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type IssueComment implements Node {
    author: Actor
    body: String!
    createdAt: DateTime!
    databaseId: Int
    id: ID!
    isMinimized: Boolean!
    updatedAt: DateTime!
    url: URI!
    viewerCanUpdate: Boolean!
    viewerDidAuthor: Boolean!
  }
  type IssueCommentEdge {
    cursor: String!
    node: IssueComment
  }
  type IssueCommentConnection {
    edges: [IssueCommentEdge]
    nodes: [IssueComment]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Label implements Node {
    color: String!
    id: ID!
    name: String!
  }
  type LabelEdge {
    cursor: String!
    node: Label
  }
  type LabelConnection {
    edges: [LabelEdge]
    nodes: [Label]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Issue implements Node {
    author: Actor
    body: String!
    comments(after: String, before: String, first: Int, last: Int): IssueCommentConnection!
    createdAt: DateTime!
    databaseId: Int
    id: ID!
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
    number: Int!
    state: IssueState!
    stateReason: IssueStateReason
    title: String!
    updatedAt: DateTime!
    url: URI!
    viewerDidAuthor: Boolean!
  }
  type IssueEdge {
    cursor: String!
    node: Issue
  }
  type IssueConnection {
    edges: [IssueEdge]
    nodes: [Issue]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  input CommittableBranch {
    branchName: String
    id: ID
    repositoryNameWithOwner: String
  }
  input CommitMessage {
    body: String
    headline: String!
  }
  input FileAddition {
    contents: Base64String!
    path: String!
  }
  input FileDeletion {
    path: String!
  }
  input FileChanges {
    additions: [FileAddition!] = []
    deletions: [FileDeletion!] = []
  }
  input CreateCommitOnBranchInput {
    branch: CommittableBranch!
    clientMutationId: String
    expectedHeadOid: GitObjectID!
    fileChanges: FileChanges
    message: CommitMessage!
  }
  type CreateCommitOnBranchPayload {
    clientMutationId: String
    commit: Commit
    ref: Ref
  }
`;

const schema = buildSchema(SDL);

interface GraphQLContext {
  state: FakeState;
  viewer: string;
  readOnly: boolean;
  /** Role the token's identity holds on every repository (an installation token's permission). */
  role: Role;
  serverUrl: string;
  /** Blob.text is cut at this many bytes and isTruncated set, as GitHub does for big files. */
  blobTextLimit: number;
  rateLimit: { limit: number; remaining: number; used: number; resetAt: string };
}

export interface OperationInfo {
  name: string | null;
  type: 'query' | 'mutation' | 'subscription';
}

export interface GraphQLRun {
  operation: OperationInfo | null;
  execute(ctx: GraphQLContext): Promise<Record<string, unknown>>;
}

/** Parses and validates once, so the server knows the operation (for faults and records) before running it. */
export function prepareGraphQL(query: unknown, variables: unknown, operationName: unknown): GraphQLRun {
  if (typeof query !== 'string') {
    return { operation: null, execute: async () => ({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] }) };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (e) {
    const err = e as GraphQLError;
    return { operation: null, execute: async () => ({ errors: [{ message: err.message, locations: err.locations }] }) };
  }
  const op = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
  const operation: OperationInfo | null = op ? { name: op.name?.value ?? null, type: op.operation } : null;
  const problems = validate(schema, document);
  return {
    operation,
    async execute(ctx) {
      if (problems.length > 0) return { errors: problems.map((p) => ({ message: p.message, locations: p.locations })) };
      const result = await execute({
        schema,
        document,
        rootValue: root(ctx),
        variableValues: (variables ?? {}) as Record<string, unknown>,
        operationName: typeof operationName === 'string' ? operationName : undefined,
      });
      const out: Record<string, unknown> = { data: result.data ?? null };
      if (result.errors?.length) out.errors = result.errors.map(githubError);
      return out;
    },
  };
}

/** GitHub puts the error type at the top level of each error, not under `extensions`. */
function githubError(e: GraphQLError): Record<string, unknown> {
  const type = e.extensions?.type;
  return { ...(typeof type === 'string' ? { type } : {}), path: e.path, locations: e.locations, message: e.message };
}

function fail(type: string, message: string): never {
  throw new GraphQLError(message, { extensions: { type } });
}

function root(ctx: GraphQLContext): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = ctx.state.repo(`${owner}/${name}`);
      if (!repo) fail('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repoNode(ctx, repo);
    },
    viewer: () => actorNode(ctx, ctx.viewer),
    rateLimit: () => ({ cost: 1, nodeCount: 1, ...ctx.rateLimit }),
    createCommitOnBranch: ({ input }: { input: CommitInput }) => createCommitOnBranch(ctx, input),
  };
}

interface CommitInput {
  branch: { branchName?: string | null; id?: string | null; repositoryNameWithOwner?: string | null };
  expectedHeadOid: string;
  fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] } | null;
  message: { headline: string; body?: string | null };
  clientMutationId?: string | null;
}

function createCommitOnBranch(ctx: GraphQLContext, input: CommitInput): Record<string, unknown> {
  if (ctx.readOnly || !canWrite(ctx.role)) fail('FORBIDDEN', 'Resource not accessible by integration');
  const { repositoryNameWithOwner: fullName, branchName } = input.branch;
  if (!fullName || !branchName) fail('UNPROCESSABLE', 'A branch must be identified by repositoryNameWithOwner and branchName.');
  const repo = ctx.state.repo(fullName);
  if (!repo) fail('NOT_FOUND', `Could not resolve to a Repository with the name '${fullName}'.`);
  const head = repo.branches.get(branchName);
  if (!head) fail('NOT_FOUND', `Could not resolve to a Ref with the name 'refs/heads/${branchName}'.`);
  if (head !== input.expectedHeadOid.toLowerCase()) {
    fail('STALE_DATA', `Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`);
  }
  const changes: Record<string, Buffer | null> = {};
  const current = ctx.state.requireCommit(head).files;
  for (const d of input.fileChanges?.deletions ?? []) {
    if (!current.has(d.path)) {
      fail('UNPROCESSABLE', `A path was requested for deletion which does not exist as of commit oid \`${head}\``);
    }
    changes[d.path] = null;
  }
  for (const a of input.fileChanges?.additions ?? []) {
    if (!/^[a-z0-9+/]*={0,2}$/i.test(a.contents)) fail('UNPROCESSABLE', `File contents for ${a.path} are not valid Base64.`);
    changes[a.path] = Buffer.from(a.contents, 'base64');
  }
  const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}` : input.message.headline;
  const viewer = ctx.state.user(ctx.viewer);
  const commit = ctx.state.commit(head, changes, message, ctx.viewer, viewer.type === 'Bot');
  repo.branches.set(branchName, commit.oid);
  return { clientMutationId: input.clientMutationId ?? null, commit: commitNode(ctx, repo, commit), ref: refNode(ctx, repo, branchName) };
}

export function canWrite(role: Role | undefined): boolean {
  return role === 'admin' || role === 'maintain' || role === 'write';
}

function html(ctx: GraphQLContext, path: string): string {
  return `${ctx.serverUrl}/${path}`;
}

function repoNode(ctx: GraphQLContext, repo: RepoRecord): Record<string, unknown> {
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    isPrivate: repo.isPrivate,
    isFork: repo.forkOf !== null,
    url: html(ctx, repo.fullName),
    owner: () => actorNode(ctx, repo.owner),
    defaultBranchRef: () => refNode(ctx, repo, repo.defaultBranch),
    ref: ({ qualifiedName }: { qualifiedName: string }) => refNode(ctx, repo, qualifiedName.replace(/^refs\/heads\//, '')),
    object: ({ expression, oid }: { expression?: string; oid?: string }) => objectAt(ctx, repo, expression ?? oid ?? ''),
    pullRequest: ({ number }: { number: number }) => {
      const issue = repo.issues.get(number);
      if (!issue?.pull) fail('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`);
      return pullNode(ctx, repo, issue);
    },
    pullRequests: (args: PullFilter & Page) => {
      const pulls = [...repo.issues.values()].filter(
        (i) =>
          i.pull &&
          (!args.states || args.states.includes(pullState(i))) &&
          (!args.headRefName || i.pull.headRef === args.headRefName) &&
          (!args.baseRefName || i.pull.baseRef === args.baseRefName),
      );
      return connection(pulls, args, 'pullRequests', (i) => pullNode(ctx, repo, i));
    },
    issue: ({ number }: { number: number }) => {
      const issue = repo.issues.get(number);
      if (!issue || issue.pull) fail('NOT_FOUND', `Could not resolve to an Issue with the number of ${number}.`);
      return issueNode(ctx, repo, issue);
    },
    issues: (args: IssueFilter & Page) => {
      let issues = [...repo.issues.values()].filter(
        (i) =>
          !i.pull &&
          (!args.states || args.states.includes(i.state === 'open' ? 'OPEN' : 'CLOSED')) &&
          (!args.labels || args.labels.some((l) => i.labels.includes(l))),
      );
      const field = args.orderBy?.field ?? 'CREATED_AT';
      const key = (i: IssueRecord) => (field === 'UPDATED_AT' ? i.updatedAt : i.createdAt);
      issues = issues.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
      if (args.orderBy?.direction === 'DESC') issues.reverse();
      return connection(issues, args, 'issues', (i) => issueNode(ctx, repo, i));
    },
  };
}

interface Page {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}
interface PullFilter {
  states?: string[] | null;
  headRefName?: string | null;
  baseRefName?: string | null;
}
interface IssueFilter {
  states?: string[] | null;
  labels?: string[] | null;
  orderBy?: { field: string; direction: string } | null;
}

/** Cursor pagination with GitHub's limits: first or last is required and at most 100. */
function connection<T>(items: T[], page: Page, field: string, toNode: (t: T) => unknown): Record<string, unknown> {
  if (page.first == null && page.last == null) {
    fail('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`);
  }
  for (const [k, v] of [
    ['first', page.first],
    ['last', page.last],
  ] as const) {
    if (v != null && v > 100) fail('EXCESSIVE_PAGINATION', `Requesting ${v} records on the \`${field}\` connection exceeds the \`${k}\` limit of 100 records.`);
  }
  let start = 0;
  let end = items.length;
  if (page.after) start = Math.max(start, decodeCursor(page.after) + 1);
  if (page.before) end = Math.min(end, decodeCursor(page.before));
  if (page.first != null) end = Math.min(end, start + page.first);
  if (page.last != null) start = Math.max(start, end - page.last);
  const slice = items.slice(start, end).map((item, i) => ({ cursor: encodeCursor(start + i), node: toNode(item) }));
  return {
    edges: slice,
    nodes: slice.map((e) => e.node),
    totalCount: items.length,
    pageInfo: {
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice.at(-1)?.cursor ?? null,
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
    },
  };
}

function encodeCursor(i: number): string {
  return Buffer.from(`cursor:v2:${i}`).toString('base64');
}

function decodeCursor(c: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'));
  if (!m) fail('INVALID_CURSOR_ARGUMENTS', `\`${c}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

function actorNode(ctx: GraphQLContext, login: string): Record<string, unknown> {
  const u = ctx.state.user(login);
  // GraphQL names bots without the "[bot]" suffix that REST shows.
  const shown = u.type === 'Bot' ? login.replace(/\[bot\]$/, '') : login;
  return {
    __typename: u.type,
    id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
    databaseId: u.id,
    login: shown,
    name: null,
    url: html(ctx, u.type === 'Bot' ? `apps/${shown}` : shown),
    resourcePath: `/${shown}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
  };
}

function refNode(ctx: GraphQLContext, repo: RepoRecord, branch: string): Record<string, unknown> | null {
  const oid = repo.branches.get(branch);
  if (!oid) return null;
  return {
    __typename: 'Ref',
    id: nodeId('REF', Number.parseInt(sha1(`${repo.fullName}:${branch}`).slice(0, 8), 16)),
    name: branch,
    prefix: 'refs/heads/',
    repository: () => repoNode(ctx, repo),
    target: () => commitNode(ctx, repo, ctx.state.requireCommit(oid)),
  };
}

/** `object(expression: "<rev>:<path>")`, or a bare revision for the commit itself. */
function objectAt(ctx: GraphQLContext, repo: RepoRecord, expression: string): Record<string, unknown> | null {
  const colon = expression.indexOf(':');
  const rev = colon < 0 ? expression : expression.slice(0, colon);
  const commit = ctx.state.resolveRev(repo, rev);
  if (!commit) return null;
  if (colon < 0) return commitNode(ctx, repo, commit);
  return pathNode(ctx, repo, commit, expression.slice(colon + 1).replace(/^\/+|(?<!\/)\/+$/g, ''));
}

function pathNode(ctx: GraphQLContext, repo: RepoRecord, commit: CommitRecord, path: string): Record<string, unknown> | null {
  const blob = commit.files.get(path);
  if (blob) return blobNode(ctx, repo, commit, blob);
  const prefix = path === '' ? '' : `${path}/`;
  const children = [...commit.files.keys()].filter((p) => p.startsWith(prefix));
  if (children.length === 0) return null;
  return treeNode(ctx, repo, commit, path, children);
}

function gitObjectBase(ctx: GraphQLContext, repo: RepoRecord, commit: CommitRecord, oid: string): Record<string, unknown> {
  return {
    id: nodeId('GO', Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitUrl: html(ctx, `${repo.fullName}/commit/${commit.oid}`),
    commitResourcePath: `/${repo.fullName}/commit/${commit.oid}`,
    repository: () => repoNode(ctx, repo),
  };
}

function blobNode(ctx: GraphQLContext, repo: RepoRecord, commit: CommitRecord, content: Buffer): Record<string, unknown> {
  const binary = content.subarray(0, 8000).includes(0);
  const truncated = content.length > ctx.blobTextLimit;
  return {
    __typename: 'Blob',
    ...gitObjectBase(ctx, repo, commit, blobOid(content)),
    byteSize: content.length,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : content.subarray(0, ctx.blobTextLimit).toString('utf8'),
  };
}

function treeNode(ctx: GraphQLContext, repo: RepoRecord, commit: CommitRecord, path: string, children: string[]): Record<string, unknown> {
  const prefix = path === '' ? '' : `${path}/`;
  const names = [...new Set(children.map((p) => p.slice(prefix.length).split('/')[0]))].sort();
  return {
    __typename: 'Tree',
    ...gitObjectBase(ctx, repo, commit, sha1(`tree\0${commit.oid}\0${path}`)),
    entries: () =>
      names.map((name) => {
        const full = `${prefix}${name}`;
        const blob = commit.files.get(full);
        const ext = /(\.[^./]+)$/.exec(name)?.[1] ?? null;
        return {
          name,
          nameRaw: Buffer.from(name).toString('base64'),
          path: full,
          pathRaw: Buffer.from(full).toString('base64'),
          type: blob ? 'blob' : 'tree',
          mode: blob ? 33188 : 16384,
          oid: blob ? blobOid(blob) : sha1(`tree\0${commit.oid}\0${full}`),
          size: blob?.length ?? 0,
          extension: blob ? ext : null,
          isGenerated: false,
          lineCount: blob ? blob.toString('utf8').split('\n').length : null,
          repository: () => repoNode(ctx, repo),
          object: () => pathNode(ctx, repo, commit, full),
        };
      }),
  };
}

function commitNode(ctx: GraphQLContext, repo: RepoRecord, commit: CommitRecord): Record<string, unknown> {
  const [headline, ...rest] = commit.message.split('\n');
  return {
    __typename: 'Commit',
    ...gitObjectBase(ctx, repo, commit, commit.oid),
    message: commit.message,
    messageHeadline: headline,
    messageBody: rest.join('\n').replace(/^\n+/, ''),
    committedDate: commit.committedDate,
    committedViaWeb: commit.verified,
    url: html(ctx, `${repo.fullName}/commit/${commit.oid}`),
    author: () => ({ name: commit.author, email: `${commit.author}@users.noreply.github.com`, date: commit.committedDate, user: null }),
    signature: () =>
      commit.verified
        ? {
            __typename: 'GpgSignature',
            isValid: true,
            state: 'VALID',
            wasSignedByGitHub: true,
            signature: '-----BEGIN PGP SIGNATURE-----',
            keyId: 'B5690EEEBB952194',
          }
        : null,
    tree: () => pathNode(ctx, repo, commit, ''),
    history: (args: Page & { path?: string | null }) =>
      connection(ctx.state.history(commit.oid, args.path ?? undefined), args, 'history', (c) => commitNode(ctx, repo, c)),
    parents: (args: Page) =>
      connection(
        commit.parents.map((p) => ctx.state.requireCommit(p)),
        args,
        'parents',
        (c) => commitNode(ctx, repo, c),
      ),
  };
}

function pullState(issue: IssueRecord): 'OPEN' | 'CLOSED' | 'MERGED' {
  if (issue.pull?.merged) return 'MERGED';
  return issue.state === 'open' ? 'OPEN' : 'CLOSED';
}

function pullNode(ctx: GraphQLContext, repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
  const pull = issue.pull!;
  const headRepo = ctx.state.repo(pull.headRepo);
  const changed = () => ctx.state.changedFiles(pull);
  return {
    __typename: 'PullRequest',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    url: html(ctx, `${repo.fullName}/pull/${issue.number}`),
    state: pullState(issue),
    merged: pull.merged,
    author: () => actorNode(ctx, issue.user),
    repository: () => repoNode(ctx, repo),
    baseRefName: pull.baseRef,
    baseRefOid: () => repo.branches.get(pull.baseRef) ?? pull.baseOid,
    baseRef: () => refNode(ctx, repo, pull.baseRef),
    headRefName: pull.headRef,
    headRefOid: () => ctx.state.pullHeadOid(pull),
    headRef: () => (headRepo ? refNode(ctx, headRepo, pull.headRef) : null),
    headRepository: () => (headRepo ? repoNode(ctx, headRepo) : null),
    headRepositoryOwner: () => (headRepo ? actorNode(ctx, headRepo.owner) : null),
    isCrossRepository: pull.headRepo.toLowerCase() !== repo.fullName.toLowerCase(),
    maintainerCanModify: pull.maintainerCanModify,
    changedFiles: () => changed().length,
    files: (args: Page) => connection(changed(), args, 'files', (f) => f),
    commits: (args: Page) =>
      connection(ctx.state.pullCommits(pull), args, 'commits', (c) => ({
        id: nodeId('PURC', Number.parseInt(c.oid.slice(0, 8), 16)),
        url: html(ctx, `${repo.fullName}/pull/${issue.number}/commits/${c.oid}`),
        commit: commitNode(ctx, headRepo ?? repo, c),
      })),
    comments: (args: Page) => connection(commentsOf(ctx, repo, issue), args, 'comments', (c) => commentNode(ctx, repo, c)),
  };
}

function commentsOf(ctx: GraphQLContext, repo: RepoRecord, issue: IssueRecord): CommentRecord[] {
  return [...ctx.state.comments.values()].filter((c) => c.repo === repo.fullName && c.issueNumber === issue.number).sort((a, b) => a.id - b.id);
}

export function commentHtmlUrl(serverUrl: string, repo: RepoRecord, issue: IssueRecord, commentId: number): string {
  return `${serverUrl}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${commentId}`;
}

function commentNode(ctx: GraphQLContext, repo: RepoRecord, c: CommentRecord): Record<string, unknown> {
  const issue = repo.issues.get(c.issueNumber)!;
  const mine = c.user === ctx.viewer;
  return {
    __typename: 'IssueComment',
    id: c.nodeId,
    databaseId: c.id,
    body: c.body,
    url: commentHtmlUrl(ctx.serverUrl, repo, issue, c.id),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    isMinimized: false,
    author: () => actorNode(ctx, c.user),
    viewerDidAuthor: mine,
    // Writers may edit anyone's comment; a read-only token edits nothing.
    viewerCanUpdate: !ctx.readOnly && (mine ? true : canWrite(ctx.role)),
  };
}

function issueNode(ctx: GraphQLContext, repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    url: html(ctx, `${repo.fullName}/issues/${issue.number}`),
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    stateReason: issue.stateReason ? issue.stateReason.toUpperCase() : null,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    author: () => actorNode(ctx, issue.user),
    viewerDidAuthor: issue.user === ctx.viewer,
    labels: (args: Page) =>
      connection(
        issue.labels.map((l) => repo.labels.get(l)!),
        args,
        'labels',
        (l) => ({ id: nodeId('LA', l.id), name: l.name, color: l.color }),
      ),
    comments: (args: Page) => connection(commentsOf(ctx, repo, issue), args, 'comments', (c) => commentNode(ctx, repo, c)),
  };
}
