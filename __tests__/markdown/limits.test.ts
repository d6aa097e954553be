/**
 * The structural limits a document is checked against before it is parsed (SPEC §6): a refusal names
 * the file, the line and the limit; a document just inside every limit is read. The big cases run
 * through the CLI in __tests__/cli/hostile-input.test.ts; these pin each limit's edge and its line.
 */
import { checkDocumentLimits, DocumentLimitError, MAX_DOCUMENT_BYTES } from '../../src/markdown/limits.js';
import { parseDocument } from '../../src/markdown/parse.js';

/** The refusal for `text`, or undefined when it is read. */
function refusal(text: string): string | undefined {
  try {
    checkDocumentLimits(text, 'docs/arch.md');
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentLimitError);
    return (err as Error).message;
  }
}

const H = '# Architecture\n\n';

describe('document size', () => {
  test('a document over 1 MB is refused with its size', () => {
    expect(refusal('a\n\n'.repeat(MAX_DOCUMENT_BYTES / 3 + 1))).toBe('docs/arch.md: 1.0 MB is too large; archdoc reads documents up to 1 MB');
    expect(refusal(`${H}${'Some text.\n\n'.repeat(200_000)}`)).toBe('docs/arch.md: 2.3 MB is too large; archdoc reads documents up to 1 MB');
  });

  test('a document of exactly 1 MB is read', () => {
    const text = 'Some text.\n\n'.repeat(Math.ceil(MAX_DOCUMENT_BYTES / 12)).slice(0, MAX_DOCUMENT_BYTES);
    expect(text.length).toBe(MAX_DOCUMENT_BYTES);
    expect(refusal(text)).toBeUndefined();
  });

  test('parseDocument refuses before parsing, naming the path it was given', () => {
    expect(() => parseDocument(`${H}${'>'.repeat(40)} x\n`, 'ARCHITECTURE.md')).toThrow(
      'ARCHITECTURE.md:3: lists and quotes nested 40 deep; archdoc reads nesting up to 32 levels',
    );
  });
});

describe('mermaid diagrams', () => {
  const diagram = '```mermaid\ngraph TD\nA-->B\n```\n\n';

  test('the 51st diagram is refused at its opening fence; 50 are read', () => {
    expect(refusal(H + diagram.repeat(50))).toBeUndefined();
    expect(refusal(H + diagram.repeat(51))).toBe('docs/arch.md:253: more than 50 mermaid diagrams; archdoc checks up to 50 per document');
  });

  test('other code blocks do not count as diagrams', () => {
    expect(refusal(H + '```js\nx\n```\n\n'.repeat(60) + '~~~\ny\n~~~\n\n'.repeat(60))).toBeUndefined();
  });

  const body = (lines: number) => `${'x'.repeat(999)}\n`.repeat(lines);

  test('more than 200 KB of mermaid in all is refused on the line that passes it', () => {
    // Four diagrams of 50 lines of 1,000 characters (with their line ends) are exactly 200,000.
    const full = `${H}\`\`\`mermaid\n${body(50)}\`\`\`\n\n`.repeat(1) + `\`\`\`mermaid\n${body(50)}\`\`\`\n\n`.repeat(3);
    expect(refusal(full)).toBeUndefined();
    expect(refusal(`${full}\`\`\`mermaid\ngraph TD\n\`\`\`\n`)).toBe(
      'docs/arch.md:216: the diagrams hold more than 195 KB together; archdoc checks up to 195 KB of mermaid per document',
    );
  });

  test('the code of other blocks, before or after a diagram, is not mermaid', () => {
    const diagrams = `\`\`\`mermaid\n${body(50)}\`\`\`\n\n`.repeat(4);
    expect(refusal(`${H}${diagrams}\`\`\`sql\n${body(100)}\`\`\`\n\n\`\`\`\n${body(100)}\`\`\`\n`)).toBeUndefined();
  });
});

describe('long lines', () => {
  test('a line over 64 KB outside code is refused with its length and line', () => {
    expect(refusal(`${H}${'a'.repeat(64 * 1024)}\n`)).toBeUndefined();
    expect(refusal(`${H}${'a'.repeat(64 * 1024 + 1)}\n`)).toBe('docs/arch.md:3: line is 64 KB long; archdoc reads lines up to 64 KB (outside code blocks)');
    expect(refusal(`${H}text\n\n${'word '.repeat(20_000)}\n`)).toBe(
      'docs/arch.md:5: line is 98 KB long; archdoc reads lines up to 64 KB (outside code blocks)',
    );
  });

  test('a long line inside a code block is read', () => {
    expect(refusal(`${H}\`\`\`text\n${'a'.repeat(100_000)}\n\`\`\`\n`)).toBeUndefined();
  });
});

