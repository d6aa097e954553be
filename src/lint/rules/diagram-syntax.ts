import type { Rule } from '../rule.js';

export const diagramSyntax: Rule = {
  name: 'diagram-syntax',
  description: "mermaid's own parser cannot parse the diagram; the position points into the file.",
  severity: 'error',
  fixable: false,
  check(ctx) {
    return ctx.diagrams.flatMap(({ block, analysis }) => {
      const e = analysis.error;
      if (!e) return [];
      const line = Math.min(block.contentLine + e.line - 1, Math.max(block.contentLine, block.endLine));
      return [{ message: `mermaid cannot parse this diagram: ${e.message}`, line, column: block.indent + Math.max(1, e.column) }];
    });
  },
};
