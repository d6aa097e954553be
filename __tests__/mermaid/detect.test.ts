import { diagramHeader, diagramKeyword, frontMatterMatch, titleOf } from '../../src/mermaid/detect.js';
import fc from 'fast-check';
import { lines } from './fixtures.js';
import { cpuClock } from '../../test-support/cpu-time.js';

describe('diagramKeyword', () => {
  test.each([
    ['C4Context\n  title X', 'C4Context'],
    ['graph TB\n  A --> B', 'graph'],
    ['flowchart LR;', 'flowchart'],
    ['stateDiagram-v2\n  [*] --> A', 'stateDiagram-v2'],
    ['xychart-beta', 'xychart-beta'],
    [lines('%%{', '  init: {"theme": "forest"}', '}%%', 'sequenceDiagram'), 'sequenceDiagram'],
    ['%%{init: {"theme": "dark"}}%% erDiagram', 'erDiagram'],
    ['', ''],
    ['%% only a comment\n\n%% and another', ''],
    ['%%{init: {"theme": "dark"}\ngraph TB', ''], // unclosed: mermaid's directive regex eats the rest
  ])('%j -> %j', (source, keyword) => {
    expect(diagramKeyword(source)).toBe(keyword);
  });

  test('skips front matter, comments and blank lines and gives the position', () => {
    const source = lines('---', 'title: Orders', '---', '', '%% entities', '  erDiagram', '  A ||--o{ B : x');
    expect(diagramHeader(source)).toEqual({ keyword: 'erDiagram', line: 6, column: 3 });
  });

  test('CRLF front matter', () => {
    expect(diagramHeader('---\r\ntitle: T\r\n---\r\nC4Container\r\n')).toEqual({ keyword: 'C4Container', line: 4, column: 1 });
  });
});

describe('titleOf', () => {
  test('C4 title statement, cut where mermaid cuts it', () => {
    expect(titleOf(lines('C4Context', '  %% x', '  title Shop #1; draft'))).toEqual({ title: 'Shop', line: 3 });
  });

  test('front matter title, quoted or not', () => {
    expect(titleOf(lines('---', 'title: "Orders"', '---', 'erDiagram'))).toEqual({ title: 'Orders', line: 2 });
    expect(titleOf(lines('---', 'title: Orders', '---', 'flowchart TD'))).toEqual({ title: 'Orders', line: 2 });
  });

  test('a statement title wins over the front matter', () => {
    expect(titleOf(lines('---', 'title: Front', '---', 'C4Context', '  title Body'))).toEqual({ title: 'Body', line: 5 });
  });

  test('`title X` in an erDiagram is not a title (mermaid reads entities)', () => {
    expect(titleOf(lines('erDiagram', '  title Orders', '  A ||--o{ B : x'))).toBeUndefined();
  });

  test('a nested `title:` key is not the diagram title', () => {
    expect(titleOf(lines('---', 'config:', '  title: nope', '---', 'erDiagram'))).toBeUndefined();
  });

  test('pie title on the first line; sequence title below it', () => {
    expect(titleOf('pie showData title Pets\n  "Dogs" : 3')).toEqual({ title: 'Pets', line: 1 });
    expect(titleOf('sequenceDiagram\n  title Login\n  A->>B: hi')).toEqual({ title: 'Login', line: 2 });
  });

  test('no title', () => {
    expect(titleOf('C4Context\n  Person(a, "A")')).toBeUndefined();
  });
});

/** mermaid 11's own front matter regex (src/diagram-api/regexes.ts): the reference, on inputs short enough for it. */
// eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/optimal-quantifier-concatenation -- mermaid's, kept as written
const MERMAID_FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/ds;

function byMermaid(source: string): ReturnType<typeof frontMatterMatch> {
  const m = MERMAID_FRONT_MATTER.exec(source);
  if (!m?.indices?.[2]) return undefined;
  return { length: m[0].length, indent: m[1], bodyStart: m.indices[2][0], body: m[2] };
}

