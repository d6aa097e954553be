/**
 * Markdown -> a document model with positions: headings, sections, code blocks, list items.
 * Built on remark (mdast); everything carries 1-based lines and 0-based offsets into the source.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Heading, Code, ListItem, PhrasingContent, Nodes } from 'mdast';

export interface Span {
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

const processor = unified().use(remarkParse).use(remarkGfm);

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

export function plainText(node: Nodes): string {
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

export function parseDocument(text: string, path = 'document.md'): ParsedDocument {
  const { masked, endLine } = maskFrontMatter(text);
  const root = processor.parse(masked) as Root;
  const lineStarts = computeLineStarts(text);
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const headings: DocHeading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const listItems: DocListItem[] = [];

  const visit = (node: RootContent, nesting: number): void => {
    switch (node.type) {
      case 'heading': {
        const h = node as Heading;
        headings.push({ ...spanOf(h), depth: h.depth, text: plainText(h).trim(), index: headings.length });
        return;
      }
      case 'code': {
        const c = node as Code;
        const span = spanOf(c);
        const fenceLine = lines[span.line - 1] ?? '';
        const fenced = /^\s*(```|~~~)/.test(fenceLine);
        const indent = fenceLine.length - fenceLine.trimStart().length;
        const lastLine = (lines[span.endLine - 1] ?? '').trim();
        const closed = fenced && span.endLine > span.line && /^(```+|~~~+)\s*$/.test(lastLine);
        codeBlocks.push({
          ...span,
          lang: (c.lang ?? '').toLowerCase(),
          meta: c.meta ?? '',
          value: c.value,
          contentLine: fenced ? span.line + 1 : span.line,
          indent: fenced ? indent : 0,
          closed: fenced ? closed : true,
        });
        return;
      }
      case 'list': {
        for (const item of node.children) visit(item, nesting);
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

/** The last line that belongs to a range ending (exclusively) at `offset`. */
function endLineOf(lineStarts: number[], offset: number, length: number): number {
  if (offset >= length) return lineStarts.length;
  return positionAt(lineStarts, Math.max(0, offset - 1)).line;
}

/** Whether an offset range lies within [start, end). */
export function within(span: { startOffset: number }, start: number, end: number): boolean {
  return span.startOffset >= start && span.startOffset < end;
}
