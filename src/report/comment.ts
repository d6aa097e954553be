/**
 * The sticky pull-request comment (SPEC §5, "On a pull request" step 4): one per document, found again by
 * its hidden marker, always under GitHub's 65,536-character limit, and byte-identical for identical input.
 */
import { createHash } from 'node:crypto';
import { renderDocumentReport, type DocumentReport, type ReportContext } from './document-report.js';

export type { ChangedKind, DocumentReport, DriftInfo, Mode, Proposal, ReportContext } from './document-report.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** What we aim for: headroom for however GitHub counts characters. */
export const COMMENT_BUDGET = 65_000;

export const STICKY_MARKER_PREFIX = '<!-- archdoc:sticky ';
const DIGEST_PREFIX = '<!-- archdoc:digest ';

export interface CommentInput extends ReportContext, DocumentReport {
  /** Override the size budget (tests; never above COMMENT_LIMIT). */
  budget?: number;
}

/**
 * The hidden first line that identifies the comment of one document. `-->` cannot occur in it, so a
 * path cannot end the HTML comment early; the closing ` -->` also keeps `a.md` from matching `a.md.bak`.
 */
export function stickyMarker(docPath: string): string {
  return `${STICKY_MARKER_PREFIX}${docPath.replace(/%/g, '%25').replace(/>/g, '%3E').replace(/[\r\n]/g, ' ')} -->`;
}

/** Whether `body` is archdoc's sticky comment for `docPath`. */
export function isStickyComment(body: string, docPath: string): boolean {
  const marker = stickyMarker(docPath);
  // Bodies edited in the web UI come back with CRLF line endings.
  return body.startsWith(marker) && /^(?:\r?\n|$)/.test(body.slice(marker.length));
}

export function renderComment(input: CommentInput): string {
  const budget = Math.min(input.budget ?? COMMENT_BUDGET, COMMENT_LIMIT);
  const marker = stickyMarker(input.docPath);
  const footer = commentFooter(input);
  // The marker, digest line and footer are fixed costs; the report gets the rest.
  const fixed = marker.length + 1 + `\n\n${DIGEST_PREFIX}${'0'.repeat(16)} -->`.length + 2 + footer.length + 1;
  const report = renderDocumentReport(input, input, {
    budget: budget - fixed,
    measure: (s) => s.length,
    elsewhere: 'the job summary of this workflow run',
    level: 3,
  });
  const content = `${marker}\n${report.text}`;
  return `${content}\n${footer}\n\n${DIGEST_PREFIX}${digest(content)} -->\n`;
}

/**
 * The digest of everything but the footer (whose run link changes every run): equal digests mean the
 * comment says the same thing, so the caller can skip the update and save an API call.
 */
export function readCommentDigest(body: string): string | undefined {
  const at = body.lastIndexOf(DIGEST_PREFIX);
  if (at === -1) return undefined;
  const m = /^([0-9a-f]{16}) -->/.exec(body.slice(at + DIGEST_PREFIX.length));
  return m?.[1];
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function commentFooter(input: CommentInput): string {
  const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
  return `---\n<sub>archdoc ${input.version} · mode ${input.mode}${run}</sub>`;
}
