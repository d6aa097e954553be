import type { Rule } from '../rule.js';
import { headingLine } from '../scope.js';

/**
 * The earlier of the two headings is named first. The one matched to the template is usually the
 * earlier, but not always: a better-matching heading further down wins the template section.
 */
function message(repeat: string, repeatLine: number, matched: string, matchedLine: number): string {
  return matchedLine < repeatLine
    ? `Section \`${repeat}\` at line ${repeatLine} repeats \`${matched}\` (first at line ${matchedLine}): merge the two into one.`
    : `Section \`${repeat}\` at line ${repeatLine} is repeated by \`${matched}\` at line ${matchedLine}: merge the two into one.`;
}

export const sectionDuplicate: Rule = {
  name: 'section-duplicate',
  description: 'A template section appears twice.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    return ctx.match.duplicates.map((d) => ({
      message: message(
        headingLine(d.heading.depth, d.heading.text),
        d.heading.line,
        headingLine(d.first.heading.depth, d.first.heading.text),
        d.first.heading.line,
      ),
      line: d.heading.line,
      column: d.heading.column,
    }));
  },
};
