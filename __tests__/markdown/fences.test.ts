/**
 * Fences left open (`openFences`): which lines open a fence, which close it, and where a block left
 * open is cut so the sections after it read as Markdown again; `maskOpenFences` blanks exactly that block.
 */
import { maskOpenFences, openFences } from '../../src/markdown/fences.js';
import { computeLineStarts } from '../../src/markdown/parse.js';

const open = (text: string) => openFences(text.split('\n'));
/** [openLine, lastLine] of each open fence. */
const spans = (text: string) => open(text).map((f) => [f.openLine, f.lastLine]);

describe('what opens a fence', () => {
  test('three or more backticks or tildes, indented up to three spaces', () => {
    expect(open('```\nx')).toEqual([{ openLine: 1, fence: '```', lang: '', meta: '', indent: 0, lastLine: 2 }]);
    expect(open('   ~~~~ Mermaid  title="A  b"\nx')).toEqual([{ openLine: 1, fence: '~~~~', lang: 'mermaid', meta: 'title="A b"', indent: 3, lastLine: 2 }]);
    expect(open('  ````js\nx')).toMatchObject([{ fence: '````', lang: 'js', indent: 2 }]);
  });

  test.each([
    ['two backticks', '``\nx'],
    ['two tildes', '~~\nx'],
    ['four spaces of indent (indented code)', '    ```\nx'],
    ["a backtick in a backtick fence's info string (inline code)", '```js `x`\nx'],
    ['a letter before the fence', 'a```\nx'],
  ])('not a fence: %s', (_name, text) => {
    expect(open(text)).toEqual([]);
  });

  test('a tilde fence may have backticks in its info string', () => {
    expect(open('~~~ `x`\ny')).toMatchObject([{ fence: '~~~', lang: '`x`', lastLine: 2 }]);
  });
});

describe('what closes it', () => {
  test.each([
    ['the same fence', '```\nx\n```'],
    ['a longer fence', '```\nx\n`````'],
    ['a fence indented up to three spaces, blanks after it', '```\nx\n   ``` \t'],
    ['a tilde fence of its kind', '~~~~\nx\n~~~~~'],
  ])('closed by %s', (_name, text) => {
    expect(open(text)).toEqual([]);
  });

  test.each([
    ['a shorter fence', '````\nx\n```'],
    ['a fence of the other character', '```\nx\n~~~'],
    ['a fence indented four spaces', '```\nx\n    ```'],
  ])('still open after %s', (_name, text) => {
    expect(spans(text)).toEqual([[1, 3]]);
  });

  test('a fence with an info string does not close a block: it opens one of its own', () => {
    expect(spans('```\nx\n``` y\nz')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test('a closed block is skipped whole: a fence-like line inside it opens nothing', () => {
    expect(open('```\n~~~\n```\n\ntext')).toEqual([]);
    expect(open('````md\n```js\n````\n```\nx')).toEqual([{ openLine: 4, fence: '```', lang: '', meta: '', indent: 0, lastLine: 5 }]);
  });
});

describe('where a block left open is cut', () => {
  test('a mermaid block stops at the first heading of any level, blank lines before it left out', () => {
    expect(spans('```mermaid\ngraph TD\n  A-->B\n\n\n#### Notes\ntext')).toEqual([[1, 3]]);
    expect(spans('```mermaid\ngraph TD\n   # heading\ntext')).toEqual([[1, 2]]);
    expect(spans('```mermaid\ngraph TD\n#\ntext')).toEqual([[1, 2]]);
  });

  test('a mermaid block is not cut by a `#` that starts no heading', () => {
    expect(spans('```mermaid\ngraph TD\n#not-a-heading\n    # indented code\ntext')).toEqual([[1, 5]]);
  });

  test('a mermaid block stops at a fence with an info string, which a bare fence after it closes', () => {
    expect(open('```mermaid\ngraph TD\n\n```json\n{}\n```\ntext')).toEqual([{ openLine: 1, fence: '```', lang: 'mermaid', meta: '', indent: 0, lastLine: 2 }]);
  });

  test('a mermaid block with no content ends on its own fence line', () => {
    expect(spans('```mermaid\n\n## Next')).toEqual([[1, 1]]);
  });

  test('another block open to the end stops at a `#`-`###` heading after a blank line', () => {
    expect(spans('```\nx\n\n### Three\ntext')).toEqual([[1, 2]]);
    expect(spans('```\nx\n\n#### Four\ntext')).toEqual([[1, 5]]);
    expect(spans('```\nx\n## no blank before\ntext')).toEqual([[1, 4]]);
    expect(spans('```\nx\n\n ## indented\ntext')).toEqual([[1, 5]]);
    expect(spans('```\nx\n\n##\ntext')).toEqual([[1, 5]]);
  });

  test('a heading right after the opening fence is its content, not a cut; one before the fence is no cut either', () => {
    expect(spans('```\n# comment in a shell block\nx')).toEqual([[1, 3]]);
    expect(spans('```\n# comment\n\n## Section\ntext')).toEqual([[1, 2]]);
    expect(spans('text\n\n# Title\n```\nx\n\n## Section')).toEqual([[4, 5]]);
  });

  test('another block open to the end stops at the first fence with an info string', () => {
    expect(spans('```\nx\n```js\ny')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test('after the cut, the lines are Markdown again and a fence there opens a block of its own', () => {
    expect(spans('```mermaid\ngraph TD\n## Next\n```js\nopen again')).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  test('a block closed further on by a bare fence is what Markdown makes of it, a mermaid block too', () => {
    expect(open('```\nx\n\n## Heading\n```')).toEqual([]);
    expect(open('```mermaid\nx\n\n## Heading\n```')).toEqual([]);
  });

  test('a fence that finds no closer does not make a longer one after it unclosable', () => {
    // The ```` never closes; the shorter ``` after it, and a ~~~ fence, are closed further on.
    expect(spans('````js\na\n```js\nb\n```')).toEqual([[1, 2]]);
    expect(spans('```js\na\n~~~js\nb\n~~~')).toEqual([[1, 2]]);
  });
});

describe('maskOpenFences', () => {
  test('blanks each open block from its fence to its last line, keeping line ends and offsets', () => {
    const text = '# A\n\n```mermaid\r\ngraph TD\r\n\r\n## B\n```sql\nselect\n';
    const fences = open(text.replace(/\r/g, ''));
    expect(fences.map((f) => [f.openLine, f.lastLine])).toEqual([
      [3, 4],
      [7, 8],
    ]);
    const masked = maskOpenFences(text, computeLineStarts(text), fences);
    expect(masked).toBe('# A\n\n          \r\n        \r\n\r\n## B\n      \n      \n');
    expect(masked).toHaveLength(text.length);
  });

  test('a block open to the end of a text without a final line end is blanked to the end', () => {
    const text = 'x\n```\ncode';
    expect(maskOpenFences(text, computeLineStarts(text), open(text))).toBe('x\n   \n    ');
  });

  test('nothing open: the text as it is', () => {
    expect(maskOpenFences('a\n```\nb\n```\n', computeLineStarts('a\n```\nb\n```\n'), [])).toBe('a\n```\nb\n```\n');
  });
});
