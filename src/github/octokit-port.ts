/** GitHubPort over the real API: GraphQL for reads and commits, REST for comments, reactions, issues and pull requests. */

import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './client.js';
import { GitHubApiError } from './errors.js';
import { MAX_DOCUMENT_BYTES } from '../markdown/limits.js';
import { keepPlanned, planFiles, readSelection, selectFiles, type FilePlan, type ReadFiles } from './files.js';
import type {
  ChangedFile,
  CommitFileInput,
  CommitFileResult,
  GitHubPort,
  IssueSummary,
  LoadRepositoryInput,
  Permission,
  ProposeChangeInput,
  ProposeChangeResult,
  PullRequestSnapshot,
  RemoteFile,
  RepoCoordinates,
  RepositorySnapshot,
  StickyComment,
  UpsertCommentInput,
  UpsertCommentResult,
  UpsertIssueInput,
  UpsertIssueResult,
} from './port.js';

interface Page<T> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (T | null)[];
}

interface CommentNode {
  id: string;
  databaseId: number | null;
  body: string;
  url: string;
  viewerDidAuthor: boolean;
  viewerCanUpdate: boolean;
  author: { __typename: string; login: string } | null;
}

interface PullRequestNode {
  number: number;
  state: PullRequestSnapshot['state'];
  headRefName: string;
  headRefOid: string;
  baseRefName: string;
  baseRefOid: string;
  isCrossRepository: boolean;
  maintainerCanModify: boolean;
  headRepository: { nameWithOwner: string } | null;
  files?: Page<ChangedFile> | null;
  comments?: Page<CommentNode>;
}

const PULL_REQUEST_FIELDS = `
  number state headRefName headRefOid baseRefName baseRefOid isCrossRepository maintainerCanModify
  headRepository { nameWithOwner }
  files(first: 100, after: $filesAfter) @include(if: $withFiles) {
    totalCount pageInfo { hasNextPage endCursor } nodes { path changeType }
  }
  comments(first: 100, after: $commentsAfter) @include(if: $withComments) {
    pageInfo { hasNextPage endCursor }
    nodes { id databaseId body url viewerDidAuthor viewerCanUpdate author { __typename login } }
  }`;

function loadPullRequestQuery(fileVarDefs: string[], fileFields: string): string {
  const defs = ['$owner: String!', '$repo: String!', '$number: Int!', '$filesAfter: String', '$commentsAfter: String', '$withFiles: Boolean!', '$withComments: Boolean!', ...fileVarDefs];
  return `query LoadPullRequest(${defs.join(', ')}) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {${PULL_REQUEST_FIELDS}
    }
    ${fileFields}
  }
}`;
}

function readFilesQuery(varDefs: string[], fields: string): string {
  return `query ReadFiles(${['$owner: String!', '$repo: String!', ...varDefs].join(', ')}) {
  repository(owner: $owner, name: $repo) {
    ${fields}
  }
}`;
}

const ISSUE_FIELDS = 'number url title body';

const LOAD_REPOSITORY_HEAD = `defaultBranchRef { name }
    head: object(expression: $head) { ... on Commit { oid } }
    issues(first: 1, labels: [$label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withIssue) {
      nodes { ${ISSUE_FIELDS} }
    }`;

const FIND_ISSUE = `query FindIssueByLabel($owner: String!, $repo: String!, $label: String!) {
  repository(owner: $owner, name: $repo) {
    issues(first: 1, labels: [$label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) { nodes { ${ISSUE_FIELDS} } }
  }
}`;

