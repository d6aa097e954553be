/** Unified diffs of a proposed document (jsdiff's format), whole or cut at hunk boundaries to fit a budget. */
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatch, type StructuredPatchHunk } from 'diff';
import { lineChanges, splitLines, type Change } from './line-diff.js';
import { plural, repoPath } from './text.js';

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

const DEFAULT_CONTEXT = 3;

function patchOf(oldText: string, newText: string, path: string, options: DiffOptions): StructuredPatch {
  const p = repoPath(path);
  const changes = lineChanges(splitLines(oldText), splitLines(newText));
  // a/ and b/ prefixes make the patch apply with plain `git apply` (which strips one level).
  return {
    oldFileName: `a/${p}`,
    newFileName: `b/${p}`,
    oldHeader: undefined,
    newHeader: undefined,
    hunks: hunksOf(changes, options.context ?? DEFAULT_CONTEXT),
  };
}

/**
 * jsdiff's structuredPatch hunks from a change list (same ranges, same merging of nearby changes,
 * same "\ No newline at end of file"), so a diff within the edit bound is the one jsdiff would print.
 */
function hunksOf(changes: readonly Change[], context: number): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  let hunk: StructuredPatchHunk | undefined;
  let oldLine = 1;
  let newLine = 1;
  changes.forEach((c, i) => {
    if (c.kind !== ' ') {
      if (!hunk) {
        const before = context > 0 ? (changes[i - 1]?.lines.slice(-context) ?? []) : [];
        hunk = { oldStart: oldLine - before.length, oldLines: 0, newStart: newLine - before.length, newLines: 0, lines: before.map((l) => ` ${l}`) };
      }
      for (const line of c.lines) hunk.lines.push(c.kind + line);
      if (c.kind === '+') newLine += c.lines.length;
      else oldLine += c.lines.length;
      return;
    }
    if (hunk) {
      // Changes at most 2 × context lines apart share a hunk; the last unchanged run only closes one.
      const joins = c.lines.length <= context * 2 && i < changes.length - 1;
      const kept = joins ? c.lines : c.lines.slice(0, context);
      for (const line of kept) hunk.lines.push(` ${line}`);
      if (!joins) {
        hunk.oldLines = oldLine - hunk.oldStart + kept.length;
        hunk.newLines = newLine - hunk.newStart + kept.length;
        hunks.push(hunk);
        hunk = undefined;
      }
    }
    oldLine += c.lines.length;
    newLine += c.lines.length;
  });
  if (hunk) {
    hunk.oldLines = oldLine - hunk.oldStart;
    hunk.newLines = newLine - hunk.newStart;
    hunks.push(hunk);
  }
  for (const h of hunks) h.lines = h.lines.flatMap((l) => (l.endsWith('\n') ? [l.slice(0, -1)] : [l, '\\ No newline at end of file']));
  return hunks;
}

/** formatPatch on copies: it adjusts the start of empty-range hunks in place, so formatting twice would shift them. */
function format(patch: StructuredPatch, hunks: readonly StructuredPatchHunk[] = patch.hunks): string {
  return formatPatch({ ...patch, hunks: hunks.map((h) => ({ ...h })) }, FILE_HEADERS_ONLY);
}

/** The unified diff, or '' when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, path: string, options: DiffOptions = {}): string {
  const patch = patchOf(oldText, newText, path, options);
  return patch.hunks.length ? format(patch) : '';
}

/**
 * The same change without context lines: every run of removed/added lines becomes its own hunk.
 * Derived from the patch rather than diffed again (diffing a long document is the slow part).
 */
export function withoutContext(patch: StructuredPatch): StructuredPatch {
  const hunks: StructuredPatchHunk[] = [];
  for (const h of patch.hunks) {
    let oldLine = h.oldStart;
    let newLine = h.newStart;
    let run: StructuredPatchHunk | undefined;
    let last = ' ';
    for (const line of h.lines) {
      const kind = line[0];
      if (kind === '\\') {
        // "\ No newline at end of file" belongs to the line before it: kept with a change, dropped with context.
        if (run && last !== ' ') run.lines.push(line);
        continue;
      }
      last = kind;
      if (kind === ' ') {
        run = undefined;
        oldLine++;
        newLine++;
        continue;
      }
      if (!run) {
        // Starts follow structuredPatch's convention for empty ranges (formatPatch subtracts one).
        run = { oldStart: oldLine, oldLines: 0, newStart: newLine, newLines: 0, lines: [] };
        hunks.push(run);
      }
      run.lines.push(line);
      if (kind === '-') {
        run.oldLines++;
        oldLine++;
      } else {
        run.newLines++;
        newLine++;
      }
    }
  }
  return { ...patch, hunks };
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

  const full = format(patch);
  if (measure(full) <= max) return { text: full, totalHunks: total, shownHunks: total, omitted: { added: 0, removed: 0 }, note: '' };

  // Each hunk formats to its own block of lines, so sizes add up: header + hunk 1 + hunk 2 ...
  const headerSize = measure(format(patch, []));
  let used = headerSize;
  let shown = 0;
  while (shown < total) {
    const hunkSize = measure(format(patch, [patch.hunks[shown]])) - headerSize;
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
    text: shown ? format(patch, patch.hunks.slice(0, shown)) : '',
    totalHunks: total,
    shownHunks: shown,
    omitted,
    note,
  };
}

export function patchStats(patch: StructuredPatch): DiffStats {
  return hunkStats(patch.hunks);
}
