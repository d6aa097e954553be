/** How archdoc read a document's headings (SPEC §5 `outline`), from the parse and the match alone: no rule runs, no diagram is parsed. */
import type { OutlineEntry } from '../core/findings.js';
import { parseForLint } from '../lint/lint.js';
import { matchSections } from '../lint/match.js';
import { outlineOf } from '../lint/outline.js';
import { headingLine } from '../lint/scope.js';
import type { TemplateModel } from '../template/model.js';

interface OtherHeading {
  heading: string;
  line: number;
  /** The template section it repeats, when it is a second copy of one. */
  duplicateOf?: string;
}

export interface DocumentOutline {
  path: string;
  outline: OutlineEntry[];
  /** The document's headings that stand for no template section (extra sections, repeats). */
  others: OtherHeading[];
}

export function documentOutline(text: string, path: string, template: TemplateModel): DocumentOutline {
  const doc = parseForLint(text, path);
  const match = matchSections(template, doc);
  const taken = new Set(match.byTemplate.flatMap((m) => (m ? [m.heading.index] : [])));
  const repeats = new Map(match.duplicates.map((d) => [d.heading.index, headingLine(d.template.depth, d.template.heading)]));
  const others = doc.headings
    .filter((h) => !taken.has(h.index))
    .map((h): OtherHeading => {
      const of = repeats.get(h.index);
      return { heading: headingLine(h.depth, h.text), line: h.line, ...(of ? { duplicateOf: of } : {}) };
    });
  return { path, outline: outlineOf(template, match), others };
}
