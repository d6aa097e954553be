/**
 * Elements, relations and swallowed lines of a C4 diagram that mermaid parsed, with source positions.
 * mermaid's database has the semantics but no positions (and merges duplicate aliases), so the
 * parser input is re-tokenised with mermaid's own C4 lexer: each macro token, its argument tokens
 * and their locations. A line that looks like a declaration but sits inside an argument token is
 * one mermaid swallowed (a missing `)` or an unquoted last argument runs on to the next comma).
 */
import type { C4Analysis, C4Element, C4Relation, SwallowedElement } from './types.js';
import type { SourceMap } from './preprocess.js';

interface Loc {
  first_line: number;
  first_column: number;
}

interface JisonLexer {
  setInput(input: string, yy: object): unknown;
  lex(): unknown;
  yytext: string;
  yylloc: Loc;
}

interface Token {
  name: string;
  text: string;
  /** Offset in the parser input. */
  offset: number;
}

type Role = 'element' | 'boundary' | 'relation' | 'style' | 'argument';

/**
 * What a terminal of mermaid 11's C4 lexer is. Looked up per token rather than held in module-level sets,
 * so a test run can tell each name apart (a set is built once, when the module loads).
 */
function roleOf(terminal: string): Role | undefined {
  switch (terminal) {
    case 'PERSON':
    case 'PERSON_EXT':
    case 'SYSTEM':
    case 'SYSTEM_DB':
    case 'SYSTEM_QUEUE':
    case 'SYSTEM_EXT':
    case 'SYSTEM_EXT_DB':
    case 'SYSTEM_EXT_QUEUE':
    case 'CONTAINER':
    case 'CONTAINER_DB':
    case 'CONTAINER_QUEUE':
    case 'CONTAINER_EXT':
    case 'CONTAINER_EXT_DB':
    case 'CONTAINER_EXT_QUEUE':
    case 'COMPONENT':
    case 'COMPONENT_DB':
    case 'COMPONENT_QUEUE':
    case 'COMPONENT_EXT':
    case 'COMPONENT_EXT_DB':
    case 'COMPONENT_EXT_QUEUE':
      return 'element';
    case 'ENTERPRISE_BOUNDARY':
    case 'SYSTEM_BOUNDARY':
    case 'BOUNDARY':
    case 'CONTAINER_BOUNDARY':
    case 'NODE':
    case 'NODE_L':
    case 'NODE_R':
      return 'boundary';
    case 'REL':
    case 'BIREL':
    case 'REL_U':
    case 'REL_D':
    case 'REL_L':
    case 'REL_R':
    case 'REL_B':
    case 'REL_INDEX':
      return 'relation';
    case 'UPDATE_EL_STYLE':
    case 'UPDATE_REL_STYLE':
    case 'UPDATE_LAYOUT_CONFIG':
      return 'style';
    case 'STR': // quoted or not: the lexer declares ATTRIBUTE but never returns it
    case 'STR_KEY':
    case 'STR_VALUE':
    case 'ATTRIBUTE_EMPTY':
      return 'argument';
  }
  return undefined;
}

/** A line that starts with a macro of mermaid's C4 lexer that declares something (a swallowed one is lost). */
function declarationLine(): RegExp {
  return new RegExp(
    '^(\\s*)(' +
      [
        'Person_Ext',
        'Person',
        'SystemQueue_Ext',
        'SystemDb_Ext',
        'System_Ext',
        'SystemQueue',
        'SystemDb',
        'System',
        'Enterprise_Boundary',
        'System_Boundary',
        'Container_Boundary',
        'Boundary',
        'ContainerQueue_Ext',
        'ContainerDb_Ext',
        'Container_Ext',
        'ContainerQueue',
        'ContainerDb',
        'Container',
        'ComponentQueue_Ext',
        'ComponentDb_Ext',
        'Component_Ext',
        'ComponentQueue',
        'ComponentDb',
        'Component',
        'Deployment_Node',
        'Node_L',
        'Node_R',
        'Node',
        'Rel_Up',
        'Rel_U',
        'Rel_Down',
        'Rel_D',
        'Rel_Left',
        'Rel_L',
        'Rel_Right',
        'Rel_R',
        'Rel_Back',
        'RelIndex',
        'BiRel',
        'Rel',
      ].join('|') +
      ')\\s*\\(\\s*"?([^",)]*)',
  );
}

interface Argument {
  text: string;
  offset: number;
}

interface Declaration {
  name: string;
  macro: Token;
  args: Argument[];
  /** `$techn="..."` and the like: key-value arguments by key. */
  named: Record<string, string>;
  /** Tokens that carry argument text (where swallowed lines hide). */
  texts: Token[];
}

/** What mermaid's database holds about one element or boundary (its label, technology, parent). */
interface ShapeInfo {
  label: string;
  technology?: string;
  description?: string;
  parent?: string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isLexer(x: unknown): x is JisonLexer {
  return isRecord(x) && typeof x.setInput === 'function' && typeof x.lex === 'function';
}

/** What mermaid keeps as an alias: the argument trimmed; a swallowing argument cut at its first line. */
function aliasOf(text: string): string {
  return text.split('\n')[0].trim();
}

/** mermaid stores each text argument as `{ text }`; anything else (a misplaced `$key=value`) counts as absent. */
function textOf(x: unknown): string | undefined {
  if (!isRecord(x) || typeof x.text !== 'string') return undefined;
  const t = x.text.trim();
  return t === '' ? undefined : t;
}

/** The elements and boundaries mermaid created, by alias ('global' is mermaid's implicit outermost boundary). */
function shapesIn(...lists: unknown[]): Map<string, ShapeInfo> {
  const out = new Map<string, ShapeInfo>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item) || typeof item.alias !== 'string' || item.alias === 'global') continue;
      const technology = textOf(item.techn);
      const description = textOf(item.descr);
      const parent =
        typeof item.parentBoundary === 'string' && item.parentBoundary !== 'global' && item.parentBoundary ? aliasOf(item.parentBoundary) : undefined;
      out.set(aliasOf(item.alias), {
        label: textOf(item.label) ?? '',
        ...(technology ? { technology } : {}),
        ...(description ? { description } : {}),
        ...(parent ? { parent } : {}),
      });
    }
  }
  return out;
}

