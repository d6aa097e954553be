/**
 * What the event orchestrators need from GitHub, and nothing about how it is fetched. The Octokit
 * implementation lives in octokit-port.ts; tests run it against test-support/fake-github.
 *
 * Every failure is a GitHubApiError naming the call; a write refused to a read-only token is a
 * ReadOnlyTokenError (see errors.ts), so callers can fall back to annotations and the job summary.
 */

export interface RepoCoordinates {
  owner: string;
  repo: string;
}

/** A file read at a commit. Large blobs GitHub truncates in GraphQL are fetched whole through REST. */
export type RemoteFile =
  | { kind: 'text'; path: string; text: string; byteSize: number }
  | { kind: 'binary'; path: string; byteSize: number }
  /** Larger than archdoc reads (MAX_DOCUMENT_BYTES): its text is never fetched. */
  | { kind: 'too-large'; path: string; byteSize: number }
  | { kind: 'directory'; path: string }
  | { kind: 'missing'; path: string };

type ChangeType = 'ADDED' | 'CHANGED' | 'COPIED' | 'DELETED' | 'MODIFIED' | 'RENAMED';

export interface ChangedFile {
  path: string;
  changeType: ChangeType;
}

export interface StickyComment {
  /** REST id (`databaseId`), used to update the comment. */
  id: number;
  nodeId: string;
  body: string;
  /** html_url, e.g. https://github.com/o/r/pull/7#issuecomment-123 */
  url: string;
  author: string | null;
}

export interface LoadPullRequestInput extends RepoCoordinates {
  number: number;
  /**
   * Commit to read files at (the event's head sha). Without it the PR's current head is used, at the
   * cost of a second request.
   */
  headSha?: string;
  /** Literal paths to read: the document, the config file, literal requirement paths. */
  paths: string[];
  /** Requirement globs (entries without glob syntax are read as literal paths). */
  requirementGlobs: string[];
  /** Hidden marker that identifies archdoc's sticky comment, e.g. `<!-- archdoc:sticky -->`. */
  marker: string;
  /** First characters of the sticky comments an older archdoc wrote; see StickyLookup. */
  formerMarkerPrefix?: string;
  /** Literal paths to read on the default branch in the same query (the trusted config file, SPEC §6). */
  defaultBranchPaths?: string[];
}

/**
 * How archdoc finds its own comment (SPEC §6): written by the token's identity AND starting with
 * `marker` on a line of its own. Nobody else's comment is ever taken, whatever it quotes. Failing that,
 * the oldest comment by the same identity starting with `formerMarkerPrefix` (an older format) is
 * reused, so upgrading never adds a second comment.
 */
export interface StickyLookup extends RepoCoordinates {
  number: number;
  marker: string;
  formerMarkerPrefix?: string;
}

export interface PullRequestSnapshot {
  number: number;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  headRef: string;
  headOid: string;
  /** The commit the files were read at (headSha when given, else headOid). */
  readAt: string;
  baseRef: string;
  baseOid: string;
  /** Where the head branch lives; null when the fork was deleted. */
  headRepository: RepoCoordinates | null;
  isFork: boolean;
  maintainerCanModify: boolean;
  changedFiles: ChangedFile[];
  /** Every path asked for in `paths`, plus every file matching `requirementGlobs`, keyed by path. */
  files: ReadonlyMap<string, RemoteFile>;
  /** Paths at the read commit matching `requirementGlobs` (literal entries included when they exist), sorted. */
  requirementPaths: string[];
  stickyComment: StickyComment | null;
  /**
   * The repository's default branch, each of `defaultBranchPaths` read on it, and its workflow files
   * (`.github/workflows/*.yml`): the report offers comment commands only when a workflow answers them.
   */
  defaultBranch: { name: string; files: ReadonlyMap<string, RemoteFile>; workflows: { path: string; text: string }[] };
  /** The pull request's latest commits (up to 30), oldest first; the last is the head. */
  recentCommits: RecentCommit[];
}

