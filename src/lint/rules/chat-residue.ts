import type { Rule, RuleFinding } from '../rule.js';
import type { ParsedDocument } from '../../markdown/parse.js';
import type { TextEdit } from '../../core/findings.js';
import { findChatResidue, type LineRange } from '../chat.js';

/** Delete whole lines [startLine, endLine] with their newlines. */
function deleteLines(doc: ParsedDocument, startLine: number, endLine: number): TextEdit {
  return { start: doc.lineStarts[startLine - 1], end: doc.lineStarts[endLine] ?? doc.text.length, text: '' };
}

export const chatResidue: Rule = {
  name: 'chat-residue',
  description: 'Chat text from the LLM ("Here is...", "✅ ... complete!", "Next steps", a whole-document ```markdown wrapper).',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const { doc } = ctx;
    const r = findChatResidue(doc.lines, doc.bodyStartLine);
    const out: RuleFinding[] = [];
    if (r.preamble) out.push(preamble(doc, r.preamble));
    if (r.wrapper) {
      out.push(
        {
          message: `The whole document is wrapped in a code fence: remove this opening fence (and its closing fence at line ${r.wrapper.close}).`,
          line: r.wrapper.open,
          column: 1,
          fix: [deleteLines(doc, r.wrapper.open, r.wrapper.open)],
        },
        {
          message: `Closing fence of the code fence wrapped round the whole document (opened at line ${r.wrapper.open}): remove it.`,
          line: r.wrapper.close,
          column: 1,
          fix: [deleteLines(doc, r.wrapper.close, r.wrapper.close)],
        },
      );
    }
    if (r.inside?.preamble) out.push(preamble(doc, r.inside.preamble));
    if (r.inside?.postamble) out.push(postamble(doc, r.inside.postamble));
    if (r.postamble) out.push(postamble(doc, r.postamble));
    return out;
  },
};

function preamble(doc: ParsedDocument, range: LineRange): RuleFinding {
  return {
    message: `Chat preamble ("${quoteStart(doc.lines[range.startLine - 1].trim())}") before the document: remove it.`,
    line: range.startLine,
    column: 1,
    endLine: range.endLine,
    // The range already ends with the blank lines before the document's first heading.
    fix: [deleteLines(doc, range.startLine, range.endLine)],
  };
}

function postamble(doc: ParsedDocument, range: LineRange): RuleFinding {
  let start = range.startLine;
  while (start > 1 && doc.lines[start - 2].trim() === '') start--;
  // Keep the newline that ends the last line of the document proper; the blank lines after the remark go with it.
  const from = doc.lineStarts[start - 1];
  const after = doc.lineStarts[range.endLine] ?? doc.text.length;
  const end = doc.text.slice(after).trim() === '' ? doc.text.length : after;
  return {
    message: `Chat text after the document ("${remark(doc.lines, range.startLine, range.endLine)}"): remove it.`,
    line: range.startLine,
    column: 1,
    endLine: range.endLine,
    fix: [{ start: from, end, text: '' }],
  };
}

/** The first line of a closing remark with words in it (not a `---` rule or an empty quote line). */
function remark(lines: string[], start: number, end: number): string {
  // The remark itself lies in the range, so some line has words.
  const words = lines.slice(start - 1, end).map((l) => l.replace(/^[\s>*_-]+/, '').trim());
  return quoteStart(words.find((w) => w !== '') ?? '');
}

/** The first words of a line, cut at a word boundary with an ellipsis rather than mid-word. */
function quoteStart(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
