/** section-order's repair (src/lint/reorder.ts): whole sections moved, every character kept, the spacing between them left in place. */
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# Design\n\n## 1. Context\n...\n\n## 2. Data\n...\n\n## 3. Notes\n...\n', 't.md');

/** The text after applying section-order's own edits; undefined when it reports nothing it can fix. */
async function reordered(text: string): Promise<string | undefined> {
  const { findings } = await lintText(text, 'd.md', { template });
  const edits = findings.find((f) => f.rule === 'section-order')?.fix;
  if (!edits) return undefined;
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

test.each([
  [
    'three sections rotated, without blank lines between them',
    '# Design\n\n## 3. Notes\nN.\n## 1. Context\nC.\n## 2. Data\nD.\n',
    '# Design\n\n## 1. Context\nC.\n## 2. Data\nD.\n## 3. Notes\nN.\n',
  ],
  [
    'an extra section travels with the section above it; the three blank lines stay where they were',
    '# Design\n\n## 2. Data\n\nD.\n\n## Extra\n\nE.\n\n\n## 1. Context\n\nC.\n\n## 3. Notes\n\nN.\n',
    '# Design\n\n## 1. Context\n\nC.\n\n\n## 2. Data\n\nD.\n\n## Extra\n\nE.\n\n## 3. Notes\n\nN.\n',
  ],
  [
    'the last section moves up: it gains a newline, and the one that lands last loses it',
    '# Design\n\n## 1. Context\n\nC.\n\n## 3. Notes\n\nN.\n\n## 2. Data\n\nD.',
    '# Design\n\n## 1. Context\n\nC.\n\n## 2. Data\n\nD.\n\n## 3. Notes\n\nN.',
  ],
  [
    'trailing blank lines stay at the end',
    '# Design\n\n## 2. Data\n\nD.\n\n\n\n## 1. Context\n\nC.\n\n## 3. Notes\n\nN.\n\n\n',
    '# Design\n\n## 1. Context\n\nC.\n\n\n\n## 2. Data\n\nD.\n\n## 3. Notes\n\nN.\n\n\n',
  ],
  [
    'a setext heading moved under a line of text gets a blank line above it (else it would take the line in)',
    '# Design\n\n## 1. Context\nC.\n## 3. Notes\nN.\n\nData\n----\nD.\n',
    '# Design\n\n## 1. Context\nC.\n\nData\n----\nD.\n\n## 3. Notes\nN.\n',
  ],
])('%s', async (_, text, fixed) => {
  expect(await reordered(text)).toBe(fixed);
});

test('sections in order get no repair, and neither does a document with a fence left open', async () => {
  expect(await reordered('# Design\n\n## 1. Context\n\nC.\n\n## 2. Data\n\nD.\n')).toBeUndefined();
  const open = '# Design\n\n## 2. Data\n\n```sh\nD.\n\n## 1. Context\n\nC.\n';
  expect((await lintText(open, 'd.md', { template })).findings.filter((f) => f.rule === 'section-order').map((f) => f.fixable)).toEqual([false]);
});
