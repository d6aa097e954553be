/**
 * `fix`: deterministic repair without an LLM. Lint, apply the fixable findings' edits (by position, so
 * untouched lines keep the author's style), lint again, until nothing fixable changes anything.
 */
import type { Finding } from '../core/findings.js';
import { lintText, type LintOptions } from '../lint/lint.js';
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
  /** What lint reports about the repaired document. */
  remaining: Finding[];
}

export const DEFAULT_MAX_PASSES = 8;

/**
 * Which repair goes first when two touch the same text: the document's frame, then local text, then
 * whole sections. The losers wait for the next round, computed on the repaired text.
 */
const ORDER = ['chat-residue', 'mojibake', 'heading-mismatch', 'field-missing', 'diagram-title', 'section-empty', 'section-order', 'section-missing'];

function rank(g: EditGroup): number {
  const i = ORDER.indexOf(g.findings[0].rule);
  return i === -1 ? ORDER.length : i;
}

/** This round's repairs. New sections are placed relative to the others, so they wait until the frame and the order are right. */
export function planRound(text: string, findings: readonly Finding[]): EditGroup[] {
  const groups = editGroups(text, findings).sort((a, b) => rank(a) - rank(b));
  const settling = groups.some((g) => g.findings.some((f) => f.rule === 'chat-residue' || f.rule === 'section-order'));
  return selectGroups(settling ? groups.filter((g) => g.findings.every((f) => f.rule !== 'section-missing')) : groups).accepted;
}

export async function fixText(text: string, path: string, options: FixOptions): Promise<FixResult> {
  const endings = lineEndingsOf(text);
  let work = toLf(text, endings);
  const applied: Finding[] = [];
  let findings = (await lintText(work, path, options)).findings;
  for (let pass = 0; pass < (options.maxPasses ?? DEFAULT_MAX_PASSES); pass++) {
    const round = planRound(work, findings);
    if (round.length === 0) break;
    work = applyEdits(work, round.flatMap((g) => g.edits));
    applied.push(...round.flatMap((g) => g.findings));
    findings = (await lintText(work, path, options)).findings;
  }
  const out = applied.length ? restore(work, endings, text === '') : text;
  if (out !== work) findings = (await lintText(out, path, options)).findings;
  return { text: out, changed: out !== text, applied, remaining: findings.map(withoutEdits) };
}

/** Edits are offsets into one particular text; they mean nothing to the caller. */
function withoutEdits(f: Finding): Finding {
  const { fix: _fix, ...rest } = f;
  return rest;
}
