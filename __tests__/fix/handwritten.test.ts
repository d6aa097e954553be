/**
 * `fix` on the hand-written corpus keeps the author's content: every non-blank line of the input that is
 * not a heading of a template section (those are rewritten to the template's text, by design) is still
 * in the output, and in the same order unless the sections themselves were out of order.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';

const DIR = new URL('../fixtures/handwritten/', import.meta.url).pathname;
const template = builtinTemplate('architecture')!;
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();

/** Whether `lines` occur in `have` in this order (not necessarily next to each other). */
function inOrder(have: string[], lines: string[]): string[] {
  let j = 0;
  const lost: string[] = [];
  for (const l of lines) {
    const k = have.indexOf(l, j);
    if (k === -1) lost.push(l);
    else j = k + 1;
  }
  return lost;
}

/** Lines of `lines` that `have` does not hold as many times. */
function missing(have: string[], lines: string[]): string[] {
  const count = new Map<string, number>();
  for (const l of have) count.set(l, (count.get(l) ?? 0) + 1);
  return lines.filter((l) => {
    const n = count.get(l) ?? 0;
    count.set(l, n - 1);
    return n <= 0;
  });
}

describe.each(names)('%s', (name) => {
  test("fix keeps every line of the author's content", async () => {
    const input = readFileSync(join(DIR, name), 'utf8');
    const { findings, outline } = await lintText(input, name, { template });
    const sectionHeadings = new Set(outline.flatMap((o) => (o.line === null ? [] : [o.line])));
    // A setext heading's underline belongs to its heading.
    const lines = input.split('\n');
    const content = lines.filter((l, i) => l.trim() !== '' && !sectionHeadings.has(i + 1) && !(sectionHeadings.has(i) && /^[=-]+\s*$/.test(l)));
    const fixed = await fixText(input, name, { template });
    const out = fixed.text.split('\n');
    expect(missing(out, content)).toEqual([]);
    if (!findings.some((f) => f.rule === 'section-order')) expect(inOrder(out, content)).toEqual([]);
    // And fixing again changes nothing.
    expect((await fixText(fixed.text, name, { template })).changed).toBe(false);
  });
});