describe("frontMatterMatch (what mermaid's front matter regex matches)", () => {
  test.each([
    ['---\ntitle: A\n---\ngraph TD', { length: 17, indent: '', bodyStart: 4, body: 'title: A' }],
    ['  ---\n  title: A\n  ---\n\n\ngraph TD', { length: 25, indent: '  ', bodyStart: 6, body: '  title: A' }], // the blank lines after go with it
    ['---\n\n---\ngraph TD', { length: 9, indent: '', bodyStart: 4, body: '' }], // an empty body: the closing line inside the blank run
    ['  ---\n\n  ---\ngraph TD', { length: 13, indent: '  ', bodyStart: 6, body: '' }], // the same, indented
    ['---\n\n---\nx\n---\ngraph TD', { length: 15, indent: '', bodyStart: 5, body: '---\nx' }], // a closing line after the blanks wins
    ['---  \n\ntitle: A\n---\ngraph TD', { length: 20, indent: '', bodyStart: 7, body: 'title: A' }],
    ['---\rtitle: A\r---\rgraph TD', { length: 17, indent: '', bodyStart: 4, body: 'title: A' }], // CR line ends
    ['---\r\t\n---\n', { length: 10, indent: '', bodyStart: 4, body: '\t' }], // found by the property below: the body is the blanks after the first line end
    ['---\ntitle: A\n---  \n\n  graph TD', { length: 20, indent: '', bodyStart: 4, body: 'title: A' }], // not the next line's indent
    ['---\ntitle: A\n ---\ngraph TD', undefined], // the closing line must have the opening's indent
    ['---\ntitle: A\n----\n', undefined],
    ['---\ntitle: A\n---', undefined], // a line end must follow the closing `---`
    ['---title\n---\ngraph TD', undefined], // nothing but blanks may follow the opening `---`
    ['---  \n---\ngraph TD', undefined], // one line end between the two `---` is not enough
    ['graph TD\n---\n---\n', undefined],
  ])('%j', (source, match) => {
    expect(frontMatterMatch(source)).toEqual(match);
    expect(byMermaid(source)).toEqual(match);
  });

  test('matches what mermaid’s regex matches, on any short text of dashes, blanks, line ends and words', () => {
    const piece = fc.constantFrom('---', '-', ' ', '\t', '\n', '\r', '\r\n', 'x', 'title: A', '  ---');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const source = pieces.join('');
        expect(frontMatterMatch(source)).toEqual(byMermaid(source));
      }),
      { numRuns: 3000 },
    );
  });

  test('a long blank run after the opening `---` ends in under 5 s (the regex took 15 s on 50,000 line ends)', () => {
    const cpu = cpuClock();
    expect(frontMatterMatch(`---${'\n'.repeat(50_000)}x`)).toBeUndefined();
    expect(diagramKeyword(`---${'\n'.repeat(50_000)}graph TD`)).toBe('');
    expect(cpu()).toBeLessThan(5000);
  });
});

describe('pie title on the header line', () => {
  test('blanks around the title; a long blank run before a line break ends in under 5 s', () => {
    expect(titleOf('pie title   Pets  \n "a": 1')).toEqual({ title: 'Pets', line: 1 });
    expect(titleOf('pie showData title\tX')).toEqual({ title: 'X', line: 1 });
    const cpu = cpuClock(); // the former regex took 8 s here
    expect(titleOf(`pie title${' '.repeat(50_000)}x\ry\n "a": 1`)).toBeUndefined();
    expect(cpu()).toBeLessThan(5000);
  });
});

