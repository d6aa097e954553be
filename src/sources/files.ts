/** Read a document from disk with every failure turned into one clear line (SPEC §6: bounded inputs). */
import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../core/findings.js';
import { MAX_DOCUMENT_BYTES } from '../markdown/limits.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes -> text, refusing binary content and invalid UTF-8 with the place it goes wrong. */
function decodeText(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new UsageError(`${name}: looks like a binary file (it contains NUL bytes), not Markdown`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Find the first bad byte for the message: decode growing prefixes cheaply by lines.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    throw new UsageError(`${name}:${line}: not valid UTF-8 text; save the file as UTF-8`);
  }
}

export function readTextFile(path: string, what = 'file'): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${path}: is a directory; give the path of a Markdown ${what}`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${path}: no such ${what}`);
    if (code === 'EACCES') throw new UsageError(`${path}: permission denied`);
    throw new UsageError(`${path}: cannot read (${code ?? (e as Error).message})`);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new UsageError(`${path}: ${(size / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decodeText(bytes, path);
}
