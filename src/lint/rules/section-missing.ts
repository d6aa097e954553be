import type { Rule } from '../rule.js';
import { headingLine } from '../scope.js';

export const sectionMissing: Rule = {
  name: 'section-missing',
  description: 'A heading that the template requires is absent from the document.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const { template, match, doc } = ctx;
    return template.sections.flatMap((t) => {
      if (match.byTemplate[t.index]) return [];
      // Point at the place it belongs: the next template section that is present, or the end.
      const next = match.byTemplate.slice(t.index + 1).find((m) => m !== undefined);
      const line = next ? next.heading.line : Math.max(1, doc.lines.length - (doc.text.endsWith('\n') ? 1 : 0));
      const prev = template.sections[t.index - 1];
      const where = prev ? ` after \`${headingLine(prev.depth, prev.heading)}\`` : ' at the start';
      return [
        {
          message: `Missing section \`${headingLine(t.depth, t.heading)}\`: add it${where}.`,
          line,
          column: 1,
        },
      ];
    });
  },
};
