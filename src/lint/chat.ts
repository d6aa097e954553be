/**
 * Chat residue: what an LLM says around the document ("Here is...", "✅ ... complete!", "Next steps"),
 * and a ```markdown fence wrapped round the whole document.
 */

export interface LineRange {
  /** 1-based inclusive lines. */
  startLine: number;
  endLine: number;
}

export interface ChatResidue {
  preamble?: LineRange;
  postamble?: LineRange;
  /** The wrapper's opening and closing fence lines. */
  wrapper?: { open: number; close: number };
}

const OPENER =
  /^\s*(?:here(?:'s| is| are)\b|sure[,!.]|certainly[,!.]|of course[,!.]|absolutely[,!.]|okay[,!.]|great[,!.]|below is\b|as requested\b|i(?:'ve| have) (?:generated|created|prepared|written|drafted)\b|i'll (?:generate|create|write)\b|let me (?:generate|create|write)\b)/i;
const CLOSER =
  /(?:✅|✔|🎉|âœ)[^\n]*\b(?:complete|completed|done|ready|generated|finished)\b|^\s*(?:>\s*)*[*_]*\s*next steps\b|\blet me know\b|\bi hope this helps\b|\bfeel free to\b|\bwould you like (?:me )?to\b|\bcopy response\b|\bhappy to help\b|\bif you(?:'d like| need| want) (?:me|any|more|further)\b/i;
const FENCE = /^\s{0,3}(```+|~~~+)\s*(markdown|md)?\s*$/i;
const HEADING = /^\s{0,3}#{1,6}\s/;
const ANY_FENCE = /^\s{0,3}(```|~~~)/;

export function findChatResidue(lines: string[], bodyStart = 1): ChatResidue {
  const out: ChatResidue = {};
  let first = bodyStart - 1;
  while (first < lines.length && lines[first].trim() === '') first++;
  // Preamble: chatter before the first heading or the wrapper fence.
  let structural = first;
  while (structural < lines.length && !HEADING.test(lines[structural]) && !FENCE.test(lines[structural])) structural++;
  if (structural < lines.length && structural > first && lines.slice(first, structural).some((l) => OPENER.test(l))) {
    out.preamble = { startLine: first + 1, endLine: structural };
  }
  // Wrapper: a markdown fence opening right there and its partner as the last fence line of the document.
  const open = structural;
  if (open < lines.length && FENCE.test(lines[open])) {
    const marker = FENCE.exec(lines[open])?.[1] ?? '```';
    let close = lines.length - 1;
    while (close > open && !(lines[close].trim().startsWith(marker[0]) && FENCE.test(lines[close]) && !FENCE.exec(lines[close])?.[2])) close--;
    const inner = lines.slice(open + 1, close);
    if (close > open && inner.some((l) => HEADING.test(l))) out.wrapper = { open: open + 1, close: close + 1 };
  }
  // Postamble: from the first closing remark after which no heading or fence follows, to the end.
  const from = out.wrapper ? out.wrapper.close : structural + 1;
  for (let i = from; i < lines.length; i++) {
    if (!CLOSER.test(lines[i]) || /^\s*(?:[-*+]|\d+[.)])\s+\*\*[^*]+\*\*\s*:/.test(lines[i])) continue;
    // Closing remarks are short and last; a long stretch after the match is the author's text.
    if (lines.slice(i).filter((l) => l.trim()).length > 12) continue;
    if (lines.slice(i + 1).some((l) => HEADING.test(l) || ANY_FENCE.test(l))) continue;
    let start = i;
    // Take the blank lines, a `---` and the blockquote lines that lead into it along.
    while (start > from && /^\s*(?:>.*|---+|\*\*\*+|)\s*$/.test(lines[start - 1]) && !(out.wrapper && start - 1 < out.wrapper.close)) start--;
    while (start < i && lines[start].trim() === '') start++;
    let end = lines.length;
    while (end > i + 1 && lines[end - 1].trim() === '') end--;
    out.postamble = { startLine: start + 1, endLine: end };
    break;
  }
  return out;
}

/** Blank the wrapper's fence lines (same length, same offsets) so the document inside parses as Markdown. */
export function maskWrapper(text: string, lineStarts: number[], residue: ChatResidue): string {
  if (!residue.wrapper) return text;
  let out = text;
  for (const line of [residue.wrapper.open, residue.wrapper.close]) {
    const start = lineStarts[line - 1];
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out = out.slice(0, start) + text.slice(start, end).replace(/[^\r]/g, ' ') + out.slice(end);
  }
  return out;
}
