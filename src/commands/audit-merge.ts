/**
 * `archdoc audit-merge DIR... [--plan FILE] [--output FILE] [--issue OWNER/REPO]`: one organisation
 * report from the audit jobs' audit.json artefacts: a table in the job summary (or on stdout), the merged
 * JSON, and optionally one tracking issue.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import { collectReports, mergeReports, parseRepository, renderOrgReport, upsertTrackingIssue } from '../audit/merge.js';
import { tokenPort } from './audit-plan.js';
import type { CommandIO } from './io.js';

export interface AuditMergeOptions {
  dirs: string[];
  plan?: string;
  output?: string;
  issue?: string;
}

function planned(io: CommandIO, file: string | undefined): string[] {
  if (!file) return [];
  try {
    const plan = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8')) as { repositories?: unknown };
    if (Array.isArray(plan.repositories) && plan.repositories.every((r) => typeof r === 'string')) return plan.repositories as string[];
  } catch (e) {
    throw new UsageError(`${file}: cannot read the audit plan (${(e as Error).message})`);
  }
  throw new UsageError(`${file}: not an audit plan (no repositories list)`);
}

export async function runAuditMerge(io: CommandIO, opts: AuditMergeOptions): Promise<number> {
  if (opts.dirs.length === 0) throw new UsageError('name at least one folder of audit reports');
  const where = opts.issue ? parseRepository(opts.issue, '--issue') : undefined;
  const report = mergeReports(collectReports(opts.dirs.map((d) => resolve(io.cwd, d))), planned(io, opts.plan));
  const table = renderOrgReport(report);
  if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, table);
  else io.out(table);
  if (opts.output) writeFileSync(resolve(io.cwd, opts.output), `${JSON.stringify(report, null, 2)}\n`);
  if (where) {
    const r = await upsertTrackingIssue(tokenPort(io), where, table);
    io.err(`archdoc: tracking issue ${r.action}: ${r.url}\n`);
  }
  return 0;
}
