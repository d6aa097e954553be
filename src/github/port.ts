/**
 * What the event orchestrators need from GitHub, and nothing about how it is fetched. The Octokit
 * implementation lives in octokit-port.ts; tests run it against test-support/fake-github.
 *
 * Every failure is a GitHubApiError naming the call; a write refused to a read-only token is a
 * ReadOnlyTokenError (see errors.ts), so callers can fall back to annotations and the job summary.
 */

/** GitHub's limit on a comment, issue or pull-request body, counted in characters (code points): `[...body].length`. */
export const COMMENT_BODY_LIMIT = 65_536;

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

export type ChangeType = 'ADDED' | 'CHANGED' | 'COPIED' | 'DELETED' | 'MODIFIED' | 'RENAMED';

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
}

export interface UpsertCommentInput extends RepoCoordinates {
  number: number;
  marker: string;
  /** The full comment; the marker is prepended when the body does not contain it. */
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

export interface CommitFileInput extends RepoCoordinates {
  branch: string;
  /** The commit the change was computed from; the commit is refused if the branch has moved since. */
  expectedHeadOid: string;
  path: string;
  content: string;
  /** First line is the headline, the rest the body. */
  message: string;
}

export type CommitFileResult = { moved: false; oid: string; url: string } | { moved: true };

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

export interface LastChange {
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

export interface UpsertIssueInput extends RepoCoordinates {
  label: string;
  title: string;
  body: string;
  /** The open labelled issue if already known (null: none). Omitted: looked up first. */
  existing?: IssueSummary | null;
}

export interface UpsertIssueResult {
  issue: IssueSummary;
  action: 'created' | 'updated' | 'unchanged';
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
}

export type ProposeChangeResult =
  | { status: 'unchanged' }
  | { status: 'moved' }
  | { status: 'proposed'; pullRequest: { number: number; url: string; created: boolean }; commitOid: string | null };

export interface GitHubPort {
  /** One GraphQL request (plus one per extra 100 changed files or comments, and one more for deep `**` globs). */
  loadPullRequest(input: LoadPullRequestInput): Promise<PullRequestSnapshot>;
  findStickyComment(input: RepoCoordinates & { number: number; marker: string }): Promise<StickyComment | null>;
  /** Zero requests when the body is unchanged, else one (two when the old comment was deleted meanwhile). */
  upsertStickyComment(input: UpsertCommentInput): Promise<UpsertCommentResult>;
  postComment(input: RepoCoordinates & { number: number; body: string }): Promise<{ id: number; url: string }>;
  addReaction(input: RepoCoordinates & { commentId: number; content: ReactionContent }): Promise<void>;
  getPermission(input: RepoCoordinates & { username: string }): Promise<Permission>;
  /** A verified commit through GraphQL createCommitOnBranch; `{moved: true}` when the branch is no longer at expectedHeadOid. */
  commitFile(input: CommitFileInput): Promise<CommitFileResult>;
  loadRepository(input: LoadRepositoryInput): Promise<RepositorySnapshot>;
  findIssueByLabel(input: RepoCoordinates & { label: string }): Promise<IssueSummary | null>;
  upsertIssue(input: UpsertIssueInput): Promise<UpsertIssueResult>;
  /** Comments (when given) and closes the issue as completed. */
  closeIssue(input: RepoCoordinates & { number: number; comment?: string }): Promise<void>;
  /** Commits `content` to `branch` and opens (or updates) a pull request from it; never pushes to base. */
  proposeChange(input: ProposeChangeInput): Promise<ProposeChangeResult>;
}
