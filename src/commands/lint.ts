/** `archdoc lint`: check documents and print findings in the chosen format. */
import { UsageError, summarize, type FileReport, type Finding, type LintReport } from '../core/findings.js';
import { checkDrift, driftFinding, driftUnknownFinding } from '../drift/drift.js';
import { localDriftInput } from '../drift/local.js';
import { readStamp } from '../drift/stamp.js';
import { checkText } from '../app/check.js';
import { documentTargets, loadConfigFile, type DocumentTarget } from '../config/resolve.js';
import { RULE_METAS } from '../lint/catalogue.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository, type Repository } from '../sources/repository.js';
import { isDynamicPattern } from 'tinyglobby';
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

/**
 * The same drift verdict as `archdoc drift`: an error when drifted, a warning when it could not tell.
 * Nothing when the rule is off, or when there is nothing to drift from (no stamp, no requirements files).
 */
function lintDrift(io: CommandIO, repo: Repository, target: DocumentTarget, text: string): Finding[] {
  if (target.rules['requirements-drift'] === 'off') return [];
  const requirements = repo.requirements(target.requirements, targetOrigins(target).requirements, false);
  const input = localDriftInput(io.cwd, target, text, requirements);
  if (input.requirements.length === 0 && !readStamp(text)) return [];
  const result = checkDrift(input);
  const f = driftFinding(result) ?? driftUnknownFinding(result);
  return f ? [f] : [];
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
    const from = targetOrigins(target);
    const text = repo.read(target.doc, from.doc, 'document');
    const traced = opts.strict || (target.rules['requirement-untraced'] ?? 'off') !== 'off';
    const requirements = traced ? repo.requirements(target.requirements, from.requirements, false) : undefined;
    const more = { ...(opts.strict ? { strict: true } : {}), ...(requirements ? { requirements } : {}) };
    const result = await checkText(text, target, (p) => repo.read(p, from.template, 'template'), lintDrift(io, repo, target, text), more);
    files.push(result.report);
    sources[target.doc] = text;
  }
  const report = summarize(files);
  io.out(renderReport(report, opts.format, io, sources));
  return report.errors > 0 ? 1 : 0;
}