describe('where the keyword is', () => {
  test.each([
    ['after a directive on its line', '%%{init: {"theme": "dark"}}%% erDiagram', { keyword: 'erDiagram', line: 1, column: 31 }],
    ['after two directives and blanks', '  %%{init: {}}%%   %%{x}%% graph TD', { keyword: 'graph', line: 1, column: 28 }],
    ['after a directive closed on a later line', '%%{\ninit: {}\n  }%%  C4Context', { keyword: 'C4Context', line: 3, column: 8 }],
    ['indented by tabs after a comment', '  %% c\n\t\tflowchart-elk LR', { keyword: 'flowchart-elk', line: 2, column: 3 }],
    [
      'after front matter, a blank line and a directive',
      '---\ntitle: x\n---\n\n%%{init:{}}%%\nsequenceDiagram',
      { keyword: 'sequenceDiagram', line: 6, column: 1 },
    ],
  ])('%s', (_name, source, header) => {
    expect(diagramHeader(source)).toEqual(header);
  });

  test('a first line that starts with no word has no keyword', () => {
    expect(diagramHeader('123 graph')).toBeUndefined();
    expect(diagramHeader('--> graph')).toBeUndefined();
  });
});

describe('titles as mermaid reads them', () => {
  test.each([
    ['a front matter comment is not part of the title', '---\ntitle: Orders # comment\n---\nerDiagram', { title: 'Orders', line: 2 }],
    ['a quoted title keeps its `#`', "---\ntitle: 'a # b'\n---\nerDiagram", { title: 'a # b', line: 2 }],
    ['a `#` inside a word is kept', '---\ntitle: a#b\n---\nerDiagram', { title: 'a#b', line: 2 }],
    ['indented front matter', '  ---\n  title: In\n  ---\nerDiagram', { title: 'In', line: 2 }],
    ['a quote character alone, quoted', "---\ntitle: '\"'\n---\nerDiagram", { title: '"', line: 2 }],
    ['pie with its title on the next line', 'pie\n  title Pets\n "a": 1', { title: 'Pets', line: 2 }],
    ['an empty title statement is skipped', 'C4Context\n  title \n  title Real', { title: 'Real', line: 3 }],
    ['a title statement ends at `;`', 'gantt\n title A;B', { title: 'A', line: 2 }],
    ['front matter in a grammar with title statements but none', '---\ntitle: "x"\n---\nsequenceDiagram\n  A->>B: hi', { title: 'x', line: 2 }],
  ])('%s', (_name, source, title) => {
    expect(titleOf(source)).toEqual(title);
  });

  test('an empty front matter title is no title', () => {
    expect(titleOf('---\ntitle:\n---\nerDiagram')).toBeUndefined();
    expect(titleOf('---\ntitle: ""\n---\nerDiagram')).toBeUndefined();
  });
});

describe('which grammars have a `title` statement (checked against mermaid 11’s parsers)', () => {
  test.each([
    ['C4Context', 'Person(a, "A")'],
    ['C4Container', 'Person(a, "A")'],
    ['C4Component', 'Person(a, "A")'],
    ['C4Dynamic', 'Person(a, "A")'],
    ['C4Deployment', 'Person(a, "A")'],
    ['sequenceDiagram', 'A->>B: hi'],
    ['gantt', 'section S'],
    ['journey', 'section S'],
    ['pie', '"a": 1'],
    ['quadrantChart', 'x-axis a --> b'],
    ['xychart-beta', 'bar [1, 2]'],
    ['xychart', 'bar [1, 2]'],
    ['timeline', '2020 : a'],
    ['gitGraph', 'commit'],
    ['packet-beta', '0-15: "a"'],
    ['packet', '0-15: "a"'],
    ['architecture-beta', 'service a(server)[A]'],
    ['radar-beta', 'axis a, b, c'],
    ['treemap-beta', '"a": 1'],
  ])('%s: the statement, not the front matter, gives the title', (keyword, body) => {
    expect(titleOf(lines('---', 'title: Front', '---', keyword, '  title Sales', `  ${body}`))).toEqual({ title: 'Sales', line: 5 });
  });

  test.each([
    ['kanban', 'todo[Todo]'], // mermaid makes `title Sales` a column
    ['mindmap', 'root'],
    ['flowchart TD', 'A --> B'],
    ['erDiagram', 'A ||--o{ B : x'],
    ['classDiagram', 'class A'],
    ['stateDiagram-v2', '[*] --> A'],
  ])('%s: a `title` line is not a title; the front matter is', (keyword, body) => {
    expect(titleOf(lines('---', 'title: Front', '---', keyword, '  title Sales', `  ${body}`))).toEqual({ title: 'Front', line: 2 });
    expect(titleOf(lines(keyword, '  title Sales', `  ${body}`))).toBeUndefined();
  });

  test('xychart reads a quoted title as a string, `#` and all; other grammars keep the quotes', () => {
    expect(titleOf(lines('xychart-beta', '  title "  Sales # 2026  "', '  bar [1, 2]'))).toEqual({ title: 'Sales # 2026', line: 2 });
    expect(titleOf(lines('xychart', '  title Sales', '  bar [1, 2]'))).toEqual({ title: 'Sales', line: 2 });
    expect(titleOf(lines('gantt', '  title "Plan"', '  section S'))).toEqual({ title: '"Plan"', line: 2 });
  });
});

