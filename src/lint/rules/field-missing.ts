import type { Rule, RuleFinding } from '../rule.js';
import { fullRange, hasContent, headingLine } from '../scope.js';
import { fieldsIn, sameLabel, similarLabel } from '../fields.js';

export const fieldMissing: Rule = {
  name: 'field-missing',
  description: 'A labelled bullet that the template requires (`- **Label**: value`) is absent or has no value.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of ctx.match.byTemplate) {
      if (!m || m.template.fields.length === 0) continue;
      const range = fullRange(m);
      if (!hasContent(ctx.doc.text, range)) continue; // section-empty says it once
      const found = fieldsIn(ctx.doc, range);
      const section = `\`${headingLine(m.heading.depth, m.heading.text)}\``;
      for (const want of m.template.fields) {
        const hit = found.find((f) => sameLabel(f.label, want.label));
        if (hit) {
          if (hit.value === '') {
            out.push({ message: `Field **${want.label}** has no value: fill it in.`, line: hit.line, column: 1, fixable: false });
          }
          continue;
        }
        const renamed = found.find(
          (f) => similarLabel(want.label, f.label) && !m.template.fields.some((o) => sameLabel(o.label, f.label)),
        );
        if (renamed) {
          out.push({
            message: `Field **${renamed.label}** should be labelled **${want.label}** as in the template.`,
            line: renamed.line,
            column: 1,
          });
          continue;
        }
        out.push({
          message: `Missing field **${want.label}** in ${section}: add \`- **${want.label}**: ${want.placeholder}\` and fill it in.`,
          line: m.heading.line,
          column: 1,
        });
      }
    }
    return out;
  },
};
