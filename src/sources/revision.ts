/** A file as it was at a git revision (`git show REV:./PATH`), for `archdoc diff main HEAD`. */
import { execFileSync } from 'node:child_process';
import { UsageError } from '../core/findings.js';
import { MAX_DOCUMENT_BYTES } from '../markdown/limits.js';

export function showAtRevision(cwd: string, rev: string, path: string): string {
  // A revision that starts with `-` would be read by git as an option.
  if (!rev || rev.startsWith('-') || /[\0\n]/.test(rev)) throw new UsageError(`"${rev}" is not a git revision`);
  const spec = `${rev}:${path.startsWith('/') ? path : `./${path.replace(/^\.\//, '')}`}`;
  try {
    return execFileSync('git', ['show', spec], { cwd, encoding: 'utf8', maxBuffer: MAX_DOCUMENT_BYTES, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = (e as { stderr?: unknown }).stderr;
    const tooLarge = (e as { code?: unknown }).code === 'ENOBUFS';
    const why = tooLarge
      ? `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`
      : typeof stderr === 'string' && stderr.trim()
        ? stderr.trim().split('\n')[0]
        : 'git failed';
    throw new UsageError(`cannot read ${path} at ${rev}: ${why.replace(/^fatal:\s*/, '')}`);
  }
}
