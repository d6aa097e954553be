/**
 * One linear pass over a document's lines, without parsing: which lines are code (fenced blocks and
 * the HTML blocks that run across blank lines: comments, `<script>`, `<pre>`, ...), which open a
 * fence, and where a new top-level block starts with every container closed (the places the parser
 * may be restarted). Used to cut the parse into chunks and to measure the document before parsing.
 */

type LineKind = 'markdown' | 'fence' | 'code';

export interface ScannedLine {
  text: string;
  /** 0-based line index. */
  index: number;
  /** Offset of the line's first character. */
  at: number;
  /** fence: opens or closes a fenced block; code: inside one, or inside a raw HTML block. */
  kind: LineKind;
  /** The info string's first word when the line opens a fence (lower case). */
  lang?: string;
  /** A top-level block starts here with every container closed: the parser may restart here. */
  boundary: boolean;
}

/**
 * The end marker of the HTML block `text` opens, when it is of a kind that runs across blank lines.
 * The marker may share characters with the opening, as micromark reads them: `<?>` and `<!-->` are closed.
 */
export function rawHtmlEnd(text: string): RegExp | undefined {
  // CommonMark kinds 1-5, each with what ends it. (Built per call, like the scanner's patterns below: a
  // module-level constant is out of reach of the mutation run, which does not reload modules.)
  const kinds: [RegExp, RegExp][] = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![a-z]/i, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  ];
  return kinds.find(([open]) => open.test(text))?.[1];
}

export function scanLines(text: string, visit: (line: ScannedLine) => void): void {
  const FENCE = /^ {0,3}(`{3,}|~{3,})/;
  /** A line that may continue a list or a quote after a blank line: indented, a marker, or `>`. */
  const CONTINUES = /^(?:[\t >]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
  const ATX = /^#{1,6}(?:[ \t]|$)/;
  let fence: string | undefined;
  let rawEnd: RegExp | undefined;
  let blankBefore = false;
  let index = 0;
  for (let at = 0; at < text.length; index++) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end);
    const blank = line.trim() === '';
    const out: ScannedLine = { text: line, index, at, kind: 'code', boundary: false };
    if (fence) {
      const f = FENCE.exec(line);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) {
        fence = undefined;
        out.kind = 'fence';
      }
    } else if (rawEnd) {
      if (rawEnd.test(line)) rawEnd = undefined;
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
        fence = f[1];
        out.kind = 'fence';
        out.lang = line.slice(f[0].length).trim().split(/\s/, 1)[0].toLowerCase();
      } else {
        out.kind = 'markdown';
        out.boundary = at > 0 && (ATX.test(line) || (blankBefore && !blank && !CONTINUES.test(line)));
        const end = rawHtmlEnd(line);
        if (end && !end.test(line)) rawEnd = end;
      }
    }
    visit(out);
    blankBefore = blank;
    at = end + 1;
  }
}

/** Line-start offsets where parsing may restart (0 first), ascending. */
export function findBoundaries(text: string): number[] {
  const offsets = [0];
  scanLines(text, (l) => {
    if (l.boundary) offsets.push(l.at);
  });
  return offsets;
}
