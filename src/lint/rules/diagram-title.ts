import type { Rule } from '../rule.js';
import { sectionDiagrams } from '../diagrams.js';

export const diagramTitle: Rule = {
  name: 'diagram-title',
  description: 'The diagram has no `title` line although the template gives it one.',
  severity: 'warning',
  fixable: true,
  check(ctx) {
    return sectionDiagrams(ctx).flatMap(({ diagram, typeMatches, want }) => {
      if (!diagram || !typeMatches || !want.title || diagram.analysis.title) return [];
      return [
        {
          message: `Diagram has no title: add \`title ${want.title}\` below \`${want.type}\`.`,
          line: diagram.block.line,
          column: diagram.block.column,
        },
      ];
    });
  },
};
