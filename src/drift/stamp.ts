/**
 * The stamp: an HTML comment at the end of a generated document recording what it was generated from
 * (requirements and template hashes, model, time). `archdoc drift` and `requirements-drift` read it.
 */
import { createHash } from 'node:crypto';

export interface Stamp {
  /** Hash per requirements file path. */
  requirements: Record<string, string>;
  template: string;
  model?: string;
  generated?: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

const PREFIX = '<!-- archdoc:stamp ';
const STAMP_RE = /<!-- archdoc:stamp (\{.*?\}) -->[ \t]*(?:\r?\n)?/;

/** Content hash that ignores line endings and trailing spaces, so a checkout on Windows is not drift. */
export function contentHash(text: string): string {
  const normal = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
  return `sha256:${createHash('sha256').update(normal).digest('hex').slice(0, 16)}`;
}

export function requirementHashes(files: SourceFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) out[f.path] = contentHash(f.text);
  return out;
}

function formatStamp(stamp: Stamp): string {
  // `--` must not appear inside an HTML comment; JSON lets us escape it.
  const json = JSON.stringify(stamp).replace(/--/g, '-\\u002d');
  return `${PREFIX}${json} -->`;
}

export interface FoundStamp {
  stamp: Stamp;
  /** 1-based line of the stamp comment. */
  line: number;
  start: number;
  end: number;
}

export function readStamp(text: string): FoundStamp | undefined {
  const idx = text.lastIndexOf(PREFIX);
  if (idx === -1) return undefined;
  const m = STAMP_RE.exec(text.slice(idx));
  if (!m) return undefined;
  try {
    const data = JSON.parse(m[1]) as Partial<Stamp>;
    if (!data || typeof data.requirements !== 'object' || typeof data.template !== 'string') return undefined;
    const line = text.slice(0, idx).split('\n').length;
    return { stamp: data as Stamp, line, start: idx, end: idx + m[0].length };
  } catch {
    return undefined;
  }
}

/** The document with its stamp replaced (or appended after one blank line). */
export function applyStamp(text: string, stamp: Stamp): string {
  const found = readStamp(text);
  const body = (found ? text.slice(0, found.start) + text.slice(found.end) : text).trimEnd();
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  return `${body}${nl}${nl}${formatStamp(stamp)}${nl}`;
}
