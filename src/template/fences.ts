/**
 * Fenced blocks in a template's text, found line by line. This replaces two regular expressions
 * (/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm and its mermaid twin) that rescanned the rest of the text from
 * every fence without a closing one: quadratic on a hostile template. The matches are the same,
 * including the blank lines before an opening fence and after a closing one that the regexes took along.
 */

interface Line {
  start: number;
  text: string;
}

function isLineEnd(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** Lines as `^` and `$` see them with the `m` flag: split at every line terminator. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineEnd(text[i])) {
      out.push({ start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

/** Offset of a line's first non-blank character. */
function firstNonBlank(line: Line): number {
  return line.start + line.text.length - line.text.trimStart().length;
}

/** Where `^\s*` starts for a token at `at`: the first line start in the whitespace before it, not before `from`. */
function blankStart(text: string, at: number, from: number): number {
  let q = at;
  while (q > from && isSpace(text[q - 1])) q--;
  while (q < at && q > 0 && !isLineEnd(text[q - 1])) q++;
  return q;
}

/** Where greedy `\s*$` (flag `m`) from `from` ends: the end of the text or the last line end in the blank run. */
function blankEnd(text: string, from: number): number {
  let w = from;
  while (w < text.length && isSpace(text[w])) w++;
  if (w === text.length) return w;
  for (let p = w - 1; p >= from; p--) if (isLineEnd(text[p])) return p;
  return from; // not reached: callers start on a closing fence line, which ends at a line end or the end
}

/** Line indices whose whole (trimmed) text is a fence, by fence. */
function fenceLines(lines: Line[], isFence: (t: string) => boolean): Map<string, number[]> {
  const out = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (!isFence(t)) return;
    const list = out.get(t) ?? [];
    list.push(i);
    out.set(t, list);
  });
  return out;
}

/** The first entry of a sorted list of line indices whose line starts at or after `offset`. */
function firstFrom(list: number[] | undefined, lines: Line[], offset: number): number | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[list[mid]].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return list[lo];
}

/** The text without its ``` / ~~~ blocks (what `text.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, '')` returned). */
export function stripFences(text: string): string {
  const lines = linesOf(text);
  const closers = fenceLines(lines, (t) => t === '```' || t === '~~~');
  let out = '';
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const at = firstNonBlank(lines[i]);
    const fence = text.slice(at, at + 3);
    if (fence !== '```' && fence !== '~~~') continue;
    const close = firstFrom(closers.get(fence), lines, lines[i + 1]?.start ?? Infinity);
    if (close === undefined) continue;
    out += text.slice(from, blankStart(text, at, from));
    from = blankEnd(text, firstNonBlank(lines[close]) + 3);
    i = close;
  }
  return out + text.slice(from);
}

/**
 * The first mermaid block replaced by `replacement(indent, fence)`: what
 * `text.replace(/^(\s*)(```+|~~~+)\s*mermaid[^\n]*\n[\s\S]*?^\s*\2\s*$/m, ...)` did.
 */
export function replaceMermaidFence(text: string, replacement: (indent: string, fence: string) => string): string {
  const lines = linesOf(text);
  const closers = fenceLines(lines, (t) => /^(?:`{3,}|~{3,})$/.test(t));
  let newline = -1;
  for (const line of lines) {
    const at = firstNonBlank(line);
    const mark = text[at];
    if (mark !== '`' && mark !== '~') continue;
    let runEnd = at;
    while (text[runEnd] === mark) runEnd++;
    if (runEnd - at < 3) continue;
    let word = runEnd;
    while (isSpace(text[word])) word++;
    if (!text.startsWith('mermaid', word)) continue;
    if (newline < word + 7) newline = text.indexOf('\n', word + 7);
    if (newline === -1) return text;
    const fence = text.slice(at, runEnd);
    const close = firstFrom(closers.get(fence), lines, newline + 1);
    if (close === undefined) continue;
    const start = blankStart(text, at, 0);
    const end = blankEnd(text, firstNonBlank(lines[close]) + fence.length);
    return text.slice(0, start) + replacement(text.slice(start, at), fence) + text.slice(end);
  }
  return text;
}
