/** Where a template section's content lives in the document, and what is in it. */
import type { DocListItem } from '../markdown/parse.js';
import type { DiagramInfo, RuleContext } from './rule.js';
import type { MatchedSection } from './match.js';

export interface Range {
  start: number;
  end: number;
}

/** The section's own content: after its heading, up to the next heading of any level. */
export function ownRange(m: MatchedSection): Range {
  return { start: m.heading.endOffset, end: m.section.ownEndOffset };
}

/** The section with its subsections: up to the next heading of the same or a higher level. */
export function fullRange(m: MatchedSection): Range {
  return { start: m.heading.endOffset, end: m.section.fullEndOffset };
}

export function inRange(x: { startOffset: number }, r: Range): boolean {
  return x.startOffset >= r.start && x.startOffset < r.end;
}

export function diagramsIn(ctx: RuleContext, r: Range): DiagramInfo[] {
  return ctx.diagrams.filter((d) => inRange(d.block, r));
}

export function listItemsIn(ctx: RuleContext, r: Range): DocListItem[] {
  return ctx.doc.listItems.filter((i) => inRange(i, r));
}

/** Markdown heading line for a template section, e.g. `## 3. Data Model`. */
export function headingLine(depth: number, text: string): string {
  return `${'#'.repeat(depth)} ${text}`;
}

/** Whether a range holds anything but blank lines, HTML comments and headings. */
export function hasContent(text: string, r: Range): boolean {
  const body = text
    .slice(r.start, r.end)
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .filter((l) => !/^\s{0,3}#{1,6}(?:\s|$)/.test(l));
  return body.some((l) => l.trim() !== '');
}
