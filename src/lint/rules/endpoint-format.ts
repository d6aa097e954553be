import type { Rule, RuleFinding } from '../rule.js';
import { patternBullets } from '../endpoints.js';
import { fullRange, hasContent, headingLine } from '../scope.js';

export const endpointFormat: Rule = {
  name: 'endpoint-format',
  description: 'A Key Endpoints bullet is not `` `METHOD /path` - description ``, or the section lists none.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { m, pattern, bullets } of patternBullets(ctx)) {
      if (!hasContent(ctx.doc.text, fullRange(m))) continue; // section-empty says it once
      // The template's own bullet left in is a placeholder finding, not a format one.
      const real = bullets.filter((b) => !(b.code && ctx.template.placeholderCode.includes(b.code)));
      for (const b of real) {
        if (b.problem) out.push({ message: `Endpoint bullet: ${b.problem}.`, line: b.item.line, column: b.item.column });
      }
      if (bullets.length === 0) {
        out.push({
          message: `Section \`${headingLine(m.heading.depth, m.heading.text)}\` lists no bullets of the form \`\` ${pattern.example.replace(/^- /, '')} \`\`: add at least one.`,
          line: m.heading.line,
          column: m.heading.column,
        });
      }
    }
    return out;
  },
};