describe('front matter titles as mermaid reads them (js-yaml, JSON schema, `title` if truthy)', () => {
  const fm = (...body: string[]): string => lines('---', ...body, '---', 'erDiagram', '  A ||--o{ B : x');
  test.each([
    ['YAML quoting', fm("title: 'it''s'"), { title: "it's", line: 2 }],
    ['escapes in double quotes', fm('title: "a \\"b\\""'), { title: 'a "b"', line: 2 }],
    ['a folded block', fm('title: >-', '  folded', '  text'), { title: 'folded text', line: 2 }],
    ['a number', fm('title: 2026'), { title: '2026', line: 2 }],
    ['a boolean', fm('title: true'), { title: 'true', line: 2 }],
    ['a quoted key', fm('"title": Quoted key'), { title: 'Quoted key', line: 2 }],
    ['a flow map: its first line', fm('{config: {}, title: Flow}'), { title: 'Flow', line: 2 }],
    ['after a nested map', fm('config:', '  theme: dark', 'title: After'), { title: 'After', line: 4 }],
    ['blanks inside quotes are trimmed', fm('title: "  spaced  "'), { title: 'spaced', line: 2 }],
    [
      'indented front matter, its indent taken off',
      lines('  ---', '  config:', '    theme: dark', '  title: In', '  ---', 'erDiagram'),
      { title: 'In', line: 4 },
    ],
    ['after blank lines', lines('---', '', '', 'title: Low', '---', 'erDiagram'), { title: 'Low', line: 4 }],
  ])('%s', (_name, source, title) => {
    expect(titleOf(source)).toEqual(title);
  });

  test.each([
    ['zero (falsy to mermaid)', fm('title: 0')],
    ['a list', fm('title: [a, b]')],
    ['a map', fm('title: {a: 1}')],
    ['null', fm('title: null')],
    ['invalid YAML (mermaid rejects the diagram)', fm('title: "unclosed')],
    ['a document that is not a map', fm('- title: x')],
    ['only blanks', fm('title: "   "')],
  ])('no title: %s', (_name, source) => {
    expect(titleOf(source)).toBeUndefined();
  });

  test('a list of aliases that would expand to an enormous string is no title, and costs nothing', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const cpu = cpuClock();
    expect(titleOf(fm(...levels, 'title: *a11'))).toBeUndefined();
    expect(cpu()).toBeLessThan(2000);
  });
});

describe('titles through CRLF line ends, indents and spacing', () => {
  test.each([
    ['a pie title on the header line, CRLF', 'pie title Pets\r\n  "a": 1\r\n', { title: 'Pets', line: 1 }],
    ['a front matter title, CRLF', '---\r\ntitle: Orders\r\n---\r\nerDiagram\r\n', { title: 'Orders', line: 2 }],
    ['xychart: blanks before the quoted title', 'xychart-beta\n  title   "Sales"\n  bar [1, 2]', { title: 'Sales', line: 2 }],
    [
      'indented front matter with a line that lacks the indent (mermaid takes the indent off the others only)',
      lines('  ---', '  title: In', 'theme: dark', '  ---', 'erDiagram'),
      { title: 'In', line: 2 },
    ],
  ])('%s', (_name, source, title) => {
    expect(titleOf(source)).toEqual(title);
  });
});
