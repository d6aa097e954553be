/**
 * Safe pieces of GitHub-flavoured Markdown built from text we do not control (messages quote the
 * document, paths come from a pull request's config). Such text never renders as HTML, an image, a
 * link, an @-mention or an issue reference: every character that could start one is escaped, and the
 * only Markdown kept is a code span, paired the way CommonMark pairs backtick strings.
 */
import { clip, repoPath } from './text.js';

/**
 * GitHub links `@user`, `@org/team`, `#1`, `owner/repo#1`, `owner/repo@sha` and `GH-1` in rendered text
 * (notifying people and back-linking other repositories); a zero-width space after the sigil stops it.
 */
function neutralizeReferences(text: string): string {
  return text.replace(/([@#])(?=[a-z0-9])/gi, '$1\u200b').replace(/\b(GH)(?=-\d)/gi, '$1\u200b');
}

/** One line: each line trimmed, joined by single spaces (a split, not a regex, so long blank runs stay linear). */
function flatten(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

/** Text for an HTML context (inside a tag such as `<summary>`): entities, one line, no references. */
export function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  // References first: the entities added after contain `#`.
  return neutralizeReferences(flatten(text)).replace(/[&<>"']/g, (c) => entities[c]);
}

// Always escaped: emphasis, strikethrough, code, links and images, HTML and entities, tables, math, headings.
const ALWAYS = /[\\`*_~[\]<>&|$#!]/;

/**
 * Plain text as Markdown inline content that renders as exactly that text. `lineStart`: the text may
 * open a line (a list item, a table cell), so leading block syntax (`-`, `1.`, `=`) is escaped too.
 * Newlines become spaces.
 */
export function escapeInline(text: string, lineStart = true): string {
  const t = /[\r\n]/.test(text) ? flatten(text) : text;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    const next = t[i + 1] ?? '';
    // `:` and `.` only where an autolink needs them (`http://`, `mailto:x`, `www.x`, `host.tld`).
    const escape = ALWAYS.test(c) || (c === ':' && /\S/.test(next)) || (c === '.' && /[a-z0-9]/i.test(next));
    out += escape ? `\\${c}` : c;
  }
  if (lineStart)
    out = out
      .trimStart()
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2');
  return neutralizeReferences(out);
}

interface Span {
  start: number;
  end: number;
}

/** Code spans as CommonMark finds them: a backtick string closes at the next one of equal length; an unmatched one is literal text. */
export function codeSpans(text: string): Span[] {
  const runs = Array.from(text.matchAll(/`+/g), (m) => ({ at: m.index, len: m[0].length }));
  const nextSame = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = seen.get(runs[i].len) ?? -1;
    seen.set(runs[i].len, i);
  }
  const spans: Span[] = [];
  for (let i = 0; i < runs.length; i++) {
    const j = nextSame[i];
    if (j === -1) continue;
    spans.push({ start: runs[i].at, end: runs[j].at + runs[j].len });
    i = j;
  }
  return spans;
}

/**
 * Untrusted text with its code spans kept as code spans (their content renders literally) and
 * everything else escaped. `cell`: for a GFM table cell, where pipes split cells even inside code and
 * line breaks become `<br>`; otherwise line breaks become spaces.
 */
function inlineMarkdown(text: string, cell: boolean): string {
  let out = '';
  let last = 0;
  const plain = (s: string, first: boolean): string =>
    cell
      ? s
          .split('\n')
          .map((line, k) => escapeInline(line, first && k === 0))
          .join('<br>')
      : escapeInline(s, first);
  for (const span of codeSpans(text)) {
    out += plain(text.slice(last, span.start), last === 0);
    const code = text.slice(span.start, span.end).replace(/\n/g, ' ');
    // `\|` cannot be written inside a code span in a table cell (GFM drops the backslash): show such a span as text.
    if (cell && code.includes('\\') && code.includes('|')) out += escapeInline(code, false);
    else out += cell ? code.replace(/\|/g, '\\|') : code;
    last = span.end;
  }
  return out + plain(text.slice(last), last === 0);
}

/** One line of Markdown from untrusted prose (a note, a reason): bounded, escaped, code spans kept; `cell`: safe in a table cell. */
export function inlineText(text: string, maxLength = 1000, cell = false): string {
  return inlineMarkdown(clip(flatten(text), maxLength), cell);
}

/** One GFM table cell: pipes escaped, line breaks as `<br>`, code spans kept, everything else escaped. */
export function escapeCell(text: string, maxLength = 1000): string {
  return inlineMarkdown(clip(text.replace(/\r\n?/g, '\n').trim(), maxLength), true);
}

/** A code fence longer than any backtick run inside `body`, so the body cannot close it early. */
export function fenced(body: string, info = ''): string {
  const longest = Math.max(0, ...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body.endsWith('\n') || body === '' ? body : `${body}\n`}${fence}`;
}

/** `text` as an inline code span, whatever backticks it contains. */
export function inlineCode(text: string): string {
  const t = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...Array.from(t.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

/** Percent-encoding that also encodes the characters that end or break a Markdown link destination. */
const encodeSegment = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** https://github.com/{owner}/{repo}/blob/{sha}/{path}#L{line}[-L{endLine}] */
export function blobLineUrl(owner: string, repo: string, sha: string, path: string, line: number, endLine?: number): string {
  const p = repoPath(path).split('/').map(encodeSegment).join('/');
  const range = endLine && endLine > line ? `-L${endLine}` : '';
  return `https://github.com/${encodeSegment(owner)}/${encodeSegment(repo)}/blob/${encodeSegment(sha)}/${p}#L${line}${range}`;
}
