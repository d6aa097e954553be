import type { Rule } from '../rule.js';
import { headingLine } from '../scope.js';

export const sectionDuplicate: Rule = {
  name: 'section-duplicate',
  description: 'A template section appears twice.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    return ctx.match.duplicates.map((d) => ({
      message: `Section \`${headingLine(d.heading.depth, d.heading.text)}\` appears again (first at line ${d.first.heading.line}): merge the two into one.`,
      line: d.heading.line,
      column: d.heading.column,
    }));
  },
};
