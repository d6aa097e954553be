/**
 * Markdown -> a document model with positions: headings, sections, code blocks, list items.
 * Built on remark (mdast); everything carries 1-based lines and 0-based offsets into the source.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { remarkGfmStructure } from './gfm.js';
import { findBoundaries, rawHtmlEnd } from './blocks.js';
import { checkDocumentLimits } from './limits.js';
import type { Root, RootContent, Heading, Code, ListItem, PhrasingContent, Nodes } from 'mdast';

interface Span {
  /** 1-based first line. */
  line: number;
  column: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
}

export interface DocHeading extends Span {
  depth: number;
  /** The heading's plain text (inline markup flattened). */
  text: string;
  /** Index in `ParsedDocument.headings`. */
  index: number;
}

export interface CodeBlock extends Span {
  lang: string;
  meta: string;
  value: string;
  /** Line of the first content line (the line after the opening fence). */
  contentLine: number;
  /** Indentation of the fence, added to columns inside the block. */
  indent: number;
  /** Whether the block has a closing fence. */
  closed: boolean;
}

export interface DocListItem extends Span {
  /** Text of the item's first paragraph as written in the source (markup kept). */
  raw: string;
  /** The first paragraph's inline children (for structured checks). */
  children: PhrasingContent[];
  /** Depth of list nesting (0 for top-level lists). */
  nesting: number;
}

export interface DocSection {
  heading: DocHeading;
  /** Offset where the section's own content ends: the next heading of any level, or the end. */
  ownEndOffset: number;
  /** Offset where the whole section (with subsections) ends: next heading of level <= depth. */
  fullEndOffset: number;
  ownEndLine: number;
  fullEndLine: number;
}

export interface ParsedDocument {
  path: string;
  text: string;
  lines: string[];
  /** Offsets of the start of each line (index 0 = line 1). */
  lineStarts: number[];
  root: Root;
  headings: DocHeading[];
  sections: DocSection[];
  codeBlocks: CodeBlock[];
  listItems: DocListItem[];
  /** Line after the front matter block (1 when there is none). */
  bodyStartLine: number;
}

const processor = unified().use(remarkParse).use(remarkGfmStructure);

/** remark over the whole text at once (the reference the chunked parse must agree with). */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text) as Root;
}

/** Blank out YAML/TOML front matter (keeping offsets) so remark does not read it as a setext heading. */
function maskFrontMatter(text: string): { masked: string; endLine: number } {
  const m = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { masked: text, endLine: 1 };
  const block = m[0];
  const lines = block.split('\n').length - (block.endsWith('\n') ? 1 : 0);
  return { masked: block.replace(/[^\r\n]/g, ' ') + text.slice(block.length), endLine: lines + 1 };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function spanOf(node: Nodes): Span {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) {
    return { line: 1, column: 1, endLine: 1, startOffset: 0, endOffset: 0 };
  }
  return { line: p.start.line, column: p.start.column, endLine: p.end.line, startOffset: p.start.offset, endOffset: p.end.offset };
}

/** Each parse has a fixed setup cost, and micromark's grows faster than linearly with the lists in one parse: a few KB each. */
const CHUNK_BYTES = 4 * 1024;

/** Restart offsets at least `chunkBytes` apart, chosen from the places where every block is closed. */
function chunkStarts(text: string, chunkBytes: number): number[] {
  const starts = [0];
  for (const at of findBoundaries(text)) if (at - starts[starts.length - 1] >= chunkBytes) starts.push(at);
  return starts;
}

/**
 * Whether a chunk's parse ended with every block closed, as a parse of the whole text would be at that
 * point: the line scan can be fooled (a fence inside a list item looks like a top-level one), so a
 * chunk whose last block is fenced code without its closing fence, or HTML running to the end, is
 * not a place to restart.
 */
