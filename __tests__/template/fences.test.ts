/**
 * Fenced blocks in template text, found line by line. The cases pin what the regexes these functions
 * replace did (blank lines around a block go with it); the long inputs made those regexes crawl.
 */
import { replaceMermaidFence, stripFences } from '../../src/template/fences.js';
import { cpuTimeOf } from '../../test-support/cpu-time.js';

/**
 * Ten times the input costs about ten times the time, not a hundred (what the replaced regexes took). Relative
 * to the small run, so a loaded machine or an instrumented run (mutation testing) slows both alike.
 */
const linear = (f: (n: number) => unknown): void => {
  const small = cpuTimeOf(() => f(2_000));
  expect(cpuTimeOf(() => f(20_000))).toBeLessThan(30 * small + 300);
};

const mark = (indent: string, fence: string): string => `<${JSON.stringify(indent)} ${fence}>`;

describe('stripFences', () => {
  test.each([
    ['a [x]\n```\n[in code]\n```\nb [y]\n', 'a [x]\n\nb [y]\n'],
    ['a\n\n\n```js\ncode\n```\n\n\nb', 'a\n\nb'], // the blank lines before and after go with the block
    ['a\n~~~\n```\nstill code\n```\n~~~\nb', 'a\n\nb'], // a ``` line does not close a ~~~ block
    ['a\n```\nnever closed\n', 'a\n```\nnever closed\n'],
    ['a\n```\n````\n```\nb', 'a\n\nb'], // only a line of exactly the opening fence closes
    ['  ```\n  x\n  ```  \nb', '\nb'],
    ['a\r\n```\r\nx\r\n```\r\nb\r\n', 'a\r\nb\r\n'],
  ])('%j -> %j', (text, stripped) => {
    expect(stripFences(text)).toBe(stripped);
  });

  test('thousands of unclosed fences and a long blank run end quickly', () => {
    linear((n) => stripFences('```x\n'.repeat(n)));
    linear((n) => stripFences(`\`\`\`\n${'\n'.repeat(n * 2.5)}`));
  });
});

describe('replaceMermaidFence', () => {
  test.each([
    ['a\n```mermaid\ngraph TD\n```\nb', 'a\n<"" ```>\nb'],
    ['a\n\n  ````mermaid title\nx\n````\n\nb', 'a\n<"\\n  " ````>\nb'], // the blank line above is taken into the indent
    ['```js\nx\n```\n~~~ mermaid\ny\n~~~', '```js\nx\n```\n<"" ~~~>'],
    ['```mermaid\nnever closed\n', '```mermaid\nnever closed\n'],
    ['```mermaid\nx\n```\n```mermaid\ny\n```', '<"" ```>\n```mermaid\ny\n```'], // the first block only
  ])('%j -> %j', (text, replaced) => {
    expect(replaceMermaidFence(text, mark)).toBe(replaced);
  });

  test('many unclosed mermaid fences end quickly', () => {
    linear((n) => replaceMermaidFence('```mermaid\n'.repeat(n), mark));
    linear((n) => replaceMermaidFence('```mermaid\r'.repeat(n), mark));
  });
});

/**
 * The regexes these functions replace are the oracle: on short inputs they are fast, and whatever they
 * matched (line terminators of every kind, blanks around fences, fences of other lengths) is what the
 * line-by-line scan must match.
 */
describe('the same matches as the regexes they replace', () => {
  /* eslint-disable regexp/no-super-linear-move, regexp/no-super-linear-backtracking, regexp/no-contradiction-with-assertion, regexp/optimal-quantifier-concatenation -- the replaced regexes, verbatim, on short inputs */
  const oldStrip = (text: string): string => text.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, '');
  const oldMermaid = (text: string): string =>
    text.replace(/^(\s*)(```+|~~~+)\s*mermaid[^\n]*\n[\s\S]*?^\s*\2\s*$/m, (_m, indent: string, fence: string) => `<${JSON.stringify(indent)} ${fence}>`);
  /* eslint-enable regexp/no-super-linear-move, regexp/no-super-linear-backtracking, regexp/no-contradiction-with-assertion, regexp/optimal-quantifier-concatenation */
  const cases = [
    'a\u2028```\u2028x\u2028```\u2028b',
    'a\u2029~~~\u2029x\u2029~~~\u2029\u2029b',
    'a\r```\rx\r```\r\rb',
    'a\n```\nx\n```   \n  \nb',
    'a\n```\nx\n```\n   ',
    'a\n```\nx\n```  x\n```\nb',
    'a\n  ```js\nx\n```\n\n\n',
    '```\n```\n```\n```',
    'x```\ncode\n```\nb',
    '``\nx\n``\nb',
    '```mermaid\ngraph\n```',
    '  ```mermaid\ngraph\n  ```  \n\nafter',
    '```  mermaid extra\ngraph\n```\nb',
    '``mermaid\nx\n``\n',
    '````mermaid\nx\n```\n````\nb',
    'a ```mermaid\nx\n```\nb',
    '```mermaid',
    '```mermaid\n```\n```mermaid\nx\n```',
    '```mermaidish\nx\n```',
    '~~~mermaid\u2028x\n~~~\nb',
    '```mermaid\r\nx\r\n```\r\nb',
  ];
  test.each(cases.map((c) => [c]))('%j', (text) => {
    expect(stripFences(text)).toBe(oldStrip(text));
    expect(replaceMermaidFence(text, mark)).toBe(oldMermaid(text));
  });
});
