import type { Rule } from '../rule.js';
import type { TextEdit } from '../../core/findings.js';
import type { ParsedDocument } from '../../markdown/parse.js';
import { sectionDiagrams } from '../diagrams.js';
import { insertAfterLine } from '../edits.js';
import type { DiagramInfo } from '../rule.js';

/** Document line of the diagram's keyword: past blank lines, `%%` comments and a `---` front matter block. */
function keywordLine(doc: ParsedDocument, d: DiagramInfo): number | undefined {
  const last = d.block.closed ? d.block.endLine - 1 : d.block.endLine;
  let inFrontMatter = false;
  for (let n = d.block.contentLine; n <= last; n++) {
    const text = (doc.lines[n - 1] ?? '').trim();
    if (n === d.block.contentLine && text === '---') inFrontMatter = true;
    else if (inFrontMatter) inFrontMatter = text !== '---';
    else if (text !== '' && !text.startsWith('%%')) return n;
  }
  return undefined;
}

/** `title ...` on the line after the keyword, indented like the diagram's statements. */
function addTitle(doc: ParsedDocument, d: DiagramInfo, title: string): TextEdit | undefined {
  const at = keywordLine(doc, d);
  if (at === undefined) return undefined;
  const indentOf = (line: string): string => line.slice(0, line.length - line.trimStart().length);
  const own = indentOf(doc.lines[at - 1]);
  const last = d.block.closed ? d.block.endLine - 1 : d.block.endLine;
  const next = doc.lines.slice(at, last).find((l) => l.trim() !== '');
  const indent = next !== undefined && indentOf(next).length > own.length ? indentOf(next) : `${own}    `;
  return insertAfterLine(doc, at, `${indent}title ${title}`, { blankBefore: false, blankAfter: false });
}

export const diagramTitle: Rule = {
  name: 'diagram-title',
  description: 'The diagram has no `title` line although the template gives it one.',
  severity: 'warning',
  fixable: true,
  check(ctx) {
    return sectionDiagrams(ctx).flatMap(({ diagram, typeMatches, want }) => {
      if (!diagram || !typeMatches || !want.title || diagram.analysis.title) return [];
      const edit = addTitle(ctx.doc, diagram, want.title);
      return [
        {
          message: `Diagram has no title: add \`title ${want.title}\` below \`${want.type}\`.`,
          line: diagram.block.line,
          column: diagram.block.column,
          ...(edit ? { fix: [edit] } : { fixable: false }),
        },
      ];
    });
  },
};
