/** `archdoc rules`: the catalogue, for people (pretty) and for tools (json). */
import { RULE_METAS } from '../lint/catalogue.js';
import type { CommandIO } from './io.js';

export function runRules(io: CommandIO, opts: { format: 'pretty' | 'json' }): number {
  if (opts.format === 'json') {
    io.out(JSON.stringify({ rules: RULE_METAS }, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...RULE_METAS.map((r) => r.name.length));
  for (const r of RULE_METAS) {
    const off = r.offByDefault ? ' (off by default: --strict or the config turns it on)' : '';
    io.out(`${r.name.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fixable' : '       '}  ${r.description}${off}\n`);
  }
  return 0;
}
