/**
 * Which lines changed between two texts, in work bounded by their length. Myers (jsdiff) costs
 * O((N+M)·D): a pull request that rewrites a long document in many places could make it run for
 * minutes. So Myers runs with a bound on the edit length; when a stretch needs more edits, lines that
 * occur exactly once on each side anchor it (patience diff), Myers runs between the anchors, and a
 * stretch that still needs too many edits (or has no unique line) is shown as removed, then added.
 * Ordinary changes stay within the bound and get exactly jsdiff's answer.
 */
import { diffArrays } from 'diff';

/** A run of lines (each with its line ending) kept, removed or added. */
export interface Change {
  kind: ' ' | '-' | '+';
  lines: string[];
}

/** Myers steps (edit length × lines) allowed per pass; about 100 ms of work. */
const WORK = 20_000_000;
/** Myers keeps one path object per step: its memory grows with D², so D has a cap of its own. */
const MAX_EDIT_LENGTH = 1500;
/** Anchoring inside an anchored gap's gaps finds little more; each level costs one pass over the text. */
const MAX_DEPTH = 3;

/** jsdiff's line tokens: every line with its `\n` or `\r\n` (the last one may have none). */
export function splitLines(text: string): string[] {
  const parts = text.split(/(\n|\r\n)/);
  if (!parts[parts.length - 1]) parts.pop();
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push(parts[i] + (parts[i + 1] ?? ''));
  return lines;
}

/** The changes turning `oldLines` into `newLines`; `work` bounds Myers' steps per pass (tests lower it). */
export function lineChanges(oldLines: readonly string[], newLines: readonly string[], work = WORK): Change[] {
  const size = oldLines.length + newLines.length;
  const maxEditLength = Math.max(1, Math.min(MAX_EDIT_LENGTH, Math.floor(work / Math.max(1, size))));
  const whole = myers(oldLines, newLines, maxEditLength);
  if (whole) return whole;
  const out = new Changes();
  new Aligner(oldLines, newLines, out, maxEditLength).align(0, oldLines.length, 0, newLines.length, 0);
  return out.list;
}

function myers(a: readonly string[], b: readonly string[], maxEditLength: number): Change[] | undefined {
  const result = diffArrays(a as string[], b as string[], { maxEditLength });
  return result?.map((c) => ({ kind: c.added ? '+' : c.removed ? '-' : ' ', lines: c.value }));
}

/** The change list being built: runs of one kind are merged, so hunks come out as jsdiff's would. */
class Changes {
  readonly list: Change[] = [];
  push(kind: Change['kind'], lines: readonly string[]): void {
    if (!lines.length) return;
    let last = this.list[this.list.length - 1];
    if (last?.kind !== kind) {
      last = { kind, lines: [] };
      this.list.push(last);
    }
    // A loop, not push(...lines): a spread of 100k arguments overflows the stack.
    for (const line of lines) last.lines.push(line);
  }
}

class Aligner {
  constructor(
    private readonly a: readonly string[],
    private readonly b: readonly string[],
    private readonly out: Changes,
    private readonly maxEditLength: number,
  ) {}

  /** Aligns a[aLo, aHi) with b[bLo, bHi). */
  align(aLo: number, aHi: number, bLo: number, bHi: number, depth: number): void {
    const { a, b, out } = this;
    const start = aLo;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      aLo++;
      bLo++;
    }
    out.push(' ', a.slice(start, aLo));
    let tail = 0;
    while (aLo < aHi - tail && bLo < bHi - tail && a[aHi - 1 - tail] === b[bHi - 1 - tail]) tail++;
    aHi -= tail;
    bHi -= tail;
    this.middle(aLo, aHi, bLo, bHi, depth);
    out.push(' ', a.slice(aHi, aHi + tail));
  }

  private middle(aLo: number, aHi: number, bLo: number, bHi: number, depth: number): void {
    const { a, b, out } = this;
    const oldPart = a.slice(aLo, aHi);
    const newPart = b.slice(bLo, bHi);
    if (oldPart.length && newPart.length) {
      const changes = myers(oldPart, newPart, this.maxEditLength);
      if (changes) {
        for (const c of changes) out.push(c.kind, c.lines);
        return;
      }
      const anchors = depth < MAX_DEPTH ? uniqueAnchors(a, aLo, aHi, b, bLo, bHi) : [];
      if (anchors.length) {
        for (const [i, j] of anchors) {
          this.align(aLo, i, bLo, j, depth + 1);
          out.push(' ', [a[i]]);
          aLo = i + 1;
          bLo = j + 1;
        }
        this.align(aLo, aHi, bLo, bHi, depth + 1);
        return;
      }
    }
    out.push('-', oldPart);
    out.push('+', newPart);
  }
}

/**
 * Pairs (i, j) of lines that occur once in a[aLo, aHi) and once in b[bLo, bHi), the longest chain in
 * order on both sides (patience sorting, O(k log k)).
 */
function uniqueAnchors(a: readonly string[], aLo: number, aHi: number, b: readonly string[], bLo: number, bHi: number): Array<[number, number]> {
  // Per line: its index in a (or -1 when seen twice there), and in b likewise (-2 while unseen).
  const seen = new Map<string, { i: number; j: number }>();
  for (let i = aLo; i < aHi; i++) {
    const s = seen.get(a[i]);
    if (s) s.i = -1;
    else seen.set(a[i], { i, j: -2 });
  }
  for (let j = bLo; j < bHi; j++) {
    const s = seen.get(b[j]);
    if (s) s.j = s.j === -2 ? j : -1;
  }
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of seen.values()) if (i >= 0 && j >= 0) pairs.push([i, j]);
  pairs.sort((x, y) => x[0] - y[0]);
  // Longest increasing run of j: tails[k] ends the best chain of length k + 1; back links rebuild it.
  const tails: number[] = [];
  const prev: number[] = [];
  for (let p = 0; p < pairs.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[p][1]) lo = mid + 1;
      else hi = mid;
    }
    prev[p] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = p;
  }
  const chain: Array<[number, number]> = [];
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = prev[p]) chain.push(pairs[p]);
  return chain.reverse();
}
