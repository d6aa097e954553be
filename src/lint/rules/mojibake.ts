import type { Rule, RuleFinding } from '../rule.js';
import { findMojibake } from '../mojibake.js';
import { positionAt } from '../../markdown/parse.js';

export const mojibake: Rule = {
  name: 'mojibake',
  description: 'Text that was decoded with the wrong charset (`âœ…`, `â€™`, ...).',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const byLine = new Map<number, RuleFinding & { found: string[]; fixed: string[] }>();
    for (const run of findMojibake(ctx.doc.text)) {
      const p = positionAt(ctx.doc.lineStarts, run.start);
      const f = byLine.get(p.line) ?? { message: '', line: p.line, column: p.column, found: [], fixed: [], fix: [] };
      f.found.push(run.found);
      f.fixed.push(run.fixed);
      f.fix?.push({ start: run.start, end: run.end, text: run.fixed });
      byLine.set(p.line, f);
    }
    return [...byLine.values()].map(({ found, fixed, ...f }) => ({
      ...f,
      message: `Mis-decoded text ${found.map((x, i) => `\`${x}\` (should read \`${fixed[i]}\`)`).join(', ')}: the file was saved through the wrong charset.`,
    }));
  },
};
