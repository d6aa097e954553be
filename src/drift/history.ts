/**
 * Drift by git history: the document has drifted when a requirements file changed in a commit the
 * document's last change does not include (not its ancestor). Decided on the commit graph, so the same
 * second or a skewed clock changes nothing. A shallow clone often cannot decide, and then says so.
 */
import type { GitHistory, LastChange } from '../sources/git.js';

export type HistoryEvidence =
  { state: 'drifted'; changed: string[]; reason: string } | { state: 'in-sync'; reason: string } | { state: 'unknown'; reason: string };

const FULL_HISTORY_HINT = 'fetch the full history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)';

/** Why an order could not be decided. */
type Why = 'shallow' | 'both-uncommitted' | 'untracked' | 'git';
type Order = { after: true; detail: string } | { after: false } | { after: undefined; why: Why };

const short = (sha: string): string => sha.slice(0, 7);

/** Did `req` change after `doc`, given where each last changed? */
function order(git: GitHistory, req: LastChange, doc: LastChange): Order {
  if (req.kind === 'none' || doc.kind === 'none') return { after: undefined, why: 'untracked' };
  if (doc.kind === 'uncommitted') return req.kind === 'uncommitted' ? { after: undefined, why: 'both-uncommitted' } : { after: false };
  if (req.kind === 'uncommitted') return { after: true, detail: 'has uncommitted changes' };
  const detail = `changed in ${short(req.sha)}, after the document's last change (${short(doc.sha)})`;
  if (req.sha === doc.sha) return req.boundary ? { after: undefined, why: 'shallow' } : { after: false };
  // A boundary commit is only an upper bound on the real change. "Is an ancestor" is always true when git
  // finds it; "is not" can be wrong in a shallow clone, whose missing commits may connect the two.
  if (!req.boundary && !doc.boundary) {
    const reqFirst = git.isAncestor(req.sha, doc.sha);
    if (reqFirst === undefined) return { after: undefined, why: 'git' };
    if (reqFirst) return { after: false };
    if (!git.shallow) return { after: true, detail };
  } else if (req.boundary && !doc.boundary) {
    // The real change is at or before the boundary: before the document if the boundary is.
    if (git.isAncestor(req.sha, doc.sha)) return { after: false };
  }
  // The document's real change is at or before its commit: a requirements change after that is after it.
  if (!req.boundary && git.isAncestor(doc.sha, req.sha)) return { after: true, detail };
  return { after: undefined, why: 'shallow' };
}

const WHY: Record<Why, (paths: string) => string> = {
  shallow: (p) => `this clone is shallow, so git history cannot tell whether ${p} changed after the document; ${FULL_HISTORY_HINT}`,
  'both-uncommitted': (p) => `both the document and ${p} have uncommitted changes, so git history cannot order them; commit them`,
  untracked: (p) => `git has no commit for the document or ${p} (ignored by .gitignore?), so history cannot order them`,
  git: (p) => `git could not compare the commits of the document and ${p}`,
};

/** Drift of `doc` against `requirements` (repository-relative paths) by the order of their last changes. */
export function historyDrift(git: GitHistory | undefined, doc: string, requirements: readonly string[]): HistoryEvidence {
  if (!git) return { state: 'unknown', reason: 'there is no git history here (not a git work tree) and the document has no stamp' };
  const sorted = [...requirements].sort();
  // One batch for the document and every requirement: git answers several paths per call.
  const changes = git.lastChanges([doc, ...sorted]);
  const docChange = changes.get(doc)!;
  const changed: string[] = [];
  const details: string[] = [];
  const unknown = new Map<Why, string[]>();
  for (const path of sorted) {
    const o = order(git, changes.get(path)!, docChange);
    if (o.after) {
      changed.push(path);
      details.push(`\`${path}\` ${o.detail}`);
    } else if (o.after === undefined) unknown.set(o.why, [...(unknown.get(o.why) ?? []), path]);
  }
  // A change after the document is drift whatever else is unknown.
  if (changed.length) return { state: 'drifted', changed, reason: details.join('; ') };
  const [why, paths] = [...unknown][0] ?? [];
  if (why && paths) return { state: 'unknown', reason: WHY[why](paths.map((p) => `\`${p}\``).join(', ')) };
  return { state: 'in-sync', reason: "the document's last change comes after every change to its requirements" };
}
