import type { Rule } from '../rule.js';
import { sectionDiagrams } from '../diagrams.js';
import { headingLine } from '../scope.js';

export const diagramMissing: Rule = {
  name: 'diagram-missing',
  description: 'A section that needs a mermaid diagram has none.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    return sectionDiagrams(ctx)
      .filter((s) => !s.diagram)
      .map(({ m, want }) => ({
        message: `Section \`${headingLine(m.heading.depth, m.heading.text)}\` needs a \`\`\`mermaid block starting with \`${want.type}\`.`,
        line: m.heading.line,
        column: m.heading.column,
      }));
  },
};
