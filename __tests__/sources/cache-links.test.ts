/**
 * The regeneration cache folder of an untrusted clone may hold symlinks: none is read or written through.
 * (The folder itself goes through the path guard: __tests__/cli/paths.test.ts.)
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderCache } from '../../src/generate/cache.js';
import { tempDir } from '../../test-support/cli.js';

const KEY = '0123456789abcdef0123456789abcdef';
const ENTRY = { text: '# Architecture\n', model: 'm', created: '2026-01-01T00:00:00Z' };

function layout() {
  const base = tempDir('archdoc-cache-');
  const dir = join(base, 'repo/.archdoc-cache');
  const out = join(base, 'out');
  mkdirSync(dir, { recursive: true });
  mkdirSync(out);
  return { dir, out };
}

test('an entry that is a symlink to a file elsewhere is a miss, not read', () => {
  const { dir, out } = layout();
  writeFileSync(join(out, 'planted.json'), JSON.stringify({ ...ENTRY, text: 'PLANTED' }));
  symlinkSync(join(out, 'planted.json'), join(dir, `${KEY}.json`));
  expect(folderCache(dir).get(KEY)).toBeUndefined();
});

test('a plain entry is still a hit', () => {
  const { dir } = layout();
  expect(folderCache(dir).set(KEY, ENTRY)).toBe(true);
  expect(folderCache(dir).get(KEY)).toEqual(ENTRY);
  expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('*');
});

test('a dangling .gitignore link and a planted temp-file link do not create or change files elsewhere', () => {
  const { dir, out } = layout();
  symlinkSync(join(out, 'bashrc'), join(dir, '.gitignore'));
  writeFileSync(join(out, 'victim'), 'victim\n');
  symlinkSync(join(out, 'victim'), join(dir, `${KEY}.json.${process.pid}.tmp`));
  expect(folderCache(dir).set(KEY, ENTRY)).toBe(true);
  expect(existsSync(join(out, 'bashrc'))).toBe(false);
  expect(readFileSync(join(out, 'victim'), 'utf8')).toBe('victim\n');
  expect(lstatSync(join(dir, `${KEY}.json`)).isFile()).toBe(true);
  expect(folderCache(dir).get(KEY)).toEqual(ENTRY);
});
