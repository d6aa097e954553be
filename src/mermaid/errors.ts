/**
 * Turns whatever mermaid throws into a DiagramError whose position points into the diagram source.
 * mermaid reports positions in its preprocessed text (front matter, directives and comment lines
 * removed), and jison's lexical errors carry no column at all: the offending position is recovered
 * from the excerpt jison prints (`showPosition`) and mapped back through the preprocessing.
 */
import type { DiagramError } from './types.js';
import { frontMatterMatch, type DiagramHeader } from './detect.js';
import { computeLineStarts, positionAt } from '../markdown/parse.js';
import type { SourceMap } from './preprocess.js';

interface JisonHash {
  text?: unknown;
  token?: unknown;
  line?: unknown;
  loc?: { first_line?: unknown; first_column?: unknown };
  expected?: unknown;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (isRecord(err) && typeof err.message === 'string') return err.message;
  return String(err);
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/** jison's showPosition(): up to 20 characters before the token (pre), then the token and what follows. */
function excerptAt(parsed: string, p: number, match: string): { pre: string; upcoming: string } {
  const pre = (p > 20 ? '...' : '') + parsed.slice(Math.max(0, p - 20), p).replace(/\n/g, '');
  let next = match;
  if (next.length < 20) next += parsed.slice(p + match.length, p + match.length + 20 - next.length);
  return { pre, upcoming: (next.slice(0, 20) + (next.length > 20 ? '...' : '')).replace(/\n/g, '') };
}

/**
 * Offset in the parser input where jison's lookahead (or the unrecognised text) starts: the position
 * whose excerpt equals the one in the message, split where the caret points, with the token ending
 * on the line jison counted.
 */
function locateJison(parsed: string, message: string, yylineno: number, match: string): number | undefined {
  const [, excerpt, caretLine] = message.split('\n');
  if (excerpt === undefined || caretLine === undefined || !caretLine.endsWith('^')) return undefined;
  const pre = excerpt.slice(0, caretLine.length - 1);
  const upcoming = excerpt.slice(caretLine.length - 1);
  const starts = computeLineStarts(parsed);
  const matchLines = match.split('\n').length - 1;
  const from = starts[Math.max(0, Math.min(yylineno - matchLines, starts.length - 1))];
  const to = yylineno + 1 < starts.length ? starts[yylineno + 1] : parsed.length;
  for (let p = from; p <= to; p++) {
    if (!parsed.startsWith(match, p)) continue;
    if (positionAt(starts, p + match.length).line - 1 !== yylineno) continue;
    const at = excerptAt(parsed, p, match);
    if (at.pre === pre && at.upcoming === upcoming) return p;
  }
  return undefined;
}

function describeToken(text: string, token: unknown): string {
  if (token === 1 || token === 'EOF' || (text === '' && token !== null)) return 'end of diagram';
  if (text === '\n' || token === 'NEWLINE' || token === 'EOL') return 'end of line';
  return `\`${text.trim() || text}\``;
}

function expectedList(expected: unknown): string {
  if (!Array.isArray(expected)) return '';
  const names = expected.map((e) => String(e).replace(/^'|'$/g, ''));
  const shown = names.slice(0, 6).join(', ');
  return names.length > 6 ? `${shown}, ... (${names.length} possibilities)` : shown;
}

function sourceSnippet(source: string, line: number, column: number): string {
  const text = (source.split('\n')[line - 1] ?? '').replace(/\r$/, '');
  return text.slice(column - 1, column + 19).trim();
}

function fromJison(err: unknown, hash: JisonHash, map: SourceMap, source: string): DiagramError {
  const mermaidMessage = messageOf(err);
  const lexical = mermaidMessage.startsWith('Lexical error');
  const match = typeof hash.text === 'string' ? hash.text : '';
  let offset: number | undefined;
  if (typeof hash.line === 'number') offset = locateJison(map.parsed.text, mermaidMessage, hash.line, match);
  if (offset === undefined && hash.loc && typeof hash.loc.first_line === 'number') {
    offset = map.parsedOffset(hash.loc.first_line, typeof hash.loc.first_column === 'number' ? hash.loc.first_column : 0);
  }
  if (offset === undefined) {
    const m = /on line (\d+)/.exec(mermaidMessage);
    offset = map.parsedOffset(m ? Number(m[1]) : 1, 0);
  }
  const { line, column } = map.fromParsedOffset(offset);
  if (lexical) {
    const near = sourceSnippet(source, line, column);
    return { line, column, kind: 'lexical', message: `unrecognized text${near ? ` \`${near}\`` : ''}`, mermaidMessage };
  }
  const expecting = expectedList(hash.expected);
  const message = `unexpected ${describeToken(match, hash.token)}${expecting ? `; expecting ${expecting}` : ''}`;
  return { line, column, kind: 'parse', message, mermaidMessage };
}

/** Langium-based diagrams (pie, info, packet, architecture, ...): "Parse error on line L, column C: ...". */
function fromLangium(mermaidMessage: string, map: SourceMap): DiagramError | undefined {
  const m = /(Lexer|Parse) error on line (\d+), column (\d+): ([^\n]*)/.exec(mermaidMessage);
  if (!m) return undefined;
  const { line, column } = map.fromParsedOffset(map.parsedOffset(Number(m[2]), Number(m[3]) - 1));
  return { line, column, kind: m[1] === 'Lexer' ? 'lexical' : 'parse', message: m[4].trim(), mermaidMessage };
}

/** js-yaml's error for invalid front matter: mark.line counts from the line after the opening `---`. */
function fromYaml(err: Record<string, unknown>, source: string): DiagramError {
  const fm = frontMatterMatch(source);
  const bodyLine = fm ? positionAt(computeLineStarts(source), fm.bodyStart).line : 2;
  const mark = isRecord(err.mark) ? err.mark : {};
  const line = bodyLine + (typeof mark.line === 'number' ? mark.line : 0);
  const column = (fm?.indent.length ?? 0) + (typeof mark.column === 'number' ? mark.column : 0) + 1;
  const reason = typeof err.reason === 'string' ? err.reason : firstLine(messageOf(err));
  return { line, column, kind: 'front-matter', message: `invalid front matter: ${reason}`, mermaidMessage: messageOf(err) };
}

export function toDiagramError(err: unknown, source: string, map: SourceMap, header: DiagramHeader | undefined): DiagramError {
  const at = header ? { line: header.line, column: header.column } : { line: 1, column: 1 };
  const mermaidMessage = messageOf(err);
  if (isRecord(err)) {
    if (err.name === 'UnknownDiagramError' || mermaidMessage.startsWith('No diagram type detected')) {
      const message = header ? `unknown diagram type \`${header.keyword}\`` : 'no diagram type: the diagram is empty or only comments';
      return { ...at, kind: 'unknown-type', message, mermaidMessage };
    }
    if (err.name === 'YAMLException') return fromYaml(err, source);
    if (isRecord(err.hash) && /^(?:Parse|Lexical) error on line/.test(mermaidMessage)) return fromJison(err, err.hash, map, source);
  }
  const langium = fromLangium(mermaidMessage, map);
  if (langium) return langium;
  return { ...at, kind: 'other', message: firstLine(mermaidMessage) || 'mermaid rejected the diagram', mermaidMessage };
}
