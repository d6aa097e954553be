/**
 * Real git repositories for drift tests: commits with chosen dates (same second, skewed clocks), branches,
 * merges and shallow clones. And one verdict read three ways: `archdoc drift`, `archdoc lint` (both
 * through dist/cli.js) and the Action on a `workflow_dispatch` (dist/index.js).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../../test-support/cli.js';
import { runAction, type ActionRunResult } from '../../test-support/action-run.js';

export const DOC = 'docs/02_architecture.md';
export const REQ = 'docs/01_requirements.md';

export interface Repo {
  dir: string;
  /** Write files (null deletes nothing: only writes), stage everything, commit with both dates at `at` (seconds). Returns the sha. */
  commit(files: Record<string, string>, message: string, at: number): string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  /** A `git clone --depth N file://…` of this repository, removed with it. */
  shallowClone(depth: number): Repo;
  remove(): void;
}

const IDENTITY = ['-c', 'user.name=archdoc test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];

export function repo(dir = mkdtempSync(join(tmpdir(), 'archdoc-drift-')), init = true): Repo {
  const children: Repo[] = [];
  const git = (env: NodeJS.ProcessEnv, args: string[]): string =>
    execFileSync('git', [...IDENTITY, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  if (init) git({}, ['init', '-q']);
  return {
    dir,
    git: (...args) => git({}, args),
    write,
    commit(files, message, at) {
      for (const [p, t] of Object.entries(files)) write(p, t);
      const date = `@${at} +0000`;
      git({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, ['add', '-A']);
      git({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, ['commit', '-q', '--allow-empty', '-m', message]);
      return git({}, ['rev-parse', 'HEAD']).trim();
    },
    shallowClone(depth) {
      const target = mkdtempSync(join(tmpdir(), 'archdoc-shallow-'));
      execFileSync('git', ['clone', '-q', '--depth', String(depth), `file://${dir}`, target], { stdio: 'ignore' });
      const clone = repo(target, false);
      children.push(clone);
      return clone;
    },
    remove() {
      for (const c of children) c.remove();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Verdict = 'drifted' | 'in-sync' | 'unknown';

/** `archdoc drift`: exit 1 drifted, 0 in sync, 2 could not tell (with one line on stderr). */
export function cliDrift(dir: string, args: string[] = []): CliResult & { verdict: Verdict | `exit ${string}` } {
  const r = runCli(['drift', ...args], { cwd: dir });
  const verdict = r.code === 1 ? 'drifted' : r.code === 0 ? 'in-sync' : r.code === 2 ? 'unknown' : (`exit ${String(r.code)}` as const);
  return { ...r, verdict };
}

/** `archdoc lint --format json`: a requirements-drift error is drift, a warning is "could not tell", none is in sync. */
export function lintDrift(dir: string): { verdict: Verdict; message?: string } {
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(r.stdout) as { files: { findings: { rule: string; severity: string; message: string }[] }[] };
  const f = report.files.flatMap((x) => x.findings).find((x) => x.rule === 'requirements-drift');
  return f ? { verdict: f.severity === 'error' ? 'drifted' : 'unknown', message: f.message } : { verdict: 'in-sync' };
}

/**
 * The Action on a `push` in this checkout: its drift line in the job summary. (`schedule` and
 * `workflow_dispatch` run the drift audit, which keeps issues on GitHub: __tests__/audit.)
 */
export async function actionDrift(dir: string, inputs: Record<string, string> = {}): Promise<ActionRunResult & { verdict: Verdict | 'none' }> {
  const run = await runAction({
    // No GitHub call is made on a push; the address is never dialled.
    api: { url: 'http://127.0.0.1:9', graphqlUrl: 'http://127.0.0.1:9/graphql', serverUrl: 'https://github.com', token: 'ghs_unused' },
    event: 'push',
    payload: { ref: 'refs/heads/main', repository: { full_name: 'octo/drift' }, inputs: {} },
    inputs,
    env: { GITHUB_WORKSPACE: dir },
  });
  const line = /\*\*Drift:\*\* (.*)/.exec(run.summary)?.[1] ?? '';
  const verdict = line.startsWith('⚠️') ? 'drifted' : line.startsWith('none:') ? 'in-sync' : line.startsWith('⏸') ? 'unknown' : 'none';
  return { ...run, verdict };
}
