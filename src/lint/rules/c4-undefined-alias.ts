import type { Rule, RuleFinding } from '../rule.js';

export const c4UndefinedAlias: Rule = {
  name: 'c4-undefined-alias',
  description: 'A `Rel`/`BiRel`/`Rel_*` names an element alias that the diagram never declares.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { block, analysis } of ctx.diagrams) {
      const c4 = analysis.c4;
      if (!c4) continue;
      const declared = new Set(c4.elements.map((e) => e.alias));
      for (const r of c4.relations) {
        for (const [alias, column] of [
          [r.from, r.fromColumn],
          [r.to, r.toColumn],
        ] as const) {
          if (declared.has(alias)) continue;
          const near = [...declared].find((d) => d.toLowerCase() === alias.toLowerCase());
          out.push({
            message: `\`${r.kind}\` refers to \`${alias}\`, which no element declares${near ? ` (did you mean \`${near}\`?)` : ''}.`,
            line: block.contentLine + r.line - 1,
            column: block.indent + column,
          });
        }
      }
    }
    return out;
  },
};
