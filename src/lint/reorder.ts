/**
 * Put template sections back in template order by moving whole blocks of text. A unit is a template
 * section's heading with its own content, followed by any non-template sections up to the next
 * template heading (extra sections travel with the template section before them). Units are sorted
 * by template index; the blank lines between units stay where they are, so the author's spacing
 * survives, and no character of any unit changes.
 */
import type { TextEdit } from '../core/findings.js';
import type { ParsedDocument } from '../markdown/parse.js';
import type { SectionMatch } from './match.js';
import { isBlankLine, lineAt } from './edits.js';

export interface SectionUnit {
  /** Template index of the section that starts the unit. */
  template: number;
  /** Index of its heading in the document. */
  heading: number;
  start: number;
  /** End of the last non-blank line (after its newline, when it has one). */
  coreEnd: number;
  /** Start of the next unit, or the end of the text. */
  end: number;
  /** 1-based last non-blank line. */
  lastLine: number;
}

export function sectionUnits(doc: ParsedDocument, match: SectionMatch): SectionUnit[] {
  const templateOf = new Map<number, number>();
  for (const m of match.byTemplate) if (m) templateOf.set(m.heading.index, m.template.index);
  const starts = doc.headings
    .filter((h) => templateOf.has(h.index))
    .map((h) => ({ template: templateOf.get(h.index) as number, heading: h.index, start: doc.lineStarts[h.line - 1] }));
  return starts.map((s, i) => {
    const end = starts[i + 1]?.start ?? doc.text.length;
    let lastLine = end < doc.text.length ? lineAt(doc, end) - 1 : doc.lines.length;
    const first = lineAt(doc, s.start);
    while (lastLine > first && isBlankLine(doc, lastLine)) lastLine--;
    return { ...s, end, lastLine, coreEnd: Math.min(end, doc.lineStarts[lastLine] ?? doc.text.length) };
  });
}

/**
 * One edit that rewrites the stretch from the first to the last unit out of place; undefined when the
 * order is right or cannot be repaired safely (an unclosed code fence would swallow what follows it).
 */
export function reorderEdit(doc: ParsedDocument, units: SectionUnit[]): TextEdit | undefined {
  const sorted = [...units].sort((a, b) => a.template - b.template);
  const moved = units.map((u, i) => u !== sorted[i]);
  const first = moved.indexOf(true);
  if (first === -1 || doc.codeBlocks.some((c) => !c.closed)) return undefined;
  const last = moved.lastIndexOf(true);
  let text = '';
  let before = doc.text.slice(0, units[first].start);
  for (let k = first; k <= last; k++) {
    const slot = units[k];
    let core = doc.text.slice(sorted[k].start, sorted[k].coreEnd);
    // Only the document's last line may lack a newline; whichever unit lands there takes that over.
    if (!core.endsWith('\n')) core += '\n';
    if (!doc.text.slice(slot.start, slot.coreEnd).endsWith('\n')) core = core.slice(0, -1);
    // A setext heading right under a line of text would take that line in: it needs a blank line above.
    const prose = before !== '' && !/(?:^|\n)[ \t]*\n$/.test(before.slice(-200));
    if (prose && !/^\s{0,3}#{1,6}(?:\s|$)/.test(core)) core = `\n${core}`;
    const piece = core + doc.text.slice(slot.coreEnd, slot.end);
    text += piece;
    before += piece;
  }
  return { start: units[first].start, end: units[last].end, text };
}
