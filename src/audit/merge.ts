/**
 * The organisation report: the per-repository audit.json files (each matrix job's artefact) merged
 * into one table, for the job summary and, optionally, one tracking issue. Repository text is escaped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/findings.js';
import type { AuditReport, DocumentAudit } from './report.js';
import type { GitHubPort, RepoCoordinates } from '../github/port.js';
import { escapeCell, inlineCode } from '../report/markdown.js';
import { countsText, plural } from '../report/text.js';

/** The hidden first line of the organisation's tracking issue. */
const ORG_MARKER = '<!-- archdoc:audit-org -->';
const MAX_DEPTH = 4;

export interface OrgReport {
  repositories: AuditReport[];
  /** Repositories the plan listed that left no report (their job failed before writing one). */
  missing: string[];
  attention: number;
}

function isDocumentAudit(d: unknown): d is DocumentAudit {
  const x = d as Partial<DocumentAudit> | null;
  return !!x && typeof x.path === 'string' && typeof x.errors === 'number' && typeof x.warnings === 'number' && typeof x.drift === 'string';
}

function readReport(file: string): AuditReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: not a JSON audit report (${(e as Error).message})`);
  }
  const r = data as Partial<AuditReport> | null;
  if (
    !r ||
    typeof r.repository !== 'string' ||
    !/^[^/\s]+\/[^/\s]+$/.test(r.repository) ||
    !Array.isArray(r.documents) ||
    !r.documents.every(isDocumentAudit)
  ) {
    throw new UsageError(`${file}: not an archdoc audit report (expected repository and documents)`);
  }
  return { repository: r.repository, sha: typeof r.sha === 'string' ? r.sha : '', documents: r.documents, writes: typeof r.writes === 'number' ? r.writes : 0 };
}

/** Every audit.json under `dirs` (artefact downloads nest one folder per artefact). */
export function collectReports(dirs: readonly string[]): AuditReport[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory() && depth < MAX_DEPTH) walk(path, depth + 1);
      else if (st.isFile() && name === 'audit.json') files.push(path);
    }
  };
  for (const dir of dirs) {
    let st;
    try {
      st = statSync(dir);
    } catch {
      throw new UsageError(`${dir}: no such folder of audit reports`);
    }
    if (!st.isDirectory()) throw new UsageError(`${dir}: not a folder of audit reports`);
    walk(dir, 0);
  }
  if (files.length === 0) throw new UsageError(`no audit.json found under ${dirs.join(', ')}: download the audit jobs' artefacts first`);
  // One report per repository: a re-run job's later artefact replaces the earlier one.
  const byRepo = new Map<string, AuditReport>();
  for (const f of files) {
    const r = readReport(f);
    byRepo.set(r.repository.toLowerCase(), r);
  }
  return [...byRepo.values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
}

export function mergeReports(reports: AuditReport[], planned: readonly string[] = []): OrgReport {
  const seen = new Set(reports.map((r) => r.repository.toLowerCase()));
  return {
    repositories: reports,
    missing: planned.filter((p) => !seen.has(p.toLowerCase())),
    attention: reports.reduce((n, r) => n + r.documents.filter((d) => d.needsAttention).length, 0),
  };
}

function verdict(d: DocumentAudit): string {
  if (d.errors || d.warnings) return `❌ ${countsText(d.errors, d.warnings)}${d.drift === 'drifted' ? ' (drift)' : ''}`;
  if (d.drift === 'unknown') return '⏸ drift could not be told';
  return d.needsAttention ? '⚠️ needs attention' : '✅ pass';
}

const link = (label: string, url: string | undefined): string => (url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${label}](${url})` : '—');

export function renderOrgReport(report: OrgReport, org?: string): string {
  const docs = report.repositories.reduce((n, r) => n + r.documents.length, 0);
  const out = [
    `## archdoc organisation audit${org ? ` · ${escapeCell(org, 100)}` : ''}`,
    '',
    `${report.repositories.length} ${report.repositories.length === 1 ? 'repository' : 'repositories'}, ${plural(docs, 'document')}; ${report.attention} need${report.attention === 1 ? 's' : ''} attention.`,
    '',
    '| Repository | Document | Verdict | Issue | Pull request |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of report.repositories) {
    for (const d of r.documents) {
      const issue = d.issue && d.issue.action !== 'none' ? link(`issue ${d.issue.action}`, d.issue.url) : '—';
      out.push(`| ${escapeCell(r.repository, 200)} | ${escapeCell(inlineCode(d.path), 300)} | ${verdict(d)} | ${issue} | ${link('proposal', d.pullRequest)} |`);
    }
    if (r.documents.length === 0) out.push(`| ${escapeCell(r.repository, 200)} | — | no documents checked | — | — |`);
  }
  for (const m of report.missing) out.push(`| ${escapeCell(m, 200)} | — | ⏸ no report (its audit job failed) | — | — |`);
  return `${out.join('\n')}\n`;
}

/** The one tracking issue of the organisation audit in `where`: found by its marker among the token's own issues, updated in place. */
export async function upsertTrackingIssue(
  port: GitHubPort,
  where: RepoCoordinates,
  table: string,
  label = 'archdoc-audit',
): Promise<{ url: string; action: string }> {
  const body = `${ORG_MARKER}\n${table}`;
  const existing = (await port.findOwnIssues({ ...where, label })).find((i) => i.body.startsWith(`${ORG_MARKER}\n`));
  if (!existing) await port.ensureLabel({ ...where, name: label, color: '0e8a16', description: "archdoc's organisation audit report" });
  const r = await port.upsertIssue({ ...where, label, title: 'archdoc organisation audit', body, existing: existing ?? null });
  return { url: r.issue.url, action: r.action };
}

export function parseRepository(value: string, what: string): RepoCoordinates {
  const [owner, repo, extra] = value.trim().split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError(`${what}: "${value}" is not owner/name`);
  return { owner, repo };
}
