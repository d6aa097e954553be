/** Run the real CLI bundle (dist/cli.js) as a child process, the way users and CI run it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const CPU_REPORT = new URL('./cpu-report.mjs', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The run's own CPU time (user + system), when asked for with `cpu: true`; undefined if it never exited. */
  cpuMs?: number;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; cpu?: boolean } = {}): CliResult {
  const report = options.cpu ? join(tempDir('archdoc-cpu-'), 'ms') : undefined;
  const r = spawnSync(process.execPath, [...(report ? ['--import', CPU_REPORT] : []), CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env, ...(report ? { ARCHDOC_TEST_CPU_REPORT: report } : {}) },
    encoding: 'utf8',
    ...(options.input !== undefined ? { input: options.input } : {}),
    timeout: 60_000,
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    ...(report ? { cpuMs: existsSync(report) ? Number(readFileSync(report, 'utf8')) : undefined } : {}),
  };
}

export function tempDir(prefix = 'archdoc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh directory holding the given files (paths relative to it). */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}
