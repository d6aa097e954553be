/**
 * Cheap, synchronous facts about a diagram that rules need without loading mermaid: its type keyword
 * and its title. Skips what mermaid skips before its type detection: front matter, `%%{...}%%`
 * directives, `%%` comments and blank lines. One linear pass over the lines.
 */

export interface DiagramHeader {
  /** As written: 'C4Context', 'erDiagram', 'graph', 'stateDiagram-v2', ... */
  keyword: string;
  /** 1-based position of the keyword in the diagram source. */
  line: number;
  column: number;
}

export interface DiagramTitle {
  title: string;
  line: number;
}

/** Diagram types whose grammar has a `title ...` statement (elsewhere only front matter gives a title). */
const TITLE_STATEMENT = new Set(
  [
    'C4Context',
    'C4Container',
    'C4Component',
    'C4Dynamic',
    'C4Deployment',
    'sequenceDiagram',
    'gantt',
    'journey',
    'pie',
    'quadrantChart',
    'xychart-beta',
    'xychart',
    'timeline',
    'gitGraph',
    'packet-beta',
    'packet',
    'architecture-beta',
    'radar-beta',
    'treemap-beta',
    'kanban',
  ].map((k) => k.toLowerCase()),
);

function splitLines(source: string): string[] {
  return source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

interface FrontMatter {
  /** Index of the first line after the front matter. */
  bodyStart: number;
  indent: string;
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

function isNewline(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/**
 * What mermaid's front matter regex /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s
 * (src/diagram-api/regexes.ts) matches at the start of a diagram: its length and indent. A scan, because
 * the regex tried each line end of a blank run after the opening `---` against all the rest (quadratic).
 */
export function frontMatterMatch(source: string): { length: number; indent: string } | undefined {
  let i = 0;
  while (isSpace(source[i]) && !isNewline(source[i])) i++;
  const indent = source.slice(0, i);
  if (!source.startsWith('---', i)) return undefined;
  // The blank run after the opening `---`: the body starts after its last line end if a closing line follows.
  let blankEnd = i + 3;
  let firstNewline = -1;
  let lastNewline = -1;
  for (; isSpace(source[blankEnd]); blankEnd++) {
    if (!isNewline(source[blankEnd])) continue;
    if (firstNewline === -1) firstNewline = blankEnd;
    lastNewline = blankEnd;
  }
  if (firstNewline === -1) return undefined;
  const closing = `${indent}---`;
  /** The match's end if a closing line starts at the line end `c`: after the last line end of the blanks that follow. */
  const endIfClosingAt = (c: number): number | undefined => {
    if (!isNewline(source[c]) || !source.startsWith(closing, c + 1)) return undefined;
    let end: number | undefined;
    for (let e = c + 1 + closing.length; isSpace(source[e]); e++) if (isNewline(source[e])) end = e + 1;
    return end;
  };
  for (let c = lastNewline + 1; c < source.length; c++) {
    const end = endIfClosingAt(c);
    if (end !== undefined) return { length: end, indent };
  }
  // Else the regex backtracked into the blank run: `---\n\n---\n` is front matter with an empty body.
  const inside = blankEnd - 1 - indent.length;
  const end = inside > firstNewline ? endIfClosingAt(inside) : undefined;
  return end === undefined ? undefined : { length: end, indent };
}

function frontMatter(source: string): FrontMatter | undefined {
  const m = frontMatterMatch(source);
  if (!m) return undefined;
  // The match ends after the newline(s) that follow the closing `---`.
  const consumed = source.slice(0, m.length).split('\n').length - 1;
  return { bodyStart: consumed, indent: m.indent };
}

/** Position of the first diagram keyword, or undefined for an empty / comment-only diagram. */
export function diagramHeader(source: string): DiagramHeader | undefined {
  const lines = splitLines(source);
  let i = frontMatter(source)?.bodyStart ?? 0;
  let inDirective = false;
  for (; i < lines.length; i++) {
    let rest = lines[i];
    let offset = 0;
    for (;;) {
      if (inDirective) {
        const close = rest.indexOf('}%%');
        if (close === -1) break;
        inDirective = false;
        offset += close + 3;
        rest = rest.slice(close + 3);
      }
      const trimmed = rest.trimStart();
      const lead = rest.length - trimmed.length;
      if (trimmed.startsWith('%%{')) {
        inDirective = true;
        offset += lead + 3;
        rest = trimmed.slice(3);
        continue;
      }
      if (trimmed === '' || trimmed.startsWith('%%')) break;
      const m = /^[a-z][\w-]*/i.exec(trimmed);
      if (!m) return undefined;
      return { keyword: m[0], line: i + 1, column: offset + lead + 1 };
    }
  }
  return undefined;
}

/** The diagram's type keyword as written ('' if none). */
export function diagramKeyword(source: string): string {
  return diagramHeader(source)?.keyword ?? '';
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) return v.slice(1, -1);
  return v.replace(/(?<!\s)\s+#.*$/, '');
}

/**
 * The diagram's title: a `title ...` statement in grammars that have one (C4, sequence, gantt, pie, ...),
 * else a front matter `title:`. An erDiagram or flowchart reads a `title X` line as nodes, not a title.
 */
export function titleOf(source: string): DiagramTitle | undefined {
  const lines = splitLines(source);
  const header = diagramHeader(source);
  if (header && TITLE_STATEMENT.has(header.keyword.toLowerCase())) {
    // `\s+(\S.*|<one blank>)$` captures what `\s+(.+)$` did, without the two quantifiers trading spaces.
    const onHeader = /^\s*pie(?:\s+showData)?\s+title\s+(\S.*|[^\S\n\r\u2028\u2029])$/.exec(lines[header.line - 1]);
    if (header.keyword === 'pie' && onHeader) return { title: onHeader[1].trim(), line: header.line };
    for (let i = header.line; i < lines.length; i++) {
      // mermaid's C4 lexer: /title\s[^#\n;]+/
      const m = /^\s*title\s([^#;]+)/.exec(lines[i]);
      if (m && m[1].trim()) return { title: m[1].trim(), line: i + 1 };
    }
  }
  const fm = frontMatter(source);
  if (fm) {
    for (let i = 1; i < fm.bodyStart - 1; i++) {
      const m = /^(\s*)title\s*:(.*)$/.exec(lines[i]);
      if (m && m[1] === fm.indent && unquote(m[2])) return { title: unquote(m[2]), line: i + 1 };
    }
  }
  return undefined;
}
