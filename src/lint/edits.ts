/**
 * Building blocks for the rules' repairs (`fix` edits): where a line ends, how the template's skeleton
 * of a section reads when inserted. Edits are offsets into the text the rule was given; the fixer
 * applies them (src/fix). Inserted text always uses `\n`: the fixer restores CRLF afterwards.
 */
import type { TextEdit } from '../core/findings.js';
import { positionAt, type ParsedDocument } from '../markdown/parse.js';
import type { TemplateSection } from '../template/model.js';
import { headingLine } from './scope.js';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/** Offset of the start of the line after `line` (1-based), or the end of the text. */
export function afterLine(doc: ParsedDocument, line: number): number {
  return doc.lineStarts[line] ?? doc.text.length;
}

export function isBlankLine(doc: ParsedDocument, line: number): boolean {
  return (doc.lines[line - 1] ?? '').trim() === '';
}

/** 1-based line holding an offset. */
export function lineAt(doc: ParsedDocument, offset: number): number {
  return positionAt(doc.lineStarts, offset).line;
}

export interface BlockInsert {
  /** A blank line between the line above and the block. */
  blankBefore: boolean;
  /** A blank line between the block and a non-blank line below it. */
  blankAfter: boolean;
}

/** Insert whole lines (`block`, without final newline) after `line`; a last line without newline is ended first. */
export function insertAfterLine(doc: ParsedDocument, line: number, block: string, o: BlockInsert): TextEdit {
  const at = afterLine(doc, line);
  let text = at === doc.text.length && doc.text !== '' && !doc.text.endsWith('\n') ? '\n' : '';
  if (o.blankBefore && at > 0) text += '\n';
  text += `${block}\n`;
  if (o.blankAfter && at < doc.text.length && !isBlankLine(doc, line + 1)) text += '\n';
  return { start: at, end: at, text };
}

/** Insert whole lines before the line starting at `offset` (a line start, or the end of the text). */
export function insertBeforeOffset(doc: ParsedDocument, offset: number, block: string): TextEdit {
  const { text } = doc;
  let prefix = '';
  if (offset > 0) {
    if (text[offset - 1] !== '\n') prefix = '\n\n';
    else if (!isBlankLine(doc, lineAt(doc, offset - 1))) prefix = '\n';
  }
  const suffix = offset < text.length ? '\n\n' : '\n';
  return { start: offset, end: offset, text: `${prefix}${block}${suffix}` };
}

/**
 * Whether text inserted at `offset` would land inside a code block. One left open runs on in Markdown
 * (to the end of the text, or to a bare fence meant for a later block), wherever lint reads it as ending.
 */
function insideCodeAt(doc: ParsedDocument, offset: number): boolean {
  return doc.codeBlocks.some((c) => offset > c.startOffset && (offset < c.endOffset || !c.closed));
}

/**
 * The edits, or a finding that says it cannot be fixed: when one would write into code, or would add a
 * code fence to a document with a fence left open (which fence pairs with which would change, and text
 * far away would turn into code or out of it).
 */
export function fixUnlessInCode(doc: ParsedDocument, edits: TextEdit[]): { fix: TextEdit[] } | { fixable: false } {
  const intoCode = edits.some((e) => e.start === e.end && insideCodeAt(doc, e.start));
  const fenceIntoBrokenText = doc.codeBlocks.some((c) => !c.closed) && edits.some((e) => /^[^\S\n\r\u2028\u2029]*(?:```|~~~)/m.test(e.text));
  return intoCode || fenceIntoBrokenText ? { fixable: false } : { fix: edits };
}

function isListLine(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** A section's skeleton body as it goes under its heading: lists follow directly (as in the template), other content after a blank line. */
export function bodyUnderHeading(body: string): string {
  const b = body.replace(/\r\n?/g, '\n').trimEnd();
  if (b === '') return '';
  return (isListLine(b) ? '\n' : '\n\n') + b;
}

/** The template's skeleton of one section, heading included, without a final newline. */
export function sectionSkeleton(t: TemplateSection): string {
  return headingLine(t.depth, t.heading) + bodyUnderHeading(t.body);
}

/** Start of the first non-blank line after the front matter (the end of the text when there is none). */
export function bodyStartOffset(doc: ParsedDocument): number {
  let line = doc.bodyStartLine;
  while (line <= doc.lines.length && isBlankLine(doc, line)) line++;
  return doc.lineStarts[line - 1] ?? doc.text.length;
}

/** Where content appended at the end of a document goes: before a trailing HTML comment (e.g. archdoc's stamp). */
export function endInsertionOffset(doc: ParsedDocument): number {
  let last = doc.lines.length;
  while (last > 0 && isBlankLine(doc, last)) last--;
  if (last === 0) return doc.text.length;
  if (!/-->\s*$/.test(doc.lines[last - 1])) return doc.text.length;
  let first = last;
  while (first > 0 && !doc.lines[first - 1].includes('<!--')) first--;
  if (first === 0 || !/^\s*<!--/.test(doc.lines[first - 1])) return doc.text.length;
  return doc.lineStarts[first - 1];
}
