/**
 * The fixer works on `\n` text; the file's own conventions come back at the end: CRLF stays CRLF, and a
 * final newline is there afterwards exactly when it was there before.
 */

export interface LineEndings {
  /** Every line break is CRLF (mixed files are left as they are: their untouched lines keep their own breaks). */
  crlf: boolean;
  finalNewline: boolean;
}

export function lineEndingsOf(text: string): LineEndings {
  const lf = (text.match(/\n/g) ?? []).length;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return { crlf: crlf > 0 && crlf === lf, finalNewline: text.endsWith('\n') };
}

export function toLf(text: string, e: LineEndings): string {
  return e.crlf ? text.replace(/\r\n/g, '\n') : text;
}

/** Where the final run of `\n` / `\r\n` breaks starts (what /(?:\r?\n)+$/ matched, without retrying from each break). */
function finalBreaksStart(text: string): number {
  let end = text.length;
  while (text[end - 1] === '\n') end -= text[end - 2] === '\r' ? 2 : 1;
  return end;
}

/** Back to the original conventions. An empty file has none, so it gets a final newline. */
export function restore(text: string, e: LineEndings, originalWasEmpty: boolean): string {
  let out = text;
  if (e.finalNewline || originalWasEmpty) {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  } else out = out.slice(0, finalBreaksStart(out));
  return e.crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}
