// Which test files are unit tests (in-process, run by mocha in one process) and which are end-to-end (Jest:
// they spawn the bundle, git, or a fake GitHub). test-support/mocha/unit.json is the one list of the former.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const UNIT_CONFIG = 'test-support/mocha/unit.json';

/** The mocha settings of the unit tests (their list, the shim they load, timeout, reporter). */
export function unitConfig() {
  return JSON.parse(readFileSync(resolve(ROOT, UNIT_CONFIG), 'utf8'));
}

/** The unit test files, relative to the repository root, sorted. */
export function unitTestFiles({ spec, ignore = [] } = unitConfig()) {
  return globSync(spec, { cwd: ROOT, ignore }).sort();
}

/** A test path as the repository names it (`__tests__/x/y.test.ts`), from an absolute or cwd-relative path. */
export function repoPath(path) {
  return relative(ROOT, resolve(path)).split('\\').join('/');
}
