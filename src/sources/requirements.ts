/**
 * Requirements files named by globs, read from disk, never from outside the repository: a pattern may
 * not be absolute or use `..`, its fixed folder may not lead out through a symlink, the walk does not
 * follow symlinks (a symlinked requirements file is named literally), and every match is checked again.
 */
import { globSync, isDynamicPattern } from 'tinyglobby';
import picomatch from 'picomatch';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import type { SourceFile } from '../drift/stamp.js';
import { readTextFile } from './files.js';
import { assertRepoPath, guardPath, rootAt, type PathOrigin, type Root } from './path-guard.js';

export interface RequirementsScope {
  /** The repository root (default: `cwd`). */
  root?: Root;
  /** Where the globs came from, for refusals. */
  origin?: PathOrigin;
}

const SETTINGS: PathOrigin = { setting: 'requirements', source: 'from the settings' };

/** Paths the globs name (relative to `cwd` for globs, as written for literals), sorted. A literal path that does not exist is an error when `strict`. */
export function expandRequirements(cwd: string, globs: string[], strict: boolean, scope: RequirementsScope = {}): string[] {
  const root = scope.root ?? rootAt(cwd);
  const origin = scope.origin ?? SETTINGS;
  const paths = new Set<string>();
  for (const g of globs) {
    if (isDynamicPattern(g)) {
      assertRepoPath(g, 'glob', origin);
      // The folder the walk starts in is followed even without followSymbolicLinks: check it first.
      guardPath(root, cwd, picomatch.scan(g).base || '.', origin, g);
      const found = globSync(g, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      for (const p of found) {
        guardPath(root, cwd, p, origin, g);
        paths.add(p);
      }
    } else if (existsSync(guardPath(root, cwd, g, origin))) paths.add(g.replace(/^\.\//, ''));
    else if (strict) throw new UsageError(`${g}: no such requirements file`);
  }
  return [...paths].sort();
}

export function readRequirements(cwd: string, globs: string[], strict: boolean, scope: RequirementsScope = {}): SourceFile[] {
  return expandRequirements(cwd, globs, strict, scope).map((path) => ({ path, text: readTextFile(resolve(cwd, path), 'requirements file') }));
}
