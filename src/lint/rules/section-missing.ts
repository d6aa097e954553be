import type { Rule } from '../rule.js';
import { headingLine } from '../scope.js';
import { bodyStartOffset, endInsertionOffset, fixUnlessInCode, insertBeforeOffset, lineAt, sectionSkeleton } from '../edits.js';

export const sectionMissing: Rule = {
  name: 'section-missing',
  description: 'A heading that the template requires is absent from the document.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const { template, match, doc } = ctx;
    const missing = template.sections
      .filter((t) => !match.byTemplate[t.index])
      .map((t) => {
        const next = match.byTemplate.slice(t.index + 1).find((m) => m !== undefined);
        // The template's first section (the title) opens the document, so that no text of the author's
        // is left above every heading, where it would read as chat before the document.
        const offset = t.index === 0 ? bodyStartOffset(doc) : next ? doc.lineStarts[next.heading.line - 1] : endInsertionOffset(doc);
        return { t, offset };
      });
    // Any other goes before the next template section that is present, or at the end. Sections
    // missing at the same place share one edit that inserts them all in template order.
    const skeletons = new Map<number, string[]>();
    for (const { t, offset } of missing) skeletons.set(offset, [...(skeletons.get(offset) ?? []), sectionSkeleton(t)]);
    return missing.map(({ t, offset }) => {
      // Point at the place it belongs.
      const line = offset < doc.text.length ? lineAt(doc, offset) : Math.max(1, doc.lines.length - (doc.text.endsWith('\n') ? 1 : 0));
      const prev = template.sections[t.index - 1];
      const where = prev ? ` after \`${headingLine(prev.depth, prev.heading)}\`` : ' at the start';
      return {
        message: `Missing section \`${headingLine(t.depth, t.heading)}\`: add it${where}.`,
        line,
        column: 1,
        // Text inserted into a code block (one left open runs to the end) would be code, not a section.
        ...fixUnlessInCode(doc, [insertBeforeOffset(doc, offset, (skeletons.get(offset) ?? []).join('\n\n'))]),
      };
    });
  },
};
