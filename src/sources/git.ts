/** Commit times from the local git history, for drift without a stamp. Absent git or repo -> undefined. */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Seconds since the epoch of the path's last change: now if it has uncommitted edits, undefined if never committed. */
export function lastChange(cwd: string, path: string): number | undefined {
  const dirty = git(cwd, ['status', '--porcelain', '--', path]);
  if (dirty) return Math.floor(Date.now() / 1000);
  const t = git(cwd, ['log', '-1', '--format=%ct', '--', path]);
  return t ? Number(t) : undefined;
}

export function isGitRepo(cwd: string): boolean {
  return git(cwd, ['rev-parse', '--is-inside-work-tree']) === 'true';
}
