/**
 * The Action's organisation modes, for the reusable workflow .github/workflows/audit-org.yml:
 * `audit-plan: ORG` writes the matrix (output `matrix`, `chunk-count`); `audit-merge: DIR` merges the
 * audit jobs' audit.json artefacts into the job summary and, with `tracking-issue`, one issue.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubPort } from '../../github/port.js';
import { planAudit } from '../../audit/plan.js';
import { collectReports, mergeReports, parseRepository, renderOrgReport, upsertTrackingIssue } from '../../audit/merge.js';
import { splitList } from '../inputs.js';

export interface OrgModeInputs {
  plan: string;
  merge: string[];
  trackingIssue: string;
}

export function readOrgModeInputs(): OrgModeInputs | undefined {
  const inputs = {
    plan: core.getInput('audit-plan').trim(),
    merge: splitList(core.getInput('audit-merge')),
    trackingIssue: core.getInput('tracking-issue').trim(),
  };
  return inputs.plan || inputs.merge.length ? inputs : undefined;
}

export async function runOrgMode(inputs: OrgModeInputs, port: () => GitHubPort, outputDir: string, log: (l: string) => void): Promise<void> {
  if (inputs.plan) {
    const plan = await planAudit(port(), inputs.plan);
    mkdirSync(outputDir, { recursive: true });
    const file = join(outputDir, 'audit-plan.json');
    writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
    core.setOutput('matrix', JSON.stringify(plan));
    core.setOutput('chunk-count', String(plan.chunkCount));
    core.setOutput('report', file);
    log(
      `audit plan: ${plan.repositories.length} repositories in ${plan.chunkCount} matrix chunk(s); skipped ${plan.skipped.archived} archived, ${plan.skipped.disabled} disabled, ${plan.skipped.withoutArchdoc} without archdoc`,
    );
    return;
  }
  const report = mergeReports(collectReports(inputs.merge));
  const table = renderOrgReport(report);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(table).write();
  mkdirSync(outputDir, { recursive: true });
  const file = join(outputDir, 'audit-org.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput('report', file);
  if (inputs.trackingIssue) {
    const r = await upsertTrackingIssue(port(), parseRepository(inputs.trackingIssue, 'input tracking-issue'), table);
    core.setOutput('issue-url', r.url);
    log(`tracking issue ${r.action}: ${r.url}`);
  }
  log(`organisation report: ${report.repositories.length} repositories, ${report.attention} document(s) need attention`);
}
