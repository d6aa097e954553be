/** The job summary ($GITHUB_STEP_SUMMARY): the full report of every document, bounded at GitHub's 1 MiB. */
import { renderDocumentReport, verdictLine, type DocumentReport, type Limits, type ReportContext } from './document-report.js';
import { escapeCell, inlineCode } from './markdown.js';
import { countFindings, countsText } from './text.js';

/** GitHub refuses a step summary over 1 MiB (counted in bytes). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Headroom for other steps that write to the same summary. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;

export interface SummaryInput extends ReportContext {
  documents: readonly DocumentReport[];
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
  const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
  const footer = `---\n<sub>archdoc ${input.version} · mode ${input.mode}${run}</sub>\n`;

  // Small reports first, each taking what it needs from an equal share of what is left, so one huge
  // document cannot crowd out the others.
  let left = budget - bytes(head.join('\n')) - bytes(footer) - 2 * input.documents.length;
  const texts = new Array<string>(input.documents.length);
  const limits = (share: number): Limits => ({
    budget: share,
    measure: bytes,
    elsewhere: `the JSON report (action output ${inlineCode('report')}) or a local ${inlineCode('archdoc lint')} run`,
    level: 3,
  });
  const order = input.documents
    .map((doc, i) => {
      const full = renderDocumentReport(input, doc, limits(Infinity)).text;
      return { doc, i, full, size: bytes(full) };
    })
    .sort((a, b) => a.size - b.size || a.i - b.i);
  order.forEach(({ doc, i, full, size }, k) => {
    const share = Math.floor(left / (order.length - k));
    texts[i] = size <= share ? full : renderDocumentReport(input, doc, limits(Math.max(0, share))).text;
    left -= bytes(texts[i]);
  });
  return `${[...head, ...texts.map((t) => `${t}\n`)].join('\n')}\n${footer}`;
}