export interface RecentCommit {
  oid: string;
  /** The whole message (headline, body and trailers). */
  message: string;
  committedDate: string;
}

export interface UpsertCommentInput extends StickyLookup {
  /** The full comment; the marker is prepended when the body does not start with it. */
  body: string;
  /** The sticky comment from loadPullRequest (null: none exists). Omitted: looked up first. */
  existing?: StickyComment | null;
}

export interface UpsertCommentResult {
  id: number;
  url: string;
  /** False when the comment already had exactly this body: nothing was sent. */
  written: boolean;
  created: boolean;
}

export interface CommitFilesInput extends RepoCoordinates {
  branch: string;
  /** The commit the change was computed from; the commit is refused if the branch has moved since. */
  expectedHeadOid: string;
  /**
   * Every file of the commit (at least one). Only Markdown documents (`.md`) at plain relative paths
   * inside the repository: anything else is refused before a request is made (SPEC §6).
   */
  files: readonly { path: string; content: string }[];
  /** First line is the headline, the rest the body. */
  message: string;
}

/** `moved`: nothing was written; `headOid` is where the branch is now (when it could be read). */
export type CommitFilesResult = { moved: false; oid: string; url: string } | { moved: true; headOid?: string };

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface Permission {
  /** admin, maintain, write, triage, read, none (or an organisation's custom role name). */
  role: string;
  /** True for admin, maintain and write: who may run archdoc's comment commands. */
  canWrite: boolean;
}

export interface LoadRepositoryInput extends RepoCoordinates {
  /** Branch name or commit sha; default: the default branch. */
  ref?: string;
  paths: string[];
  requirementGlobs: string[];
  /** Also return the last commit that changed each returned file (for drift without a stamp). */
  history?: boolean;
  /** Also find the oldest open issue carrying this label. */
  issueLabel?: string;
}

interface LastChange {
  oid: string;
  committedDate: string;
}

export interface IssueSummary {
  number: number;
  url: string;
  title: string;
  body: string;
}

export interface RepositorySnapshot {
  defaultBranch: string;
  /** The commit everything was read at. */
  oid: string;
  files: ReadonlyMap<string, RemoteFile>;
  requirementPaths: string[];
  /** Present when `history` was asked for: last change of each file that exists, by path. */
  lastChanges: ReadonlyMap<string, LastChange>;
  /** Present when `issueLabel` was given: the open issue, or null. */
  issue?: IssueSummary | null;
}

/** An issue the token's identity opened, open or closed (the audit reopens its own closed issue). */
export interface OwnIssue extends IssueSummary {
  state: 'open' | 'closed';
}

export interface UpsertIssueInput extends RepoCoordinates {
  label: string;
  title: string;
  body: string;
  /**
   * The issue if already known (null: none); a closed OwnIssue is reopened. Omitted: looked up first
   * (findIssueByLabel: the oldest open one the token's identity opened).
   */
  existing?: IssueSummary | OwnIssue | null;
}

export interface UpsertIssueResult {
  issue: IssueSummary;
  action: 'created' | 'updated' | 'unchanged' | 'reopened';
}

interface EnsureLabelInput extends RepoCoordinates {
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string;
}

/** A repository of an organisation, as its repository list shows it. */
export interface OrgRepository extends RepoCoordinates {
  archived: boolean;
  disabled: boolean;
  defaultBranch: string;
}

export interface ProposeChangeInput extends RepoCoordinates {
  /** Branch the pull request targets; default: the default branch. */
  base?: string;
  /** archdoc's own branch, e.g. `archdoc/regenerate`. Created from base when missing, never force-moved. */
  branch: string;
  path: string;
  content: string;
  commitMessage: string;
  title: string;
  body: string;
  /**
   * A line archdoc puts in its commit messages (e.g. `Archdoc-Proposal: docs/a.md`). When given, an
   * existing branch whose head commit lacks it was edited by someone else: nothing is written.
   */
  trailer?: string;
}

