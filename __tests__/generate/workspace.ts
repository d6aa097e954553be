/** A throw-away repository folder and a CommandIO that records what a command prints. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CommandIO } from '../../src/commands/io.js';

export interface Workspace {
  dir: string;
  write(path: string, text: string): void;
  read(path: string): string;
  files(folder: string): string[];
  git(...args: string[]): string;
  remove(): void;
}

export function workspace(files: Record<string, string> = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'archdoc-regen-'));
  const ws: Workspace = {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    files: (folder) => readdirSync(join(dir, folder)).sort(),
    git: (...args) =>
      execFileSync('git', ['-c', 'user.name=archdoc test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const [p, t] of Object.entries(files)) ws.write(p, t);
  return ws;
}

export interface RecordingIO extends CommandIO {
  stdout: string;
  stderr: string;
}

export function recordingIO(cwd: string, env: NodeJS.ProcessEnv = {}): RecordingIO {
  const io: RecordingIO = {
    cwd,
    env,
    color: false,
    stdout: '',
    stderr: '',
    out: (s) => {
      io.stdout += s;
    },
    err: (s) => {
      io.stderr += s;
    },
  };
  return io;
}
