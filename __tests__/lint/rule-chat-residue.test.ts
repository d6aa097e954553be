/** chat-residue: what the findings say and what `archdoc fix` removes, for the cases its doc page does not show. */
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# Design\n\n## Context\n...\n', 't.md');
const body = '# Design\n\n## Context\n\nThe service answers quotes.\n';
const chat = async (text: string) =>
  (await lintText(text, 'd.md', { template })).findings.filter((f) => f.rule === 'chat-residue').map((f) => `${f.line}-${f.endLine ?? f.line} ${f.message}`);
const fixed = async (text: string) => (await fixText(text, 'd.md', { template })).text;

test('chat inside the wrapper fence is reported with the wrapper, and fix leaves the document alone', async () => {
  const doc = `\`\`\`markdown\nHere is the document:\n\n${body}\nLet me know if you want changes!\n\`\`\`\n`;
  expect(await chat(doc)).toEqual([
    '1-1 The whole document is wrapped in a code fence: remove this opening fence (and its closing fence at line 11).',
    '2-3 Chat preamble ("Here is the document:") before the document: remove it.',
    '10-10 Chat text after the document ("Let me know if you want changes!"): remove it.',
    '11-11 Closing fence of the code fence wrapped round the whole document (opened at line 1): remove it.',
  ]);
  expect(await fixed(doc)).toBe(body);
});

test('the blank lines after a preamble go with it', async () => {
  const doc = `Sure! Here it is.\n\n\n\n${body}`;
  expect(await chat(doc)).toEqual(['1-4 Chat preamble ("Sure! Here it is.") before the document: remove it.']);
  expect(await fixed(doc)).toBe(body);
});

test('a `---` and a quote leading into a closing remark go with it; the message quotes the words', async () => {
  const doc = `${body}\n---\n\n> ✅ Done! Let me know if you need anything else.\n`;
  expect(await chat(doc)).toEqual(['7-9 Chat text after the document ("✅ Done! Let me know if you need anything else."): remove it.']);
  expect(await fixed(doc)).toBe(body);
});

test('a long line is quoted up to its last word within 60 characters, or cut there when it has no blank to stop at', async () => {
  const preamble = 'Here is the design document that you asked for in our conversation about quotes:';
  expect(await chat(`${preamble}\n\n${body}`)).toEqual([
    '1-2 Chat preamble ("Here is the design document that you asked for in our…") before the document: remove it.',
  ]);
  const remark = '✅ Done: https://example.com/a-very-long-address-without-any-spaces-in-it-at-all';
  expect(await chat(`${body}\n${remark}\n`)).toEqual([
    '7-7 Chat text after the document ("✅ Done: https://example.com/a-very-long-address-without-any-…"): remove it.',
  ]);
});

test('a closing remark goes with the blank lines round it, blanks holding spaces included', async () => {
  expect(await fixed(`${body}\nLet me know if you want changes!\n\n\n`)).toBe(body);
  const doc = `${body}\n  \t\nLet me know if you want changes!   \n`;
  expect(await chat(doc)).toEqual(['8-8 Chat text after the document ("Let me know if you want changes!"): remove it.']);
  expect(await fixed(doc)).toBe(body);
});

test.each([
  ['an indented line, without its indentation', '  Here is the document:', 'Here is the document:'],
  ['a line of exactly 60 characters, whole', 'Here is the design document: '.padEnd(60, 'x'), 'Here is the design document: '.padEnd(60, 'x')],
  [
    'a line whose last blank is at character 30, cut at 60',
    `Here is the document: xxxxxxxx ${'y'.repeat(50)}`,
    `Here is the document: xxxxxxxx ${'y'.repeat(29)}…`,
  ],
  [
    'a line with two blanks at the cut, without them',
    `Here is the document you asked for, written  ${'y'.repeat(50)}`,
    'Here is the document you asked for, written…',
  ],
])('a preamble is quoted from %s', async (_name, line, quoted) => {
  expect(await chat(`${line}\n\n${body}`)).toEqual([`1-2 Chat preamble ("${quoted}") before the document: remove it.`]);
});
