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
  /** Where each path last changed. */
  lastChanges(paths: readonly string[]): Map<string, LastChange>;
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

/** Paths per `git status` call: a long list stays far below the command-line limit. */
const STATUS_BATCH = 200;

/** The git history of the work tree `cwd` is in; undefined when there is none (no git, not a repository). */
export function gitHistory(cwd: string): GitHistory | undefined {
  // One call for three facts (each line answers one flag, in order).
  const [inside, shallowFlag, shallowFile] = (git(cwd, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--git-path', 'shallow']) ?? '').split(
    '\n',
  );
  if (inside !== 'true') return undefined;
  const shallow = shallowFlag === 'true';
  const boundaries = shallow ? shallowBoundaries(cwd, shallowFile) : new Set<string>();
  const ancestry = new Map<string, boolean | undefined>();
  return {
    shallow,
    lastChanges(paths) {
      const dirty = uncommitted(cwd, paths);
      const out = new Map<string, LastChange>();
      for (const path of paths) {
        if (dirty.has(path)) {
          out.set(path, { kind: 'uncommitted' });
          continue;
        }
        const sha = git(cwd, ['log', '-1', '--format=%H', '--', path]);
        out.set(path, sha ? { kind: 'commit', sha, boundary: boundaries.has(sha) } : { kind: 'none' });
      }
      return out;
    },
    isAncestor(a, b) {
      if (!/^[0-9a-f]{40,64}$/.test(a) || !/^[0-9a-f]{40,64}$/.test(b)) return undefined;
      // Many requirements share a last commit: each pair is asked once.
      const key = `${a} ${b}`;
      if (!ancestry.has(key)) {
        const r = spawnSync('git', ['merge-base', '--is-ancestor', a, b], { cwd, stdio: 'ignore' });
        ancestry.set(key, r.status === 0 ? true : r.status === 1 ? false : undefined);
      }
      return ancestry.get(key);
    },
  };
}

/**
 * The paths with changes in the working tree or the index (or untracked). One `git status` for all of them
 * says whether any has; only then is each asked on its own, so the answer per path is the one it always was.
 */
function uncommitted(cwd: string, paths: readonly string[]): Set<string> {
  const dirty = new Set<string>();
  for (let i = 0; i < paths.length; i += STATUS_BATCH) {
    const batch = paths.slice(i, i + STATUS_BATCH);
    if (!git(cwd, ['status', '--porcelain', '--', ...batch])) continue;
    for (const path of batch) if (git(cwd, ['status', '--porcelain', '--', path])) dirty.add(path);
  }
  return dirty;
}

/** The commits a shallow clone was cut at (`.git/shallow`, at the path rev-parse gave). */
function shallowBoundaries(cwd: string, file: string | undefined): Set<string> {
  try {
    return new Set(file ? readFileSync(resolve(cwd, file), 'utf8').split('\n').filter(Boolean) : []);
  } catch {
    return new Set();
  }
}
