import type { Rule } from '../rule.js';
import { sectionDiagrams } from '../diagrams.js';
import { diagramHeader } from '../../mermaid/detect.js';

/** `an erDiagram`, `a C4Context`: by the first letter's sound, which for these keywords is the letter. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export const diagramType: Rule = {
  name: 'diagram-type',
  description: 'The diagram is of the wrong type (e.g. `graph TB` where a `C4Context` belongs).',
  severity: 'error',
  fixable: false,
  check(ctx) {
    return sectionDiagrams(ctx).flatMap(({ diagram, typeMatches, want }) => {
      if (!diagram || typeMatches) return [];
      const found = diagram.analysis.type || 'no diagram type';
      const header = diagramHeader(diagram.block.value);
      return [
        {
          message: `Diagram is \`${found}\`; this section needs ${article(want.type)} \`${want.type}\` diagram.`,
          line: diagram.block.contentLine + (header ? header.line - 1 : 0),
          column: diagram.block.indent + (header?.column ?? 1),
        },
      ];
    });
  },
};
