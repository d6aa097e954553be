import type { Rule } from '../rule.js';
import { headingLine } from '../scope.js';

export const headingMismatch: Rule = {
  name: 'heading-mismatch',
  description: "A section is recognisably there, but its heading text or level differs from the template's.",
  severity: 'error',
  fixable: true,
  check(ctx) {
    return ctx.match.byTemplate.flatMap((m) => {
      if (!m || m.exact) return [];
      const want = headingLine(m.template.depth, m.template.heading);
      const found = headingLine(m.heading.depth, m.heading.text);
      const what =
        m.heading.text === m.template.heading
          ? `level ${m.heading.depth} should be level ${m.template.depth}`
          : m.heading.depth === m.template.depth
            ? 'text differs from the template'
            : 'text and level differ from the template';
      return [{ message: `Heading \`${found}\`: ${what}; write \`${want}\`.`, line: m.heading.line, column: m.heading.column }];
    });
  },
};
