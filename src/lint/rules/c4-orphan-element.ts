import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';

export const c4OrphanElement: Rule = {
  name: 'c4-orphan-element',
  description: 'A C4 element takes part in no relation at all.',
  severity: 'warning',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const d of modelOf(ctx).diagrams) {
      // A deployment diagram places elements on nodes (arrows optional); a diagram without any relation is an inventory.
      if (!d.c4 || d.type === 'C4Deployment' || d.c4.relations.length === 0) continue;
      const related = new Set(d.c4.relations.flatMap((r) => [r.from, r.to]));
      const seen = new Set<string>();
      for (const e of d.c4.elements) {
        // Boundaries and deployment nodes group elements; they are not expected to have arrows of their own.
        if (e.boundary || related.has(e.alias) || seen.has(e.alias)) continue;
        seen.add(e.alias);
        out.push({
          message: `${e.kind} \`${e.alias}\` has no relation in this ${d.type} diagram: add the \`Rel\` that says how it is used, or remove it.`,
          line: e.line,
          column: e.column,
        });
      }
    }
    return out;
  },
};
