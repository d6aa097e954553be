/**
 * A replica of the text transformations mermaid 11.17.2 applies before its parser sees a diagram
 * (mermaid.parse -> preprocessDiagram twice -> Diagram.fromText -> encodeEntities + "\n"), with the
 * same regular expressions, recording every edit so that a position in the parser's input can be
 * mapped back to the diagram source. mermaid's error lines count from the preprocessed text: front
 * matter, directives and comment lines are gone, so without this map they would point elsewhere.
 * Pure: no mermaid import.
 */
import { computeLineStarts, positionAt } from '../markdown/parse.js';
import { frontMatterMatch } from './detect.js';

/** input[start, end) became `length` characters of output. */
interface Edit {
  start: number;
  end: number;
  length: number;
}

export class TrackedText {
  private readonly steps: Edit[][] = [];

  constructor(public text: string) {}

  /** String#replace with the same semantics, remembering what changed. */
  replace(re: RegExp, replacer: (match: string, ...groups: (string | undefined)[]) => string): void {
    const edits: Edit[] = [];
    this.text = this.text.replace(re, (...args: unknown[]) => {
      const match = String(args[0]);
      // Callback args: match, ...groups, offset, whole string (no named groups in these regexes).
      const offset = Number(args[args.length - 2]);
      const groups = args.slice(1, -2).map((g) => (typeof g === 'string' ? g : undefined));
      const out = replacer(match, ...groups);
      if (out !== match) edits.push({ start: offset, end: offset + match.length, length: out.length });
      return out;
    });
    this.steps.push(edits);
  }

  /** Drop the first n characters. */
  dropPrefix(n: number): void {
    if (n <= 0) return;
    this.steps.push([{ start: 0, end: n, length: 0 }]);
    this.text = this.text.slice(n);
  }

  /** Drop the last n characters. */
  dropSuffix(n: number): void {
    if (n <= 0) return;
    this.steps.push([{ start: this.text.length - n, end: this.text.length, length: 0 }]);
    this.text = this.text.slice(0, this.text.length - n);
  }

  append(suffix: string): void {
    this.steps.push([{ start: this.text.length, end: this.text.length, length: suffix.length }]);
    this.text += suffix;
  }

  /** Map an offset in the current text to the offset in the original text it came from. */
  toOriginal(offset: number): number {
    let o = offset;
    for (let s = this.steps.length - 1; s >= 0; s--) o = mapBack(this.steps[s], o);
    return o;
  }
}

function mapBack(edits: Edit[], o: number): number {
  let shift = 0; // output offset minus input offset, so far
  for (const e of edits) {
    const outStart = e.start + shift;
    if (o < outStart) return o - shift;
    if (o < outStart + e.length) {
      // Inside replaced text: point at the corresponding (or last) replaced input character.
      return e.start + Math.min(o - outStart, Math.max(0, e.end - e.start - 1));
    }
    shift += e.length - (e.end - e.start);
  }
  return o - shift;
}

/**
 * mermaid's preprocessDiagram(): cleanupText, front matter, directives, comments. The regexes here and in
 * encodeEntities are mermaid 11.17.2's (src/diagram-api/regexes.ts, comments.ts, preprocess.ts, utils.ts),
 * with the same matches: groups nobody reads made non-capturing, braces escaped, redundant flag and
 * quantifier dropped. Where one of them can still backtrack badly, analyzeDiagram has run checkLimits
 * (limits.ts) first, which refuses the input whose cost it would explode on; mermaid runs the same regexes
 * on the same text anyway.
 */
