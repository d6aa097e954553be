/**
 * Facts from the local git history, for drift without a stamp: where a path last changed, and which
 * commit comes before which. Order comes from the commit graph, never from commit dates (clocks skew,
 * and two commits can share a second).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where a path last changed, as the history at hand can tell. */
export type LastChange =
  /** Edits (or a file git does not track yet) in the working tree: newer than any commit. */
  | { kind: 'uncommitted' }
  /**
   * The newest commit that changed the path. `boundary`: a shallow clone's cut-off commit, whose parents
   * are missing, so git shows every file as added there: the real change is this commit or an older one.
   */
  | { kind: 'commit'; sha: string; boundary: boolean }
  /** Git knows no commit for it (an ignored file). */
  | { kind: 'none' };

export interface GitHistory {
  /** The clone lacks older commits (`git clone --depth`, `actions/checkout` by default). */
  shallow: boolean;
  lastChange(path: string): LastChange;
  /** `a` is `b` or one of its ancestors in the history at hand; undefined when git cannot say. */
  isAncestor(a: string, b: string): boolean | undefined;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    // Paths are literal (a file named `:(glob)*` is that file), and never read as options (after `--`).
    return execFileSync('git', ['--literal-pathspecs', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20 }).trim();
  } catch {
    return undefined;
  }
}

/** The git history of the work tree `cwd` is in; undefined when there is none (no git, not a repository). */
export function gitHistory(cwd: string): GitHistory | undefined {
  if (git(cwd, ['rev-parse', '--is-inside-work-tree']) !== 'true') return undefined;
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
  const boundaries = shallow ? shallowBoundaries(cwd) : new Set<string>();
  return {
    shallow,
    lastChange(path) {
      if (git(cwd, ['status', '--porcelain', '--', path])) return { kind: 'uncommitted' };
      const sha = git(cwd, ['log', '-1', '--format=%H', '--', path]);
      if (!sha) return { kind: 'none' };
      return { kind: 'commit', sha, boundary: boundaries.has(sha) };
    },
    isAncestor(a, b) {
      if (!/^[0-9a-f]{40,64}$/.test(a) || !/^[0-9a-f]{40,64}$/.test(b)) return undefined;
      const r = spawnSync('git', ['merge-base', '--is-ancestor', a, b], { cwd, stdio: 'ignore' });
      return r.status === 0 ? true : r.status === 1 ? false : undefined;
    },
  };
}

/** The commits a shallow clone was cut at (`.git/shallow`). */
function shallowBoundaries(cwd: string): Set<string> {
  const file = git(cwd, ['rev-parse', '--git-path', 'shallow']);
  try {
    return new Set(file ? readFileSync(resolve(cwd, file), 'utf8').split('\n').filter(Boolean) : []);
  } catch {
    return new Set();
  }
}
