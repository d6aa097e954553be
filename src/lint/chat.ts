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
  /**
   * Chat inside the wrapper, just after its opening fence or just before its closing one: what lint
   * would see once the wrapper is gone, so that fixing the wrapper never reveals new residue.
   */
  inside?: { preamble?: LineRange; postamble?: LineRange };
}

const OPENER =
  /^\s*(?:here(?:'s| is| are)\b|sure[,!.]|certainly[,!.]|of course[,!.]|absolutely[,!.]|okay[,!.]|great[,!.]|below is\b|as requested\b|i(?:'ve| have) (?:generated|created|prepared|written|drafted)\b|i'll (?:generate|create|write)\b|let me (?:generate|create|write)\b)/i;
// Closing remarks talk to the user about the conversation; a team's own "next steps" prose does not.
// Each test is linear in the line: no two quantifiers here can trade characters (a long run of
// spaces once cost seconds per line in a single alternation).
const CLOSER_EMOJI = /✅|✔|🎉|âœ/;
const CLOSER_DONE = /\b(?:complete|completed|done|ready|generated|finished)\b/i;
const CLOSER_PHRASE =
  /\blet me know (?:if|whether|what|how)\b|\bi hope this helps\b|\bfeel free to (?:ask me|let me know|reach out to me)\b|\bwould you like me to\b|\bcopy response\b|\bhappy to help\b|\bif you(?:'d like| want) me to\b|\bshall i\b/i;

/** A "Next steps" line on its own: quote markers, emphasis, blanks and colons around the two words only. */
function nextStepsLine(line: string): boolean {
  const m = /^[*_]*\s*next steps/i.exec(line.replace(/^[\s>]+/, ''));
  if (!m) return false;
  const rest = line
    .replace(/^[\s>]+/, '')
    .slice(m[0].length)
    .replace(/\s+/g, '');
  return /^:?[*_]*:?$/.test(rest);
}

/** Talk to the reader or about the conversation: "you", "your", "I", "me", "the prompt", "step 3". */
const ADDRESS = /\b(?:you|your|yours|me|my|prompt|step \d)\b/i;
/** The word "I" (capital only: "i.e." is no one talking). */
const FIRST_PERSON = /(?:^|[^\p{L}'])I(?:'(?:ll|ve|d|m))?(?![\p{L}\p{N}])/u;
/** A list item that is only a link (`- [Backup policy](./backups.md)`): a document's own navigation. */
const LINK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*\.?$/;

/**
 * A "Next steps" line is chat only when what follows it talks to the reader (a team's own next steps,
 * or a list of links to other documents, address no one): it is never enough on its own.
 */
function chatNextSteps(lines: string[], i: number): boolean {
  const after = lines.slice(i + 1).filter((l) => l.trim() !== '');
  if (after.every((l) => LINK_ITEM.test(l))) return false; // nothing after it, or only links
  return after.some((l) => ADDRESS.test(l) || FIRST_PERSON.test(l) || CLOSER_PHRASE.test(l));
}

function isCloser(lines: string[], i: number): boolean {
  const line = lines[i];
  const emoji = CLOSER_EMOJI.exec(line);
  if (emoji && CLOSER_DONE.test(line.slice(emoji.index + emoji[0].length))) return true;
  return CLOSER_PHRASE.test(line) || (nextStepsLine(line) && chatNextSteps(lines, i));
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*(?:(?:markdown|md)\s*)?$/i;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s/;

/**
 * An ATX heading, or a one-line setext heading (`Title` over `===` or `---`). A chat opener over
 * a rule ("Here is the document:" / `---`) is not a heading of the document's, whatever Markdown makes of it.
 */
function headingAt(lines: string[], i: number): boolean {
  if (HEADING.test(lines[i])) return true;
  const text = lines[i];
  const next = lines[i + 1];
  // Only a one-line paragraph counts: after other text the line may continue a paragraph or a list item.
  const fresh = i === 0 || lines[i - 1].trim() === '' || HEADING.test(lines[i - 1]);
  return (
    fresh &&
    next !== undefined &&
    UNDERLINE.test(next) &&
    text.trim() !== '' &&
    !UNDERLINE.test(text) &&
    !LIST_ITEM.test(text) &&
    !ANY_FENCE.test(text) &&
    !/^\s{0,3}>/.test(text) &&
    !OPENER.test(text)
  );
}
const ANY_FENCE = /^\s{0,3}(?:```|~~~)/;

export function findChatResidue(lines: string[], bodyStart = 1): ChatResidue {
  const out: ChatResidue = {};
  let first = bodyStart - 1;
  while (first < lines.length && lines[first].trim() === '') first++;
  // Preamble: chatter before the first heading or the wrapper fence.
  let structural = first;
  while (structural < lines.length && !headingAt(lines, structural) && !FENCE.test(lines[structural])) {
    // A code block before the document is passed over whole: its closing fence opens no wrapper.
    const block = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[structural]);
    if (block) structural = closingFence(lines, structural, block[1]);
    structural++;
  }
  if (structural < lines.length && lines.slice(first, structural).some((l) => OPENER.test(l))) {
    out.preamble = { startLine: first + 1, endLine: structural };
  }
  // Wrapper: a markdown fence opening right there and a partner that leaves the fences inside it paired.
  const open = structural;
  const wrapperFence = open < lines.length ? FENCE.exec(lines[open]) : null;
  if (wrapperFence) {
    const close = wrapperClose(lines, open, wrapperFence[1]);
    if (close !== undefined) {
      out.wrapper = { open: open + 1, close: close + 1 };
      const inner = findChatResidue(lines.slice(0, close), open + 2);
      if (inner.preamble || inner.postamble) {
        out.inside = { ...(inner.preamble ? { preamble: inner.preamble } : {}), ...(inner.postamble ? { postamble: inner.postamble } : {}) };
      }
    }
  }
  // Postamble: from the first closing remark after which no heading or fence follows, to the end.
  const from = out.wrapper ? out.wrapper.close : structural + 1;
  // Closing remarks are short and last; a long stretch after the match is the author's text. Only
  // the last 12 non-blank lines can start one (found from the end, so the scan stays linear).
  let tail = lines.length;
  for (let seen = 0; tail > 0 && seen < 12; tail--) if (lines[tail - 1].trim()) seen++;
  for (let i = Math.max(from, tail); i < lines.length; i++) {
    if (!isCloser(lines, i) || /^\s*(?:[-*+]|\d+[.)])\s+\*\*[^*]+\*\*\s*:/.test(lines[i])) continue;
    if (lines.slice(i + 1).some((l, k) => headingAt(lines, i + 1 + k) || ANY_FENCE.test(l))) continue;
    let start = i;
    // Take the blank lines, a `---` and the blockquote lines that lead into it along (never a wrapper's fence: `from` lies after it).
    while (start > from && leadIn(lines[start - 1])) start--;
    while (start < i && lines[start].trim() === '') start++;
    let end = lines.length;
    while (end > i + 1 && lines[end - 1].trim() === '') end--;
    out.postamble = { startLine: start + 1, endLine: end };
    break;
  }
  return out;
}

/** A line that leads into a closing remark: blank, a quote line, or a `---`/`***` rule. */
function leadIn(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('>') || /^(?:-{3,}|\*{3,})$/.test(t);
}

/** Index of the fence that closes the code block opened at `open` (the last line when none does). */
function closingFence(lines: string[], open: number, run: string): number {
  for (let i = open + 1; i < lines.length; i++) {
    const fence = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(lines[i]);
    if (fence && fence[1][0] === run[0] && fence[1].length >= run.length) return i;
  }
  return lines.length - 1;
}

/**
 * The last bare fence (of the wrapper's fence character) that could close a wrapper opened at `open`:
 * every code block between them is closed (```mermaid ... ```), and a heading lies between. A bare
 * fence met while no inner block is open may close the wrapper or open a block of its own, so it is
 * remembered as a candidate and then read as an opening. (Without the pairing, the empty block in
 * "```markdown\n```" followed by a document with diagrams would look like a wrapper.)
 */
function wrapperClose(lines: string[], open: number, marker: string): number | undefined {
  let inner: { char: string; length: number } | undefined;
  let close: number | undefined;
  let heading = false;
  for (let i = open + 1; i < lines.length; i++) {
    const fence = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
    if (!fence) {
      if (!inner && headingAt(lines, i)) heading = true;
      continue;
    }
    const run = fence[1];
    const rest = lines[i].slice(fence[0].length);
    const bare = rest.trim() === '';
    if (inner) {
      if (bare && run[0] === inner.char && run.length >= inner.length) inner = undefined;
      continue;
    }
    if (run[0] === '`' && rest.includes('`')) continue; // not a fence: an inline code span
    if (bare && run[0] === marker[0] && heading && FENCE.test(lines[i])) close = i;
    inner = { char: run[0], length: run.length };
  }
  return close;
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