const COMMIT_FILE = `mutation CommitFile($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

const PROPOSE_CHANGE = `query LoadProposal($owner: String!, $repo: String!, $base: String!, $branch: String!, $baseFile: String!, $branchFile: String!, $branchRef: String!) {
  repository(owner: $owner, name: $repo) {
    defaultBranchRef { name }
    baseCommit: object(expression: $base) { ... on Commit { oid } }
    baseFile: object(expression: $baseFile) { __typename ... on Blob { byteSize isBinary isTruncated text } }
    branch: ref(qualifiedName: $branchRef) { target { oid } }
    branchFile: object(expression: $branchFile) { __typename ... on Blob { byteSize isBinary isTruncated text } }
    pullRequests(headRefName: $branch, states: [OPEN], first: 10) {
      nodes { number url title body headRepository { nameWithOwner } }
    }
  }
}`;

/** The port the Action uses: a configured client (env endpoints, retries, throttling) behind GitHubPort. */
export function createGitHubPort(options: GitHubClientOptions): GitHubPort {
  return createOctokitPort(createGitHubClient(options));
}

export function createOctokitPort(client: GitHubClient): GitHubPort {
  /** Fetches whole files GitHub truncated in GraphQL (one REST call each). */
  async function completeTruncated(coords: RepoCoordinates, rev: string, read: ReadFiles): Promise<void> {
    for (const path of read.truncated) {
      const res = await client.rest<string | ArrayBuffer>('GET /repos/{owner}/{repo}/contents/{path}', {
        ...coords,
        path,
        ref: rev,
        mediaType: { format: 'raw' },
      });
      const text = typeof res.data === 'string' ? res.data : new TextDecoder().decode(res.data);
      const byteSize = Buffer.byteLength(text);
      // GraphQL said the blob is within the cap (files.ts); a body that disagrees is not used.
      read.files.set(path, byteSize > MAX_DOCUMENT_BYTES ? { kind: 'too-large', path, byteSize } : { kind: 'text', path, text, byteSize });
    }
    read.truncated = [];
  }

  /** Second pass for `**` walks (names only in the first pass) and for history of glob matches. */
  async function readMatches(coords: RepoCoordinates, rev: string, plan: FilePlan, first: ReadFiles, history: boolean): Promise<void> {
    const matched = first.listed.filter((p) => plan.isRequirement(p));
    const toRead = matched.filter((p) => !first.files.has(p));
    const historyPaths = history ? matched.filter((p) => !first.lastChanges.has(p)) : [];
    if (toRead.length === 0 && historyPaths.length === 0) return;
    const sel = selectFiles(rev, toRead, [], historyPaths);
    const { data } = await client.graphql<{ repository: Record<string, unknown> }>(readFilesQuery(sel.varDefs, sel.fields), { ...coords, ...sel.variables });
    const more = readSelection(data.repository, toRead, [], historyPaths);
    for (const [p, f] of more.files) first.files.set(p, f);
    for (const [p, c] of more.lastChanges) first.lastChanges.set(p, c);
    first.truncated.push(...more.truncated);
  }

  function requirementPaths(plan: FilePlan, files: ReadonlyMap<string, RemoteFile>): string[] {
    return [...files.values()].filter((f) => f.kind !== 'missing' && f.kind !== 'directory' && plan.isRequirement(f.path)).map((f) => f.path).sort();
  }

  async function pullRequestPages(
    coords: RepoCoordinates & { number: number; marker: string },
    first: PullRequestNode,
    wantFiles: boolean,
  ): Promise<{ changedFiles: ChangedFile[]; sticky: StickyComment | null }> {
    const changedFiles: ChangedFile[] = [];
    let sticky: Choice = { best: null, fallback: null };
    let node = first;
    for (;;) {
      if (node.files) changedFiles.push(...node.files.nodes.filter((f): f is ChangedFile => f !== null));
      if (node.comments) sticky = chooseSticky(sticky, node.comments.nodes, coords.marker);
      const filesAfter = wantFiles && node.files?.pageInfo.hasNextPage ? node.files.pageInfo.endCursor : null;
      const commentsAfter = !sticky.best && node.comments?.pageInfo.hasNextPage ? node.comments.pageInfo.endCursor : null;
      if (!filesAfter && !commentsAfter) break;
      const { data } = await client.graphql<{ repository: { pullRequest: PullRequestNode } }>(loadPullRequestQuery([], ''), {
        owner: coords.owner,
        repo: coords.repo,
        number: coords.number,
        filesAfter,
        commentsAfter,
        withFiles: filesAfter !== null,
        withComments: commentsAfter !== null,
      });
      node = data.repository.pullRequest;
    }
    return { changedFiles, sticky: toSticky(sticky.best ?? sticky.fallback) };
  }

  const port: GitHubPort = {
    async loadPullRequest(input) {
      const coords = { owner: input.owner, repo: input.repo };
      const plan = planFiles(input.paths, input.requirementGlobs);
      const rev = input.headSha;
      const sel = rev ? selectFiles(rev, plan.literals, plan.walks) : selectFiles('', []);
      const { data } = await client.graphql<{ repository: { pullRequest: PullRequestNode } & Record<string, unknown> }>(
        loadPullRequestQuery(sel.varDefs, sel.fields),
        { ...coords, number: input.number, filesAfter: null, commentsAfter: null, withFiles: true, withComments: true, ...sel.variables },
      );
      const pr = data.repository.pullRequest;
      const readAt = rev ?? pr.headRefOid;
      let read: ReadFiles;
      if (rev) {
        read = readSelection(data.repository, plan.literals, plan.walks);
      } else {
        const late = selectFiles(readAt, plan.literals, plan.walks);
        const more = await client.graphql<{ repository: Record<string, unknown> }>(readFilesQuery(late.varDefs, late.fields), { ...coords, ...late.variables });
        read = readSelection(more.data.repository, plan.literals, plan.walks);
      }
      keepPlanned(read, plan);
      const pages = await pullRequestPages({ ...coords, number: input.number, marker: input.marker }, pr, true);
      await readMatches(coords, readAt, plan, read, false);
      await completeTruncated(coords, readAt, read);
      const [headOwner, headName] = pr.headRepository?.nameWithOwner.split('/') ?? [];
      return {
        number: pr.number,
        state: pr.state,
        headRef: pr.headRefName,
        headOid: pr.headRefOid,
        readAt,
        baseRef: pr.baseRefName,
        baseOid: pr.baseRefOid,
        headRepository: headOwner && headName ? { owner: headOwner, repo: headName } : null,
        isFork: pr.isCrossRepository,
        maintainerCanModify: pr.maintainerCanModify,
        changedFiles: pages.changedFiles,
        files: read.files,
        requirementPaths: requirementPaths(plan, read.files),
        stickyComment: pages.sticky,
      };
    },

    async findStickyComment({ owner, repo, number, marker }) {
      const { data } = await client.graphql<{ repository: { pullRequest: PullRequestNode } }>(loadPullRequestQuery([], ''), {
        owner,
        repo,
        number,
        filesAfter: null,
        commentsAfter: null,
        withFiles: false,
        withComments: true,
      });
      return (await pullRequestPages({ owner, repo, number, marker }, data.repository.pullRequest, false)).sticky;
    },

    async upsertStickyComment(input: UpsertCommentInput): Promise<UpsertCommentResult> {
      const body = input.body.includes(input.marker) ? input.body : `${input.marker}\n${input.body}`;
      const current = input.existing === undefined ? await port.findStickyComment(input) : input.existing;
      if (current && current.body === body) return { id: current.id, url: current.url, written: false, created: false };
      if (current) {
        try {
          const res = await client.rest<{ id: number; html_url: string }>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: input.owner,
            repo: input.repo,
            comment_id: current.id,
            body,
          });
          return { id: res.data.id, url: res.data.html_url, written: true, created: false };
        } catch (e) {
          // Someone deleted the comment since we read it: post a new one rather than fail the run.
          if (!(e instanceof GitHubApiError && e.status === 404)) throw e;
        }
      }
      const created = await port.postComment({ owner: input.owner, repo: input.repo, number: input.number, body });
      return { ...created, written: true, created: true };
    },

    async postComment({ owner, repo, number, body }) {
      const res = await client.rest<{ id: number; html_url: string }>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: number,
        body,
      });
      return { id: res.data.id, url: res.data.html_url };
    },

    async addReaction({ owner, repo, commentId, content }) {
      await client.rest('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { owner, repo, comment_id: commentId, content });
    },

    async getPermission({ owner, repo, username }): Promise<Permission> {
      try {
        const res = await client.rest<{ permission: string; role_name?: string; user?: { permissions?: { push?: boolean } } | null }>(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          { owner, repo, username },
        );
        const { permission, role_name: role = permission, user } = res.data;
        const push = user?.permissions?.push;
        return { role, canWrite: push ?? (permission === 'admin' || permission === 'write') };
      } catch (e) {
        if (e instanceof GitHubApiError && e.status === 404) return { role: 'none', canWrite: false };
        throw e;
      }
    },

    async commitFile(input: CommitFileInput): Promise<CommitFileResult> {
      const [headline, ...rest] = input.message.split('\n');
      const body = rest.join('\n').trim();
      const { data, errors } = await client.graphql<{ createCommitOnBranch: { commit: { oid: string; url: string } } | null }>(
        COMMIT_FILE,
        {
          input: {
            branch: { repositoryNameWithOwner: `${input.owner}/${input.repo}`, branchName: input.branch },
            expectedHeadOid: input.expectedHeadOid,
            message: body ? { headline, body } : { headline },
            fileChanges: { additions: [{ path: input.path, contents: Buffer.from(input.content, 'utf8').toString('base64') }] },
          },
        },
        ['STALE_DATA'],
      );
      if (errors.some((e) => e.type === 'STALE_DATA') || !data.createCommitOnBranch) return { moved: true };
      return { moved: false, ...data.createCommitOnBranch.commit };
    },

    async loadRepository(input: LoadRepositoryInput): Promise<RepositorySnapshot> {
      const coords = { owner: input.owner, repo: input.repo };
      const plan = planFiles(input.paths, input.requirementGlobs);
      const rev = input.ref ?? 'HEAD';
      const historyPaths = input.history ? plan.literals : [];
      const sel = selectFiles(rev, plan.literals, plan.walks, historyPaths);
      const query = `query LoadRepository(${['$owner: String!', '$repo: String!', '$head: String!', '$label: String!', '$withIssue: Boolean!', ...sel.varDefs].join(', ')}) {
  repository(owner: $owner, name: $repo) {
    ${LOAD_REPOSITORY_HEAD}
    ${sel.fields}
  }
}`;
      const { data } = await client.graphql<{
        repository: { defaultBranchRef: { name: string } | null; head: { oid?: string } | null; issues?: { nodes: (IssueSummary | null)[] } } & Record<string, unknown>;
      }>(query, { ...coords, head: rev, label: input.issueLabel ?? '', withIssue: input.issueLabel !== undefined, ...sel.variables });
      const repo = data.repository;
      const oid = repo.head?.oid;
      if (!oid) {
        throw new GitHubApiError({ call: `POST /graphql (LoadRepository)`, attempts: 1, reason: `no commit found for ref "${rev}" in ${input.owner}/${input.repo}` });
      }
      const read = readSelection(repo, plan.literals, plan.walks, historyPaths);
      keepPlanned(read, plan);
      for (const p of historyPaths) if (read.files.get(p)?.kind === 'missing') read.lastChanges.delete(p);
      await readMatches(coords, oid, plan, read, input.history ?? false);
      await completeTruncated(coords, oid, read);
      return {
        defaultBranch: repo.defaultBranchRef?.name ?? '',
        oid,
        files: read.files,
        requirementPaths: requirementPaths(plan, read.files),
        lastChanges: read.lastChanges,
        ...(input.issueLabel !== undefined ? { issue: repo.issues?.nodes.find((n): n is IssueSummary => n !== null) ?? null } : {}),
      };
    },

    async findIssueByLabel({ owner, repo, label }) {
      const { data } = await client.graphql<{ repository: { issues: { nodes: (IssueSummary | null)[] } } }>(FIND_ISSUE, { owner, repo, label });
      return data.repository.issues.nodes.find((n): n is IssueSummary => n !== null) ?? null;
    },

    async upsertIssue(input: UpsertIssueInput): Promise<UpsertIssueResult> {
      const current = input.existing === undefined ? await port.findIssueByLabel(input) : input.existing;
      if (!current) {
        const res = await client.rest<IssueJson>('POST /repos/{owner}/{repo}/issues', {
          owner: input.owner,
          repo: input.repo,
          title: input.title,
          body: input.body,
          labels: [input.label],
        });
        return { issue: issueSummary(res.data), action: 'created' };
      }
      if (current.title === input.title && current.body === input.body) return { issue: current, action: 'unchanged' };
      const res = await client.rest<IssueJson>('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: input.owner,
        repo: input.repo,
        issue_number: current.number,
        title: input.title,
        body: input.body,
      });
      return { issue: issueSummary(res.data), action: 'updated' };
    },

    async closeIssue({ owner, repo, number, comment }) {
      if (comment) await port.postComment({ owner, repo, number, body: comment });
      await client.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' });
    },

    async proposeChange(input: ProposeChangeInput): Promise<ProposeChangeResult> {
      const baseRev = input.base ?? 'HEAD';
      const { data } = await client.graphql<{ repository: ProposalNode }>(PROPOSE_CHANGE, {
        owner: input.owner,
        repo: input.repo,
        base: baseRev,
        branch: input.branch,
        branchRef: `refs/heads/${input.branch}`,
        baseFile: `${baseRev}:${input.path}`,
        branchFile: `refs/heads/${input.branch}:${input.path}`,
      });
      const repo = data.repository;
      const baseOid = repo.baseCommit?.oid;
      if (!baseOid) {
        throw new GitHubApiError({ call: 'POST /graphql (LoadProposal)', attempts: 1, reason: `base "${baseRev}" not found in ${input.owner}/${input.repo}` });
      }
      const baseName = input.base ?? repo.defaultBranchRef?.name ?? 'main';
      let branchOid = repo.branch?.target?.oid ?? null;
      let current = branchOid ? repo.branchFile : repo.baseFile;
      if (!branchOid && blobText(current) === input.content) return { status: 'unchanged' };
      if (!branchOid) {
        await client.rest('POST /repos/{owner}/{repo}/git/refs', { owner: input.owner, repo: input.repo, ref: `refs/heads/${input.branch}`, sha: baseOid });
        branchOid = baseOid;
        current = repo.baseFile;
      }
      let commitOid: string | null = null;
      if (blobText(current) !== input.content) {
        const commit = await port.commitFile({ ...input, branch: input.branch, expectedHeadOid: branchOid, message: input.commitMessage });
        if (commit.moved) return { status: 'moved' };
        commitOid = commit.oid;
      }
      const ownPr = repo.pullRequests.nodes.find((p) => p?.headRepository?.nameWithOwner.toLowerCase() === `${input.owner}/${input.repo}`.toLowerCase());
      if (!ownPr) {
        const res = await client.rest<{ number: number; html_url: string }>('POST /repos/{owner}/{repo}/pulls', {
          owner: input.owner,
          repo: input.repo,
          title: input.title,
          body: input.body,
          head: input.branch,
          base: baseName,
        });
        return { status: 'proposed', pullRequest: { number: res.data.number, url: res.data.html_url, created: true }, commitOid };
      }
      if (ownPr.title !== input.title || ownPr.body !== input.body) {
        await client.rest('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner: input.owner,
          repo: input.repo,
          pull_number: ownPr.number,
          title: input.title,
          body: input.body,
        });
      }
      return { status: 'proposed', pullRequest: { number: ownPr.number, url: ownPr.url, created: false }, commitOid };
    },
  };
  return port;
}

interface ProposalNode {
  defaultBranchRef: { name: string } | null;
  baseCommit: { oid?: string } | null;
  baseFile: BlobLike | null;
  branch: { target: { oid: string } | null } | null;
  branchFile: BlobLike | null;
  pullRequests: { nodes: ({ number: number; url: string; title: string; body: string; headRepository: { nameWithOwner: string } | null } | null)[] };
}

interface BlobLike {
  __typename: string;
  text?: string | null;
  isTruncated?: boolean;
}

/** Text of a blob, or undefined when absent, binary or truncated (then it is never "equal" to new content). */
function blobText(node: BlobLike | null): string | undefined {
  if (!node || node.__typename !== 'Blob' || node.isTruncated || node.text == null) return undefined;
  return node.text;
}

interface IssueJson {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
}

function issueSummary(i: IssueJson): IssueSummary {
  return { number: i.number, url: i.html_url, title: i.title, body: i.body ?? '' };
}

interface Choice {
  best: CommentNode | null;
  fallback: CommentNode | null;
}

/**
 * The sticky comment is the oldest one carrying the marker that this token wrote; failing that, one a
 * bot wrote that the token may edit (archdoc run under another app token). A person quoting the marker
 * never turns their comment into archdoc's.
 */
function chooseSticky(prev: Choice, nodes: (CommentNode | null)[], marker: string): Choice {
  const next = { ...prev };
  for (const c of nodes) {
    if (!c || c.databaseId === null || !c.body.includes(marker) || !c.viewerCanUpdate) continue;
    if (c.viewerDidAuthor) {
      next.best ??= c;
    } else if (c.author?.__typename === 'Bot') {
      next.fallback ??= c;
    }
  }
  return next;
}

function toSticky(c: CommentNode | null): StickyComment | null {
  if (!c || c.databaseId === null) return null;
  return { id: c.databaseId, nodeId: c.id, body: c.body, url: c.url, author: c.author?.login ?? null };
}
