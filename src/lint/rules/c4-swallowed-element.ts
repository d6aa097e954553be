import type { Rule, RuleFinding } from '../rule.js';

export const c4SwallowedElement: Rule = {
  name: 'c4-swallowed-element',
  description: 'A line that looks like an element was absorbed into the previous one (mermaid accepts a missing `)` silently).',
  severity: 'error',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { block, analysis } of ctx.diagrams) {
      for (const s of analysis.c4?.swallowed ?? []) {
        out.push({
          message: `\`${s.kind}(${s.alias}, ...)\` was swallowed by \`${s.intoKind}(${s.into}, ...)\` at line ${block.contentLine + s.intoLine - 1}: close that declaration with \`)\`.`,
          line: block.contentLine + s.line - 1,
          column: block.indent + s.column,
        });
      }
    }
    return out;
  },
};
