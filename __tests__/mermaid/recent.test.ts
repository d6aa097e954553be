/** Remembered analyses (fix re-lints the same diagrams every round) are the same answer, and each caller's own. */
import { analyzeDiagram } from '../../src/mermaid/analyze.js';

const C4 = 'C4Context\n  title Shop\n  Person(a, "Buyer")\n  System(s, "Shop")\n  Rel(a, s, "Buys")\n';

test('the same diagram text twice: equal analyses, neither shared with the other caller', async () => {
  const first = await analyzeDiagram(C4);
  expect(first.c4?.elements.map((e) => e.alias)).toEqual(['a', 's']);
  first.c4!.elements.length = 0;
  first.title = 'changed by a caller';
  const second = await analyzeDiagram(C4);
  expect(second.title).toBe('Shop');
  expect(second.c4?.elements.map((e) => e.alias)).toEqual(['a', 's']);
});

test('a different text is analysed on its own, also after many others', async () => {
  for (let i = 0; i < 70; i++) await analyzeDiagram(`erDiagram\n  A${i} ||--o{ B : has\n`);
  const broken = await analyzeDiagram('C4Context\n  Rel(a, b\n');
  expect(broken.error?.kind).toBe('parse');
  expect((await analyzeDiagram(C4)).c4?.relations).toHaveLength(1);
});
