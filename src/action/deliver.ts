/** Tell the world: annotations, job summary, JSON and SARIF files, outputs, and a truthful exit status. */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Finding } from '../core/findings.js';
import { logLine } from '../core/log-line.js';
import { RULE_METAS } from '../lint/catalogue.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { prioritizeAnnotations, toAnnotation } from '../report/github.js';
import { HOMEPAGE, VERSION } from '../version.js';
import type { ActionContext } from './context.js';
import type { RunOutcome } from './outcome.js';
import { reportContext } from './report-context.js';

/** GitHub shows 10 errors and 10 warnings per step; a few more go to the log, the rest to the summary. */
const ANNOTATIONS_PER_LEVEL = 25;

export interface Delivery {
  failed: boolean;
  reason?: string;
}

/** `redact`: removes secrets from everything written (annotations, summary, files). */
export async function deliver(ctx: ActionContext, outcome: RunOutcome, redact: (text: string) => string = (t) => t): Promise<Delivery> {
  // The effective settings, not the raw inputs: fail-on may come from a config file.
  const inputs = outcome.settings;
  // Each document with its outline (SPEC §5), as `archdoc lint --format json` prints it.
  const report = summarize(outcome.documents.map((d) => ({ path: d.docPath, findings: [...d.findings], ...(d.outline ? { outline: d.outline } : {}) })));
  const located = report.files.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
  const shown = { error: 0, warning: 0 };
  for (const f of prioritizeAnnotations(located)) {
    if (shown[f.severity]++ >= ANNOTATIONS_PER_LEVEL) continue;
    const a = toAnnotation(f);
    // @actions/core escapes the message and the properties (file, title) of an annotation.
    const properties = { ...a.properties, ...(a.properties.title !== undefined ? { title: redact(a.properties.title) } : {}) };
    (a.level === 'error' ? core.error : core.warning)(redact(a.message), properties);
  }
  const hidden = Math.max(0, shown.error - ANNOTATIONS_PER_LEVEL) + Math.max(0, shown.warning - ANNOTATIONS_PER_LEVEL);
  if (hidden) core.info(logLine(`${hidden} more findings are in the job summary and the SARIF file`));

  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = renderSummary({
      ...reportContext(ctx, inputs, outcome.headSha, outcome),
      documents: outcome.documents,
      ...(outcome.unchecked ? { unchecked: outcome.unchecked } : {}),
    });
    await core.summary.addRaw(redact(summary)).write();
  }

  mkdirSync(ctx.outputDir, { recursive: true });
  const reportPath = join(ctx.outputDir, 'report.json');
  const sarifPath = join(ctx.outputDir, 'archdoc.sarif');
  writeFileSync(reportPath, redact(renderJson(report)));
  const sources = Object.fromEntries(outcome.documents.flatMap((d) => (d.text !== undefined ? [[d.docPath, d.text]] : [])));
  writeFileSync(sarifPath, redact(renderSarif(report, { rules: RULE_METAS, version: VERSION, informationUri: HOMEPAGE, sources })));

  core.setOutput('errors', String(report.errors));
  core.setOutput('warnings', String(report.warnings));
  core.setOutput('drift', String(outcome.documents.some((d) => d.drift?.status === 'drifted')));
  core.setOutput('changed', String(outcome.documents.some((d) => d.proposal && d.proposal.newText !== d.proposal.oldText)));
  core.setOutput('commit-sha', outcome.commitSha ?? '');
  core.setOutput('comment-url', outcome.commentUrl ?? '');
  core.setOutput('issue-url', outcome.issueUrl ?? '');
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);

  if (outcome.failure) return { failed: true, reason: outcome.failure };
  const failing = (f: Finding): boolean => (inputs.failOn === 'error' ? f.severity === 'error' : inputs.failOn === 'warning');
  const count = located.filter(failing).length;
  if (count > 0) {
    return {
      failed: true,
      reason: `archdoc found ${count} ${inputs.failOn === 'warning' ? 'finding' : 'error'}${count === 1 ? '' : 's'} (fail-on: ${inputs.failOn})`,
    };
  }
  return { failed: false };
}
