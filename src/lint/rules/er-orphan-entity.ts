import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';

export const erOrphanEntity: Rule = {
  name: 'er-orphan-entity',
  description: 'An ER entity is related to nothing.',
  severity: 'warning',
  fixable: false,
  offByDefault: true,
  check(ctx) {
    const diagrams = modelOf(ctx).diagrams.filter((d) => d.er);
    // Related anywhere in the document counts: a second ER diagram may detail one area.
    const related = new Set(diagrams.flatMap((d) => d.er!.relationships.flatMap((r) => [r.from, r.to])));
    const out: RuleFinding[] = [];
    for (const d of diagrams) {
      if (d.er!.relationships.length === 0) continue; // a list of entities, not a model of their relations
      for (const e of d.er!.entities) {
        if (related.has(e.name)) continue;
        out.push({
          message: `Entity \`${e.name}\` is related to no other entity: add its relationship (\`${e.name} }o--|| OTHER : belongs_to\`) or remove it.`,
          line: e.line,
          column: e.column,
        });
      }
    }
    return out;
  },
};
