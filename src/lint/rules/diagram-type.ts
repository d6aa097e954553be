import type { Rule } from '../rule.js';
import { sectionDiagrams } from '../diagrams.js';

export const diagramType: Rule = {
  name: 'diagram-type',
  description: 'The diagram is of the wrong type (e.g. `graph TB` where a `C4Context` belongs).',
  severity: 'error',
  fixable: false,
  check(ctx) {
    return sectionDiagrams(ctx).flatMap(({ diagram, typeMatches, want }) => {
      if (!diagram || typeMatches) return [];
      const found = diagram.analysis.type || 'no diagram type';
      return [
        {
          message: `Diagram is \`${found}\`; this section needs a \`${want.type}\` diagram.`,
          line: diagram.block.contentLine + firstMeaningfulLine(diagram.block.value),
          column: diagram.block.indent + 1,
        },
      ];
    });
  },
};

function firstMeaningfulLine(source: string): number {
  const i = source.split('\n').findIndex((l) => l.trim() && !l.trim().startsWith('%%'));
  return Math.max(0, i);
}
