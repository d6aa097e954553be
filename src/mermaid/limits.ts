/**
 * Inputs that would make mermaid crawl. mermaid's preprocessing and lexers use regular expressions
 * that backtrack badly on some texts (measured with 11.17.2: 25,000 blank lines take 9 s, a 10 KB
 * `style :#:#...` line takes 87 s, a 50 KB erDiagram line 13 s). Parsing is synchronous, so it cannot
 * be interrupted: these linear-time estimates refuse such input before mermaid sees it.
 */

/** Same order as mermaid's default maxTextSize: GitHub does not render bigger diagrams either. */
export const MAX_DIAGRAM_CHARS = 50_000;
export const MAX_LINE_CHARS = 5_000;
/** Regex steps we accept for one hazard (roughly 0.1 s). */
const MAX_STEPS = 20_000_000;
/** Blank runs are rescanned by several regexes (both preprocessing passes, the lexers): a tighter budget. */
const MAX_BLANK_STEPS = 2_000_000;

export interface LimitViolation {
  line: number;
  message: string;
}

function isSpace(c: string): boolean {
  return /\s/.test(c);
}

/** /^\s*%%/gm tries every line start and runs over all the whitespace that follows. */
function blankRunCost(text: string): number {
  let cost = 0;
  let run = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    run = isSpace(text[i]) ? run + 1 : 0;
    if (i === 0 || text[i - 1] === '\n') cost += run;
  }
  return cost;
}

/** Sum over each `open` of the distance to the next `close` (or the end): /<(\w+)([^>]*)>/ and /%%{...}%%/. */
function unclosedCost(text: string, open: RegExp, close: string): number {
  let cost = 0;
  const re = new RegExp(open.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = text.indexOf(close, m.index);
    cost += (end === -1 ? text.length : end) - m.index;
    if (cost > MAX_STEPS) break;
    // A successful match resumes the regex after its end.
    if (end !== -1) re.lastIndex = end + close.length;
  }
  return cost;
}

/** /style.*:\S*#.*;/ backtracks over every `:` and `#` after `style`, rescanning the line each time. */
function styleLineCost(line: string): number {
  const at = Math.min(...['style', 'classDef'].map((k) => line.indexOf(k)).filter((i) => i !== -1));
  if (!Number.isFinite(at)) return 0;
  let colons = 0;
  let hashes = 0;
  for (let i = at; i < line.length; i++) {
    if (line[i] === ':') colons++;
    else if (line[i] === '#') hashes++;
  }
  return colons * (hashes + 1) * (line.length - at);
}

export function checkLimits(source: string): LimitViolation | undefined {
  if (source.length > MAX_DIAGRAM_CHARS) {
    return { line: 1, message: `diagram too large to check (${source.length} characters; archdoc checks up to ${MAX_DIAGRAM_CHARS})` };
  }
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_LINE_CHARS) {
      return { line: i + 1, message: `line too long to check (${lines[i].length} characters; archdoc checks lines up to ${MAX_LINE_CHARS})` };
    }
    if (styleLineCost(lines[i]) > MAX_STEPS) {
      return { line: i + 1, message: 'line too complex to check (a long `style`/`classDef` line full of `:` and `#`)' };
    }
  }
  if (blankRunCost(source) > MAX_BLANK_STEPS) return { line: 1, message: 'diagram too complex to check (too many consecutive blank lines)' };
  if (unclosedCost(source, /<\w/, '>') > MAX_STEPS) return { line: 1, message: 'diagram too complex to check (too many `<` without `>`)' };
  if (unclosedCost(source, /%%\{/, '}%%') > MAX_STEPS) return { line: 1, message: 'diagram too complex to check (too many unclosed `%%{` directives)' };
  return undefined;
}
