/**
 * `fix`: deterministic repair without an LLM. Lint, apply the fixable findings' edits (by position, so
 * untouched lines keep the author's style), lint again, until nothing fixable changes anything.
 */
import type { Finding } from '../core/findings.js';
import { findUnsafeContent } from '../lint/rules/unsafe-content.js';
import { lintText, parseForLint, type LintOptions } from '../lint/lint.js';
import { applyEdits, editGroups, selectGroups, type EditGroup } from './edits.js';
import { lineEndingsOf, restore, toLf } from './line-endings.js';

export interface FixOptions extends LintOptions {
  /** Lint-and-repair rounds before giving up (each round applies every repair that does not collide). */
  maxPasses?: number;
}

export interface FixResult {
  /** The repaired document (the input itself when nothing changed). */
  text: string;
  changed: boolean;
  /** The findings whose repair was applied (positions refer to the text of the round they were found in). */
  applied: Finding[];
  /** What lint reports about the repaired document (a repair that was tried and failed is marked not fixable). */
  remaining: Finding[];
}

const DEFAULT_MAX_PASSES = 8;

/**
 * Which repair goes first when two touch the same text: the document's frame, then local text, then
 * whole sections. The losers wait for the next round, computed on the repaired text.
 */
const ORDER = [
  'fence-unclosed',
  'chat-residue',
  'mojibake',
  'heading-mismatch',
  'field-missing',
  'diagram-title',
  'section-empty',
  'section-order',
  'section-missing',
];

function rank(g: EditGroup): number {
  const i = ORDER.indexOf(g.findings[0].rule);
  return i === -1 ? ORDER.length : i;
}

/**
 * This round's repairs. The document's frame comes first: while chat residue is being removed nothing
 * else moves (what is the document, and its title, is only clear afterwards). New sections are placed
 * relative to the others, so they wait until the order is right, except those that go before every
 * heading (the title): no order decides their place, and while the title is missing, lint takes the
 * first level-1 heading for it, so it must not wait for the other repairs to shuffle headings.
 */
function planRound(text: string, findings: readonly Finding[], refused: ReadonlySet<string> = new Set(), firstHeading = text.length): EditGroup[] {
  let groups = editGroups(text, findings)
    .filter((g) => !g.findings.some((f) => refused.has(keyOf(f))))
    .map((g) => (g.findings[0].rule === 'section-order' ? { ...g, exclusive: true } : g))
    .sort((a, b) => rank(a) - rank(b));
  const pending = (rule: string): boolean => groups.some((g) => g.findings.some((f) => f.rule === rule));
  if (pending('chat-residue') || pending('fence-unclosed')) groups = groups.filter((g) => FRAME.has(g.findings[0].rule));
  else if (pending('section-order')) {
    groups = groups.filter((g) => g.findings[0].rule !== 'section-missing' || g.edits.every((e) => e.start <= firstHeading));
  }
  return selectGroups(groups).accepted;
}

const FRAME = new Set(['fence-unclosed', 'chat-residue', 'mojibake']);

function keyOf(f: Finding): string {
  return `${f.rule}\u0000${f.message}`;
}

/**
 * Repairs whose finding is still there afterwards (same rule, same message, no fewer of them): such a
 * repair changed the text without helping (text inserted into an unclosed code block, say), and
 * applying it again would change the text again. Counted, because identical findings may be repaired a
 * few at a time.
 */
export function ineffective(applied: readonly Finding[], before: readonly Finding[], after: readonly Finding[]): Set<string> {
  const count = (xs: readonly Finding[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const f of xs) m.set(keyOf(f), (m.get(keyOf(f)) ?? 0) + 1);
    return m;
  };
  const [fixed, was, is] = [count(applied), count(before), count(after)];
  return new Set([...fixed].filter(([k, n]) => (is.get(k) ?? 0) > (was.get(k) ?? 0) - n).map(([k]) => k));
}

/** The author's lines that no finding marks: a repair may move them (with their section) but never drop them. */
export function protectedLines(text: string, findings: readonly Finding[]): string[] {
  const marked = new Set<number>();
  for (const f of findings) for (let l = f.line; l <= (f.endLine ?? f.line); l++) marked.add(l);
  return splitLines(text).filter((l, i) => l.trim() !== '' && !marked.has(i + 1));
}

