/**
 * Take the document out of an LLM's reply: drop reasoning blocks, chat around the document
 * ("Here is…", "✅ … complete!", "Next steps"), a fence wrapped round the whole of it, and stray text
 * before the first heading. The same detector as the `chat-residue` rule, so what lint would flag goes.
 */
import { findChatResidue } from '../lint/chat.js';

export interface Extraction {
  /** The document, with `\n` line ends and one final newline; '' when the reply holds none. */
  text: string;
  /** What was removed, for logs ("3 lines of chat before the document"). */
  removed: string[];
}

const THINK = /^\s*<(think|thinking|reasoning)>[\s\S]*?<\/\1>\s*/i;
const HEADING = /^\s{0,3}#{1,6}\s/;
const FENCE = /^\s{0,3}(?:```|~~~)/;

/** Non-blank lines among the 1-based inclusive range. */
const nonBlank = (lines: string[], from: number, to: number) => lines.slice(from - 1, to).filter((l) => l.trim()).length;
const lineCount = (n: number) => `${n} line${n === 1 ? '' : 's'}`;

export function extractDocument(reply: string): Extraction {
  const removed: string[] = [];
  let text = reply.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const think = THINK.exec(text);
  if (think) {
    text = text.slice(think[0].length);
    removed.push(`a <${think[1]}> block`);
  }
  let lines = text.split('\n');
  const residue = findChatResidue(lines);
  const drop = new Set<number>();
  const take = (from: number, to: number) => {
    for (let l = from; l <= to; l++) drop.add(l - 1);
  };
  if (residue.preamble) {
    take(residue.preamble.startLine, residue.preamble.endLine);
    removed.push(`${lineCount(nonBlank(lines, residue.preamble.startLine, residue.preamble.endLine))} of chat before the document`);
  }
  if (residue.wrapper) {
    take(residue.wrapper.open, residue.wrapper.open);
    // Whatever follows the closing fence is outside the document, chat or not.
    const after = nonBlank(lines, residue.wrapper.close + 1, lines.length);
    take(residue.wrapper.close, lines.length);
    removed.push('the code fence around the document');
    if (after) removed.push(`${lineCount(after)} of chat after the document`);
  } else if (residue.postamble) {
    take(residue.postamble.startLine, residue.postamble.endLine);
    removed.push(`${lineCount(nonBlank(lines, residue.postamble.startLine, residue.postamble.endLine))} of chat after the document`);
  }
  lines = lines.filter((_, i) => !drop.has(i));

  // Prose before the first heading is the model talking, unless it holds a fence or an HTML comment.
  const first = lines.findIndex((l) => HEADING.test(l));
  if (first > 0) {
    const before = lines.slice(0, first);
    const words = before.filter((l) => l.trim());
    if (words.length && !before.some((l) => FENCE.test(l) || l.includes('<!--'))) {
      lines = lines.slice(first);
      removed.push(`${lineCount(words.length)} of text before the first heading`);
    }
  }
  if (first === -1) return { text: '', removed };
  const doc = lines
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  return { text: doc ? `${doc}\n` : '', removed };
}
