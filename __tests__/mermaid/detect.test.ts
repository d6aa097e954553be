import { diagramHeader, diagramKeyword, frontMatterMatch, titleOf } from '../../src/mermaid/detect.js';
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

describe("frontMatterMatch (what mermaid's front matter regex matches)", () => {
  test.each([
    ['---\ntitle: A\n---\ngraph TD', { length: 17, indent: '' }],
    ['  ---\n  title: A\n  ---\n\n\ngraph TD', { length: 25, indent: '  ' }], // the blank lines after go with it
    ['---\n\n---\ngraph TD', { length: 9, indent: '' }], // an empty body: the closing line inside the blank run
    ['---\ntitle: A\n ---\ngraph TD', undefined], // the closing line must have the opening's indent
    ['---\ntitle: A\n----\n', undefined],
    ['---\ntitle: A\n---', undefined], // a line end must follow the closing `---`
    ['graph TD\n---\n---\n', undefined],
  ])('%j', (source, match) => {
    expect(frontMatterMatch(source)).toEqual(match);
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
