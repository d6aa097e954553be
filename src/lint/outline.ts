/** How archdoc read a document: each template section with the heading it was matched to (SPEC §5 `outline`). */
import type { OutlineEntry } from '../core/findings.js';
import type { TemplateModel } from '../template/model.js';
import type { SectionMatch } from './match.js';
import { headingLine } from './scope.js';

/** The template's sections in template order, each with its document line (null when absent). */
export function outlineOf(template: TemplateModel, match: SectionMatch): OutlineEntry[] {
  return template.sections.map((t) => {
    const m = match.byTemplate[t.index];
    return {
      section: headingLine(t.depth, t.heading),
      level: t.depth,
      line: m ? m.heading.line : null,
      heading: m ? headingLine(m.heading.depth, m.heading.text) : null,
      matchedBy: m ? m.reasons : [],
    };
  });
}
