import type { Rule } from '../rule.js';
import { fullRange, hasContent, headingLine } from '../scope.js';
import { bodyUnderHeading, fixUnlessInCode, insertAfterLine } from '../edits.js';
import type { TemplateSection } from '../../template/model.js';
import type { TextEdit } from '../../core/findings.js';
import type { ParsedDocument } from '../../markdown/parse.js';
import { article } from './diagram-type.js';

/**
 * Sections the template expects something in (a title heading with only subsections expects nothing itself).
 * A diagram, fields, bullets and `...` all stand in the section's skeleton body, so a body is what says it.
 */
function expectsContent(t: TemplateSection): boolean {
  return t.body !== '';
}

export const sectionEmpty: Rule = {
  name: 'section-empty',
  description: 'A required section has no content.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    return ctx.match.byTemplate.flatMap((m) => {
      if (!m || !expectsContent(m.template) || hasContent(ctx.doc.text, fullRange(m))) return [];
      return [
        {
          message: `Section \`${headingLine(m.heading.depth, m.heading.text)}\` is empty: write its content (the template expects ${describe(m.template)}).`,
          line: m.heading.line,
          column: m.heading.column,
          ...fillWithSkeleton(ctx.doc, m.heading.endLine, m.template),
        },
      ];
    });
  },
};

/** The template's skeleton under the heading (never empty: a section with no body expects nothing). */
function fillWithSkeleton(doc: ParsedDocument, headingEnd: number, t: TemplateSection): { fix?: TextEdit[]; fixable?: boolean } {
  const body = bodyUnderHeading(t.body);
  const blankBefore = body.startsWith('\n\n');
  return fixUnlessInCode(doc, [insertAfterLine(doc, headingEnd, body.replace(/^\n+/, ''), { blankBefore, blankAfter: true })]);
}

function describe(t: TemplateSection): string {
  const parts: string[] = [];
  if (t.diagram) parts.push(`${article(t.diagram.type)} ${t.diagram.type} diagram`);
  if (t.fields.length) parts.push(t.fields.map((f) => `**${f.label}**`).join(', '));
  if (t.patterns.length) parts.push(`bullets like ${t.patterns[0].example.replace(/^- /, '')}`);
  return parts.length ? parts.join('; ') : 'some text';
}
