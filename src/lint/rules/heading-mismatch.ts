import type { Rule } from '../rule.js';
import type { TextEdit } from '../../core/findings.js';
import type { ParsedDocument } from '../../markdown/parse.js';
import type { MatchedSection } from '../match.js';
import { headingLine } from '../scope.js';

/** Rewrite the heading as the template writes it; a setext heading (text over `===`/`---`) stays setext where it can. */
function rewriteHeading(doc: ParsedDocument, m: MatchedSection): TextEdit {
  const h = m.heading;
  const t = m.template;
  // `3. Data Model` over `---` would be a list item and a rule: such text only works as an ATX heading.
  const setextSafe = !/^\s*(?:\d{1,9}[.)]|[-+*>#]|=+|`{3}|~{3})(?:\s|$)/.test(t.heading);
  if (h.endLine > h.line && t.depth <= 2 && setextSafe) {
    const underline = doc.lines[h.endLine - 1].trim();
    // An underline as long as its text grows or shrinks with it; any other length is the author's choice.
    const fitted = h.endLine === h.line + 1 && underline.length === doc.lines[h.line - 1].trim().length;
    const length = fitted ? t.heading.length : underline.length;
    return { start: h.startOffset, end: h.endOffset, text: `${t.heading}\n${(t.depth === 1 ? '=' : '-').repeat(Math.max(3, length))}` };
  }
  return { start: h.startOffset, end: h.endOffset, text: headingLine(t.depth, t.heading) };
}

export const headingMismatch: Rule = {
  name: 'heading-mismatch',
  description: "A section is recognisably there, but its heading text or level differs from the template's.",
  severity: 'error',
  fixable: true,
  check(ctx) {
    return ctx.match.byTemplate.flatMap((m) => {
      if (!m || m.exact) return [];
      const want = headingLine(m.template.depth, m.template.heading);
      const found = headingLine(m.heading.depth, m.heading.text);
      const what =
        m.heading.text === m.template.heading
          ? `level ${m.heading.depth} should be level ${m.template.depth}`
          : m.heading.depth === m.template.depth
            ? 'text differs from the template'
            : 'text and level differ from the template';
      return [
        {
          message: `Heading \`${found}\`: ${what}; write \`${want}\`.`,
          line: m.heading.line,
          column: m.heading.column,
          endLine: m.heading.endLine, // a setext heading's underline; the engine drops an endLine on the finding's own line
          fix: [rewriteHeading(ctx.doc, m)],
        },
      ];
    });
  },
};
