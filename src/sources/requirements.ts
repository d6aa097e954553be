/** Requirements files named by globs, read from disk. */
import { globSync, isDynamicPattern } from 'tinyglobby';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import type { SourceFile } from '../drift/stamp.js';
import { readTextFile } from './files.js';

/** Repository-relative paths the globs name, sorted. A literal path that does not exist is an error when `strict`. */
export function expandRequirements(cwd: string, globs: string[], strict: boolean): string[] {
  const paths = new Set<string>();
  for (const g of globs) {
    if (isDynamicPattern(g)) {
      for (const p of globSync(g, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] })) paths.add(p);
    } else if (existsSync(resolve(cwd, g))) paths.add(g.replace(/^\.\//, ''));
    else if (strict) throw new UsageError(`${g}: no such requirements file`);
  }
  return [...paths].sort();
}

export function readRequirements(cwd: string, globs: string[], strict: boolean): SourceFile[] {
  return expandRequirements(cwd, globs, strict).map((path) => ({ path, text: readTextFile(resolve(cwd, path), 'requirements file') }));
}