function cleanEnd(part: Root, chunk: string): boolean {
  // The block that ends the chunk may sit at the end of a list or quote: look at the innermost last one.
  let last: Nodes | undefined = part.children[part.children.length - 1];
  while (last && (last.type === 'list' || last.type === 'listItem' || last.type === 'blockquote') && last.children.length) {
    last = last.children[last.children.length - 1];
  }
  if (!last || (last.type !== 'code' && last.type !== 'html')) return true;
  const endOffset = last.position?.end.offset ?? chunk.length;
  if (last.type === 'html') {
    // HTML of the kinds that run on (comments, <script>) ends at its end marker; any other at a blank line.
    const end = rawHtmlEnd(last.value);
    return end ? end.test(last.value) : /\n[ \t]*\r?\n/.test(chunk.slice(endOffset));
  }
  const startOffset = last.position?.start.offset ?? 0;
  const body = chunk.slice(startOffset, endOffset);
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(body);
  if (!open) return true; // indented code ends at any unindented line
  const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim();
  return body.includes('\n') && lastLine[0] === open[1][0] && /^(?:`+|~+)$/.test(lastLine) && lastLine.length >= open[1].length;
}

/** The text up to the end of its last line with anything but blanks on it (line ending included). */
function withoutTrailingBlankLines(chunk: string): string {
  let end = chunk.length;
  while (end > 0) {
    const start = end >= 2 ? chunk.lastIndexOf('\n', end - 2) + 1 : 0;
    if (chunk.slice(start, end).trim() !== '') break;
    end = start;
  }
  return chunk.slice(0, end);
}

function shiftPositions(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset };
    p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const c of node.children as Nodes[]) shiftPositions(c, lines, offset);
}

/**
 * remark over the whole text, chunk by chunk: micromark's cost grows faster than linearly with the
 * number of lists in one parse, so a 1 MB document parsed whole takes many times ten 100 KB ones.
 * (Cost: a reference definition only resolves links within its own chunk.)
 */
export function parseMarkdown(text: string, chunkBytes = CHUNK_BYTES): Root {
  const starts = chunkStarts(text, chunkBytes);
  if (starts.length === 1) return processor.parse(text) as Root;
  const root: Root = { type: 'root', children: [] };
  let line = 0;
  for (let i = 0; i < starts.length; i++) {
    let chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
    // Blank lines before a restart belong to no block; left in, an open code block inside a list would take them.
    let part = processor.parse(i + 1 < starts.length ? withoutTrailingBlankLines(chunk) : chunk) as Root;
    if (i + 1 < starts.length && !cleanEnd(part, chunk)) {
      // The scan was fooled: the rest is parsed at once, as a whole parse would see it.
      chunk = text.slice(starts[i]);
      part = processor.parse(chunk) as Root;
      starts.length = i + 1;
    }
    for (const child of part.children) {
      shiftPositions(child, line, starts[i]);
      root.children.push(child);
    }
    for (let j = chunk.indexOf('\n'); j !== -1; j = chunk.indexOf('\n', j + 1)) line++;
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: positionEnd(text) };
  return root;
}

function positionEnd(text: string): { line: number; column: number; offset: number } {
  const lastNl = text.lastIndexOf('\n');
  return { line: text.split('\n').length, column: text.length - lastNl, offset: text.length };
}

export function parseDocument(text: string, path = 'document.md'): ParsedDocument {
  // Refused before parsing: beyond these, micromark crawls or overflows the stack.
  checkDocumentLimits(text, path);
  const { masked, endLine } = maskFrontMatter(text);
  const root = parseMarkdown(masked);
  const lineStarts = computeLineStarts(text);
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const headings: DocHeading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const listItems: DocListItem[] = [];

  const visit = (node: RootContent, nesting: number): void => {
    switch (node.type) {
      case 'heading': {
        const h = node as Heading;
        // Blanks and line breaks read as one blank, as a browser shows them: a setext heading may span lines.
        headings.push({ ...spanOf(h), depth: h.depth, text: plainText(h).replace(/\s+/g, ' ').trim(), index: headings.length });
        return;
      }
      case 'code': {
        const c = node as Code;
        const span = spanOf(c);
        // The block starts at its fence, which may follow a quote's or a list item's markers on its line.
        const line = lines[span.line - 1] ?? '';
        const fenceLine = line.slice(span.column - 1);
        const fenced = /^(?:```|~~~)/.test(fenceLine);
        // The closing fence sits behind as many quote markers as the opening one.
        const lastLine = withoutQuoteMarkers(lines[span.endLine - 1] ?? '', line.slice(0, span.column - 1).split('>').length - 1).trim();
        // Closed only by a fence of the same character, at least as long as the opening one.
        const opening = /^(`+|~+)/.exec(fenceLine)?.[1] ?? '```';
        const closing = /^(`+|~+)\s*$/.exec(lastLine)?.[1];
        const closed = fenced && span.endLine > span.line && !!closing && closing[0] === opening[0] && closing.length >= opening.length;
        codeBlocks.push({
          ...span,
          lang: (c.lang ?? '').toLowerCase(),
          meta: c.meta ?? '',
          value: c.value,
          contentLine: fenced ? span.line + 1 : span.line,
          indent: fenced ? span.column - 1 : 0,
          closed: fenced ? closed : true,
        });
        return;
      }
      case 'listItem': {
        const li = node as ListItem;
        const first = li.children[0];
        if (first && first.type === 'paragraph') {
          const s = spanOf(first);
          listItems.push({ ...spanOf(li), raw: text.slice(s.startOffset, s.endOffset), children: first.children, nesting });
        }
        for (const child of li.children) visit(child, child.type === 'list' ? nesting + 1 : nesting);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child, nesting);
    }
  };
  for (const child of root.children) visit(child, 0);

  const sections: DocSection[] = headings.map((h, i) => {
    const next = headings[i + 1];
    const ownEndOffset = next ? next.startOffset : text.length;
    let fullEndOffset = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        fullEndOffset = headings[j].startOffset;
        break;
      }
    }
    return {
      heading: h,
      ownEndOffset,
      fullEndOffset,
      ownEndLine: endLineOf(lineStarts, ownEndOffset, text.length),
      fullEndLine: endLineOf(lineStarts, fullEndOffset, text.length),
    };
  });

  return { path, text, lines, lineStarts, root, headings, sections, codeBlocks, listItems, bodyStartLine: endLine };
}

function withoutQuoteMarkers(line: string, quotes: number): string {
  let rest = line;
  for (let i = 0; i < quotes; i++) rest = rest.replace(/^[ \t]*>/, '');
  return rest;
}

/** The last line that belongs to a range ending (exclusively) at `offset`. */
function endLineOf(lineStarts: number[], offset: number, length: number): number {
  if (offset >= length) return lineStarts.length;
  return positionAt(lineStarts, Math.max(0, offset - 1)).line;
}

/** Whether an offset range lies within [start, end). */
export function within(span: { startOffset: number }, start: number, end: number): boolean {
  return span.startOffset >= start && span.startOffset < end;
}
