/** Failures of GitHub calls, named by the call so a log line alone says what went wrong where. */

import { STATUS_CODES } from 'node:http';

export interface GraphQLErrorItem {
  type?: string;
  message: string;
  path?: ReadonlyArray<string | number>;
}

export interface GitHubApiErrorDetails {
  /** What was called, e.g. `PATCH /repos/o/r/issues/comments/5` or `POST /graphql (LoadPullRequest)`. */
  call: string;
  /** HTTP status, when GitHub answered with one (absent for network failures and GraphQL-level errors). */
  status?: number;
  /** How many HTTP attempts were made, retries included. */
  attempts: number;
  /** GitHub's own words (the `message` of the error body, or the GraphQL errors). */
  reason: string;
  graphqlErrors?: GraphQLErrorItem[];
}

export class GitHubApiError extends Error {
  readonly call: string;
  readonly status: number | undefined;
  readonly attempts: number;
  readonly reason: string;
  readonly graphqlErrors: GraphQLErrorItem[];

  constructor(details: GitHubApiErrorDetails, hint?: string) {
    super(formatMessage(details, hint));
    this.name = 'GitHubApiError';
    this.call = details.call;
    this.status = details.status;
    this.attempts = details.attempts;
    this.reason = details.reason;
    this.graphqlErrors = details.graphqlErrors ?? [];
  }
}

/**
 * The token may read but not write here (typically a pull request from a fork, or `permissions:` without
 * write scopes). Callers fall back to annotations and the job summary instead of failing the run.
 */
export class ReadOnlyTokenError extends GitHubApiError {
  constructor(details: GitHubApiErrorDetails) {
    super(details, 'the token cannot write to this repository (read-only token, e.g. a pull request from a fork)');
    this.name = 'ReadOnlyTokenError';
  }
}

function formatMessage(d: GitHubApiErrorDetails, hint?: string): string {
  const outcome = d.status !== undefined ? `${d.status} ${STATUS_CODES[d.status] ?? 'Error'}` : 'failed';
  const tries = `after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
  const reason = d.reason ? `: ${d.reason}` : '';
  return `GitHub API call failed: ${d.call} -> ${outcome} ${tries}${reason}${hint ? ` (${hint})` : ''}`;
}

const READ_ONLY = /Resource not accessible by (?:integration|personal access token)/i;

/** GitHub's wording when a token lacks write access (REST 403 body or GraphQL FORBIDDEN error). */
function isReadOnlyRefusal(message: string): boolean {
  return READ_ONLY.test(message);
}

/** The error to throw for an error body: read-only refusals on writes become ReadOnlyTokenError. */
export function apiError(details: GitHubApiErrorDetails, isWrite: boolean): GitHubApiError {
  const forbidden = details.status === 403 || details.graphqlErrors?.some((e) => e.type === 'FORBIDDEN');
  if (isWrite && forbidden && isReadOnlyRefusal(details.reason)) return new ReadOnlyTokenError(details);
  return new GitHubApiError(details);
}
