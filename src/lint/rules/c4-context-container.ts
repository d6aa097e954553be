import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';
import { sameElement } from '../../model/names.js';
import type { ModelElement } from '../../model/model.js';

/** People and systems: what a Container diagram draws around the system it zooms into. */
const OUTSIDE = /^(?:Person|System)/;

function shown(e: ModelElement): string {
  return e.label && e.label !== e.alias ? `\`${e.alias}\` ("${e.label}")` : `\`${e.alias}\``;
}

export const c4ContextContainer: Rule = {
  name: 'c4-context-container',
  description:
    'A person or system that the Container diagram relates to is missing from the Context diagram, or its boundary is no system of the Context diagram.',
  severity: 'warning',
  fixable: false,
  check(ctx) {
    const { diagrams } = modelOf(ctx);
    const context = diagrams.find((d) => d.type === 'C4Context' && d.c4);
    if (!context?.c4) return [];
    const known = context.c4.elements;
    // A system may be drawn as a System or as a System_Boundary around it.
    const systems = known.filter((e) => e.kind.startsWith('System'));
    const out: RuleFinding[] = [];
    for (const d of diagrams) {
      if (d.type !== 'C4Container' || !d.c4) continue;
      const related = new Set(d.c4.relations.flatMap((r) => [r.from, r.to]));
      const reported = new Set<string>();
      for (const e of d.c4.elements) {
        if (reported.has(e.alias)) continue;
        if (e.boundary) {
          if (e.kind !== 'System_Boundary' || e.parent || systems.some((s) => sameElement(s, e))) continue;
          out.push({
            message: `The Container diagram's boundary ${shown(e)} is no system of the Context diagram (line ${context.line}): give it the alias or the label of that system.`,
            line: e.line,
            column: e.column,
          });
        } else {
          if (!OUTSIDE.test(e.kind) || !related.has(e.alias) || known.some((k) => sameElement(k, e))) continue;
          out.push({
            message: `${e.kind} ${shown(e)} takes part in the Container diagram but not in the Context diagram (line ${context.line}): add it there, or use the alias or label it has there.`,
            line: e.line,
            column: e.column,
          });
        }
        reported.add(e.alias);
      }
    }
    return out;
  },
};
