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
      // A swallowed declaration is reported once, by c4-swallowed-element: closing its `)` declares it.
      const declared = new Set([...c4.elements, ...c4.swallowed].map((e) => e.alias));
      for (const r of c4.relations) {
        for (const [alias, line, column] of [
          [r.from, r.fromLine, r.fromColumn],
          [r.to, r.toLine, r.toColumn],
        ] as const) {
          if (declared.has(alias)) continue;
          const near = [...declared].find((d) => d.toLowerCase() === alias.toLowerCase());
          out.push({
            message: `\`${r.kind}\` refers to \`${alias}\`, which no element declares${near ? ` (did you mean \`${near}\`?)` : ''}.`,
            line: block.contentLine + line - 1,
            column: block.indent + column,
          });
        }
      }
    }
    return out;
  },
};
