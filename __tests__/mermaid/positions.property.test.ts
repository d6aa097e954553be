/**
 * Property: wherever mermaid's preprocessing removes or rewrites text (front matter, directives,
 * comment lines, blank lines, CRLF, indentation, HTML entities), the reported error position is the
 * offending token's line and column in the diagram source.
 */
import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { analyzeDiagram } from '../../src/mermaid/analyze.js';

const name = fc.integer({ min: 1, max: 999 }).map((n) => `E${n}`);
const indent = fc.constantFrom('', '  ', '    ', '\t');
const noise = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  indent.map((i) => `${i}%% a comment`),
  indent.map((i) => `${i}%% another: comment #35;`),
);
const relation = fc
  .tuple(indent, name, name, fc.constantFrom('has', '"owns #35; many"', '"a label"'))
  .map(([i, a, b, label]) => `${i}${a} ||--o{ ${b} : ${label}`);
const body = fc.array(fc.oneof(relation, noise), { maxLength: 6 });
const prefix = fc.constantFrom(
  [],
  ['---', 'title: Orders', '---'],
  ['---', 'title: Orders', 'config:', '  theme: dark', '---'],
  ['%%{init: {"theme": "dark"}}%%'],
  ['%%{', '  init: {"theme": "forest"}', '}%%'],
  ['%% leading comment', ''],
  ['', '  '],
);

test('parse errors land on the offending token', async () => {
  await fc.assert(
    fc.asyncProperty(
      prefix,
      indent,
      body,
      fc.tuple(indent, name, name),
      body,
      fc.constantFrom('\n', '\r\n'),
      async (pre, headIndent, before, [i, a, b], after, eol) => {
        const bad = `${i}${a} ||--o{ ${b} oops`;
        const all = [...pre, `${headIndent}erDiagram`, ...before, bad, ...after];
        const a2 = await analyzeDiagram(all.join(eol));
        expect(a2.error).toMatchObject({ kind: 'parse', line: all.indexOf(bad) + 1, column: bad.indexOf('oops') + 1 });
      },
    ),
    { numRuns: runs(80) },
  );
});

test('lexical errors land on the unrecognised character', async () => {
  const label = fc.constantFrom('A', 'fish #amp; chips', 'x #35; y', 'a <b>bold</b> one');
  await fc.assert(
    fc.asyncProperty(prefix, fc.array(noise, { maxLength: 3 }), indent, label, fc.constantFrom('\n', '\r\n'), async (pre, gap, i, text, eol) => {
      const bad = `${i}Person(p, "${text}") ^`;
      const all = [...pre, 'C4Context', ...gap, bad];
      const a = await analyzeDiagram(all.join(eol));
      expect(a.error).toMatchObject({ kind: 'lexical', line: all.indexOf(bad) + 1, column: bad.indexOf('^') + 1 });
    }),
    { numRuns: runs(60) },
  );
});
