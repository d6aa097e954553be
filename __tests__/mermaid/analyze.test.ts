import { analyzeDiagram, analyzeDiagrams } from '../../src/mermaid/analyze.js';
import { c4Component, c4Container, c4Context, c4Deployment, c4Dynamic, erWithKeys, flowchart, lines } from './fixtures.js';

describe('analyzeDiagram: valid diagrams', () => {
  test.each([
    ['C4Context', c4Context, 'c4'],
    ['C4Container', c4Container, 'c4'],
    ['C4Component', c4Component, 'c4'],
    ['C4Deployment', c4Deployment, 'c4'],
    ['C4Dynamic', c4Dynamic, 'c4'],
    ['erDiagram', erWithKeys, 'er'],
    ['flowchart', flowchart, 'flowchart-v2'],
  ])('%s parses', async (type, source, mermaidType) => {
    const a = await analyzeDiagram(source);
    expect(a.error).toBeUndefined();
    expect(a.internal).toBeUndefined();
    expect(a.type).toBe(type);
    expect(a.mermaidType).toBe(mermaidType);
    expect(a.c4 !== undefined).toBe(mermaidType === 'c4');
    expect(a.er !== undefined).toBe(mermaidType === 'er');
  });

  test('C4 title and its line', async () => {
    const a = await analyzeDiagram(c4Context);
    expect(a).toMatchObject({ title: 'Online shop - system context', titleLine: 2 });
  });

  test('a C4 title mermaid reads where no line starts with `title` (after a directive) comes from mermaid, trimmed', async () => {
    const a = await analyzeDiagram(lines('C4Context', '%%{init: {"theme": "dark"}}%% title  Shop  ', '  Person(a, "A")'));
    expect(a.error).toBeUndefined();
    expect(a.title).toBe('Shop');
    expect(a).not.toHaveProperty('titleLine');
    const blank = await analyzeDiagram(lines('C4Context', '%%{init: {"theme": "dark"}}%% title  ', '  Person(a, "A")'));
    expect(blank.c4?.elements).toHaveLength(1);
    expect(blank).not.toHaveProperty('title');
  });

  test('erDiagram title comes from front matter only', async () => {
    const a = await analyzeDiagram(lines('---', 'title: Orders', '---', erWithKeys));
    expect(a).toMatchObject({ type: 'erDiagram', title: 'Orders', titleLine: 2 });
    expect(a.error).toBeUndefined();
  });
});

