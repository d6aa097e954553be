/**
 * The hand-written corpus (fixtures/handwritten): each document's expected outline, reproduced line for
 * line: every expected section found at its line, and no heading read as a section it is not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';

const DIR = new URL('../fixtures/handwritten/', import.meta.url).pathname;
const template = builtinTemplate('architecture')!;
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();
const expectedOf = (name: string): Record<string, number | null> =>
  JSON.parse(readFileSync(join(DIR, name.replace(/\.md$/, '.outline.json')), 'utf8')) as Record<string, number | null>;

test('the corpus has at least 15 documents, each with its expected outline over every template section', () => {
  expect(names.length).toBeGreaterThanOrEqual(15);
  for (const name of names) expect(Object.keys(expectedOf(name))).toEqual(template.sections.map((t) => `${'#'.repeat(t.depth)} ${t.heading}`));
});

describe.each(names)('%s', (name) => {
  test('the outline is the expected one', async () => {
    const { outline } = await lintText(readFileSync(join(DIR, name), 'utf8'), name, { template });
    expect(Object.fromEntries(outline.map((o) => [o.section, o.line]))).toEqual(expectedOf(name));
  });
});

test('over the corpus: precision and recall are 1 (no misread heading, no missed section)', async () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const name of names) {
    const expected = expectedOf(name);
    const { outline } = await lintText(readFileSync(join(DIR, name), 'utf8'), name, { template });
    for (const o of outline) {
      const want = expected[o.section];
      if (o.line !== null && o.line === want) tp++;
      else {
        if (o.line !== null) fp++;
        if (want !== null) fn++;
      }
    }
  }
  expect(tp).toBeGreaterThan(100);
  expect({ precision: tp / (tp + fp), recall: tp / (tp + fn) }).toEqual({ precision: 1, recall: 1 });
});

test('the c4-model-draft document: no diagram is judged against the wrong section', async () => {
  const { findings } = await lintText(readFileSync(join(DIR, '13-c4-model-draft.md'), 'utf8'), 'd.md', { template });
  expect(findings.filter((f) => f.rule === 'diagram-type' || f.rule === 'section-order')).toEqual([]);
  expect(findings.filter((f) => f.rule === 'heading-mismatch').map((f) => f.line)).toEqual([1, 5, 15]);
});

test('graph TB where C4 belongs: the section is still recognised and the diagram type is what is wrong', async () => {
  const { findings } = await lintText(readFileSync(join(DIR, '10-graph-tb.md'), 'utf8'), 'd.md', { template });
  expect(findings.filter((f) => f.rule === 'diagram-type').map((f) => [f.line, f.message])).toEqual([
    [6, 'Diagram is `graph`; this section needs a `C4Context` diagram.'],
    [14, 'Diagram is `flowchart`; this section needs a `C4Container` diagram.'],
  ]);
});
