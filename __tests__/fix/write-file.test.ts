/**
 * Writing the repaired document back: real files in a temp directory. What lands on disk (bytes, mode, the byte
 * order mark, the file behind a symlink), what is refused, and that a refused write leaves the directory as it was.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/core/findings.js';
import { writeFileAtomic } from '../../src/fix/write-file.js';

const BOM = '\uFEFF';
let root: string;
let n = 0;
/** A fresh directory per test, so listings show exactly what a write left behind. */
const dir = (): string => {
  const d = join(root, `case-${n++}`);
  mkdirSync(d);
  return d;
};
const bytes = (path: string): number[] => [...readFileSync(path)];
const modeOf = (path: string): number => statSync(path).mode & 0o777;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'archdoc-write-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a successful write', () => {
  test('replaces the content with exactly the text, as UTF-8, and leaves no temp file', () => {
    const d = dir();
    const path = join(d, 'design.md');
    writeFileSync(path, 'old content that is longer than the new one\n');
    writeFileAtomic(path, 'Größe → 1\r\n');
    expect(readFileSync(path, 'utf8')).toBe('Größe → 1\r\n');
    expect(readdirSync(d)).toEqual(['design.md']);
  });

  test('creates a file that did not exist, readable by all (0644) whatever the umask', () => {
    const d = dir();
    const path = join(d, 'new.md');
    const umask = process.umask(0o077);
    try {
      writeFileAtomic(path, '# New\n');
    } finally {
      process.umask(umask);
    }
    expect(readFileSync(path, 'utf8')).toBe('# New\n');
    expect(modeOf(path)).toBe(0o644);
    expect(readdirSync(d)).toEqual(['new.md']);
  });

  test.each([[0o600], [0o640], [0o755]])('keeps the mode of the file it replaces (%s)', (mode) => {
    const d = dir();
    const path = join(d, 'design.md');
    writeFileSync(path, 'old\n');
    chmodSync(path, mode);
    writeFileAtomic(path, 'new\n');
    expect(modeOf(path)).toBe(mode);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  test('keeps a UTF-8 byte order mark the file started with, without doubling it', () => {
    const path = join(dir(), 'bom.md');
    writeFileSync(path, `${BOM}# Old\n`);
    writeFileAtomic(path, '# New\n');
    expect(bytes(path).slice(0, 4)).toEqual([0xef, 0xbb, 0xbf, 0x23]);
    expect(readFileSync(path, 'utf8')).toBe(`${BOM}# New\n`);
  });

  test.each([
    ['no mark', '# Old\n'],
    ['an empty file', ''],
    ['two bytes of the mark only', '\u00ef'], // encodes as c3 af: not the mark
    ['the mark not at the start', `a${BOM}`],
  ])('adds no byte order mark to a file that had none (%s)', (_what, old) => {
    const path = join(dir(), 'plain.md');
    writeFileSync(path, old);
    writeFileAtomic(path, '# New\n');
    expect(readFileSync(path, 'utf8')).toBe('# New\n');
  });

  test('a file of just the first two bytes of the mark gets none', () => {
    const path = join(dir(), 'short.md');
    writeFileSync(path, Buffer.from([0xef, 0xbb]));
    writeFileAtomic(path, 'x');
    expect(bytes(path)).toEqual([0x78]);
  });

  test('through a symlink, writes the file behind it and keeps the link', () => {
    const d = dir();
    mkdirSync(join(d, 'real'));
    const target = join(d, 'real', 'design.md');
    writeFileSync(target, `${BOM}old\n`);
    chmodSync(target, 0o600);
    const link = join(d, 'link.md');
    symlinkSync(join('real', 'design.md'), link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('real', 'design.md'));
    expect(readFileSync(target, 'utf8')).toBe(`${BOM}new\n`);
    expect(modeOf(target)).toBe(0o600);
    // The temp file was made next to the real file, and renamed away.
    expect(readdirSync(join(d, 'real'))).toEqual(['design.md']);
    expect(readdirSync(d).sort()).toEqual(['link.md', 'real']);
  });
});

describe('a refused write', () => {
  const refused = (path: string, text = 'new\n'): Error => {
    try {
      writeFileAtomic(path, text);
    } catch (e) {
      return e as Error;
    }
    throw new Error(`writing ${path} did not fail`);
  };

  test('into a directory that does not exist: a usage error naming the path, nothing created', () => {
    const d = dir();
    const path = join(d, 'missing', 'design.md');
    const e = refused(path);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(`${path}: cannot write (ENOENT)`);
    expect(readdirSync(d)).toEqual([]);
  });

  test('over a directory: refused, the directory and its files untouched', () => {
    const d = dir();
    const path = join(d, 'docs');
    mkdirSync(path);
    writeFileSync(join(path, 'keep.md'), 'keep\n');
    const e = refused(path);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(`${path}: cannot write (EISDIR)`);
    expect(readdirSync(d)).toEqual(['docs']);
    expect(readFileSync(join(path, 'keep.md'), 'utf8')).toBe('keep\n');
  });

  test('through a symlink that points at itself: refused, the link left as it is', () => {
    const d = dir();
    const link = join(d, 'loop.md');
    symlinkSync('loop.md', link);
    const e = refused(link);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(`${link}: cannot write (ELOOP)`);
    expect(readlinkSync(link)).toBe('loop.md');
    expect(readdirSync(d)).toEqual(['loop.md']);
  });

  test('when the final rename fails, the temp file is removed and nothing else appears', () => {
    // A name ending in a slash is a directory to rename(2): the temp file is written, then cannot take its place.
    const d = dir();
    writeFileSync(join(d, 'other.md'), 'other\n');
    const path = `${join(d, 'new.md')}/`;
    const e = refused(path);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(`${path}: cannot write (ENOTDIR)`);
    expect(readdirSync(d)).toEqual(['other.md']);
    expect(readFileSync(join(d, 'other.md'), 'utf8')).toBe('other\n');
  });
});
