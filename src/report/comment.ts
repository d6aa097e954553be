/**
 * The sticky pull-request comment (SPEC §5 "On a pull request" step 4, §6): ONE per pull request with a
 * section per document, found again by its hidden first line, always under GitHub's 65,536-character
 * limit, and byte-identical for identical input.
 */
import { createHash } from 'node:crypto';
import { fitReports, uncheckedNotice, type DocumentReport, type ReportContext, type UncheckedDocuments } from './document-report.js';
import { escapeCell, escapeInline, inlineCode, inlineText } from './markdown.js';
import { countFindings, countsText, plural } from './text.js';

export type { DocumentReport } from './document-report.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** What we aim for: headroom for however GitHub counts characters. */
const COMMENT_BUDGET = 65_000;

/** The hidden first line of archdoc's comment on a pull request (one per pull request, whatever the documents). */
export const STICKY_MARKER = '<!-- archdoc:sticky -->';
/**
 * How the per-document comments of earlier versions began (`<!-- archdoc:sticky docs/a.md -->`): one of
 * them, written by the same identity, is rewritten into the new comment instead of adding a second.
 */
export const FORMER_MARKER_PREFIX = '<!-- archdoc:sticky ';
const DIGEST_PREFIX = '<!-- archdoc:digest ';

/** A comment command this comment answers: who asked for what, and what came of it. */
export interface CommandAnswer {
  /** The command as archdoc understood it, e.g. `/archdoc fix` (never text copied from the comment). */
  command: string;
  login: string;
  /** One sentence of archdoc's own: "Committed …", "Already up to date …", "The branch moved …". */
  result: string;
}

export interface CommentInput extends ReportContext {
  documents: readonly DocumentReport[];
  request?: CommandAnswer;
  /** Documents the run did not check (beyond the cap on documents per run). */
  unchecked?: UncheckedDocuments;
  /** Override the size budget (tests; never above COMMENT_LIMIT). */
  budget?: number;
}

/** Whether `body` is archdoc's sticky comment: its first line is the marker (CRLF when edited in the web UI). */
export function isStickyComment(body: string): boolean {
  return body.startsWith(STICKY_MARKER) && /^(?:\r?\n|$)/.test(body.slice(STICKY_MARKER.length, STICKY_MARKER.length + 2));
}

export function renderComment(input: CommentInput): string {
  const budget = Math.min(input.budget ?? COMMENT_BUDGET, COMMENT_LIMIT);
  const head = [
    STICKY_MARKER,
    ...(input.request ? [requestLine(input.request), ''] : []),
    ...overview(input.documents),
    ...(input.unchecked ? [uncheckedNotice(input.unchecked), ''] : []),
  ].join('\n');
  const footer = commentFooter(input);
  // The head, the digest line and the footer are fixed costs; the documents share the rest fairly.
  const fixed = head.length + 1 + `\n\n${DIGEST_PREFIX}${'0'.repeat(16)} -->`.length + 2 + footer.length + 1;
  const sections = fitReports(
    input,
    input.documents,
    budget - fixed,
    { measure: (s) => s.length, elsewhere: 'the job summary of this workflow run', level: 3 },
    1,
  );
  const content = [head, ...sections].join('\n');
  return `${content}\n${footer}\n\n${digestLine(content)}\n`;
}

/**
 * "`/archdoc fix` requested by @alice: …". The requester is mentioned on purpose (they asked); a login
 * GitHub would never issue is shown as escaped text instead.
 */
function requestLine(r: CommandAnswer): string {
  return `${inlineCode(r.command)} requested by ${mentionLogin(r.login)}: ${inlineText(r.result)}`;
}

/** A GitHub login as a mention (to notify the person archdoc answers); anything GitHub would never issue as escaped text. */
export function mentionLogin(login: string): string {
  return /^[a-z\d][a-z\d-]{0,38}$/i.test(login) ? `@${login}` : escapeInline(login, false);
}

/** With several documents: one line each first, so the verdicts are seen before the details. */
function overview(documents: readonly DocumentReport[]): string[] {
  if (documents.length < 2) return [];
  const rows = documents.map((d) => `| ${escapeCell(d.docPath, 200)} | ${shortVerdict(d)} |`);
  return [`**archdoc checked ${plural(documents.length, 'document')}**`, '', '| Document | Verdict |', '| --- | --- |', ...rows, ''];
}

function shortVerdict(doc: DocumentReport): string {
  const { errors, warnings } = countFindings(doc.findings);
  if (errors) return `❌ ${countsText(errors, warnings)}`;
  if (doc.neutral !== undefined || doc.drift?.status === 'unknown') return `⏸ neutral${warnings ? ` (${plural(warnings, 'warning')})` : ''}`;
  if (warnings) return `⚠️ ${plural(warnings, 'warning')}`;
  return doc.drift?.status === 'drifted' ? '✅ pass (drift)' : '✅ pass';
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

/** The hidden last line that readCommentDigest reads back: a hash of `content` (the issue bodies of the audit carry one too). */
export function digestLine(content: string): string {
  return `${DIGEST_PREFIX}${createHash('sha256').update(content).digest('hex').slice(0, 16)} -->`;
}

function commentFooter(input: CommentInput): string {
  const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
  return `---\n<sub>archdoc ${input.version} · mode ${input.mode}${run}</sub>`;
}
