import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';

export const c4RelationUndescribed: Rule = {
  name: 'c4-relation-undescribed',
  description: 'A C4 relation has no label saying what flows along it.',
  severity: 'warning',
  fixable: false,
  offByDefault: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const d of modelOf(ctx).diagrams) {
      for (const r of d.c4?.relations ?? []) {
        if (r.label) continue;
        out.push({
          message: `\`${r.kind}(${r.from}, ${r.to})\` has no label: say what ${r.from} does with ${r.to} (\`${r.kind}(${r.from}, ${r.to}, "Reads orders", "HTTPS")\`).`,
          line: r.line,
          column: r.column,
        });
      }
    }
    return out;
  },
};
