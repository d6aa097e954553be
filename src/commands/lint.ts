/** `archdoc lint`: check documents and print findings in the chosen format. */
import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { summarize, type FileReport, type Finding, type LintReport } from '../core/findings.js';
import { checkDrift, driftFinding } from '../drift/drift.js';
import { readStamp } from '../drift/stamp.js';
import { checkText } from '../app/check.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { RULE_METAS, RULE_NAMES } from '../lint/catalogue.js';
import { readTextFile } from '../sources/files.js';
import { readRequirements } from '../sources/requirements.js';
import { renderJson } from '../report/json.js';
import { renderPretty } from '../report/pretty.js';
import { renderSarif } from '../report/sarif.js';
import { renderWorkflowCommands } from '../report/github.js';
import { HOMEPAGE, VERSION } from '../version.js';
import type { CommandIO } from './io.js';

export type ReportFormat = 'pretty' | 'json' | 'sarif' | 'github';

export interface LintOptions {
  files: string[];
  template?: string;
  config?: string;
  format: ReportFormat;
  /** Turn on the off-by-default (heuristic) rules. */
  strict?: boolean;
}

export function inCwd(io: CommandIO, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

export function renderReport(report: LintReport, format: ReportFormat, io: CommandIO, sources: Record<string, string>): string {
  switch (format) {
    case 'json':
      return renderJson(report) + '\n';
    case 'sarif':
      return renderSarif(report, { rules: RULE_METAS, version: VERSION, informationUri: HOMEPAGE, sources, root: io.cwd }) + '\n';
    case 'github':
      return renderWorkflowCommands(report);
    default:
      return renderPretty(report, { color: io.color });
  }
}

/** A generated document carries a stamp: compare it with the requirements it names (cheap, and explicit). */
function stampDrift(io: CommandIO, text: string): Finding[] {
  const found = readStamp(text);
  if (!found) return [];
  const requirements = Object.keys(found.stamp.requirements).flatMap((path) =>
    existsSync(inCwd(io, path)) ? [{ path, text: readTextFile(inCwd(io, path), 'requirements file') }] : [],
  );
  const f = driftFinding(checkDrift({ docText: text, requirements }));
  return f ? [f] : [];
}

export async function runLint(io: CommandIO, opts: LintOptions): Promise<number> {
  const cfg = loadConfigFile(RULE_NAMES, opts.config && inCwd(io, opts.config), io.cwd);
  const targets = documentTargets(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}) });
  const files: FileReport[] = [];
  const sources: Record<string, string> = {};
  for (const target of targets) {
    const text = readTextFile(inCwd(io, target.doc), 'document');
    const traced = opts.strict || (target.rules['requirement-untraced'] ?? 'off') !== 'off';
    const requirements = traced ? readRequirements(io.cwd, target.requirements, false) : undefined;
    const more = { ...(opts.strict ? { strict: true } : {}), ...(requirements ? { requirements } : {}) };
    const result = await checkText(text, target, (p) => readTextFile(inCwd(io, p), 'template'), stampDrift(io, text), more);
    files.push(result.report);
    sources[target.doc] = text;
  }
  const report = summarize(files);
  io.out(renderReport(report, opts.format, io, sources));
  return report.errors > 0 ? 1 : 0;
}
