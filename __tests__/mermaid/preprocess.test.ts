/**
 * The text mermaid's parser is handed (a replica of mermaid 11's preprocessing) and the map from a
 * position in it back to the diagram source: every diagram-syntax finding's line and column goes
 * through it. Pure: no mermaid here.
 */
import { onePass, parserInput, SourceMap } from '../../src/mermaid/preprocess.js';

describe('what the parser is handed', () => {
  test.each([
    ['CRLF and CR become LF; a line end is added', 'graph TD\r\n  A --> B\rC', 'erDiagram', 'graph TD\n  A --> B\nC\n'],
    [
      'front matter, directives, comment lines and leading blanks are removed',
      '---\ntitle: x\n---\n%%{init: {"theme":"dark"}}%%\n%% c\n\n  graph TD\n  A\n',
      'sequenceDiagram',
      'graph TD\n  A\n\n',
    ],
    ['a directive across lines is removed', '%%{\n  init: {"a": 1}\n}%%\nerDiagram\n', 'erDiagram', 'erDiagram\n\n'],
    ['an unclosed directive runs to the end', 'erDiagram\n  %%{x\n  A\n', 'erDiagram', 'erDiagram\n  \n'],
    ['HTML attributes are requoted', 'graph TD\n  A["<b class="x" id="y">t</b>"]', 'erDiagram', `graph TD\n  A["<b class='x' id='y'>t</b>"]\n`],
    ['longer attribute values are requoted whole', 'graph TD\n  A["<b class="big one">t</b>"]', 'erDiagram', `graph TD\n  A["<b class='big one'>t</b>"]\n`],
    ['a `<` without a word or a `>` is kept', 'graph TD\n  A["a < b"] --> B["<c"]', 'erDiagram', 'graph TD\n  A["a < b"] --> B["<c"]\n'],
    [
      'a `style` or `classDef` line loses its `;`',
      'graph TD\n  style A fill:#f9f;\n  classDef c fill:#fff;',
      'erDiagram',
      'graph TD\n  style A fill:#f9f\n  classDef c fill:#fff\n',
    ],
    [
      'HTML entities are encoded, numeric ones marked twice',
      'graph TD\n  A["#quot;x#35;"]',
      'erDiagram',
      'graph TD\n  A["\uFB02\xB0quot\xB6\xDFx\uFB02\xB0\xB035\xB6\xDF"]\n',
    ],
    ['a flowchart drops the blanks after `}` at a line end', 'flowchart TD\n  A{x}   \n  B{y}\n', 'flowchart', 'flowchart TD\n  A{x}\n  B{y}\n'],
    ['so does a graph', 'graph TD\n  A{x} \n', 'graph', 'graph TD\n  A{x}\n'],
    ['and flowchart-elk', 'flowchart-elk TD\n  A{x} \n', 'flowchart-elk', 'flowchart-elk TD\n  A{x}\n'],
    ['other diagrams keep them', 'erDiagram\n  A{x} \n', 'erDiagram', 'erDiagram\n  A{x} \n\n'],
    [
      'sankey drops blank lines and the blanks at the start and end',
      'sankey-beta\n\n  a,b,1  \n\n\n  c,d,2\n  \n',
      'sankey-beta',
      'sankey-beta\n  a,b,1  \n  c,d,2',
    ],
    ['so does `sankey`', 'sankey\n\n  a,b,1\n', 'sankey', 'sankey\n  a,b,1'],
  ])('%s', (_name, source, keyword, parsed) => {
    expect(parserInput(source, keyword).text).toBe(parsed);
  });

  test('one pass leaves entities, `;` and the final line end alone', () => {
    expect(onePass('%% c\r\n  graph TD\r\n  style A fill:#f9f;\r\n  A["#35;"]')).toBe('graph TD\n  style A fill:#f9f;\n  A["#35;"]');
  });
});

describe('positions in the parser input map back to the source', () => {
  /** Where `token` (its n-th occurrence in the parser input) is in the source, by the map. */
  function mapped(source: string, keyword: string, token: string, nth = 0): { line: number; column: number } {
    const map = new SourceMap(source, parserInput(source, keyword));
    let at = -1;
    for (let i = 0; i <= nth; i++) at = map.parsed.text.indexOf(token, at + 1);
    expect(at).not.toBe(-1);
    return map.fromParsedOffset(at);
  }

  test.each([
    ['after front matter and a comment', '---\ntitle: x\n---\n%% c\nerDiagram\n  A ||--o{ BB : has\n', 'BB', 6, 12],
    ['after a directive on the same line', '%%{init: {}}%% erDiagram\n  A ||--o{ BB : has\n', 'BB', 2, 12],
    ['after CRLF line ends', 'erDiagram\r\n  A ||--o{ BB : has\r\n  BB ||--o{ CC : x\r\n', 'CC', 3, 13],
    ['after an indented first line', '   erDiagram\n  A ||--o{ BB : has\n', 'BB', 2, 12],
    ['after an entity on the same line', 'graph TD\n  A["#quot;x#quot;"] --> BB\n', 'BB', 2, 26],
    ['after requoted attributes', 'graph TD\n  A["<b class="x">y</b>"] --> BB\n', 'BB', 2, 31],
    ['after a `style` line lost its `;`', 'graph TD\n  style A fill:#f9f;\n  A --> BB\n', 'BB', 3, 9],
    ['after blanks a flowchart dropped', 'graph TD\n  A{x}    \n  BB\n', 'BB', 3, 3],
    ['after blank lines sankey dropped', 'sankey-beta\n\n\n  a,BB,1\n', 'BB', 4, 5],
  ])('%s', (_name, source, token, line, column) => {
    const keyword = source.includes('sankey') ? 'sankey-beta' : source.includes('graph') ? 'graph' : 'erDiagram';
    expect(mapped(source, keyword, token)).toEqual({ line, column });
  });

  test('a position inside encoded text points into the entity it came from', () => {
    // `#quot;` became 8 characters; each maps to the corresponding one of the source, the rest to its last.
    const source = 'graph TD\n  A["#quot;"]\n';
    const map = new SourceMap(source, parserInput(source, 'graph'));
    const at = map.parsed.text.indexOf('\uFB02');
    expect([0, 1, 5, 7].map((d) => map.fromParsedOffset(at + d).column)).toEqual([6, 7, 11, 11]);
  });

  test('past the end lands after the last visible character of the source', () => {
    const source = 'erDiagram\n  A ||--o{ B : x\n\n  \n';
    const map = new SourceMap(source, parserInput(source, 'erDiagram'));
    expect(map.fromParsedOffset(map.parsed.text.length)).toEqual({ line: 2, column: 17 });
  });

  test('jison positions: line and 0-based column, clamped into the parser input', () => {
    const source = 'erDiagram\n  A ||--o{ B : x\n';
    const map = new SourceMap(source, parserInput(source, 'erDiagram'));
    expect(map.parsedOffset(2, 2)).toBe(map.parsed.text.indexOf('A'));
    expect(map.parsedOffset(0, 0)).toBe(0);
    expect(map.parsedOffset(2, -5)).toBe(map.parsed.text.indexOf('  A'));
    expect(map.parsedOffset(99, 0)).toBe(map.parsed.text.length);
    expect(map.parsedOffset(1, 999)).toBe(map.parsed.text.length);
  });
});
