/** `archdoc fix`: repair what can be repaired without an LLM; print the document or a diff, or write it in place. */
import { UsageError, type Finding } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { localSource, targetOrigins } from '../evaluate/local-source.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import { unifiedDiff } from '../report/diff.js';
import { renderPretty } from '../report/pretty.js';
import { plural } from '../report/text.js';
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
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, {
    ...(opts.file ? { files: [opts.file] } : {}),
    ...(opts.template ? { template: opts.template } : {}),
    source: COMMAND_LINE,
  });
  if (targets.length > 1 && !opts.write && !opts.diff) {
    throw new UsageError(`fix: the config lists ${targets.length} documents; name one FILE, or use --write or --diff`);
  }
  // The report goes where the document does not: stdout is the document (or diff) unless writing in place.
  const report = opts.write ? io.out : io.err;
  // Every document may be written before any is: a refusal leaves all of them as they were.
  if (opts.write) for (const target of targets) repo.writableDocument(target.doc, targetOrigins(target).doc);
  let errors = 0;
  for (const target of targets) {
    const source = localSource(repo, target);
    const text = source.docText ?? '';
    const result = await evaluateDocument(target, source).fix();
    if (opts.write) {
      if (result.changed) repo.writeDocument(target.doc, result.text, targetOrigins(target).doc);
    } else if (opts.diff) io.out(unifiedDiff(text, result.text, target.doc));
    else io.out(result.text);

    const done = result.changed
      ? `${opts.write ? 'fixed' : 'would fix'} ${plural(result.applied.length, 'finding')} (${describeApplied(result.applied)})`
      : 'nothing to fix';
    report(`${target.doc}: ${done}.\n`);
    if (result.remaining.length) {
      // The findings are positions in the fixed text: the file itself once written, else what stdout (or
      // the diff's new side) shows, which no path names. Positions in inserted text have no place in the
      // file as it is, so they are not mapped back: the label says which text they count lines in.
      const path = opts.write || !result.changed ? target.doc : `${target.doc} (fixed)`;
      report(renderPretty({ files: [{ path, findings: result.remaining }], errors: 0, warnings: 0 }, { color: opts.write ? io.color : false }));
    }
    errors += result.remaining.filter((f) => f.severity === 'error').length;
  }
  return errors > 0 ? 1 : 0;
}
