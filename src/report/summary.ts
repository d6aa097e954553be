/** The job summary ($GITHUB_STEP_SUMMARY): the full report of every document, bounded at GitHub's 1 MiB. */
import { fitReports, uncheckedNotice, verdictLine, type DocumentReport, type ReportContext, type UncheckedDocuments } from './document-report.js';
import { escapeCell, inlineCode } from './markdown.js';
import { countFindings, countsText } from './text.js';

/** GitHub refuses a step summary over 1 MiB (counted in bytes). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Headroom for other steps that write to the same summary. */
const SUMMARY_BUDGET_BYTES = 1_000_000;

export interface SummaryInput extends ReportContext {
  documents: readonly DocumentReport[];
  /** Documents the run did not check (beyond the cap on documents per run). */
  unchecked?: UncheckedDocuments;
  /** Override the byte budget (tests; never above SUMMARY_LIMIT_BYTES). */
  budget?: number;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function renderSummary(input: SummaryInput): string {
  const budget = Math.min(input.budget ?? SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES);
  const head: string[] = ['## archdoc report', ''];
  if (input.documents.length === 0) head.push('No documents were checked.', '');
  if (input.documents.length > 1) {
    head.push('| Document | Verdict | Findings | Drift |', '| --- | --- | --- | --- |');
    for (const doc of input.documents) {
      const { errors, warnings } = countFindings(doc.findings);
      const drift = doc.drift ? doc.drift.status : '—';
      head.push(`| ${escapeCell(inlineCode(doc.docPath))} | ${verdictLine(doc, true)} | ${countsText(errors, warnings)} | ${drift} |`);
    }
    head.push('');
  }
  if (input.unchecked) head.push(uncheckedNotice(input.unchecked), '');
  const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
  const footer = `---\n<sub>archdoc ${input.version} · mode ${input.mode}${run}</sub>\n`;

  const texts = fitReports(
    input,
    input.documents,
    budget - bytes(head.join('\n')) - bytes(footer),
    {
      measure: bytes,
      elsewhere: `the JSON report (action output ${inlineCode('report')}) or a local ${inlineCode('archdoc lint')} run`,
      level: 3,
    },
    2,
  );
  return `${[...head, ...texts.map((t) => `${t}\n`)].join('\n')}\n${footer}`;
}
