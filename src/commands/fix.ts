/** `archdoc fix`: repair what can be repaired without an LLM; print the document or a diff, or write it in place. */
import { UsageError, type Finding } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { RULE_NAMES } from '../lint/catalogue.js';
import { fixText } from '../fix/fix.js';
import { writeFileAtomic } from '../fix/write-file.js';
import { readTextFile } from '../sources/files.js';
import { resolveTemplate } from '../template/load.js';
import { unifiedDiff } from '../report/diff.js';
import { renderPretty } from '../report/pretty.js';
import { plural } from '../report/text.js';
import { inCwd } from './lint.js';
import type { CommandIO } from './io.js';

export interface FixCommandOptions {
  file?: string;
  template?: string;
  config?: string;
  write?: boolean;
  diff?: boolean;
}

/** `section-missing ×2, mojibake`: what was repaired, by rule, in the order first applied. */
export function describeApplied(applied: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of applied) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
}

export async function runFix(io: CommandIO, opts: FixCommandOptions): Promise<number> {
  if (opts.write && opts.diff) throw new UsageError('fix: choose one of --write and --diff');
  const cfg = loadConfigFile(RULE_NAMES, opts.config && inCwd(io, opts.config), io.cwd);
  const targets = documentTargets(cfg, { ...(opts.file ? { files: [opts.file] } : {}), ...(opts.template ? { template: opts.template } : {}) });
  if (targets.length > 1 && !opts.write && !opts.diff) {
    throw new UsageError(`fix: the config lists ${targets.length} documents; name one FILE, or use --write or --diff`);
  }
  // The report goes where the document does not: stdout is the document (or diff) unless writing in place.
  const report = opts.write ? io.out : io.err;
  let errors = 0;
  for (const target of targets) {
    const path = inCwd(io, target.doc);
    const text = readTextFile(path, 'document');
    const template = resolveTemplate(target.template, (p) => readTextFile(inCwd(io, p), 'template'));
    const result = await fixText(text, target.doc, { template, rules: target.rules });
    if (opts.write) {
      if (result.changed) writeFileAtomic(path, result.text);
    } else if (opts.diff) io.out(unifiedDiff(text, result.text, target.doc));
    else io.out(result.text);

    const done = result.changed
      ? `${opts.write ? 'fixed' : 'would fix'} ${plural(result.applied.length, 'finding')} (${describeApplied(result.applied)})`
      : 'nothing to fix';
    report(`${target.doc}: ${done}.\n`);
    if (result.remaining.length) {
      report(renderPretty({ files: [{ path: target.doc, findings: result.remaining }], errors: 0, warnings: 0 }, { color: opts.write ? io.color : false }));
    }
    errors += result.remaining.filter((f) => f.severity === 'error').length;
  }
  return errors > 0 ? 1 : 0;
}