describe('inline marks', () => {
  const marks = (n: number, mark = '`') => `${'a'.concat(mark).repeat(n)}\n`;
  const message = 'a paragraph with more than 5,000 emphasis, link and code marks (* _ [ ] ` < ~); archdoc reads up to 5,000 per paragraph';

  test.each(['*', '_', '[', ']', '`', '<', '~'])('`%s` counts as a mark', (mark) => {
    expect(refusal(`${H}${marks(5_000, mark)}`)).toBeUndefined();
    expect(refusal(`${H}${marks(5_001, mark)}`)).toBe(`docs/arch.md:3: ${message}`);
  });

  test('other punctuation does not', () => {
    expect(refusal(`${H}${marks(6_000, '#')}${marks(6_000, '>')}${marks(6_000, '!')}`)).toBeUndefined();
  });

  test('the marks of a paragraph add up over its lines; the refusal names its first line', () => {
    expect(refusal(`${H}text\n\n${marks(2_000)}${marks(2_000)}${marks(1_001)}`)).toBe(`docs/arch.md:5: ${message}`);
  });

  test('a blank line, a heading or a list item starts a new count', () => {
    expect(refusal(`${H}${marks(3_000)}\n${marks(3_000)}`)).toBeUndefined();
    expect(refusal(`${H}${marks(3_000)}## Next\n${marks(3_000)}`)).toBeUndefined();
    expect(refusal(`${H}${marks(3_000)}- item ${marks(3_000)}`)).toBeUndefined();
    expect(refusal(`${H}${marks(3_000)}1. item ${marks(3_000)}`)).toBeUndefined();
    expect(refusal(`${H}- item ${marks(3_000)}> - item ${marks(3_000)}`)).toBeUndefined();
  });

  test('a line of blanks ends the paragraph; a numbered item of several digits starts a new one', () => {
    expect(refusal(`${H}${marks(3_000)}   \n${marks(3_000)}`)).toBeUndefined();
    expect(refusal(`${H}${marks(3_000)}10. item ${marks(3_000)}`)).toBeUndefined();
  });

  test('a line that only looks like a list item or heading goes on counting', () => {
    expect(refusal(`${H}${marks(3_000)}-item ${marks(3_000)}`)).toBe(`docs/arch.md:3: ${message}`);
    expect(refusal(`${H}${marks(3_000)}x # ${marks(3_000)}`)).toBe(`docs/arch.md:3: ${message}`);
    expect(refusal(`${H}${marks(3_000)}1.item ${marks(3_000)}`)).toBe(`docs/arch.md:3: ${message}`);
  });
});