function tokenize(lexerProto: JisonLexer, terminals: Record<string, unknown>, map: SourceMap): Token[] | undefined {
  const lexer = Object.create(lexerProto) as JisonLexer;
  const input = map.parsed.text;
  lexer.setInput(input, {});
  const tokens: Token[] = [];
  // Every token consumes at least one character, so this bounds the loop even if the lexer misbehaves.
  for (let i = 0; i <= input.length + 1; i++) {
    const id = lexer.lex();
    const name = typeof id === 'number' ? String(terminals[id] ?? id) : String(id);
    if (name === 'EOF' || id === 1) return tokens;
    const loc = lexer.yylloc;
    tokens.push({ name, text: lexer.yytext, offset: map.parsedOffset(loc.first_line, loc.first_column) });
  }
  return undefined;
}

function declarations(tokens: Token[]): Declaration[] {
  const out: Declaration[] = [];
  let current: Declaration | undefined;
  let key = '';
  for (const t of tokens) {
    const role = roleOf(t.name);
    if (current && role === 'argument') {
      current.texts.push(t);
      // A `$key="value"` pair fills one argument slot; STR_VALUE belongs to the preceding STR_KEY.
      if (t.name === 'STR_KEY') key = t.text.trim();
      if (t.name === 'STR_VALUE') {
        current.named[key] = t.text.trim();
        continue;
      }
      current.args.push({ text: t.name === 'STR' ? t.text : '', offset: t.offset });
      continue;
    }
    current = undefined;
    if (role !== undefined && role !== 'argument') {
      current = { name: t.name, macro: t, args: [], named: {}, texts: [] };
      out.push(current);
    }
  }
  return out;
}

/** Source position of an argument's first visible character. */
function argPosition(arg: Argument, map: SourceMap): { line: number; column: number } {
  const lead = arg.text.length - arg.text.trimStart().length;
  return map.fromParsedOffset(arg.offset + lead);
}

function owner(d: Declaration): string {
  const slot = d.name === 'REL_INDEX' ? 1 : 0;
  return aliasOf(d.args[slot]?.text ?? '');
}

function swallowedIn(d: Declaration, map: SourceMap): SwallowedElement[] {
  const out: SwallowedElement[] = [];
  const intoLine = map.fromParsedOffset(d.macro.offset).line;
  const declaration = declarationLine();
  for (const t of d.texts) {
    const pieces = t.text.split('\n');
    let at = t.offset + pieces[0].length + 1;
    for (const piece of pieces.slice(1)) {
      const m = declaration.exec(piece);
      if (m) {
        const pos = map.fromParsedOffset(at + m[1].length);
        out.push({ alias: m[3].trim(), kind: m[2], ...pos, into: owner(d), intoKind: d.macro.text, intoLine });
      }
      at += piece.length + 1;
    }
  }
  return out;
}

/**
 * @param diagram what mermaidAPI.getDiagramFromText returned for the same parser input `map` describes.
 * @returns undefined when the diagram object does not look like mermaid 11's C4 diagram.
 */
export function extractC4(diagram: unknown, map: SourceMap): C4Analysis | undefined {
  if (!isRecord(diagram) || !isRecord(diagram.parser) || !isRecord(diagram.db)) return undefined;
  if (diagram.text !== map.parsed.text) return undefined; // our replica of mermaid's preprocessing drifted
  const { parser, db } = diagram;
  if (!isLexer(parser.lexer) || !isRecord(parser.terminals_)) return undefined;
  if (typeof db.getC4ShapeArray !== 'function' || typeof db.getBoundaries !== 'function') return undefined;
  const known = shapesIn(db.getC4ShapeArray(), db.getBoundaries());

  const tokens = tokenize(parser.lexer, parser.terminals_, map);
  if (!tokens) return undefined;
  const elements: C4Element[] = [];
  const relations: C4Relation[] = [];
  const swallowed: SwallowedElement[] = [];
  for (const d of declarations(tokens)) {
    swallowed.push(...swallowedIn(d, map));
    const role = roleOf(d.name);
    if (role === 'relation') {
      const first = d.name === 'REL_INDEX' ? 1 : 0;
      const from = d.args[first];
      const to = d.args[first + 1];
      if (!from || !to) continue;
      const at = map.fromParsedOffset(d.macro.offset);
      const f = argPosition(from, map);
      const tt = argPosition(to, map);
      const label = d.args[first + 2]?.text.trim() || d.named.label;
      const technology = d.args[first + 3]?.text.trim() || d.named.techn;
      relations.push({
        kind: d.macro.text,
        from: aliasOf(from.text),
        to: aliasOf(to.text),
        line: at.line,
        column: at.column,
        fromLine: f.line,
        fromColumn: f.column,
        toLine: tt.line,
        toColumn: tt.column,
        ...(label ? { label } : {}),
        ...(technology ? { technology } : {}),
      });
    } else if (role === 'element' || role === 'boundary') {
      const arg = d.args[0];
      if (!arg) continue;
      const alias = aliasOf(arg.text);
      const shape = known.get(alias);
      if (!shape) continue; // mermaid did not create it
      elements.push({ alias, kind: d.macro.text, ...argPosition(arg, map), boundary: role === 'boundary', ...shape });
    }
  }
  return { elements, relations, swallowed };
}
