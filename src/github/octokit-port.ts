/** GitHubPort over the real API: GraphQL for reads and commits, REST for comments, reactions, issues and pull requests. */

import { UsageError } from '../core/findings.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions, type GraphQLResult } from './client.js';
import { GitHubApiError } from './errors.js';
import { MAX_DOCUMENT_BYTES } from '../markdown/limits.js';
import { keepPlanned, planFiles, readBlobs, readSelection, selectBlobs, selectFiles, type FilePlan, type ReadFiles } from './files.js';
import type {
  ChangedFile,
  RecentCommit,
  CommitFilesInput,
  CommitFilesResult,
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
  StickyLookup,
  UpsertCommentInput,
  UpsertCommentResult,
  UpsertIssueInput,
  UpsertIssueResult,
  OwnIssue,
  OrgRepository,
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
  commits?: { nodes: ({ commit: RecentCommit } | null)[] };
}

/** How many of a pull request's latest commits the snapshot lists (the loop guards look at them). */
const RECENT_COMMITS = 30;
/** Workflows on the default branch: the snapshot lists them, whole, so the report knows which commands answer. */
const WORKFLOWS_DIR = '.github/workflows';

const PULL_REQUEST_FIELDS = `
  number state headRefName headRefOid baseRefName baseRefOid isCrossRepository maintainerCanModify
  headRepository { nameWithOwner }
  files(first: 100, after: $filesAfter) @include(if: $withFiles) {
    totalCount pageInfo { hasNextPage endCursor } nodes { path changeType }
  }
  commits(last: ${RECENT_COMMITS}) @include(if: $withFiles) { nodes { commit { oid message committedDate } } }
  comments(first: 100, after: $commentsAfter) @include(if: $withComments) {
    pageInfo { hasNextPage endCursor }
    nodes { id databaseId body url viewerDidAuthor viewerCanUpdate author { __typename login } }
  }`;

