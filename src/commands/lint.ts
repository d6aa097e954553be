/** `archdoc lint`: check documents and print findings in the chosen format. */
import { summarize, type FileReport, type Finding, type LintReport } from '../core/findings.js';
import { checkDrift, driftFinding } from '../drift/drift.js';
import { readStamp } from '../drift/stamp.js';
import { checkText } from '../app/check.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { RULE_METAS, RULE_NAMES } from '../lint/catalogue.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository, type Repository } from '../sources/repository.js';
import { targetOrigins } from './origins.js';
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
function stampDrift(repo: Repository, doc: string, text: string): Finding[] {
  const found = readStamp(text);
  if (!found) return [];
  // The stamp is the document's text: its paths are as untrusted as any other.
  const origin = { setting: 'requirements', source: `from the stamp in ${doc}` };
  const requirements = Object.keys(found.stamp.requirements).flatMap((path) =>
    repo.exists(path, origin) ? [{ path, text: repo.read(path, origin, 'requirements file') }] : [],
  );
  const f = driftFinding(checkDrift({ docText: text, requirements }));
  return f ? [f] : [];
}

export async function runLint(io: CommandIO, opts: LintOptions): Promise<number> {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(RULE_NAMES, repo, opts.config);
  const targets = documentTargets(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}), source: COMMAND_LINE });
  const files: FileReport[] = [];
  const sources: Record<string, string> = {};
  for (const target of targets) {
    const from = targetOrigins(target);
    const text = repo.read(target.doc, from.doc, 'document');
    const result = await checkText(text, target, (p) => repo.read(p, from.template, 'template'), stampDrift(repo, target.doc, text));
    files.push(result.report);
    sources[target.doc] = text;
  }
  const report = summarize(files);
  io.out(renderReport(report, opts.format, io, sources));
  return report.errors > 0 ? 1 : 0;
}