describe('nesting', () => {
  const nested = (depth: number) => `${H}${'>'.repeat(depth)} x\n`;
  const message = (depth: number | string) => `lists and quotes nested ${depth} deep; archdoc reads nesting up to 32 levels`;

  test('33 quotes are refused, 32 read', () => {
    expect(refusal(nested(32))).toBeUndefined();
    expect(refusal(nested(33))).toBe(`docs/arch.md:3: ${message(33)}`);
  });

  test('past 999 levels the message does not print the depth', () => {
    expect(refusal(nested(999))).toBe(`docs/arch.md:3: ${message(999)}`);
    expect(refusal(nested(1_000))).toBe(`docs/arch.md:3: ${message('over 999')}`);
  });

  test.each([
    ['bullet markers on one line', (n: number) => `${'- '.repeat(n)}x\n`],
    ['star and plus markers', (n: number) => `${'* + '.repeat(n / 2)}x\n`],
    ['numbered markers', (n: number) => `${'1. 2) '.repeat(n / 2)}x\n`],
    ['quotes and markers mixed', (n: number) => `${'> - '.repeat(n / 2)}x\n`],
    ['quotes with blanks between', (n: number) => `${'>  '.repeat(n)}x\n`],
  ])('%s: 32 levels read, 34 refused', (_name, make) => {
    expect(refusal(H + make(32))).toBeUndefined();
    expect(refusal(H + make(34))).toBe(`docs/arch.md:3: ${message(34)}`);
  });

  test.each([
    ['items opened by indentation', (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')],
    ['items opened by tabs', (n: number) => Array.from({ length: n }, (_, i) => `${'\t'.repeat(i)}- x\n`).join('')],
    ['numbered items by indentation', (n: number) => Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}1. x\n`).join('')],
  ])('%s, line by line: 32 levels read, the 33rd refused on its line', (_name, make) => {
    expect(refusal(H + make(32))).toBeUndefined();
    expect(refusal(H + make(40))).toBe(`docs/arch.md:35: ${message(33)}`);
  });

  test('items indented inside a quote count with the quote', () => {
    const quoted = (n: number) => Array.from({ length: n }, (_, i) => `> ${'  '.repeat(i)}- x\n`).join('');
    expect(refusal(H + quoted(31))).toBeUndefined();
    expect(refusal(H + quoted(40))).toBe(`docs/arch.md:34: ${message(33)}`);
  });

  test('a line less indented than an item closes it: sibling lists do not add up', () => {
    const ladder = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- x\n`).join('');
    expect(refusal(H + ladder + ladder)).toBeUndefined();
    expect(refusal(H + ladder + 'back at the margin\n' + ladder)).toBeUndefined();
  });

  test('a continuation line indented under its item keeps the item open', () => {
    const ladder = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- x\n`).join('');
    const deeper = Array.from({ length: 14 }, (_, i) => `${'  '.repeat(i + 20)}- x\n`).join('');
    expect(refusal(`${H}${ladder}${'  '.repeat(20)}more text\n${deeper}`)).toBe(`docs/arch.md:36: ${message(33)}`);
  });

  test('a marker needs a blank or the line end after it', () => {
    expect(refusal(`${H}${'-x'.repeat(100)}\n${'1.x'.repeat(100)}\n${'-'.repeat(100)}\n`)).toBeUndefined();
    expect(refusal(`${H}${'- '.repeat(33)}\n`)).toBe(`docs/arch.md:3: ${message(33)}`);
    expect(refusal(`${H}${'- '.repeat(32)}-\n`)).toBe(`docs/arch.md:3: ${message(33)}`);
    expect(refusal(`${H}${'10. '.repeat(33)}x\n`)).toBe(`docs/arch.md:3: ${message(33)}`);
  });

  test("a tab after a marker reaches the next tab stop: the item's content starts there", () => {
    const tabbed = (n: number) => Array.from({ length: n }, (_, i) => `${'    '.repeat(i)}-\tx\n`).join('');
    expect(refusal(H + tabbed(32))).toBeUndefined();
    expect(refusal(H + tabbed(33))).toBe(`docs/arch.md:35: ${message(33)}`);
  });

  test('items whose text starts further in are closed by a next item less indented than that text', () => {
    expect(refusal(H + Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}-   x\n`).join(''))).toBeUndefined();
  });

  test('wide indentation after a marker is code inside the item, not more nesting', () => {
    // `-` then five blanks: the item's content starts one column after the marker; the rest is its text.
    expect(refusal(`${H}${'-     '.repeat(40)}x\n`)).toBeUndefined();
  });
});

describe('list items', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => (i % 100 === 0 ? `\n## Part ${i}\n\n- item\n` : '- item\n')).join('');

  test('the 5,001st list item is refused at its line; 5,000 are read', () => {
    expect(refusal(H + items(5_000))).toBeUndefined();
    const text = H + items(5_001);
    const line = text.split('\n').length - 1;
    expect(refusal(text)).toBe(`docs/arch.md:${line}: more than 5,000 list items; archdoc reads up to 5,000 per document`);
  });

  test('items opened on one line count one each', () => {
    expect(refusal(H + `${'- - '.repeat(10)}x\n\n## Part\n\n`.repeat(249) + items(10))).toBe(undefined);
    expect(refusal(H + `${'- - '.repeat(10)}x\n\n## Part\n\n`.repeat(249) + items(21))).toMatch(/more than 5,000 list items/);
  });
});

