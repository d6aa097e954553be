/** Unified diffs of a proposed document (jsdiff), whole or cut at hunk boundaries to fit a budget. */
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch, type StructuredPatch, type StructuredPatchHunk } from 'diff';
import { plural } from './text.js';

export type { StructuredPatch };

export interface DiffOptions {
  /** Lines of context around each change (default 3, like git). */
  context?: number;
}

export interface DiffStats {
  added: number;
  removed: number;
}

export interface BoundedDiff {
  /** The diff (headers + the first hunks that fit), or '' when there is no change or not even one hunk fits. */
  text: string;
  totalHunks: number;
  shownHunks: number;
  /** Changed lines in the hunks left out. */
  omitted: DiffStats;
  /** Empty when the whole diff is shown; otherwise one sentence saying what was left out. */
  note: string;
}

export const DEFAULT_CONTEXT = 3;

function patchOf(oldText: string, newText: string, path: string, options: DiffOptions): StructuredPatch {
  const p = path.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
  // a/ and b/ prefixes make the patch apply with plain `git apply` (which strips one level).
  return structuredPatch(`a/${p}`, `b/${p}`, oldText, newText, undefined, undefined, {
    context: options.context ?? DEFAULT_CONTEXT,
  });
}

/** The unified diff, or '' when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, path: string, options: DiffOptions = {}): string {
  const patch = patchOf(oldText, newText, path, options);
  return patch.hunks.length ? formatPatch(patch, FILE_HEADERS_ONLY) : '';
}

function hunkStats(hunks: readonly StructuredPatchHunk[]): DiffStats {
  let added = 0;
  let removed = 0;
  for (const h of hunks) {
    for (const line of h.lines) {
      if (line[0] === '+') added++;
      else if (line[0] === '-') removed++;
    }
  }
  return { added, removed };
}

export function diffStats(oldText: string, newText: string): DiffStats {
  return hunkStats(patchOf(oldText, newText, 'x', { context: 0 }).hunks);
}

export type Measure = (text: string) => number;
const chars: Measure = (text) => text.length;

/**
 * The diff if it fits in `maxChars`; otherwise its headers and the leading hunks that fit (hunks are
 * never split, so what is shown still applies with `git apply`), and a note saying what was left out.
 */
export function boundedDiff(oldText: string, newText: string, path: string, maxChars: number, options: DiffOptions = {}): BoundedDiff {
  return boundPatch(patchOf(oldText, newText, path, options), maxChars);
}

/** A diff computed once and then cut to several budgets (the comment tries a few). */
export function documentPatch(oldText: string, newText: string, path: string, options: DiffOptions = {}): StructuredPatch {
  return patchOf(oldText, newText, path, options);
}

/** `boundedDiff` for a precomputed patch; `measure` may count bytes instead of UTF-16 units. */
export function boundPatch(patch: StructuredPatch, max: number, measure: Measure = chars): BoundedDiff {
  const total = patch.hunks.length;
  if (total === 0) return { text: '', totalHunks: 0, shownHunks: 0, omitted: { added: 0, removed: 0 }, note: '' };

  const full = formatPatch(patch, FILE_HEADERS_ONLY);
  if (measure(full) <= max) return { text: full, totalHunks: total, shownHunks: total, omitted: { added: 0, removed: 0 }, note: '' };

  // Each hunk formats to its own block of lines, so sizes add up: header + hunk 1 + hunk 2 ...
  const header = formatPatch({ ...patch, hunks: [] }, FILE_HEADERS_ONLY);
  let used = measure(header);
  let shown = 0;
  while (shown < total) {
    const hunkSize = measure(formatPatch({ ...patch, hunks: [patch.hunks[shown]] }, FILE_HEADERS_ONLY)) - measure(header);
    if (used + hunkSize > max) break;
    used += hunkSize;
    shown++;
  }
  const left = patch.hunks.slice(shown);
  const omitted = hunkStats(left);
  const lines = `+${omitted.added} −${omitted.removed} lines`;
  const note =
    shown === 0
      ? `The diff was left out: its first hunk alone is longer than ${max} characters (${plural(total, 'hunk')}, ${lines}).`
      : `The diff was shortened: showing the first ${shown} of ${total} hunks; ${plural(left.length, 'hunk')} (${lines}) left out.`;
  return {
    text: shown ? formatPatch({ ...patch, hunks: patch.hunks.slice(0, shown) }, FILE_HEADERS_ONLY) : '',
    totalHunks: total,
    shownHunks: shown,
    omitted,
    note,
  };
}

export function patchStats(patch: StructuredPatch): DiffStats {
  return hunkStats(patch.hunks);
}
