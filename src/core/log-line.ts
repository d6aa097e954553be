/**
 * Text made safe for the runner's log. The runner reads every stdout line that starts (after leading
 * whitespace) with `::` as a workflow command, and `##[name]` anywhere in a line as a legacy one; the
 * log viewer also honours ANSI escapes. Untrusted text (paths from a PR's config, quotes of the
 * document, LLM replies) must never become a command, so a log line is one line, with neither.
 */

// Line breaks as the runner splits them (CR, LF) and as editors show them (U+2028/2029).
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
// Other C0/C1 controls (ESC, CSI, OSC-8 hyperlinks start with one of these) and bidi overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Visible stand-in for a control character: `\x1b`, `\u202e`. */
function showControl(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters (escape sequences, bidi overrides) shown visibly; tabs and line breaks kept. */
export function showControls(text: string): string {
  return text.replace(CONTROL, showControl);
}

/** One log line: line breaks shown as `⏎`, controls as `\xNN`, and no workflow command can start. */
export function logLine(text: string): string {
  const line = showControls(text.replace(LINE_BREAK, '⏎')).replace(/##\[/g, '##\\[');
  // A backslash is not whitespace, so the runner's TrimStart no longer finds `::` at the start.
  return /^\s*::/.test(line) ? `\\${line}` : line;
}