describe('blocks the parser cannot restart inside', () => {
  const line = `- ${'x'.repeat(1_021)}\n`; // 1,024 characters with its line end
  const message =
    'a block (list, quote, table or paragraph) runs on for more than 128 KB from here without a break; archdoc reads blocks up to 128 KB (start a new section or an unindented paragraph)';
  /** `## List` (8 characters with its line end) and a list: 128 KB in all. */
  const full = `${H}## List\n${line.repeat(127)}- ${'y'.repeat(1_013)}\n`;

  test('a block of more than 128 KB is refused at its first line; 128 KB are read', () => {
    expect(refusal(full)).toBeUndefined();
    expect(refusal(`${full}- z\n`)).toBe(`docs/arch.md:3: ${message}`);
    expect(refusal(`${H}Intro.\n\n## List\n${line.repeat(127)}- ${'y'.repeat(1_013)}\n- z\n`)).toBe(`docs/arch.md:5: ${message}`);
  });

  test('a heading or an unindented paragraph after a blank line starts a new block', () => {
    expect(refusal(`${H}## List\n${line.repeat(100)}## Next\n${line.repeat(100)}`)).toBeUndefined();
    expect(refusal(`${H}## List\n${line.repeat(100)}#\n${line.repeat(100)}`)).toBeUndefined();
    expect(refusal(`${H}## List\n${line.repeat(100)}\nParagraph.\n${line.repeat(100)}`)).toBeUndefined();
    expect(refusal(`${H}## List\n${line.repeat(100)} \t \nParagraph.\n${line.repeat(100)}`)).toBeUndefined();
  });

  test.each([
    ['a blank line inside a list', '\n'],
    ['a paragraph without a blank line before it', 'Lazy paragraph.\n'],
    ['an indented line after a blank', '\n   indented\n'],
    ['a quote after a blank', '\n> quoted\n'],
    ['a numbered item after a blank', '\n1) one\n'],
    ['a `#` without a blank after it', '#hashtag\n'],
  ])('%s does not end the block', (_name, between) => {
    expect(refusal(`${H}## List\n${line.repeat(100)}${between}${line.repeat(100)}`)).toBe(`docs/arch.md:3: ${message}`);
  });
});

describe('what is code (its lines are not measured as Markdown)', () => {
  const long = 'a'.repeat(70_000);
  const refusedAt = (line: number) => `docs/arch.md:${line}: line is 68 KB long; archdoc reads lines up to 64 KB (outside code blocks)`;

  test.each([
    ['an HTML comment across lines', `<!--\n\n${long}\n-->\n`],
    ['a script block', `<script>\n${long}\n</script>\n`],
    ['a pre block', `<PRE class="x">\n\n${long}\n</pre>\n`],
    ['a processing instruction', `<?php\n${long}\n?>\n`],
    ['a declaration', `<!DOCTYPE html\n${long}\n>\n`],
    ['a CDATA section', `<![CDATA[\n${long}\n]]>\n`],
    ['a fence closed by a longer one', `~~~\n${long}\n~~~~\n`],
    ['a fence a shorter one does not close', `\`\`\`\`\nx\n\`\`\`\n${long}\n`],
    ['a fence one of the other character does not close', `\`\`\`\nx\n~~~\n${long}\n`],
    ['a fence a line with text after the fence does not close', `\`\`\`\nx\n\`\`\` y\n${long}\n`],
    ['an indented fence', `   \`\`\`\n${long}\n   \`\`\`\n`],
  ])('%s', (_name, block) => {
    expect(refusal(H + block)).toBeUndefined();
  });

  test.each([
    ['after an HTML comment closes', `<!--\nx\n-->\n${long}\n`, 6],
    ['after a comment closed on its own line', `<!-- x -->\n${long}\n`, 4],
    ['after an empty comment `<!-->`', `<!-->\n${long}\n`, 4],
    ['after an empty processing instruction `<?>`', `<?>\n${long}\n`, 4],
    ['after a script closes', `<script>\nx\n</script>\n${long}\n`, 6],
    ['after a fence closes', `\`\`\`\nx\n\`\`\`\n${long}\n`, 6],
    ['after a fence indented four spaces (indented code, not a fence)', `    \`\`\`\n${long}\n`, 4],
    ['after a backtick fence with a backtick in its info (inline code)', `\`\`\`js \`x\`\n${long}\n`, 4],
    ['after a tag that only starts like a raw block', `<scripts>\n${long}\n`, 4],
  ])('a long line is refused %s', (_name, block, line) => {
    expect(refusal(H + block)).toBe(refusedAt(line));
  });

  test('HTML comments are not diagrams', () => {
    expect(refusal(`${H}<!--\n${`${'x'.repeat(999)}\n`.repeat(250)}-->\n`)).toBeUndefined();
  });

  test('a diagram fence is known by its first word, in any case, after blanks', () => {
    expect(refusal(H + '```   mermaid\ngraph TD\n```\n\n'.repeat(51))).toMatch(/^docs\/arch\.md:203: more than 50 mermaid diagrams/);
    expect(refusal(H + '```MerMaid title\ngraph TD\n```\n\n'.repeat(51))).toMatch(/^docs\/arch\.md:203: more than 50 mermaid diagrams/);
  });
});
