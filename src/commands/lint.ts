/** `archdoc lint`: check documents and print findings in the chosen format. */
import { UsageError, summarize, type FileReport, type LintReport } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { localSource } from '../evaluate/local-source.js';
import { RULE_METAS } from '../lint/catalogue.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository, type Repository } from '../sources/repository.js';
import { isDynamicPattern } from 'tinyglobby';
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

// Quoted globs (archdoc lint 'docs/**/*.md') expanded through the path guard, since no shell did; a file
// whose name only looks like a pattern ([draft].md) is taken as it is. A glob matching nothing is an error.
function expandFiles(repo: Repository, files: string[]): string[] {
  const origin = { setting: 'document', source: COMMAND_LINE };
  const expanded = files.flatMap((f) => {
    if (!isDynamicPattern(f) || repo.exists(f, origin)) return [f];
    const found = repo.glob(f, origin);
    if (found.length === 0) throw new UsageError(`${f}: no file matches this pattern`);
    return found;
  });
  return [...new Set(expanded)];
}

export async function runLint(io: CommandIO, opts: LintOptions): Promise<number> {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, { files: expandFiles(repo, opts.files), ...(opts.template ? { template: opts.template } : {}), source: COMMAND_LINE });
  const files: FileReport[] = [];
  const sources: Record<string, string> = {};
  for (const target of targets) {
    const source = localSource(repo, target);
    // The same drift verdict as `archdoc drift`, as findings: an error when drifted, a warning when it could not tell.
    files.push(await evaluateDocument(target, source, { drift: 'findings', ...(opts.strict ? { strict: true } : {}) }).findings());
    sources[target.doc] = source.docText ?? '';
  }
  const report = summarize(files);
  io.out(renderReport(report, opts.format, io, sources));
  return report.errors > 0 ? 1 : 0;
}
