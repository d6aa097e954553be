import { analyzeDiagram } from '../../src/mermaid/analyze.js';
import type { C4Analysis } from '../../src/mermaid/types.js';
import { c4Container, c4Deployment, c4Dynamic, lines } from './fixtures.js';

async function c4(source: string): Promise<C4Analysis> {
  const a = await analyzeDiagram(source);
  expect(a.error).toBeUndefined();
  expect(a.internal).toBeUndefined();
  if (!a.c4) throw new Error('no C4 analysis');
  return a.c4;
}

describe('C4 elements and relations with their positions', () => {
  test('boundaries, $tags, unquoted labels and UpdateLayoutConfig', async () => {
    const { elements, relations, swallowed } = await c4(c4Container);
    expect(elements).toEqual([
      { alias: 'customer', kind: 'Person', line: 3, column: 10, boundary: false, label: 'Customer', description: 'Buys things' },
      { alias: 'shop', kind: 'System_Boundary', line: 4, column: 19, boundary: true, label: 'Shop' },
      { alias: 'web', kind: 'Container', line: 5, column: 15, boundary: false, label: 'Web app', technology: 'React', description: 'UI', parent: 'shop' },
      {
        alias: 'db',
        kind: 'ContainerDb',
        line: 6,
        column: 17,
        boundary: false,
        label: 'Database',
        technology: 'PostgreSQL',
        description: 'Orders',
        parent: 'shop',
      },
    ]);
    expect(relations).toEqual([
      { kind: 'Rel', from: 'customer', to: 'web', line: 8, column: 3, fromLine: 8, fromColumn: 7, toLine: 8, toColumn: 17, label: 'Uses', technology: 'HTTPS' },
      { kind: 'Rel', from: 'web', to: 'db', line: 9, column: 3, fromLine: 9, fromColumn: 7, toLine: 9, toColumn: 12, label: 'Reads/writes', technology: 'SQL' },
    ]);
    expect(swallowed).toEqual([]);
  });

  test('deployment nodes are boundaries', async () => {
    const { elements } = await c4(c4Deployment);
    expect(elements.map((e) => [e.kind, e.alias, e.boundary])).toEqual([
      ['Deployment_Node', 'cloud', true],
      ['Node', 'k8s', true],
      ['Container', 'api', false],
      ['Node_R', 'rds', true],
      ['ContainerDb', 'db', false],
    ]);
  });

  test('RelIndex takes its aliases after the index', async () => {
    const { relations } = await c4(c4Dynamic);
    expect(relations[0]).toMatchObject({ kind: 'RelIndex', from: 'customer', to: 'web', fromColumn: 15, toColumn: 25 });
  });

  test('quoted aliases are located inside the quotes', async () => {
    const { elements, relations } = await c4(lines('C4Context', '  Person("a", "A")', '  System(b, "B")', '  Rel("a", "b", "x")'));
    expect(elements[0]).toMatchObject({ alias: 'a', line: 2, column: 11 });
    expect(relations[0]).toMatchObject({ from: 'a', to: 'b', fromColumn: 8, toColumn: 13 });
  });

  test('positions survive front matter, a directive, comments and CRLF', async () => {
    const source = ['---', 'title: T', '---', '%%{init: {"theme": "dark"}}%%', 'C4Context', '  %% who', '', '  Person(a, "A")', '  Rel(a, b, "x")'].join(
      '\r\n',
    );
    const { elements, relations } = await c4(source);
    expect(elements).toEqual([{ alias: 'a', kind: 'Person', line: 8, column: 10, boundary: false, label: 'A' }]);
    expect(relations[0]).toMatchObject({ line: 9, fromColumn: 7, toColumn: 10 });
  });
});

