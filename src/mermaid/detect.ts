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

// mermaid's front matter regex (src/diagram-api/regexes.ts), anchored at the start of the diagram.
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;

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

function frontMatter(source: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(source);
  if (!m) return undefined;
  // The match ends after the newline(s) that follow the closing `---`.
  const consumed = m[0].split('\n').length - 1;
  return { bodyStart: consumed, indent: m[1] };
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
      const m = /^[A-Za-z][\w-]*/.exec(trimmed);
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
  return v.replace(/\s+#.*$/, '');
}

/**
 * The diagram's title: a `title ...` statement in grammars that have one (C4, sequence, gantt, pie, ...),
 * else a front matter `title:`. An erDiagram or flowchart reads a `title X` line as nodes, not a title.
 */
export function titleOf(source: string): DiagramTitle | undefined {
  const lines = splitLines(source);
  const header = diagramHeader(source);
  if (header && TITLE_STATEMENT.has(header.keyword.toLowerCase())) {
    const onHeader = /^\s*pie(?:\s+showData)?\s+title\s+(.+)$/.exec(lines[header.line - 1]);
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
