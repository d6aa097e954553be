/**
 * The organisation audit's plan: which repositories hold an archdoc config or the default document,
 * as a `strategy.matrix` for GitHub Actions (the fan-out is GitHub's own; archdoc schedules nothing).
 *
 * How: the organisation's repository list (REST, 100 a page; archived and disabled ones skipped: an
 * archived repository takes no issues), then one GraphQL query per 50 repositories asking, by alias,
 * whether each candidate path exists on the default branch. Not code search: it indexes only some
 * repositories (not forks, not large or recently created ones), lags behind pushes, and has its own low
 * rate limit (10 requests a minute); the list is exact and costs ⌈n/100⌉ + ⌈n/50⌉ requests.
 */
import { UsageError } from '../core/findings.js';
import { CONFIG_PATHS, DEFAULT_DOC } from '../config/defaults.js';
import type { GitHubPort } from '../github/port.js';

/** Where a repository that uses archdoc has something: its config in any usual place, or the default document. */
const AUDIT_PATHS = [...CONFIG_PATHS, DEFAULT_DOC];

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_LIMIT = 256;
/** Chunks the reusable workflow has jobs for (4 × 256 = 1,024 repositories). */
const MAX_CHUNKS = 4;

export interface MatrixEntry {
  repository: string;
}

export interface AuditPlan {
  org: string;
  /** `owner/name` of every repository to audit, sorted. */
  repositories: string[];
  /** The repositories in matrices of at most MATRIX_LIMIT jobs: `fromJSON(plan).chunks[i]` is one job's matrix. */
  chunks: { include: MatrixEntry[] }[];
  /** How many chunks hold repositories (the workflow runs that many audit jobs). */
  chunkCount: number;
  skipped: { archived: number; disabled: number; withoutArchdoc: number };
}

export function chunkMatrix(repositories: readonly string[], size = MATRIX_LIMIT): { include: MatrixEntry[] }[] {
  const chunks: { include: MatrixEntry[] }[] = [];
  for (let i = 0; i < repositories.length; i += size) chunks.push({ include: repositories.slice(i, i + size).map((repository) => ({ repository })) });
  return chunks;
}

export async function planAudit(port: GitHubPort, org: string, maxChunks = MAX_CHUNKS): Promise<AuditPlan> {
  if (!/^[a-z0-9][a-z0-9-]{0,38}$/i.test(org)) throw new UsageError(`"${org}" is not an organisation name`);
  const all = await port.listOrgRepositories({ org });
  const live = all.filter((r) => !r.archived && !r.disabled);
  const present = await port.filesPresent({ repositories: live, paths: AUDIT_PATHS });
  const repositories = live
    .map((r) => `${r.owner}/${r.repo}`)
    .filter((name) => (present.get(name)?.length ?? 0) > 0)
    .sort();
  const chunks = chunkMatrix(repositories);
  if (chunks.length > maxChunks) {
    throw new UsageError(
      `${org} has ${repositories.length} repositories to audit, more than ${maxChunks} matrices of ${MATRIX_LIMIT} jobs: split the organisation audit (for example by repository topic) or add audit jobs to the workflow`,
    );
  }
  return {
    org,
    repositories,
    chunks,
    chunkCount: chunks.length,
    skipped: {
      archived: all.filter((r) => r.archived).length,
      disabled: all.filter((r) => r.disabled && !r.archived).length,
      withoutArchdoc: live.length - repositories.length,
    },
  };
}
