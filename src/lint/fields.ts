/** Labelled fields (`- **Label**: value`) as they appear in a range of the document. */
import { parseField } from '../template/parse-template.js';
import type { ParsedDocument } from '../markdown/parse.js';
import type { Range } from './scope.js';

export interface DocField {
  label: string;
  value: string;
  line: number;
  /** Offset of the start of the line and of its end (before the newline). */
  lineStart: number;
  lineEnd: number;
  /** Offsets of the label text inside `**...**`. */
  labelStart: number;
  labelEnd: number;
}

export function fieldsIn(doc: ParsedDocument, r: Range): DocField[] {
  const fields: DocField[] = [];
  const first = lineIndexAt(doc, r.start);
  for (let i = first; i < doc.lines.length; i++) {
    const lineStart = doc.lineStarts[i];
    if (lineStart >= r.end) break;
    if (lineStart < r.start) continue;
    const line = doc.lines[i];
    const bullet = /^(?:\s*(?:[-*+]|\d+[.)])\s+)?/.exec(line)?.[0] ?? '';
    const f = parseField(line.slice(bullet.length));
    if (!f || insideCode(doc, lineStart)) continue;
    const labelStart = lineStart + line.indexOf('**', bullet.length) + 2;
    if (f.value === '' && nestedBelow(doc.lines, i)) f.value = doc.lines[nextNonBlank(doc.lines, i)].trim();
    fields.push({ ...f, line: i + 1, lineStart, lineEnd: lineStart + line.length, labelStart, labelEnd: labelStart + f.label.length });
  }
  return fields;
}

function nextNonBlank(lines: string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j].trim() === '') j++;
  return j;
}

/** `- **Database**:` followed by an indented list or text: the value is written below the label. */
function nestedBelow(lines: string[], i: number): boolean {
  const j = nextNonBlank(lines, i);
  if (j >= lines.length) return false;
  const indent = (l: string): number => l.length - l.trimStart().length;
  return indent(lines[j]) > indent(lines[i]);
}

function lineIndexAt(doc: ParsedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function insideCode(doc: ParsedDocument, offset: number): boolean {
  return doc.codeBlocks.some((c) => offset >= c.startOffset && offset < c.endOffset);
}

export function sameLabel(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

/** `Infrastructure` for `Infra`, `Error handling` for `Error Handling`: a renamed field rather than a missing one. */
export function similarLabel(want: string, found: string): boolean {
  const a = norm(want);
  const b = norm(found);
  return a !== b && a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
