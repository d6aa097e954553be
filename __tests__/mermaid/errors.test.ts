/**
 * What a diagram-syntax finding says: the kind of error, a message in the diagram's terms, and the
 * line and column in the diagram source, whatever mermaid rewrote before its parser saw the text
 * (sankey's blank trimming, flowchart braces, `style` lines, HTML entities and attributes).
 */
import { analyzeDiagram } from '../../src/mermaid/analyze.js';
import type { DiagramError } from '../../src/mermaid/types.js';
import { lines } from './fixtures.js';

async function error(source: string): Promise<Omit<DiagramError, 'mermaidMessage'>> {
  const a = await analyzeDiagram(source);
  if (!a.error) throw new Error('no error');
  const { mermaidMessage: _, ...rest } = a.error;
  return rest;
}

describe('what was unexpected, and what mermaid expected', () => {
  test('the end of the diagram; a long list of expectations is cut after six, with the count', async () => {
    expect(await error('flowchart TD\n  A --> ')).toEqual({
      line: 2,
      column: 8,
      kind: 'parse',
      message: 'unexpected end of diagram; expecting AMP, COLON, PIPE, TESTSTR, DOWN, DEFAULT, ... (13 possibilities)',
    });
  });

  test('the end of a line; a short list in full', async () => {
    expect(await error('sequenceDiagram\n  Alice->>')).toEqual({
      line: 2,
      column: 11,
      kind: 'parse',
      message: 'unexpected end of line; expecting +, -, (), ACTOR',
    });
  });

  test('a token, quoted as written', async () => {
    expect(await error('erDiagram\n  A ||--o{ B : "x')).toEqual({
      line: 2,
      column: 16,
      kind: 'parse',
      message: 'unexpected `"`; expecting UNICODE_TEXT, ENTITY_NAME, WORD',
    });
  });

  test('a lexer error of a langium-based diagram is lexical, at its line and column', async () => {
    expect(await error(lines('%% pets', 'pie title Pets', '  "Dogs" : 3', '  @'))).toEqual({
      line: 4,
      column: 3,
      kind: 'lexical',
      message: 'unexpected character: ->@<- at offset: 30, skipped 1 characters.',
    });
  });

  test('a parse error of a langium-based diagram past line 9 is a parse error at its line and column', async () => {
    const slices = Array.from({ length: 10 }, (_, i) => `  "s${i}": ${i + 1}`);
    expect(await error(lines('pie', ...slices, '  "k" 11'))).toMatchObject({
      line: 12,
      column: 7,
      kind: 'parse',
      message: "Expecting token of type ':' but found `11`.",
    });
  });

  test('mermaid rejecting a diagram without a position: its message, at the diagram keyword', async () => {
    expect(await error(lines('%% branches', '  gitGraph', '  commit', '  checkout nope'))).toEqual({
      line: 2,
      column: 3,
      kind: 'other',
      message: 'Trying to checkout branch which is not yet created. (Help try using "branch nope")',
    });
  });

  test('invalid YAML in indented front matter: the YAML line and column in the diagram', async () => {
    expect(await error(lines('  ---', '  title: a', '  x: : b', '  ---', 'flowchart TD', ' A'))).toEqual({
      line: 3,
      column: 6,
      kind: 'front-matter',
      message: 'invalid front matter: bad indentation of a mapping entry',
    });
  });

  test('invalid YAML after blank lines that open the front matter: js-yaml counts from the first line after them', async () => {
    expect(await error(lines('---  ', '', '  ', 'title: a', 'x: : b', '---', 'flowchart TD', ' A'))).toMatchObject({
      line: 5,
      column: 4,
      kind: 'front-matter',
    });
  });
});

describe('positions through what mermaid rewrites first', () => {
  test.each([
    ['sankey: blank lines dropped', lines('sankey-beta', '', '  a,b,10', '', '  c,d', ''), 5, 6],
    ['sankey: a token in the middle of a line', lines('sankey-beta', '  a,b,10', '  c,d,x,y', '', '', ''), 3, 8],
    ['sankey: indented keyword, blanks at the end', lines('  sankey', '', '', '  a,b,10', '  c,d,', '   '), 5, 7],
    ['flowchart: blanks after `}` dropped', lines('flowchart TD', '  A{x}   ', '  B{y}  ', '  C -->'), 4, 8],
    ['flowchart: a blank line after `}`', lines('graph TD', '  A{x}', '', '  B --> C ^^^ ', ''), 4, 11],
    ['a `style` line loses its `;`', lines('flowchart TD', '  style A fill:#f9f;', '  A --> B', '  B -->'), 4, 8],
    ['a `classDef` line loses its `;`', lines('flowchart TD', '  classDef x fill:#f9f;', '  A --> B', '  B -->'), 4, 8],
    ['HTML entities are encoded', lines('flowchart TD', '  A["#quot;x#quot;"] --> B', '  B --> C -->'), 3, 14],
    ['HTML attributes are requoted', lines('flowchart TD', '  A --> B<br class="x">', '  B -->'), 2, 10],
  ])('%s', async (_name, source, line, column) => {
    expect(await error(source)).toMatchObject({ kind: 'parse', line, column });
  });
});
