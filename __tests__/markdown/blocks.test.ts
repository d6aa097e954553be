/**
 * The line scan that measures a document before it is parsed and cuts the parse into chunks: which
 * lines are code (so the limits and the chunking leave them alone), which open or close a fence (and
 * with which language), and where a top-level block starts with every container closed.
 * Notation, one word per line: m = Markdown, f = fence, c = code; `|` = the parser may restart here;
 * `:lang` = the language a fence opens.
 */
import { findBoundaries, scanLines } from '../../src/markdown/blocks.js';

function scan(text: string): string {
  const words: string[] = [];
  scanLines(text, (l) => words.push(`${l.kind[0]}${l.boundary ? '|' : ''}${l.lang === undefined ? '' : `:${l.lang}`}`));
  return words.join(' ');
}

function expectScan(_name: string, text: string, expected: string): void {
  expect(scan(text)).toBe(expected);
}

describe('fenced code', () => {
  test.each([
    ['backticks', 'a\n```\n# x\n```\nb\n', 'm f: c f m'],
    ['tildes, language in lower case, first word only', '~~~ Mermaid title\ngraph\n~~~\n', 'f:mermaid c f'],
    ['a language right after the fence', '```js\nx\n```\n', 'f:js c f'],
    ['four backticks close only with four or more', '````\n```\nx\n`````\ny\n', 'f: c c f m'],
    ['a tilde fence is not closed by backticks', '~~~\n```\n~~~\n', 'f: c f'],
    ['a backtick fence is not closed by tildes', '```\n~~~\n```\n', 'f: c f'],
    ['a closing fence has nothing after it', '```\n``` x\n```\n', 'f: c f'],
    ['a closing fence may be indented up to three spaces', '```\n   ```\nx\n', 'f: f m'],
    ['closing whitespace around the fence is allowed', '```\n  ```  \nx\n', 'f: f m'],
    ['four spaces of indent open no fence', '    ```\nx\n', 'm m'],
    ['three spaces of indent open one', '   ```\nx\n', 'f: c'],
    ['a fence after text on its line opens nothing', 'a ```\n\nb\n', 'm m m|'],
    ['two backticks open no fence', '``\nx\n', 'm m'],
    ['a backtick fence with a backtick in its info string is inline code', '```a`b\nx\n', 'm m'],
    ['a tilde fence may have backticks in its info string', '~~~a`b\nx\n~~~\n', 'f:a`b c f'],
    ['a fence left open runs to the end', '```\n\n# H\n\ntext\n', 'f: c c c c'],
    ['a fence just after a blank line is not a restart point', 'a\n\n```\nx\n```\n', 'm m f: c f'],
  ])('%s', expectScan);
});

describe('HTML blocks that run across blank lines are code until their end marker', () => {
  test.each([
    ['a comment', 'a\n\n<!--\n\n# x\n-->\n\nb\n', 'm m m| c c c m m|'],
    ['a comment closed on its own line', 'a\n\n<!-- x -->\n\nb\n', 'm m m| m m|'],
    ['an empty comment `<!-->` closes on its line', '<!-->\n\nx\n', 'm m m|'],
    ['an empty processing instruction `<?>` closes on its line', '<?>\n\nx\n', 'm m m|'],
    ['<script>', '<script>\n\nx\n</script>\n\n# H\n', 'm c c c m m|'],
    ['<PRE> in capitals, closed by </pre>', '<PRE class="a">\n\nx\n</pre>\ny\n', 'm c c c m'],
    ['<style> at end of line', '<style\n\n</style>\n', 'm c c'],
    ['<textarea>', '<textarea>\n\n</textarea>\n', 'm c c'],
    ['<scripts> is not <script>', '<scripts>\n\nx\n', 'm m m|'],
    ['a processing instruction', '<?php\n\n?>\n\nx\n', 'm c c m m|'],
    ['a declaration', '<!DOCTYPE\n\nhtml>\n\nx\n', 'm c c m m|'],
    ['a declaration needs a letter', '<!1\n\nx\n', 'm m m|'],
    ['CDATA', '<![CDATA[\n\n]]>\n\nx\n', 'm c c m m|'],
    ['four spaces of indent open no HTML block', '    <!--\n\nx\n', 'm m m|'],
    ['an opening tag after text on its line opens nothing', 'a <script>\n\nb <?x\n\nc <!X\n\nd <![CDATA[\n\ne\n', 'm m m| m m| m m| m m|'],
    ['an HTML block inside a fence is code', '```\n<!--\n```\nx\n', 'f: c f m'],
  ])('%s', expectScan);
});

describe('restart points: a top-level block with every container closed', () => {
  test.each([
    ['an ATX heading, even without a blank line before it', 'a\n# H\n###### six\n####### seven\n#x\n#\n', 'm m| m| m m m|'],
    ['a heading with a tab after the marks', 'a\n#\tH\n', 'm m|'],
    ['never the first line', '# H\n', 'm'],
    ['an unindented paragraph after a blank line', 'a\nb\n\nc\n', 'm m m m|'],
    ['a blank line is not one', 'a\n\n\n', 'm m m'],
    ['a whitespace-only line counts as blank', 'a\n \t\nc\n', 'm m m|'],
    ['an indented line continues a list', '- a\n\n  b\n\n\tc\n', 'm m m m m'],
    ['a quote line continues a quote', '> a\n\n> b\n', 'm m m'],
    ['a bullet continues a list', '- a\n\n- b\n\n* c\n\n+ d\n\n-\n', 'm m m m m m m m m'],
    ['a bullet needs a space or tab after it', '- a\n\n-b\n\n*\tc\n', 'm m m| m m'],
    ['an ordered item continues a list', '1. a\n\n2) b\n\n123456789.\n', 'm m m m m'],
    ['an ordered item needs its mark and a space', '1. a\n\n1.b\n\n1 b\n\n1234567890. c\n', 'm m m| m m| m m|'],
  ])('%s', expectScan);

  test('lines carry their index, offset and text (CRLF kept in the text)', () => {
    const lines: [number, number, string][] = [];
    scanLines('ab\r\n\ncd', (l) => lines.push([l.index, l.at, l.text]));
    expect(lines).toEqual([
      [0, 0, 'ab\r'],
      [1, 4, ''],
      [2, 5, 'cd'],
    ]);
  });

  test('an empty text has no lines; a final line ending adds none', () => {
    expect(scan('')).toBe('');
    expect(scan('a\n')).toBe('m');
  });

  test('findBoundaries lists the restart offsets, 0 first', () => {
    expect(findBoundaries('a\n\nb\n# H\n```\n\nc\n```\n')).toEqual([0, 3, 5]);
    expect(findBoundaries('')).toEqual([0]);
  });
});
