import type { Rule } from '../rule.js';
import { presentInDocOrder } from '../match.js';
import { headingLine } from '../scope.js';
import { reorderEdit, sectionUnits } from '../reorder.js';

/** Indices (into `xs`) of a longest strictly increasing subsequence. */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = prev[i]) keep.add(i);
  return keep;
}

export const sectionOrder: Rule = {
  name: 'section-order',
  description: 'Template sections appear in a different order than the template gives.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const present = presentInDocOrder(ctx.match);
    const inOrder = longestIncreasing(present.map((m) => m.template.index));
    if (inOrder.size === present.length) return [];
    // One edit puts every section in place; each finding carries it and covers the lines that move with it.
    const units = sectionUnits(ctx.doc, ctx.match);
    const edit = reorderEdit(ctx.doc, units);
    return present.flatMap((m, i) => {
      if (inOrder.has(i)) return [];
      const before = present.filter((_, j) => inOrder.has(j)).find((o) => o.template.index > m.template.index);
      const anchor = before ? `before \`${headingLine(before.template.depth, before.template.heading)}\`` : 'after the other template sections';
      return [
        {
          message: `Section \`${headingLine(m.heading.depth, m.heading.text)}\` is out of template order: move it ${anchor}.`,
          line: m.heading.line,
          column: m.heading.column,
          endLine: Math.max(m.section.fullEndLine, units.find((u) => u.heading === m.heading.index)?.lastLine ?? 0),
          ...(edit ? { fix: [edit] } : { fixable: false }),
        },
      ];
    });
  },
};
