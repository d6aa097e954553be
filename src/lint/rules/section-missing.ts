import type { Rule } from '../rule.js';
import { headingLine } from '../scope.js';
import { endInsertionOffset, insertBeforeOffset, sectionSkeleton } from '../edits.js';

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
        return { t, next, offset: next ? doc.lineStarts[next.heading.line - 1] : endInsertionOffset(doc) };
      });
    // The skeleton goes before the next template section that is present, or at the end. Sections
    // missing at the same place share one edit that inserts them all in template order.
    const skeletons = new Map<number, string[]>();
    for (const { t, offset } of missing) skeletons.set(offset, [...(skeletons.get(offset) ?? []), sectionSkeleton(t)]);
    return missing.map(({ t, next, offset }) => {
      // Point at the place it belongs: the next template section that is present, or the end.
      const line = next ? next.heading.line : Math.max(1, doc.lines.length - (doc.text.endsWith('\n') ? 1 : 0));
      const prev = template.sections[t.index - 1];
      const where = prev ? ` after \`${headingLine(prev.depth, prev.heading)}\`` : ' at the start';
      return {
        message: `Missing section \`${headingLine(t.depth, t.heading)}\`: add it${where}.`,
        line,
        column: 1,
        fix: [insertBeforeOffset(doc, offset, (skeletons.get(offset) ?? []).join('\n\n'))],
      };
    });
  },
};
