/** What the er-* rules learn from an ER diagram mermaid parsed: entities, attributes, relationships and where each is. */
import { analyzeDiagram } from '../../src/mermaid/analyze.js';
import type { ErAnalysis } from '../../src/mermaid/types.js';
import { lines } from './fixtures.js';
import { extractEr } from '../../src/mermaid/er.js';

async function er(source: string): Promise<ErAnalysis> {
  const a = await analyzeDiagram(source);
  expect(a.error).toBeUndefined();
  expect(a.internal).toBeUndefined();
  if (!a.er) throw new Error('no ER analysis');
  return a.er;
}

const shop = lines(
  'erDiagram',
  '  CUSTOMER ||--o{ ORDER : places',
  '  ORDER ||--|{ LINE-ITEM : "contains"',
  '  p[Person] {',
  '    string name "full name"',
  '    int id PK, FK',
  '  }',
  '  CUSTOMER {',
  '    int id PK',
  '  }',
  '  ORDER |o..o| p : "for"',
);

describe('ER entities', () => {
  test('each entity with its alias, attributes (keys, comment) and where it is first named', async () => {
    const { entities } = await er(shop);
    expect(entities).toEqual([
      { name: 'CUSTOMER', attributes: [{ type: 'int', name: 'id', keys: ['PK'], comment: '' }], line: 2, column: 3 },
      { name: 'ORDER', attributes: [], line: 2, column: 19 },
      { name: 'LINE-ITEM', attributes: [], line: 3, column: 16 },
      {
        name: 'p',
        alias: 'Person',
        attributes: [
          { type: 'string', name: 'name', keys: [], comment: 'full name' },
          { type: 'int', name: 'id', keys: ['PK', 'FK'], comment: '' },
        ],
        line: 4,
        column: 3,
      },
    ]);
  });

  test('a name in the front matter, a comment or the header line is not where the entity is', async () => {
    const { entities } = await er(lines('---', 'title: ORDER history', '---', 'erDiagram', '  %% ORDER comes first', '  ORDER {', '    int id', '  }'));
    expect(entities).toEqual([{ name: 'ORDER', attributes: [{ type: 'int', name: 'id', keys: [], comment: '' }], line: 6, column: 3 }]);
  });

  test('a name that is part of a longer word is not the entity', async () => {
    const { entities } = await er(lines('erDiagram', '  ORDER_LINE ||--o{ ORDER-ITEM : has', '  ORDER {', '  }'));
    expect(entities.find((e) => e.name === 'ORDER')).toMatchObject({ line: 3, column: 3 });
  });
});

describe('ER relationships', () => {
  test('each relationship with its label, cardinalities as written left to right, and the line that names both ends', async () => {
    const { relationships } = await er(shop);
    expect(relationships).toEqual([
      { from: 'CUSTOMER', to: 'ORDER', label: 'places', cardinality: 'ONLY_ONE IDENTIFYING ZERO_OR_MORE', line: 2, column: 3 },
      { from: 'ORDER', to: 'LINE-ITEM', label: 'contains', cardinality: 'ONLY_ONE IDENTIFYING ONE_OR_MORE', line: 3, column: 3 },
      { from: 'ORDER', to: 'p', label: 'for', cardinality: 'ZERO_OR_ONE NON_IDENTIFYING ZERO_OR_ONE', line: 11, column: 3 },
    ]);
  });

  test('ends named on other lines first: the relationship is on the first line with both', async () => {
    const { relationships } = await er(lines('erDiagram', '  A {', '  }', '  B {', '  }', '  B }|--|| A : owns'));
    expect(relationships).toEqual([{ from: 'B', to: 'A', label: 'owns', cardinality: 'ONE_OR_MORE IDENTIFYING ONLY_ONE', line: 6, column: 3 }]);
  });

  test('a relationship of an entity with itself', async () => {
    const { relationships } = await er(lines('erDiagram', '  EMPLOYEE }o--o| EMPLOYEE : "reports to"'));
    expect(relationships).toEqual([
      { from: 'EMPLOYEE', to: 'EMPLOYEE', label: 'reports to', cardinality: 'ZERO_OR_MORE IDENTIFYING ZERO_OR_ONE', line: 2, column: 3 },
    ]);
  });
});

describe('mermaid internals that do not look as expected', () => {
  const db = (entities: unknown, relationships: unknown) => ({ db: { getEntities: () => entities, getRelationships: () => relationships } });

  test.each([
    ['no diagram', null],
    ['no database', { db: null }],
    ['a database without its getters', { db: { getEntities: () => new Map() } }],
    ['entities not in a Map', db([], [])],
  ])('%s: no ER data (analyzeDiagram says so as an internal note)', (_name, diagram) => {
    expect(extractEr(diagram, 'erDiagram')).toBeUndefined();
  });

  test('malformed entries are skipped, missing fields read as empty', () => {
    const entities = new Map<unknown, unknown>([
      ['A', { id: 'e1', attributes: [{ type: 'int', name: 'id', keys: ['PK', 3] }, 'junk'] }],
      [7, { id: 'e2' }],
      ['B', 'junk'],
      ['C', { attributes: 'junk' }],
    ]);
    const er = extractEr(db(entities, [{ entityA: 'e1', entityB: 'C', relSpec: 'junk' }, 'junk']), 'erDiagram\n  A ||--o{ C : x\n  %% A again');
    expect(er).toEqual({
      entities: [
        { name: 'A', attributes: [{ type: 'int', name: 'id', keys: ['PK'], comment: '' }], line: 2, column: 3 },
        { name: 'C', attributes: [], line: 2, column: 12 },
      ],
      relationships: [{ from: 'A', to: 'C', label: '', cardinality: '  ', line: 2, column: 3 }],
    });
    expect(extractEr(db(new Map(), 'junk'), 'erDiagram')).toEqual({ entities: [], relationships: [] });
  });
});