function preprocessPass(t: TrackedText): void {
  t.replace(/\r\n?/g, () => '\n');
  // The word taken whole ((?=(\w+))\1): the only match mermaid's /<(\w+)([^>]*)>/ can find has it, and
  // a `<` without `>` no longer retries every shorter word. Each `<` still runs to the next `>`: checkLimits bounds that sum.
  t.replace(/<(?=(\w+))\1([^>]*)>/g, (_m, tag, attributes) => '<' + tag + (attributes ?? '').replace(/="([^"]*)"/g, "='$1'") + '>');
  const fm = frontMatterMatch(t.text);
  if (fm) t.dropPrefix(fm.length);
  t.replace(/%{2}\{\s*(?:\w+\s*:|\w+)\s*(?:\w+|(?:(?!\}%{2}).|\r?\n)*)\s*(?:\}%{2})?/g, () => ''); // directives
  // eslint-disable-next-line regexp/no-super-linear-move -- mermaid's; checkLimits bounds its blank runs (blankRunCost).
  t.replace(/^\s*%%(?!\{)[^\n]+\n?/gm, () => ''); // comment lines
  t.dropPrefix(t.text.length - t.text.trimStart().length);
}

/** Diagram.fromText(): encodeEntities() then a trailing newline. */
function encodeEntities(t: TrackedText): void {
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- mermaid's; checkLimits refuses the lines it crawls on (styleLineCost).
  t.replace(/style.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1));
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- mermaid's; checkLimits refuses the lines it crawls on (styleLineCost).
  t.replace(/classDef.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1));
  t.replace(/#\w+;/g, (s) => {
    const inner = s.substring(1, s.length - 1);
    // (mermaid's test also allows a leading `+`, which `#\w+;` never matches.)
    return /^\d+$/.test(inner) ? '\uFB02\xB0\xB0' + inner + '\xB6\xDF' : '\uFB02\xB0' + inner + '\xB6\xDF';
  });
  t.append('\n');
}

/** Rewrites some diagram parsers apply to their input (mermaid wraps them around the jison parser). */
function parserWrapper(t: TrackedText, keyword: string): void {
  if (keyword === 'graph' || keyword === 'flowchart' || keyword === 'flowchart-elk') {
    t.replace(/\}\s*\n/g, () => '}\n');
  } else if (keyword === 'sankey-beta' || keyword === 'sankey') {
    t.replace(/^[^\S\n\r]+|(?<![^\S\n\r])[^\S\n\r]+$/g, () => '');
    t.replace(/([\n\r])+/g, () => '\n');
    t.dropPrefix(t.text.length - t.text.trimStart().length);
    t.dropSuffix(t.text.length - t.text.trimEnd().length);
  }
}

/** The text mermaid.parse() hands to the diagram parser, with a map back to the source. */
export function parserInput(source: string, keyword: string): TrackedText {
  const t = new TrackedText(source);
  preprocessPass(t); // mermaid.parse -> processAndSetConfigs
  preprocessPass(t); // -> getDiagramFromText(code) preprocesses again
  encodeEntities(t);
  parserWrapper(t, keyword);
  return t;
}

/** What preprocessing a single pass leaves (mermaidAPI.getDiagramFromText(result) then matches mermaid.parse). */
export function onePass(source: string): string {
  const t = new TrackedText(source);
  preprocessPass(t);
  return t.text;
}

/** Maps parser-input positions to source positions. */
export class SourceMap {
  private readonly parsedStarts: number[];
  private readonly sourceStarts: number[];

  constructor(
    private readonly source: string,
    readonly parsed: TrackedText,
  ) {
    this.parsedStarts = computeLineStarts(parsed.text);
    this.sourceStarts = computeLineStarts(source);
  }

  /** Offset in the parser input of (1-based line, 0-based column) as jison reports them. */
  parsedOffset(line: number, column0: number): number {
    const start = this.parsedStarts[Math.min(Math.max(line, 1), this.parsedStarts.length) - 1];
    return Math.min(start + Math.max(0, column0), this.parsed.text.length);
  }

  /** Source position of a parser-input offset; past-the-end lands after the last visible character. */
  fromParsedOffset(offset: number): { line: number; column: number } {
    let o = this.parsed.toOriginal(offset);
    const visibleEnd = this.source.trimEnd().length;
    if (o > visibleEnd) o = visibleEnd;
    return positionAt(this.sourceStarts, o);
  }
}