describe('analyzeDiagram: syntax errors point into the diagram source', () => {
  const badEr = ['erDiagram', '  CUSTOMER ||--o{ ORDER : places', '  ORDER ||--|{ LINE_ITEM contains'];

  test('parse error: line and column of the unexpected token', async () => {
    const a = await analyzeDiagram(lines(...badEr));
    expect(a.error).toMatchObject({ line: 3, column: 26, kind: 'parse' });
    expect(a.error?.message).toContain('unexpected `contains`');
  });

  test('after front matter mermaid counts 3 lines fewer; archdoc does not', async () => {
    const a = await analyzeDiagram(lines('---', 'title: Orders', '---', ...badEr));
    expect(a.error?.mermaidMessage).toMatch(/^Parse error on line 3:/);
    expect(a.error).toMatchObject({ line: 6, column: 26 });
  });

  test('after an init directive, comments and blank lines', async () => {
    const a = await analyzeDiagram(lines('%%{init: {"theme": "dark"}}%%', '%% entities', '', badEr[0], '  %% orders', '', badEr[1], badEr[2]));
    expect(a.error?.mermaidMessage).toMatch(/^Parse error on line 4:/);
    expect(a.error).toMatchObject({ line: 8, column: 26 });
  });

  test('CRLF line endings', async () => {
    const a = await analyzeDiagram(['%% crlf', ...badEr].join('\r\n') + '\r\n');
    expect(a.error).toMatchObject({ line: 4, column: 26 });
  });

  test('indented diagram (mermaid trims the first line)', async () => {
    const a = await analyzeDiagram(badEr.map((l) => `    ${l}`).join('\n'));
    expect(a.error).toMatchObject({ line: 3, column: 30 });
  });

  test('missing token at the end of a line points after the last word', async () => {
    const a = await analyzeDiagram(lines('erDiagram', '  CUSTOMER ||--o{ ORDER'));
    expect(a.error).toMatchObject({ line: 2, column: 24 });
    expect(a.error?.message).toContain('unexpected end of line');
  });

  test('lexical error: mermaid gives no column, archdoc finds it', async () => {
    const a = await analyzeDiagram(lines('C4Context', '  %% people', '  Person(a, "A")', '  System(b, "B") ^^^'));
    expect(a.error?.mermaidMessage).toMatch(/^Lexical error on line 3\./);
    expect(a.error).toMatchObject({ line: 4, column: 18, kind: 'lexical', message: 'unrecognized text `^^^`' });
  });

  test('column stays right after HTML entities mermaid encodes', async () => {
    const a = await analyzeDiagram(lines('C4Context', '  Person(a, "fish #amp; chips #35; x") ^'));
    expect(a.error).toMatchObject({ line: 2, column: 40, kind: 'lexical' });
  });

  test('langium-based diagrams report their own line and column', async () => {
    const a = await analyzeDiagram(lines('%% pie', 'pie title Pets', '  "Dogs" : 3', '  "Cats" 2'));
    expect(a.error).toMatchObject({ line: 4, column: 10, kind: 'parse' });
  });

  test('unknown diagram type points at the keyword', async () => {
    const a = await analyzeDiagram(lines('', '  C4Contex', '  title x'));
    expect(a.error).toMatchObject({ line: 2, column: 3, kind: 'unknown-type', message: 'unknown diagram type `C4Contex`' });
    expect(a.type).toBe('C4Contex');
  });

  test('empty or comment-only diagram', async () => {
    for (const source of ['', '%% nothing here']) {
      const a = await analyzeDiagram(source);
      expect(a).toMatchObject({ type: '', error: { kind: 'unknown-type', line: 1 } });
    }
  });

  test('invalid front matter YAML points at the YAML line', async () => {
    const a = await analyzeDiagram(lines('---', 'title: ok', 'config: a: b', '---', 'erDiagram', '  A ||--o{ B : x'));
    expect(a.error).toMatchObject({ kind: 'front-matter', line: 3, column: 10 });
  });
});

describe('analyzeDiagram: limits and robustness', () => {
  test('a diagram over 50,000 characters is refused, not parsed', async () => {
    const big = 'erDiagram\n' + Array.from({ length: 3000 }, (_, i) => `  E${i} ||--o{ F${i} : has`).join('\n');
    const a = await analyzeDiagram(big);
    expect(a.error).toMatchObject({ kind: 'limit', line: 1 });
    expect(a.error?.message).toMatch(/too large to check/);
  });

  test.each([
    ['blank lines', 'erDiagram' + ' \n'.repeat(3_000) + '  A ||--o{ B : x'],
    ['style line', 'flowchart TD\n  A\n  style A ' + ':#'.repeat(2_000)],
    ['unclosed tags', 'flowchart TD\n' + '<a'.repeat(20_000)],
    ['long line', 'erDiagram\n' + '  A ||--o{ B : has'.repeat(400)],
  ])('input that makes mermaid crawl is refused (%s)', async (_name, source) => {
    const a = await analyzeDiagram(source);
    expect(a.error?.kind).toBe('limit');
  });

  test('never throws, whatever it is given', async () => {
    const a = await analyzeDiagram(undefined as unknown as string);
    expect(a.error).toBeDefined();
  });

  test('concurrent calls do not mix up mermaid state', async () => {
    const sources = [c4Context, erWithKeys, c4Deployment, lines('erDiagram', '  A ||--o{ B'), c4Dynamic];
    const together = await Promise.all(sources.map((s) => analyzeDiagram(s)));
    const oneByOne = await analyzeDiagrams(sources);
    expect(together).toEqual(oneByOne);
    expect(together[2].c4?.elements.map((e) => e.alias)).toEqual(['cloud', 'k8s', 'api', 'rds', 'db']);
    expect(together[3].error?.line).toBe(2);
  });
});
