import type { Rule } from '../rule.js';
import { findMojibake, type MojibakeRun } from '../mojibake.js';
import { positionAt } from '../../markdown/parse.js';

export const mojibake: Rule = {
  name: 'mojibake',
  description: 'Text that was decoded with the wrong charset (`âœ…`, `â€™`, ...).',
  severity: 'error',
  fixable: true,
  check(ctx) {
    // One finding per line, at its first run, fixing every run on it.
    const byLine = new Map<number, { column: number; runs: MojibakeRun[] }>();
    for (const run of findMojibake(ctx.doc.text)) {
      const p = positionAt(ctx.doc.lineStarts, run.start);
      const seen = byLine.get(p.line);
      if (seen) seen.runs.push(run);
      else byLine.set(p.line, { column: p.column, runs: [run] });
    }
    return [...byLine].map(([line, { column, runs }]) => ({
      message: `Mis-decoded text ${runs.map((r) => `\`${r.found}\` (should read \`${r.fixed}\`)`).join(', ')}: the file was saved through the wrong charset.`,
      line,
      column,
      fix: runs.map((r) => ({ start: r.start, end: r.end, text: r.fixed })),
    }));
  },
};
