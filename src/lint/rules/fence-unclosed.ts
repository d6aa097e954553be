import type { Rule } from '../rule.js';
import { afterLine } from '../edits.js';

export const fenceUnclosed: Rule = {
  name: 'fence-unclosed',
  description: 'A code fence is never closed, so the text after it would be read as code.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const { doc } = ctx;
    // parseForLint has ended each open block where its content stops; the closing fence goes right there.
    return doc.codeBlocks
      .filter((c) => !c.closed)
      .map((c) => {
        const fence = /^\s*(`{3,}|~{3,})/.exec(doc.lines[c.line - 1])?.[1] ?? '```';
        const at = afterLine(doc, c.endLine);
        const newline = at === doc.text.length && !doc.text.endsWith('\n') ? '\n' : '';
        return {
          message: `Unclosed code fence opened at line ${c.line}: close it with ${fence} after line ${c.endLine}.`,
          line: c.line,
          column: c.column,
          fix: [{ start: at, end: at, text: `${newline}${' '.repeat(c.indent)}${fence}\n` }],
        };
      });
  },
};