function loadPullRequestQuery(fileVarDefs: string[], fileFields: string): string {
  const defs = [
    '$owner: String!',
    '$repo: String!',
    '$number: Int!',
    '$filesAfter: String',
    '$commentsAfter: String',
    '$withFiles: Boolean!',
    '$withComments: Boolean!',
    ...fileVarDefs,
  ];
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
    issues(first: 50, labels: [$label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) { nodes { ${ISSUE_FIELDS} viewerDidAuthor } }
  }
}`;

const FIND_OWN_ISSUES = `query FindOwnIssues($owner: String!, $repo: String!, $label: String!, $after: String) {
  repository(owner: $owner, name: $repo) {
    issues(first: 100, after: $after, labels: [$label], states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ${ISSUE_FIELDS} state viewerDidAuthor }
    }
  }
}`;

/** Repositories per existence query: small enough to stay far below GraphQL's node and time limits. */
const PRESENCE_BATCH = 50;

const COMMIT_FILE = `mutation CommitFile($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

const BRANCH_HEAD = `query BranchHead($owner: String!, $repo: String!, $ref: String!) {
  repository(owner: $owner, name: $repo) { ref(qualifiedName: $ref) { target { oid } } }
}`;

const PROPOSE_CHANGE = `query LoadProposal($owner: String!, $repo: String!, $base: String!, $branch: String!, $baseFile: String!, $branchFile: String!, $branchRef: String!) {
  repository(owner: $owner, name: $repo) {
    defaultBranchRef { name }
    baseCommit: object(expression: $base) { ... on Commit { oid } }
    baseFile: object(expression: $baseFile) { __typename ... on Blob { byteSize isBinary isTruncated text } }
    branch: ref(qualifiedName: $branchRef) { target { oid ... on Commit { message } } }
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
    return [...files.values()]
      .filter((f) => f.kind !== 'missing' && f.kind !== 'directory' && plan.isRequirement(f.path))
      .map((f) => f.path)
      .sort();
  }

  async function pullRequestPages(
    coords: StickyLookup,
    first: PullRequestNode,
    wantFiles: boolean,
  ): Promise<{ changedFiles: ChangedFile[]; sticky: StickyComment | null }> {
    const changedFiles: ChangedFile[] = [];
    let sticky: Choice = { own: null, former: null };
    let node = first;
    for (;;) {
      if (node.files) changedFiles.push(...node.files.nodes.filter((f): f is ChangedFile => f !== null));
      if (node.comments) sticky = chooseSticky(sticky, node.comments.nodes, coords);
      const filesAfter = wantFiles && node.files?.pageInfo.hasNextPage ? node.files.pageInfo.endCursor : null;
      const commentsAfter = !sticky.own && node.comments?.pageInfo.hasNextPage ? node.comments.pageInfo.endCursor : null;
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
    return { changedFiles, sticky: toSticky(sticky.own ?? sticky.former) };
  }

  const port: GitHubPort = {
    async loadPullRequest(input) {
      const coords = { owner: input.owner, repo: input.repo };
      const plan = planFiles(input.paths, input.requirementGlobs);
      const rev = input.headSha;
      const sel = rev ? selectFiles(rev, plan.literals, plan.walks) : selectFiles('', []);
      // The default branch's files ride along in the same query (`HEAD` is the default branch): no extra call.
      const basePaths = input.defaultBranchPaths ?? [];
      const baseSel = selectBlobs('d', 'HEAD', basePaths);
      const workflowsField = `workflows: object(expression: "HEAD:${WORKFLOWS_DIR}") { ... on Tree { entries { path type object { ... on Blob { isTruncated text } } } } }`;
      const { data } = await client.graphql<{
        repository: { pullRequest: PullRequestNode; defaultBranchRef: { name: string } | null; workflows?: WorkflowsNode | null } & Record<string, unknown>;
      }>(loadPullRequestQuery([...sel.varDefs, ...baseSel.varDefs], `defaultBranchRef { name }\n${workflowsField}\n${sel.fields}\n${baseSel.fields}`), {
        ...coords,
        number: input.number,
        filesAfter: null,
        commentsAfter: null,
        withFiles: true,
        withComments: true,
        ...sel.variables,
        ...baseSel.variables,
      });
      const pr = data.repository.pullRequest;
      const defaultBranch = data.repository.defaultBranchRef?.name ?? pr.baseRefName;
      const baseRead = readBlobs('d', data.repository, basePaths);
      await completeTruncated(coords, defaultBranch, baseRead);
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
      const lookup = {
        ...coords,
        number: input.number,
        marker: input.marker,
        ...(input.formerMarkerPrefix ? { formerMarkerPrefix: input.formerMarkerPrefix } : {}),
      };
      const pages = await pullRequestPages(lookup, pr, true);
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
        defaultBranch: { name: defaultBranch, files: baseRead.files, workflows: workflowTexts(data.repository.workflows) },
        recentCommits: (pr.commits?.nodes ?? []).flatMap((n) => (n ? [n.commit] : [])),
      };
    },

    async findStickyComment(lookup) {
      const { owner, repo, number } = lookup;
      const { data } = await client.graphql<{ repository: { pullRequest: PullRequestNode } }>(loadPullRequestQuery([], ''), {
        owner,
        repo,
        number,
        filesAfter: null,
        commentsAfter: null,
        withFiles: false,
        withComments: true,
      });
      return (await pullRequestPages(lookup, data.repository.pullRequest, false)).sticky;
    },

    async upsertStickyComment(input: UpsertCommentInput): Promise<UpsertCommentResult> {
      const body = startsWithLine(input.body, input.marker) ? input.body : `${input.marker}\n${input.body}`;
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

    async commitFiles(input: CommitFilesInput): Promise<CommitFilesResult> {
      refuseUncommittable(input.files.map((f) => f.path));
      const [headline, ...rest] = input.message.split('\n');
      const body = rest.join('\n').trim();
      const { data, errors } = await client.graphql<{ createCommitOnBranch: { commit: { oid: string; url: string } } | null }>(
        COMMIT_FILE,
        {
          input: {
            branch: { repositoryNameWithOwner: `${input.owner}/${input.repo}`, branchName: input.branch },
            expectedHeadOid: input.expectedHeadOid,
            message: body ? { headline, body } : { headline },
            fileChanges: { additions: input.files.map((f) => ({ path: f.path, contents: Buffer.from(f.content, 'utf8').toString('base64') })) },
          },
        },
        ['STALE_DATA'],
      );
      if (errors.some((e) => e.type === 'STALE_DATA') || !data.createCommitOnBranch) {
        // Where the branch is now, so the caller can say so (one more request, only in this rare case).
        const head = await client.graphql<{ repository: { ref: { target: { oid: string } | null } | null } | null }>(BRANCH_HEAD, {
          owner: input.owner,
          repo: input.repo,
          ref: `refs/heads/${input.branch}`,
        });
        const oid = head.data.repository?.ref?.target?.oid;
        return { moved: true, ...(oid ? { headOid: oid } : {}) };
      }
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
        repository: { defaultBranchRef: { name: string } | null; head: { oid?: string } | null; issues?: { nodes: (IssueSummary | null)[] } } & Record<
          string,
          unknown
        >;
      }>(query, { ...coords, head: rev, label: input.issueLabel ?? '', withIssue: input.issueLabel !== undefined, ...sel.variables });
      const repo = data.repository;
      const oid = repo.head?.oid;
      if (!oid) {
        throw new GitHubApiError({
          call: `POST /graphql (LoadRepository)`,
          attempts: 1,
          reason: `no commit found for ref "${rev}" in ${input.owner}/${input.repo}`,
        });
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
      const { data } = await client.graphql<{ repository: { issues: { nodes: ((IssueSummary & { viewerDidAuthor: boolean }) | null)[] } } }>(FIND_ISSUE, {
        owner,
        repo,
        label,
      });
      const own = data.repository.issues.nodes.find((n) => n?.viewerDidAuthor);
      return own ? { number: own.number, url: own.url, title: own.title, body: own.body } : null;
    },

    async findOwnIssues({ owner, repo, label }) {
      const out: OwnIssue[] = [];
      let after: string | null = null;
      // Bounded: 20 pages is 2,000 labelled issues, far more than one per document ever makes.
      for (let page = 0; page < 20; page++) {
        const res: GraphQLResult<{ repository: { issues: Page<IssueNode> } }> = await client.graphql(FIND_OWN_ISSUES, { owner, repo, label, after });
        const issues: Page<IssueNode> = res.data.repository.issues;
        for (const n of issues.nodes) {
          if (n?.viewerDidAuthor) out.push({ number: n.number, url: n.url, title: n.title, body: n.body, state: n.state === 'OPEN' ? 'open' : 'closed' });
        }
        const info = issues.pageInfo;
        if (!info.hasNextPage || !info.endCursor) break;
        after = info.endCursor;
      }
      return out;
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
      const closed = 'state' in current && current.state === 'closed';
      if (!closed && current.title === input.title && current.body === input.body) return { issue: current, action: 'unchanged' };
      // Reopening and the new report are one request: the issue never shows the old report as open.
      const res = await client.rest<IssueJson>('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: input.owner,
        repo: input.repo,
        issue_number: current.number,
        title: input.title,
        body: input.body,
        ...(closed ? { state: 'open' } : {}),
      });
      return { issue: issueSummary(res.data), action: closed ? 'reopened' : 'updated' };
    },

    async ensureLabel({ owner, repo, name, color, description }) {
      try {
        await client.rest('GET /repos/{owner}/{repo}/labels/{name}', { owner, repo, name });
        return { created: false };
      } catch (e) {
        if (!(e instanceof GitHubApiError && e.status === 404)) throw e;
      }
      try {
        await client.rest('POST /repos/{owner}/{repo}/labels', { owner, repo, name, color, description });
        return { created: true };
      } catch (e) {
        // Created meanwhile by a concurrent run: the label is there, which is all that matters.
        if (e instanceof GitHubApiError && e.status === 422) return { created: false };
        throw e;
      }
    },

    async listOrgRepositories({ org }): Promise<OrgRepository[]> {
      const out: OrgRepository[] = [];
      for (let page = 1; ; page++) {
        const res = await client.rest<RepoJson[]>('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
        for (const r of res.data) {
          const [owner = org, name = r.name] = r.full_name.split('/');
          out.push({ owner, repo: name, archived: r.archived ?? false, disabled: r.disabled ?? false, defaultBranch: r.default_branch ?? '' });
        }
        if (res.data.length < 100) return out;
      }
    },

    async filesPresent({ repositories, paths }) {
      const found = new Map<string, string[]>();
      const pathDefs = paths.map((_, k) => `$p${k}: String!`);
      const pathVars = Object.fromEntries(paths.map((p, k) => [`p${k}`, `HEAD:${p}`]));
      for (let start = 0; start < repositories.length; start += PRESENCE_BATCH) {
        const batch = repositories.slice(start, start + PRESENCE_BATCH);
        // Owner and name travel as variables, never spliced into the query text.
        const defs = batch.flatMap((_, i) => [`$o${i}: String!`, `$n${i}: String!`]);
        const objects = paths.map((_, k) => `f${k}: object(expression: $p${k}) { __typename }`).join(' ');
        const fields = batch.map((_, i) => `r${i}: repository(owner: $o${i}, name: $n${i}) { ${objects} }`).join('\n    ');
        const query = `query FilesPresent(${[...defs, ...pathDefs].join(', ')}) {\n    ${fields}\n}`;
        const variables = {
          ...pathVars,
          ...Object.fromEntries(
            batch.flatMap((r, i) => [
              [`o${i}`, r.owner],
              [`n${i}`, r.repo],
            ]),
          ),
        };
        const { data } = await client.graphql<Record<string, Record<string, { __typename: string } | null> | null>>(query, variables, ['NOT_FOUND']);
        batch.forEach((r, i) => {
          const node = data[`r${i}`];
          found.set(`${r.owner}/${r.repo}`, node ? paths.filter((_, k) => node[`f${k}`]?.__typename === 'Blob') : []);
        });
      }
      return found;
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
      // Never a push to the branch the pull request targets (the default branch, for the audit).
      if (input.branch === baseName || input.branch === repo.defaultBranchRef?.name) {
        throw new UsageError(`refusing to propose on ${input.branch}: archdoc proposes on a branch of its own, never on the base or default branch`);
      }
      let branchOid = repo.branch?.target?.oid ?? null;
      const ownPr = repo.pullRequests.nodes.find((p) => p?.headRepository?.nameWithOwner.toLowerCase() === `${input.owner}/${input.repo}`.toLowerCase());
      // A head commit without archdoc's trailer was made by someone else (or the branch is theirs): leave it.
      if (branchOid && input.trailer && branchOid !== baseOid && !hasLine(repo.branch?.target?.message ?? '', input.trailer)) {
        return { status: 'foreign', headOid: branchOid, pullRequest: ownPr ? { number: ownPr.number, url: ownPr.url } : null };
      }
      let current = branchOid ? repo.branchFile : repo.baseFile;
      if (!branchOid && blobText(current) === input.content) return { status: 'unchanged' };
      if (!branchOid) {
        await client.rest('POST /repos/{owner}/{repo}/git/refs', { owner: input.owner, repo: input.repo, ref: `refs/heads/${input.branch}`, sha: baseOid });
        branchOid = baseOid;
        current = repo.baseFile;
      }
      let commitOid: string | null = null;
      if (blobText(current) !== input.content) {
        const commit = await port.commitFiles({
          owner: input.owner,
          repo: input.repo,
          branch: input.branch,
          expectedHeadOid: branchOid,
          files: [{ path: input.path, content: input.content }],
          message: input.commitMessage,
        });
        if (commit.moved) return { status: 'moved' };
        commitOid = commit.oid;
      }
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

interface WorkflowsNode {
  entries?: ({ path: string | null; type: string; object: { isTruncated?: boolean; text?: string | null } | null } | null)[] | null;
}

/** The workflow files' texts (a truncated one is left out: a workflow that large is not archdoc's). */
function workflowTexts(node: WorkflowsNode | null | undefined): { path: string; text: string }[] {
  return (node?.entries ?? []).flatMap((e) =>
    e?.path && e.type === 'blob' && /\.ya?ml$/i.test(e.path) && e.object?.text != null && !e.object.isTruncated ? [{ path: e.path, text: e.object.text }] : [],
  );
}

interface ProposalNode {
  defaultBranchRef: { name: string } | null;
  baseCommit: { oid?: string } | null;
  baseFile: BlobLike | null;
  branch: { target: { oid: string; message?: string } | null } | null;
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

interface IssueNode extends IssueSummary {
  state: 'OPEN' | 'CLOSED';
  viewerDidAuthor: boolean;
}

interface RepoJson {
  name: string;
  full_name: string;
  archived?: boolean;
  disabled?: boolean;
  default_branch?: string;
}

/** Whether `text` has `line` as one of its lines (a commit trailer). */
function hasLine(text: string, line: string): boolean {
  return text.split(/\r?\n/).some((l) => l.trim() === line);
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
  own: CommentNode | null;
  former: CommentNode | null;
}

/** Whether `body` starts with `marker` on a line of its own (bodies edited in the web UI come back with CRLF). */
function startsWithLine(body: string, marker: string): boolean {
  if (!body.startsWith(marker)) return false;
  const rest = body.slice(marker.length, marker.length + 2);
  return rest === '' || rest.startsWith('\n') || rest === '\r\n';
}

/**
 * archdoc's comment is the oldest one this token's identity wrote that starts with the marker (SPEC §6);
 * failing that, the oldest it wrote in an older format. A comment by anyone else (a person, another bot,
 * archdoc run under another token) is never taken, whatever it quotes.
 */
function chooseSticky(prev: Choice, nodes: (CommentNode | null)[], lookup: StickyLookup): Choice {
  const next = { ...prev };
  for (const c of nodes) {
    if (!c || c.databaseId === null || !c.viewerDidAuthor) continue;
    if (startsWithLine(c.body, lookup.marker)) next.own ??= c;
    else if (lookup.formerMarkerPrefix && c.body.startsWith(lookup.formerMarkerPrefix)) next.former ??= c;
  }
  return next;
}

/**
 * Defence in depth (SPEC §6: only configured `.md` documents are ever pushed): whatever the caller
 * computed, this port commits nothing but Markdown files at plain relative paths inside the repository.
 */
function refuseUncommittable(paths: readonly string[]): void {
  if (paths.length === 0) throw new UsageError('refusing an empty commit: no files were given');
  const seen = new Set<string>();
  for (const path of paths) {
    const segments = path.split('/');
    const plain =
      path.endsWith('.md') &&
      // eslint-disable-next-line no-control-regex
      !/[\x00-\x1f\x7f\\]/.test(path) &&
      segments.every((s) => s !== '' && s !== '.' && s !== '..' && s.toLowerCase() !== '.git');
    if (!plain)
      throw new UsageError(`refusing to commit ${JSON.stringify(path)}: archdoc only commits Markdown documents (.md) at relative paths inside the repository`);
    if (seen.has(path)) throw new UsageError(`refusing to commit ${JSON.stringify(path)} twice in one commit`);
    seen.add(path);
  }
}

function toSticky(c: CommentNode | null): StickyComment | null {
  if (!c || c.databaseId === null) return null;
  return { id: c.databaseId, nodeId: c.id, body: c.body, url: c.url, author: c.author?.login ?? null };
}
