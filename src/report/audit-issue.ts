/**
 * The drift audit's issue, one per document (SPEC §5 "Drift audit"): found again by a hidden first line
 * naming the document, carrying the document's report, and a digest so an unchanged report is never
 * rewritten. Every piece of repository text is escaped (SPEC §6): nothing renders as HTML, a link or a mention.
 */
import { digestLine, readCommentDigest } from './comment.js';
import { renderDocumentReport, type DocumentReport, type ReportContext } from './document-report.js';
import { inlineCode, inlineText } from './markdown.js';
import { clip, countFindings, countsText } from './text.js';

/** GitHub refuses issue bodies over 65,536 characters; the report gets what the frame leaves. */
const ISSUE_BUDGET = 60_000;

/** The hidden first line of the issue about `docPath` (percent-encoded: a path cannot close the comment). */
export function auditMarker(docPath: string): string {
  return `<!-- archdoc:audit ${encodeURIComponent(docPath)} -->`;
}

/** Whether `body` is the audit issue of `docPath`: its first line is that marker (CRLF when edited in the web UI). */
export function isAuditIssueOf(body: string, docPath: string): boolean {
  const marker = auditMarker(docPath);
  return body.startsWith(marker) && /^(?:\r?\n|$)/.test(body.slice(marker.length, marker.length + 2));
}

/** Issue titles render code spans and references: the path goes in a code span. */
export function auditIssueTitle(docPath: string): string {
  return `archdoc audit: ${inlineCode(clip(docPath, 200))} needs attention`;
}

/** What the audit did about a proposed document, told in the issue. */
export type ProposalState =
  | { kind: 'pull-request'; url: string; number: number; branch: string; created: boolean }
  | { kind: 'foreign'; branch: string; url?: string }
  | { kind: 'moved'; branch: string }
  | { kind: 'not-pushed'; reason: string };

export interface AuditIssueInput {
  ctx: ReportContext & { serverUrl: string };
  doc: DocumentReport;
  proposal?: ProposalState;
}

function commitLink(ctx: AuditIssueInput['ctx']): string {
  const sha = ctx.headSha;
  const label = inlineCode(sha.slice(0, 7));
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return label;
  const seg = (s: string): string => encodeURIComponent(s);
  return `[${label}](${ctx.serverUrl}/${seg(ctx.owner)}/${seg(ctx.repo)}/commit/${sha})`;
}

/** Why the issue is open, in one list: findings, drift, and a drift that could not be told. */
function reasons(doc: DocumentReport): string[] {
  const out: string[] = [];
  const { errors, warnings } = countFindings(doc.findings);
  const lint = doc.findings.filter((f) => f.rule !== 'requirements-drift');
  const lintCounts = countFindings(lint);
  if (lintCounts.errors || lintCounts.warnings)
    out.push(`- ❌ The document does not follow its template: ${countsText(lintCounts.errors, lintCounts.warnings)}.`);
  if (doc.drift?.status === 'drifted') out.push('- ⚠️ The requirements changed after the document was written (drift).');
  if (doc.drift?.status === 'unknown') {
    out.push(`- ⏸ Drift could not be told: ${inlineText(doc.drift.detail ?? 'no reason given')}`);
    if (/shallow/.test(doc.drift.detail ?? '')) {
      out.push('  The audit needs the whole history: check out with `actions/checkout` and `fetch-depth: 0`.');
    }
  }
  if (doc.neutral) out.push(`- ⏸ ${inlineText(doc.neutral)}`);
  if (out.length === 0 && (errors || warnings)) out.push(`- ${countsText(errors, warnings)}.`);
  return out;
}

function proposalLines(p: AuditIssueInput['proposal']): string[] {
  if (!p) return [];
  switch (p.kind) {
    case 'pull-request':
      return [
        `- **Proposed fix:** pull request [#${p.number}](${p.url}) from branch ${inlineCode(p.branch)}; review and merge it to close this issue on the next audit.`,
      ];
    case 'foreign':
      return [
        `- **Branch left alone:** ${inlineCode(p.branch)} has commits archdoc did not make, so the audit did not touch it${p.url ? ` (its pull request: ${p.url})` : ''}. ` +
          'Merge or close that pull request and delete the branch, and the next audit proposes again.',
      ];
    case 'moved':
      return [`- **Not proposed:** the branch ${inlineCode(p.branch)} moved while the audit ran; the next audit proposes again.`];
    case 'not-pushed':
      return [`- **Not proposed:** ${inlineText(p.reason)}`];
  }
}

export function renderAuditIssue(input: AuditIssueInput): string {
  const { ctx, doc } = input;
  const head = [
    auditMarker(doc.docPath),
    `**archdoc's drift audit** checked ${inlineCode(clip(doc.docPath, 200))} on the default branch at ${commitLink(ctx)}.`,
    '',
    ...reasons(doc),
    ...proposalLines(input.proposal),
    '',
  ].join('\n');
  const report = renderDocumentReport(ctx, doc, {
    budget: ISSUE_BUDGET - head.length,
    measure: (s) => s.length,
    elsewhere: 'the job summary of the workflow run',
    level: 2,
  }).text;
  const content = `${head}\n${report}\n\n_This issue is kept by archdoc's scheduled audit: updated when the report changes, closed when the document is right again, reopened if the problem comes back._`;
  const run = ctx.runUrl ? ` · [workflow run](${ctx.runUrl})` : '';
  return `${content}\n\n---\n<sub>archdoc ${ctx.version} · mode ${ctx.mode}${run}</sub>\n\n${digestLine(content)}\n`;
}

/** Same report as `body` (the run link aside)? Then the issue is left untouched. */
export function sameReport(body: string, previous: string): boolean {
  const d = readCommentDigest(body);
  return d !== undefined && d === readCommentDigest(previous);
}

export function closingComment(docPath: string, ctx: AuditIssueInput['ctx']): string {
  return `✅ archdoc's drift audit at ${commitLink(ctx)}: ${inlineCode(clip(docPath, 200))} follows its template and its requirements again. Closing.`;
}