export type ProposeChangeResult =
  | { status: 'unchanged' }
  | { status: 'moved' }
  /** The branch's head commit is not archdoc's (no `trailer` line): someone edited it, so it was left alone. */
  | { status: 'foreign'; headOid: string; pullRequest: { number: number; url: string } | null }
  | { status: 'proposed'; pullRequest: { number: number; url: string; created: boolean }; commitOid: string | null };

export interface GitHubPort {
  /** One GraphQL request (plus one per extra 100 changed files or comments, and one more for deep `**` globs). */
  loadPullRequest(input: LoadPullRequestInput): Promise<PullRequestSnapshot>;
  findStickyComment(input: StickyLookup): Promise<StickyComment | null>;
  /** Zero requests when the body is unchanged, else one (two when the old comment was deleted meanwhile). */
  upsertStickyComment(input: UpsertCommentInput): Promise<UpsertCommentResult>;
  postComment(input: RepoCoordinates & { number: number; body: string }): Promise<{ id: number; url: string }>;
  addReaction(input: RepoCoordinates & { commentId: number; content: ReactionContent }): Promise<void>;
  getPermission(input: RepoCoordinates & { username: string }): Promise<Permission>;
  /**
   * One verified commit of all `files` through GraphQL createCommitOnBranch; `{moved: true}` when the
   * branch is no longer at expectedHeadOid (then nothing is written).
   */
  commitFiles(input: CommitFilesInput): Promise<CommitFilesResult>;
  loadRepository(input: LoadRepositoryInput): Promise<RepositorySnapshot>;
  /** The oldest open issue with the label that the token's identity opened (never anyone else's). */
  findIssueByLabel(input: RepoCoordinates & { label: string }): Promise<IssueSummary | null>;
  /** Every issue with the label, open or closed, that the token's identity opened, oldest first (paged by 100). */
  findOwnIssues(input: RepoCoordinates & { label: string }): Promise<OwnIssue[]>;
  /** Opens, updates (only when title or body differ) or reopens the issue. */
  upsertIssue(input: UpsertIssueInput): Promise<UpsertIssueResult>;
  /** Creates the label when missing (one GET, plus one POST the first time). */
  ensureLabel(input: EnsureLabelInput): Promise<{ created: boolean }>;
  /** Comments (when given) and closes the issue as completed. */
  closeIssue(input: RepoCoordinates & { number: number; comment?: string }): Promise<void>;
  /** Commits `content` to `branch` and opens (or updates) a pull request from it; never pushes to base. */
  proposeChange(input: ProposeChangeInput): Promise<ProposeChangeResult>;
  /** An organisation's repositories (REST, 100 a page). */
  listOrgRepositories(input: { org: string }): Promise<OrgRepository[]>;
  /**
   * Which of `paths` exist on each repository's default branch: GraphQL, many repositories per request
   * (aliases). Keyed by `owner/repo`; a repository that cannot be read maps to [].
   */
  filesPresent(input: { repositories: readonly RepoCoordinates[]; paths: readonly string[] }): Promise<Map<string, string[]>>;
}

/** The methods that only read: wrappers that change writes (dry-run, redaction) pass these through unchanged. */
const READS = [
  'loadPullRequest',
  'findStickyComment',
  'getPermission',
  'loadRepository',
  'findIssueByLabel',
  'findOwnIssues',
  'listOrgRepositories',
  'filesPresent',
] as const;
type ReadMethod = (typeof READS)[number];

export function readsOf(port: GitHubPort): Pick<GitHubPort, ReadMethod> {
  return Object.fromEntries(READS.map((m) => [m, (i: never) => (port[m] as (x: never) => unknown)(i)])) as unknown as Pick<GitHubPort, ReadMethod>;
}
