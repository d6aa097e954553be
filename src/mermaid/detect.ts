/**
 * Cheap, synchronous facts about a diagram that rules need without loading mermaid: its type keyword
 * and its title. Skips what mermaid skips before its type detection: front matter, `%%{...}%%`
 * directives, `%%` comments and blank lines. One linear pass over the lines.
 */

import yaml from 'js-yaml';
import { computeLineStarts, positionAt } from '../markdown/parse.js';

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

/**
 * Diagram types whose grammar has a `title ...` statement (elsewhere only front matter gives a title).
 * Not kanban, mindmap, flowchart, erDiagram: there a `title X` line is a node or an entity.
 */
function hasTitleStatement(keyword: string): boolean {
  switch (keyword.toLowerCase()) {
    case 'c4context':
    case 'c4container':
    case 'c4component':
    case 'c4dynamic':
    case 'c4deployment':
    case 'sequencediagram':
    case 'gantt':
    case 'journey':
    case 'pie':
    case 'quadrantchart':
    case 'xychart-beta':
    case 'xychart':
    case 'timeline':
    case 'gitgraph':
    case 'packet-beta':
    case 'packet':
    case 'architecture-beta':
    case 'radar-beta':
    case 'treemap-beta':
      return true;
  }
  return false;
}

function splitLines(source: string): string[] {
  return source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Where mermaid's front matter regex matches: the whole match and its groups. */
interface FrontMatterMatch {
  length: number;
  /** The blanks before the opening `---` (group 1). */
  indent: string;
  /** Offset of the YAML text (group 2): js-yaml's line numbers count from its line. */
  bodyStart: number;
  body: string;
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

function isNewline(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/**
 * What mermaid's front matter regex /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s
 * (src/diagram-api/regexes.ts) matches at the start of a diagram: its length, indent and YAML. A scan, because
 * the regex tried each line end of a blank run after the opening `---` against all the rest (quadratic).
 */
export function frontMatterMatch(source: string): FrontMatterMatch | undefined {
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
    if (end !== undefined) return { length: end, indent, bodyStart: lastNewline + 1, body: source.slice(lastNewline + 1, c) };
  }
  // Else the regex backtracked into the blank run: `---\n\n---\n` is front matter with an empty body.
  const inside = blankEnd - 1 - indent.length;
  const end = inside > firstNewline ? endIfClosingAt(inside) : undefined;
  if (end === undefined) return undefined;
  // The body is then the blanks between the run's last line end before the closing line and that line.
  let bodyStart = inside;
  while (!isNewline(source[bodyStart - 1])) bodyStart--;
  return { length: end, indent, bodyStart, body: source.slice(bodyStart, inside) };
}

/** Index of the first line after the front matter (0 without one): its match ends after the line ends that follow the closing `---`. */
function firstLineAfterFrontMatter(source: string): number {
  const m = frontMatterMatch(source);
  return m ? source.slice(0, m.length).split('\n').length - 1 : 0;
}

/** Position of the first diagram keyword, or undefined for an empty / comment-only diagram. */
export function diagramHeader(source: string): DiagramHeader | undefined {
  const lines = splitLines(source);
  let i = firstLineAfterFrontMatter(source);
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

/**
 * The front matter's title as mermaid reads it: js-yaml (JSON schema) over the body with the indent taken
 * off each line, then `title` if truthy. A title that is a list or map is left out: mermaid would print it
 * with toString(), and a list of aliases can expand to an enormous string.
 */
function frontMatterTitle(fm: FrontMatterMatch): string | undefined {
  const body = fm.indent
    ? fm.body
        .split('\n')
        .map((l) => (l.startsWith(fm.indent) ? l.slice(fm.indent.length) : l))
        .join('\n')
    : fm.body;
  let parsed: unknown;
  try {
    parsed = yaml.load(body, { schema: yaml.JSON_SCHEMA });
  } catch {
    // No title: mermaid rejects the diagram (errors.ts reports where).
  }
  const title = typeof parsed === 'object' && parsed !== null && 'title' in parsed ? parsed.title : undefined;
  if (typeof title !== 'string' && typeof title !== 'number' && typeof title !== 'boolean') return undefined;
  return title ? String(title).trim() : undefined;
}

/** What a `title ...` line states: mermaid's C4 lexer reads /title\s[^#\n;]+/; xychart's grammar reads a quoted string whole. */
function statementTitle(keyword: string, line: string): string {
  const quoted = keyword.startsWith('xychart') ? /^\s*title\s+"([^"]*)"/.exec(line) : null;
  if (quoted) return quoted[1].trim();
  const m = /^\s*title\s([^#;]+)/.exec(line);
  return m ? m[1].trim() : '';
}

/**
 * The diagram's title: a `title ...` statement in grammars that have one (C4, sequence, gantt, pie, ...),
 * else a front matter `title:`. An erDiagram or flowchart reads a `title X` line as nodes, not a title.
 */
export function titleOf(source: string): DiagramTitle | undefined {
  const lines = splitLines(source);
  const header = diagramHeader(source);
  if (header && hasTitleStatement(header.keyword)) {
    // `\s+(\S.*|<one blank>)$` captures what `\s+(.+)$` did, without the two quantifiers trading spaces.
    const onHeader = /^\s*pie(?:\s+showData)?\s+title\s+(\S.*|[^\S\n\r\u2028\u2029])$/.exec(lines[header.line - 1]);
    if (header.keyword === 'pie' && onHeader) return { title: onHeader[1].trim(), line: header.line };
    for (let i = header.line; i < lines.length; i++) {
      const title = statementTitle(header.keyword, lines[i]);
      if (title) return { title, line: i + 1 };
    }
  }
  const fm = frontMatterMatch(source);
  const title = fm && frontMatterTitle(fm);
  if (!fm || !title) return undefined;
  // The line of its `title:` key (a quoted key or a flow map: the front matter's first line).
  const starts = computeLineStarts(source);
  const first = positionAt(starts, fm.bodyStart).line;
  const closing = positionAt(starts, fm.bodyStart + fm.body.length).line;
  const key = new RegExp(`^${fm.indent}["']?title["']?\\s*:`);
  const at = lines.slice(first - 1, closing).findIndex((l) => key.test(l));
  return { title, line: at === -1 ? first : first + at };
}
