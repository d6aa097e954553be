/** Safe pieces of GitHub-flavoured Markdown built from text we do not control (messages quote the document). */
import { clip, repoPath } from './text.js';

const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/** Plain text for a Markdown/HTML context: no tags, no entities, no @-mentions that would ping people. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

/**
 * One GFM table cell. Code spans stay code spans (their content renders literally, so it is not
 * entity-escaped, which would show `&lt;`); elsewhere HTML is neutralised and line breaks become `<br>`.
 * Pipes are escaped everywhere: GFM splits cells on `|` even inside code spans.
 */
export function escapeCell(text: string, maxLength = 1000): string {
  const t = clip(text.replace(/\r\n?/g, '\n').trim(), maxLength);
  let out = '';
  let last = 0;
  for (const m of t.matchAll(CODE_SPAN)) {
    out += cellText(t.slice(last, m.index));
    // A backslash before a pipe cannot be expressed inside a code span in a table cell: show it as text.
    out += m[0].includes('\\') ? cellText(m[0]).replace(/`/g, '\\`') : m[0].replace(/\n/g, ' ').replace(/\|/g, '\\|');
    last = m.index + m[0].length;
  }
  out += cellText(t.slice(last));
  return out;
}

function cellText(text: string): string {
  // Backslashes first: GFM reads `\|` as an escaped pipe, so a literal `\` must not be able to pair with ours.
  return escapeText(text.replace(/\\/g, '\\\\')).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
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

/** https://github.com/{owner}/{repo}/blob/{sha}/{path}#L{line}[-L{endLine}] */
export function blobLineUrl(owner: string, repo: string, sha: string, path: string, line: number, endLine?: number): string {
  const p = repoPath(path)
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  const range = endLine && endLine > line ? `-L${endLine}` : '';
  return `https://github.com/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/blob/${encodeURIComponent(sha)}/${p}#L${line}${range}`;
}
