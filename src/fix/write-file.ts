/**
 * Replace a file's content atomically: a temp file in the same directory, flushed to disk, renamed over
 * the original. A reader sees the old file or the new one, never half of one; the mode, a UTF-8 byte
 * order mark and the file behind a symlink are kept.
 */
import { closeSync, fchmodSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../core/findings.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function startsWithBom(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
  } finally {
    closeSync(fd);
  }
}

export function writeFileAtomic(path: string, text: string): void {
  let target = path;
  let mode = 0o644;
  let bom = false;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
    bom = startsWithBom(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw failure(path, e);
  }
  const tmp = join(dirname(target), `.${basename(target)}.archdoc-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', mode);
    try {
      const body = Buffer.from(text, 'utf8');
      writeSync(fd, bom ? Buffer.concat([BOM, body]) : body);
      fchmodSync(fd, mode); // the umask may have narrowed it
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw failure(path, e);
  }
  syncDirectory(dirname(target));
}

/** Make the rename itself durable; not every platform can open a directory, and then there is nothing to do. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows: directories cannot be fsynced; the rename is still atomic.
  }
}

function failure(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message);
  return new UsageError(`${path}: cannot write (${why})`);
}
