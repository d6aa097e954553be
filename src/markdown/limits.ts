/**
 * Structural limits checked before a document is parsed (SPEC §6): beyond them micromark and mermaid
 * leave their fast paths (measured with scripts on generated inputs; see the numbers by each limit),
 * or overflow the stack. One linear pass over the lines; a refusal names the limit and the line.
 */
import { UsageError } from '../core/findings.js';
import { scanLines } from './blocks.js';

/**
 * Documents, templates and requirements larger than this are refused wherever they come from (file,
 * API, LLM reply). An architecture document is a few KB; lint and fix of 1 MB take about a second.
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * Containers (quotes and list items) open on one line. micromark's cost grows with depth times size,
 * a 2,000-deep list line took 4 s and ~4,000 levels overflow the stack; real documents nest 2 or 3 deep.
 */
const MAX_NESTING = 32;
/** Characters in one line outside code: a 1 MB line of words took 2.4 s to parse; prose lines are a few hundred. */
const MAX_LINE_CHARS = 64 * 1024;
/**
 * Characters in one block the parser cannot be restarted inside (a list, a quote, a table or a
 * paragraph with no heading or unindented paragraph after a blank line): micromark is slow on big
 * lists and tables (1 MB of nested list: 39 s), so the parse is cut into chunks, and this bounds a chunk.
 */
const MAX_BLOCK_CHARS = 128 * 1024;
/**
 * Emphasis, link and code marks in one paragraph: micromark matches them by splicing its event list,
 * quadratic in their number (`*` x 4,000 around a word took 2.4 s, 30,000 never ended); prose has dozens.
 */
const MAX_INLINE_MARKS = 5_000;
/**
 * List items per document: micromark tokenizes each item as a document of its own, about 130 µs an
 * item (256 KB of short nested items, 30,000 of them, took 4 s of CPU to lint); a document lists hundreds.
 */
const MAX_LIST_ITEMS = 5_000;
/** ```mermaid blocks per document: each costs a mermaid parse (10,000 tiny ones took 47 s); a document has a handful. */
const MAX_DIAGRAMS = 50;
/** Characters of all diagrams together (one may have up to 50,000: src/mermaid/limits.ts); ~0.3 s per 50 KB. */
const MAX_DIAGRAM_CHARS_TOTAL = 200_000;

/** A document archdoc refuses to check: the message names the file, the line and the limit. */
export class DocumentLimitError extends UsageError {}

interface Violation {
  line: number;
  message: string;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/**
 * Containers open on a line: its quote markers, plus the list items still open from earlier lines
 * (kept as their content columns, relative to the quote markers) and those it opens itself.
 */
function nestingOf(line: string, open: number[], items: { count: number }): number {
  let i = 0;
  let col = 0;
  let quotes = 0;
  const advance = () => {
    col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
    i++;
  };
  const blanks = () => {
    while (line[i] === ' ' || line[i] === '\t') advance();
  };
  for (blanks(); line[i] === '>'; blanks()) {
    quotes++;
    i++;
    col = 0;
  }
  // A line less indented than an item's content closes that item (a lazy continuation line is counted as closing it).
  while (open.length && col < open[open.length - 1]) open.pop();
  for (;;) {
    if (line[i] === '>') {
      quotes++;
      i++;
      blanks();
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (!marker) break;
    for (let k = 0; k < marker[0].length; k++) advance();
    for (let spaces = 0; (line[i] === ' ' || line[i] === '\t') && spaces < 4; spaces++) advance();
    open.push(col);
    items.count++;
  }
  return open.length + quotes;
}

function inlineMarks(line: string): number {
  // (In here rather than a module constant, where the mutation run could not reach it.)
  const marks = '*_[]`<~';
  let n = 0;
  for (let i = 0; i < line.length; i++) if (marks.includes(line[i])) n++;
  return n;
}

function firstViolation(text: string): Violation | undefined {
  let found: Violation | undefined;
  const open: number[] = [];
  const items = { count: 0 };
  let diagrams = 0;
  let diagramChars = 0;
  let inDiagram = false;
  let block = 0;
  let blockLine = 1;
  let marks = 0;
  let marksLine = 1;
  scanLines(text, (l) => {
    if (found) return;
    const line = l.index + 1;
    if (l.kind === 'fence') {
      // An opening fence has a language (maybe ''), a closing one none: either way the diagram, if any, is over.
      inDiagram = l.lang === 'mermaid';
      if (inDiagram && ++diagrams > MAX_DIAGRAMS)
        found = { line, message: `more than ${MAX_DIAGRAMS} mermaid diagrams; archdoc checks up to ${MAX_DIAGRAMS} per document` };
      return;
    }
    if (l.kind === 'code') {
      if (inDiagram && (diagramChars += l.text.length + 1) > MAX_DIAGRAM_CHARS_TOTAL) {
        found = {
          line,
          message: `the diagrams hold more than ${kb(MAX_DIAGRAM_CHARS_TOTAL)} together; archdoc checks up to ${kb(MAX_DIAGRAM_CHARS_TOTAL)} of mermaid per document`,
        };
      }
      return;
    }
    if (l.text.length > MAX_LINE_CHARS) {
      found = { line, message: `line is ${kb(l.text.length)} long; archdoc reads lines up to ${kb(MAX_LINE_CHARS)} (outside code blocks)` };
      return;
    }
    if (l.text.trim() === '') {
      marks = 0;
      return;
    }
    // A heading or a list item starts a paragraph of its own.
    if (/^[\s>]*(?:#|[-*+][ \t]|\d{1,9}[.)][ \t])/.test(l.text) || marks === 0) {
      marks = 0;
      marksLine = line;
    }
    marks += inlineMarks(l.text);
    if (marks > MAX_INLINE_MARKS) {
      found = {
        line: marksLine,
        message: `a paragraph with more than ${MAX_INLINE_MARKS.toLocaleString('en-US')} emphasis, link and code marks (* _ [ ] \` < ~); archdoc reads up to ${MAX_INLINE_MARKS.toLocaleString('en-US')} per paragraph`,
      };
      return;
    }
    const depth = nestingOf(l.text, open, items);
    if (depth > MAX_NESTING) {
      found = { line, message: `lists and quotes nested ${depth > 999 ? 'over 999' : depth} deep; archdoc reads nesting up to ${MAX_NESTING} levels` };
      return;
    }
    if (items.count > MAX_LIST_ITEMS) {
      found = {
        line,
        message: `more than ${MAX_LIST_ITEMS.toLocaleString('en-US')} list items; archdoc reads up to ${MAX_LIST_ITEMS.toLocaleString('en-US')} per document`,
      };
      return;
    }
    if (l.boundary) {
      block = 0;
      blockLine = line;
    }
    block += l.text.length + 1;
    if (block > MAX_BLOCK_CHARS) {
      found = {
        line: blockLine,
        message: `a block (list, quote, table or paragraph) runs on for more than ${kb(MAX_BLOCK_CHARS)} from here without a break; archdoc reads blocks up to ${kb(MAX_BLOCK_CHARS)} (start a new section or an unindented paragraph)`,
      };
    }
  });
  return found;
}

/** Throws DocumentLimitError (`<path>:<line>: <limit>`) when the text is beyond a structural limit. */
export function checkDocumentLimits(text: string, path: string): void {
  if (text.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentLimitError(
      `${path}: ${(text.length / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
    );
  }
  const v = firstViolation(text);
  if (v) throw new DocumentLimitError(`${path}:${v.line}: ${v.message}`);
}
