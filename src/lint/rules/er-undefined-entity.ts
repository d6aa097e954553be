import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';
import { sameEntityName } from '../../model/names.js';

export const erUndefinedEntity: Rule = {
  name: 'er-undefined-entity',
  description:
    'A relationship names an entity that has no attributes block while an entity of nearly the same name has one (mermaid draws a second, empty box).',
  severity: 'warning',
  fixable: false,
  check(ctx) {
    const diagrams = modelOf(ctx).diagrams.filter((d) => d.er);
    const defined = diagrams.flatMap((d) => d.er!.entities.filter((e) => e.attributes.length > 0));
    const names = new Set(defined.map((e) => e.name));
    const out: RuleFinding[] = [];
    for (const d of diagrams) {
      for (const e of d.er!.entities) {
        // An entity with attributes, here or in another ER diagram of the document, is defined.
        if (names.has(e.name)) continue;
        const near = defined.find((x) => sameEntityName(x.name, e.name) || (x.alias !== undefined && sameEntityName(x.alias, e.name)));
        if (!near) continue;
        out.push({
          message: `Entity \`${e.name}\` has no attributes block, but \`${near.name}\` (line ${near.line}) has: write \`${near.name}\` in the relationship.`,
          line: e.line,
          column: e.column,
        });
      }
    }
    return out;
  },
};