describe('data for the c4-* rules', () => {
  test('a relation to an undeclared alias keeps that alias and its column', async () => {
    const { elements, relations } = await c4(lines('C4Context', '  Person(a, "A")', '  Rel(a, ghost, "calls")'));
    expect(elements.map((e) => e.alias)).toEqual(['a']);
    expect(relations).toEqual([
      { kind: 'Rel', from: 'a', to: 'ghost', line: 3, column: 3, fromLine: 3, fromColumn: 7, toLine: 3, toColumn: 10, label: 'calls' },
    ]);
  });

  test('duplicate aliases are both listed (mermaid itself merges them)', async () => {
    const { elements } = await c4(lines('C4Context', '  Person(a, "A")', '  System(b, "B")', '  System_Ext(a, "A again")'));
    expect(elements.filter((e) => e.alias === 'a').map((e) => [e.kind, e.line])).toEqual([
      ['Person', 2],
      ['System_Ext', 4],
    ]);
  });

  test('a missing `)` swallows the next declaration', async () => {
    const { elements, swallowed } = await c4(lines('C4Context', '  Person(a, "A")', '  System(b, "B"', '  System(c, "C")', '  Rel(a, b, "uses")'));
    expect(elements.map((e) => e.alias)).toEqual(['a', 'b']);
    expect(swallowed).toEqual([{ alias: 'c', kind: 'System', line: 4, column: 3, into: 'b', intoKind: 'System', intoLine: 3 }]);
  });

  test('an unquoted last argument runs on to the next comma and swallows a relation', async () => {
    const { relations, swallowed } = await c4(lines('C4Context', '  Person(a, "A")', '  System(b, "B")', '  Rel(a, b)', '  Rel(b, a, "replies")'));
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ from: 'a', to: 'b)' });
    expect(swallowed).toEqual([{ alias: 'b', kind: 'Rel', line: 5, column: 3, into: 'a', intoKind: 'Rel', intoLine: 4 }]);
  });

  test('a stray quote swallows the next line', async () => {
    const { elements, swallowed } = await c4(lines('C4Context', '  Person(a, "A, "d")', '  Person(b, "B")', '  System(c, "C")'));
    expect(elements.map((e) => e.alias)).toEqual(['a', 'c']);
    expect(swallowed.map((s) => [s.alias, s.line, s.into])).toEqual([['b', 3, 'a']]);
  });

  test('a diagram mermaid rejects has no C4 data', async () => {
    const a = await analyzeDiagram(lines('C4Context', '  Person(a, "A")', '  Rel(a b'));
    expect(a.error).toBeDefined();
    expect(a.c4).toBeUndefined();
  });
});

describe('arguments as mermaid reads them', () => {
  test("blank labels and descriptions are absent; a relation's label and technology are trimmed or named", async () => {
    const { elements, relations } = await c4(
      lines(
        'C4Context',
        '  Person(a, "A")',
        '  System(b, " ", "")',
        '  Rel(a, b, $label="calls", $techn="HTTP")',
        '  Rel(a, b, "", "")',
        '  BiRel(b, a, " reads ", " SQL ")',
      ),
    );
    expect(elements[1]).toEqual({ alias: 'b', kind: 'System', line: 3, column: 10, boundary: false, label: '' });
    expect(relations.map((r) => [r.kind, r.from, r.to, r.label, r.technology])).toEqual([
      ['Rel', 'a', 'b', 'calls', 'HTTP'],
      ['Rel', 'a', 'b', undefined, undefined],
      ['BiRel', 'b', 'a', 'reads', 'SQL'],
    ]);
    expect(relations[1]).not.toHaveProperty('label');
    expect(relations[2]).toMatchObject({ fromColumn: 9, toColumn: 12 });
  });

  test('named technology and description of an element; a blank technology is absent', async () => {
    const { elements } = await c4(lines('C4Container', '  Container(w, "Web", "  ", $descr="UI")', '  Container(x, "X", $techn="Go")'));
    expect(elements).toEqual([
      { alias: 'w', kind: 'Container', line: 2, column: 13, boundary: false, label: 'Web', description: 'UI' },
      { alias: 'x', kind: 'Container', line: 3, column: 13, boundary: false, label: 'X', technology: 'Go' },
    ]);
  });

  test('an element in an enterprise boundary has it as parent; style updates declare nothing', async () => {
    const { elements, relations } = await c4(
      lines(
        'C4Context',
        '  Enterprise_Boundary(e, "E") {',
        '    System(s, "S")',
        '  }',
        '  Person(a, "A")',
        '  UpdateRelStyle(a, s, $textColor="blue")',
        '  UpdateElementStyle(a, $fontColor="red")',
        '  Rel_U(a, s, "up")',
      ),
    );
    expect(elements.map((e) => [e.alias, e.kind, e.boundary, e.parent])).toEqual([
      ['e', 'Enterprise_Boundary', true, undefined],
      ['s', 'System', false, 'e'],
      ['a', 'Person', false, undefined],
    ]);
    expect(relations.map((r) => [r.kind, r.from, r.to, r.line])).toEqual([['Rel_U', 'a', 's', 8]]);
  });

  test("a line swallowed by a RelIndex belongs to the relation's from, after the index", async () => {
    const { swallowed } = await c4(lines('C4Dynamic', '  Person(a, "A")', '  System(b, "B")', '  RelIndex(1, a, b, "x"', '  System(c, "C")'));
    expect(swallowed).toEqual([{ alias: 'c', kind: 'System', line: 5, column: 3, into: 'a', intoKind: 'RelIndex', intoLine: 4 }]);
  });
});
