/**
 * Code fences left open. Markdown runs an unclosed fence to the end of the document (or, when a later
 * bare fence pairs with it, to that fence), so one forgotten ``` turns every section after it into code.
 * Here such a block is cut where its content plainly stops. A mermaid block that meets the end, or a
 * fence with an info string (which opens a block of its own) before its closing fence, stops at its
 * first Markdown heading or at that fence; any other block left open to the end stops at the first
 * fence with an info string or the first `#`-`###` heading after a blank line.
 */

export interface OpenFence {
  /** 1-based line of the opening fence. */
  openLine: number;
  /** The fence as written (```` ``` ````, `~~~~`), which the closing fence repeats. */
  fence: string;
  lang: string;
  meta: string;
  indent: number;
  /** 1-based last line of the block's content (blank lines before the cut left out); `openLine` when it has none. */
  lastLine: number;
}

const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const TOP_HEADING = /^#{1,3}[ \t]+\S/;

/** An opening fence: a backtick fence's info string may hold no backtick (else it is inline code). */
function opening(line: string): { indent: number; fence: string; info: string } | undefined {
  const indent = line.length - line.replace(/^ {0,3}/, '').length;
  const c = line[indent];
  if (c !== '`' && c !== '~') return undefined;
  let end = indent;
  while (line[end] === c) end++;
  const info = line.slice(end);
  if (end - indent < 3 || (c === '`' && info.includes('`'))) return undefined;
  return { indent, fence: line.slice(indent, end), info: info.trim() };
}

function closes(line: string, fence: string): boolean {
  const m = CLOSING.exec(line);
  return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/** For each line, the first line at or after it that `test` accepts (`lines.length` when none): one backward pass. */
function nextWhere(lines: readonly string[], test: (i: number) => boolean): Int32Array {
  const next = new Int32Array(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) next[i] = test(i) ? i : next[i + 1];
  return next;
}

/**
 * Fences whose block does not end where its author meant it to, in document order. Linear in practice:
 * the lines a block covers are skipped, and a fence known to find no closer is not searched for again.
 */
export function openFences(lines: readonly string[]): OpenFence[] {
  const infoFence = nextWhere(lines, (i) => (opening(lines[i])?.info ?? '') !== '');
  const heading = nextWhere(lines, (i) => HEADING.test(lines[i]));
  const topHeading = nextWhere(lines, (i) => i > 0 && TOP_HEADING.test(lines[i]) && lines[i - 1].trim() === '');
  /** Per fence character, the shortest fence known to find no closer from here on. */
  const unclosable = new Map<string, number>();
  const out: OpenFence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const o = opening(lines[i]);
    if (!o) continue;
    const [lang = '', ...rest] = o.info.split(/\s+/);
    const mermaid = lang.toLowerCase() === 'mermaid';
    // A fence with an info string opens a block, so a mermaid block never reaches past one: a bare fence
    // after it closes that block, not this one.
    const stop = mermaid ? infoFence[i + 1] : lines.length;
    let end = i + 1;
    if (o.fence.length >= (unclosable.get(o.fence[0]) ?? Infinity)) end = stop;
    else while (end < stop && !closes(lines[end], o.fence)) end++;
    if (end < stop) {
      i = end; // closed where its author closed it
      continue;
    }
    if (end === lines.length) unclosable.set(o.fence[0], Math.min(o.fence.length, unclosable.get(o.fence[0]) ?? Infinity));
    // Any other block left open to the end stops at a fence with an info string or a `#`-`###` heading after a blank line.
    // A mermaid block stops at the first Markdown heading (no mermaid line starts with `#`).
    const cut = mermaid ? Math.min(heading[i + 1], stop) : Math.min(infoFence[i + 1], topHeading[i + 1]);
    let last = cut;
    while (last > i + 1 && lines[last - 1].trim() === '') last--;
    out.push({ openLine: i + 1, fence: o.fence, lang: lang.toLowerCase(), meta: rest.join(' '), indent: o.indent, lastLine: last });
    // The lines from the cut on are Markdown again (a fence there may open a block of its own).
    i = cut - 1;
  }
  return out;
}

/** The text with each open fence's block (fence and content) blanked, offsets kept, so the rest parses as Markdown. */
export function maskOpenFences(text: string, lineStarts: readonly number[], fences: readonly OpenFence[]): string {
  let out = '';
  let at = 0;
  for (const f of fences) {
    const start = lineStarts[f.openLine - 1];
    const end = lineStarts[f.lastLine] ?? text.length;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
