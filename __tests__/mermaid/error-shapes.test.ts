/**
 * toDiagramError on the shapes mermaid throws when its usual excerpt cannot be matched or a field is
 * missing: the finding still points into the diagram source and says what went wrong, never crashes.
 */
import { toDiagramError } from '../../src/mermaid/errors.js';
import { parserInput, SourceMap } from '../../src/mermaid/preprocess.js';
import { diagramHeader } from '../../src/mermaid/detect.js';

const source = '%% a comment\nflowchart TD\n  A --> B\n  B --> C';

function translate(err: unknown, src = source) {
  return toDiagramError(err, src, new SourceMap(src, parserInput(src, 'flowchart')), diagramHeader(src));
}

const jison = (message: string, hash: object) => Object.assign(new Error(message), { hash });

describe('jison errors whose excerpt does not match', () => {
  test("the token's location is used, mapped past the removed comment", () => {
    const e = translate(
      jison('Parse error on line 2:\n??\n---^\nExpecting x', {
        text: 'B',
        token: 'ID',
        line: 1,
        loc: { first_line: 2, first_column: 8 },
        expected: ["'SEMI'", "'NEWLINE'"],
      }),
    );
    expect(e).toMatchObject({ line: 3, column: 9, kind: 'parse', message: 'unexpected `B`; expecting SEMI, NEWLINE' });
  });

  test('a location without a column: the start of its line', () => {
    expect(translate(jison('Parse error on line 2:\n??', { text: 'B', token: 'ID', loc: { first_line: 2 } }))).toMatchObject({
      line: 3,
      column: 1,
      message: 'unexpected `B`',
    });
  });

  test('no location at all: the line the message names, else the first', () => {
    expect(translate(jison('Parse error on line 2:\n??', { text: 'B', token: 'ID' }))).toMatchObject({ line: 3, column: 1 });
    expect(translate(jison('Parse error on line x:\n??', { text: 'B', token: 'ID' }))).toMatchObject({ line: 2, column: 1 });
    const long = ['%% c', 'flowchart TD', ...Array.from({ length: 12 }, (_, i) => `  A${i} --> B${i}`)].join('\n');
    expect(translate(jison('Parse error on line 12:\n??', { text: 'B', token: 'ID' }), long)).toMatchObject({ line: 13, column: 1 });
  });

  test.each([
    ['the end-of-file token', { text: 'x', token: 1 }, 'unexpected end of diagram'],
    ['an EOF token by name', { text: 'x', token: 'EOF' }, 'unexpected end of diagram'],
    ['an empty text', { text: '', token: 'ID' }, 'unexpected end of diagram'],
    ['a line end', { text: '\n', token: 'ID' }, 'unexpected end of line'],
    ['a NEWLINE token', { text: 'x', token: 'NEWLINE' }, 'unexpected end of line'],
    ['an EOL token', { text: 'x', token: 'EOL' }, 'unexpected end of line'],
    ['blanks around the token', { text: ' -> ', token: 'LINK' }, 'unexpected `->`'],
    ['a token of blanks only', { text: '  ', token: 'SPACE' }, 'unexpected `  `'],
  ])('%s', (_name, hash, message) => {
    expect(translate(jison('Parse error on line 1:\n??', hash)).message).toBe(message);
  });

  test('seven expectations or more are cut after six, with their count', () => {
    const expected = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `'${x}'`);
    expect(translate(jison('Parse error on line 1:\n??', { text: 'B', token: 'ID', expected })).message).toBe(
      'unexpected `B`; expecting a, b, c, d, e, f, ... (7 possibilities)',
    );
    expect(translate(jison('Parse error on line 1:\n??', { text: 'B', token: 'ID', expected: expected.slice(0, 6) })).message).toBe(
      'unexpected `B`; expecting a, b, c, d, e, f',
    );
  });

  test('a lexical error names the source text at its position', () => {
    expect(
      translate(jison('Lexical error on line 2. Unrecognized text.\n??', { text: '', token: null, loc: { first_line: 2, first_column: 2 } })),
    ).toMatchObject({
      line: 3,
      column: 3,
      kind: 'lexical',
      message: 'unrecognized text `A --> B`',
    });
  });

  test('a lexical error at the end of the diagram names nothing', () => {
    expect(translate(jison('Lexical error on line 9. Unrecognized text.\n??', { text: '', token: null }))).toMatchObject({
      kind: 'lexical',
      message: 'unrecognized text',
    });
  });
});

describe('other shapes', () => {
  test('an unknown diagram type names the keyword where it is; none at all says so', () => {
    expect(translate(Object.assign(new Error('x'), { name: 'UnknownDiagramError' }))).toMatchObject({
      line: 2,
      column: 1,
      kind: 'unknown-type',
      message: 'unknown diagram type `flowchart`',
    });
    expect(translate({ message: 'No diagram type detected matching given configuration for text: ' }, '%% only')).toMatchObject({
      line: 1,
      column: 1,
      kind: 'unknown-type',
      message: 'no diagram type: the diagram is empty or only comments',
    });
  });

  test('invalid front matter without a mark: the first YAML line, its first message line', () => {
    const src = '  ---\n  a: [\n  ---\nflowchart TD';
    expect(translate(Object.assign(new Error('bad YAML\nmore'), { name: 'YAMLException' }), src)).toMatchObject({
      line: 2,
      column: 3,
      kind: 'front-matter',
      message: 'invalid front matter: bad YAML',
    });
  });

  test('anything else: its first line at the keyword, or a plain statement when it says nothing', () => {
    expect(translate({ message: 'Cannot read the graph\nstack' })).toMatchObject({
      line: 2,
      column: 1,
      kind: 'other',
      message: 'Cannot read the graph',
      mermaidMessage: 'Cannot read the graph\nstack',
    });
    expect(translate('thrown string')).toMatchObject({ kind: 'other', message: 'thrown string' });
    expect(translate(new Error('  '))).toMatchObject({ kind: 'other', message: 'mermaid rejected the diagram' });
  });
});
