/**
 * Fenced blocks in template text, found line by line. The cases pin what the regexes these functions
 * replace did (blank lines around a block go with it); the long inputs made those regexes crawl.
 */
import { replaceMermaidFence, stripFences } from '../../src/template/fences.js';

const elapsed = (f: () => unknown): number => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

/**
 * Ten times the input costs about ten times the time, not a hundred (what the replaced regexes took). Relative
 * to the small run, so a loaded machine or an instrumented run (mutation testing) slows both alike.
 */
const linear = (f: (n: number) => unknown): void => {
  const small = elapsed(() => f(2_000));
  expect(elapsed(() => f(20_000))).toBeLessThan(30 * small + 300);
};

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
  const mark = (indent: string, fence: string): string => `<${JSON.stringify(indent)} ${fence}>`;

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
