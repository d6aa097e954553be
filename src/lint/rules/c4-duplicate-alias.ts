import type { Rule, RuleFinding } from '../rule.js';

export const c4DuplicateAlias: Rule = {
  name: 'c4-duplicate-alias',
  description: 'Two C4 elements share an alias.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { block, analysis } of ctx.diagrams) {
      if (!analysis.c4) continue;
      const first = new Map<string, number>();
      for (const e of analysis.c4.elements) {
        const line = block.contentLine + e.line - 1;
        const seen = first.get(e.alias);
        if (seen === undefined) first.set(e.alias, line);
        else
          out.push({
            message: `Alias \`${e.alias}\` is already declared at line ${seen}: give each element its own alias.`,
            line,
            column: block.indent + e.column,
          });
      }
    }
    return out;
  },
};