/** Whether `lines` still occur in `text`, in order. */
export function keepsLines(text: string, lines: readonly string[]): boolean {
  const have = splitLines(text);
  let j = 0;
  for (const l of lines) {
    while (j < have.length && have[j] !== l) j++;
    if (j === have.length) return false;
    j++;
  }
  return true;
}

/**
 * The author's lines that only a section-order finding marks: they move with their section, so they need
 * not stay in order, but every one must still be there (a closing remark in a section moved to the end
 * reads as chat only afterwards).
 */
function movedLines(text: string, findings: readonly Finding[]): string[] {
  const moved = new Set<number>();
  const marked = new Set<number>();
  for (const f of findings) for (let l = f.line; l <= (f.endLine ?? f.line); l++) (f.rule === 'section-order' ? moved : marked).add(l);
  return splitLines(text).filter((l, i) => l.trim() !== '' && moved.has(i + 1) && !marked.has(i + 1));
}

/** Whether `text` holds each of `lines` (as often as they occur there), in any order. */
function keepsAll(text: string, lines: readonly string[]): boolean {
  const have = new Map<string, number>();
  for (const l of splitLines(text)) have.set(l, (have.get(l) ?? 0) + 1);
  for (const l of lines) {
    const n = have.get(l) ?? 0;
    if (n === 0) return false;
    have.set(l, n - 1);
  }
  return true;
}

function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

export async function fixText(text: string, path: string, options: FixOptions): Promise<FixResult> {
  const endings = lineEndingsOf(text);
  let work = toLf(text, endings);
  const applied: Finding[] = [];
  const refused = new Set<string>();
  let lint = await lintText(work, path, options);
  let findings = lint.findings;
  const keep = protectedLines(work, findings);
  const moved = movedLines(work, findings);
  const keeps = (t: string): boolean => keepsLines(t, keep) && keepsAll(t, moved);
  const limit = options.maxPasses ?? DEFAULT_MAX_PASSES;
  for (let rounds = 0, failures = 0; rounds < limit && failures < limit;) {
    const first = lint.doc.headings[0];
    const round = planRound(work, findings, refused, first ? lint.doc.lineStarts[first.line - 1] : work.length);
    if (round.length === 0) break;
    const next = applyEdits(
      work,
      round.flatMap((g) => g.edits),
    );
    // A repair found only after others (say, chat seen once sections were added) must not take the author's text with it.
    if (!keeps(next)) {
      const culprits = round.filter((g) => !keeps(applyEdits(work, g.edits)));
      for (const g of culprits.length ? culprits : round) for (const f of g.findings) refused.add(keyOf(f));
      failures++;
      continue;
    }
    const nextLint = await lintText(next, path, options);
    // A repair never makes active content live (say, an HTML comment opener cut away with chat), whatever the config.
    const unsafe = findUnsafeContent(lint.doc).length;
    if (findUnsafeContent(nextLint.doc).length > unsafe) {
      const culprits = round.filter((g) => findUnsafeContent(parseForLint(applyEdits(work, g.edits), path)).length > unsafe);
      for (const g of culprits.length ? culprits : round) for (const f of g.findings) refused.add(keyOf(f));
      failures++;
      continue;
    }
    const done = round.flatMap((g) => g.findings);
    const failed = ineffective(done, findings, nextLint.findings);
    if (failed.size > 0) {
      // Undo the whole round (its repairs were planned together) and go on without the failing ones.
      for (const k of failed) refused.add(k);
      failures++;
      continue;
    }
    work = next;
    lint = nextLint;
    findings = nextLint.findings;
    applied.push(...done);
    rounds++;
    // The text changed: a repair that failed on the old one may work now.
    refused.clear();
  }
  const out = applied.length ? restore(work, endings, text === '') : text;
  if (out !== work) findings = (await lintText(out, path, options)).findings;
  return { text: out, changed: out !== text, applied, remaining: findings.map((f) => forCaller(f, refused)) };
}

/** Edits are offsets into one particular text, meaningless to the caller; a repair that failed here is not on offer. */
function forCaller(f: Finding, refused: ReadonlySet<string>): Finding {
  const { fix: _fix, ...rest } = f;
  return refused.has(keyOf(f)) ? { ...rest, fixable: false } : rest;
}
