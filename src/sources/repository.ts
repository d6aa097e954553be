/**
 * The repository a command works in, and the only way the commands reach its files: every read and
 * write goes through the path guard against the repository root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { SourceFile } from '../drift/stamp.js';
import { writeFileAtomic } from '../fix/write-file.js';
import { readTextFile } from './files.js';
import { COMMAND_LINE, guardDocumentWrite, guardPath, rootAt, type PathOrigin, type Root } from './path-guard.js';
import { expandRequirements, readRequirements } from './requirements.js';
import { UsageError } from '../core/findings.js';

/** The git top-level of `cwd`, or `cwd` itself outside a git repository (or without git). */
export function repositoryRoot(cwd: string): string {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (top) return top;
  } catch {
    // Not a repository, or no git: the current folder is the root.
  }
  return cwd;
}

export interface Repository {
  /** The root every path must stay inside. */
  root: Root;
  /** Where relative paths start (the current folder, inside the root or the root itself). */
  cwd: string;
  /** The absolute path, once it is known to stay inside the root. */
  path(path: string, origin: PathOrigin): string;
  read(path: string, origin: PathOrigin, what: string): string;
  exists(path: string, origin: PathOrigin): boolean;
  requirements(globs: string[], origin: PathOrigin, strict: boolean): SourceFile[];
  /** The files a glob matches (relative to `cwd`, sorted), through the same guard as requirements globs. */
  glob(pattern: string, origin: PathOrigin): string[];
  /** Check, before any work is done, that `path` may be written: inside, and a `.md` document. */
  writableDocument(path: string, origin: PathOrigin): string;
  /** Write a document (creating its folder), atomically, after the same check. */
  writeDocument(path: string, text: string, origin: PathOrigin): void;
}

function isNamedDocument(path: string, origin: PathOrigin): boolean {
  return origin.setting === 'document' && origin.source === COMMAND_LINE && !isDynamicPattern(path);
}

export function openRepository(cwd: string, rootPath = repositoryRoot(cwd)): Repository {
  const root = rootAt(rootPath);
  return {
    root,
    cwd,
    path: (path, origin) => guardPath(root, cwd, path, origin),
    read(path, origin, what) {
      // A document the person named on their own command line is read wherever it is: they chose it. What
      // archdoc finds by itself (config, stamp, globs, defaults) stays inside the repository, and every
      // write goes through guardDocumentWrite whatever named it.
      const abs = isNamedDocument(path, origin) ? resolve(cwd, path) : guardPath(root, cwd, path, origin);
      // The first thing a new user meets: say how to get a document, not just that there is none.
      if (what === 'document' && !existsSync(abs)) throw new UsageError(`${path}: no such document (\`archdoc init\` writes a skeleton to start from)`);
      return readTextFile(abs, what);
    },
    exists: (path, origin) => existsSync(guardPath(root, cwd, path, origin)),
    requirements: (globs, origin, strict) => readRequirements(cwd, globs, strict, { root, origin }),
    glob: (pattern, origin) => expandRequirements(cwd, [pattern], false, { root, origin }),
    writableDocument: (path, origin) => guardDocumentWrite(root, cwd, path, origin),
    writeDocument(path, text, origin) {
      const abs = guardDocumentWrite(root, cwd, path, origin);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileAtomic(abs, text);
    },
  };
}
