import type { Rule } from '../rule.js';
import { modelOf } from '../../model/build.js';
import { requirementsOf, traceMatrix } from '../../model/requirements.js';

export const requirementUntraced: Rule = {
  name: 'requirement-untraced',
  description: 'A requirement id (`FR-12`, `US-003`, a numbered requirement heading) is cited nowhere in the document.',
  severity: 'warning',
  fixable: false,
  offByDefault: true,
  check(ctx) {
    if (!ctx.requirements?.length) return [];
    const rows = traceMatrix(requirementsOf(ctx.requirements), ctx.doc, modelOf(ctx));
    return rows
      .filter((r) => r.citations.length === 0)
      .map((r) => ({
        message: `Requirement \`${r.id}\` (${r.path}:${r.line}) is cited nowhere: name it where the architecture answers it.`,
        line: ctx.doc.bodyStartLine,
        column: 1,
      }));
  },
};
