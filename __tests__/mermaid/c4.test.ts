import { analyzeDiagram } from '../../src/mermaid/analyze.js';
import { extractC4 } from '../../src/mermaid/c4.js';
import { loadMermaid } from '../../src/mermaid/loader.js';
import { onePass, parserInput, SourceMap } from '../../src/mermaid/preprocess.js';
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

describe('every macro of mermaid 11’s C4 lexer', () => {
  const elementMacros = ['Person', 'Person_Ext', 'System', 'SystemDb', 'SystemQueue', 'System_Ext', 'SystemDb_Ext', 'SystemQueue_Ext']
    .concat(['Container', 'ContainerDb', 'ContainerQueue', 'Container_Ext', 'ContainerDb_Ext', 'ContainerQueue_Ext'])
    .concat(['Component', 'ComponentDb', 'ComponentQueue', 'Component_Ext', 'ComponentDb_Ext', 'ComponentQueue_Ext']);
  const boundaryMacros = ['Enterprise_Boundary', 'System_Boundary', 'Boundary', 'Container_Boundary', 'Deployment_Node', 'Node', 'Node_L', 'Node_R'];
  const relationMacros = ['Rel', 'BiRel', 'Rel_Up', 'Rel_U', 'Rel_Down', 'Rel_D', 'Rel_Left', 'Rel_L', 'Rel_Right', 'Rel_R', 'Rel_Back'];

  test.each(elementMacros)('%s declares an element', async (macro) => {
    const { elements } = await c4(lines('C4Container', `  ${macro}(a, "A")`));
    expect(elements).toEqual([{ alias: 'a', kind: macro, line: 2, column: macro.length + 4, boundary: false, label: 'A' }]);
  });

  test.each(boundaryMacros)('%s declares a boundary that parents what it holds', async (macro) => {
    const { elements } = await c4(lines('C4Deployment', `  ${macro}(b, "B") {`, '    Container(c, "C")', '  }'));
    expect(elements.map((e) => [e.alias, e.kind, e.boundary, e.parent])).toEqual([
      ['b', macro, true, undefined],
      ['c', 'Container', false, 'b'],
    ]);
  });

  test.each(relationMacros)('%s relates its first two aliases', async (macro) => {
    const { relations } = await c4(lines('C4Context', '  Person(a, "A")', '  System(b, "B")', `  ${macro}(a, b, "calls", "HTTPS")`));
    expect(relations).toEqual([
      {
        kind: macro,
        from: 'a',
        to: 'b',
        line: 4,
        column: 3,
        fromLine: 4,
        fromColumn: macro.length + 4,
        toLine: 4,
        toColumn: macro.length + 7,
        label: 'calls',
        technology: 'HTTPS',
      },
    ]);
  });

  test.each([...elementMacros, ...boundaryMacros, ...relationMacros, 'RelIndex'])('a %s line swallowed by a missing `)` is reported', async (macro) => {
    const { swallowed } = await c4(lines('C4Context', '  Person(a, "A")', '  System(b, "B"', `  ${macro}(c, "C")`));
    expect(swallowed).toEqual([{ alias: 'c', kind: macro, line: 4, column: 3, into: 'b', intoKind: 'System', intoLine: 3 }]);
  });

  test.each([
    ['UpdateElementStyle(a, "x', 'a'],
    ['UpdateRelStyle(a, b, "x', 'a'],
    ['UpdateLayoutConfig("x', 'x'],
  ])('lines swallowed by %s belong to the style update', async (update, into) => {
    const { elements, swallowed } = await c4(lines('C4Context', '  Person(a, "A")', `  ${update}`, '  System(c, "C")', '  System(d, "D")'));
    expect(elements.map((e) => e.alias)).toEqual(['a']);
    const intoKind = update.split('(')[0];
    expect(swallowed).toEqual([
      { alias: 'c', kind: 'System', line: 4, column: 3, into, intoKind, intoLine: 3 },
      { alias: 'd', kind: 'System', line: 5, column: 3, into, intoKind, intoLine: 3 },
    ]);
  });

  test('an empty argument (`,,`) keeps its slot: the technology stays the fourth argument', async () => {
    const { relations } = await c4(lines('C4Context', '  Person(a, "A")', '  System(b, "B")', '  Rel(a, b,, "HTTPS")'));
    expect(relations.map((r) => [r.from, r.to, r.label, r.technology])).toEqual([['a', 'b', undefined, 'HTTPS']]);
  });
});

describe('a diagram object that is not what mermaid 11 gives', () => {
  const source = lines('C4Context', '  Person(a, "A")', '  System(b, "B")', '  Rel(a, b, "x")');

  async function real(): Promise<{ diagram: Record<string, unknown>; map: SourceMap }> {
    const mermaid = await loadMermaid();
    await mermaid.parse(source);
    const diagram = (await mermaid.mermaidAPI.getDiagramFromText(onePass(source))) as Record<string, unknown>;
    return { diagram, map: new SourceMap(source, parserInput(source, 'C4Context')) };
  }

  test('the real one is read', async () => {
    const { diagram, map } = await real();
    expect(extractC4(diagram, map)?.relations).toHaveLength(1);
  });

  test.each<[string, (d: Record<string, unknown>) => unknown]>([
    ['not an object', () => 'C4Context'],
    ['no parser', (d) => ({ ...d, parser: undefined })],
    ['no database', (d) => ({ ...d, db: null })],
    ['other text than our replica of the preprocessing gives', (d) => ({ ...d, text: `${String(d.text)} ` })],
    ['a lexer without lex()', (d) => ({ ...d, parser: { ...(d.parser as object), lexer: { setInput: () => undefined } } })],
    ['a lexer without setInput()', (d) => ({ ...d, parser: { ...(d.parser as object), lexer: { lex: () => 1 } } })],
    ['a lexer that is not an object', (d) => ({ ...d, parser: { ...(d.parser as object), lexer: 'lexer' } })],
    ['no terminal names', (d) => ({ ...d, parser: { ...(d.parser as object), terminals_: undefined } })],
    ['no shapes', (d) => ({ ...d, db: { getBoundaries: () => [] } })],
    ['no boundaries', (d) => ({ ...d, db: { getC4ShapeArray: () => [] } })],
  ])('%s: undefined, not a guess', async (_name, change) => {
    const { diagram, map } = await real();
    expect(extractC4(change(diagram), map)).toBeUndefined();
  });

  test('shapes that are not lists are no shapes: no element is reported', async () => {
    const { diagram, map } = await real();
    const db = diagram.db as Record<string, () => unknown>;
    const c4 = extractC4({ ...diagram, db: { getC4ShapeArray: () => ({ length: 1, 0: { alias: 'a' } }), getBoundaries: () => db.getBoundaries() } }, map);
    expect(c4?.elements).toEqual([]);
    expect(c4?.relations).toHaveLength(1);
  });
});
