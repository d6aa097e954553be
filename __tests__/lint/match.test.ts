/** Section matching on hand-written shapes: the observed misreads, and what structure (not words) decides. */
// A static import: under the mutation run (mocha, tsx) a dynamic one loads a second copy of the core, whose
// module-level constants no mutant can then reach.
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { matchSections } from '../../src/lint/match.js';
import { parseForLint } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = builtinTemplate('architecture')!;

/** Template heading -> the document line it was matched to (absent sections left out). */
function outlineOf(text: string): Record<string, number> {
  const m = matchSections(template, parseForLint(text, 'doc.md'));
  return Object.fromEntries(m.byTemplate.flatMap((s) => (s ? [[s.template.heading, s.heading.line]] : [])));
}

const c4Draft = `# C4 model (draft)

Our notes on the payment service.

## Level 1 — Context

\`\`\`mermaid
C4Context
    title Payments in context
    Person(buyer, "Buyer")
    System(pay, "Payments")
    Rel(buyer, pay, "pays with")
\`\`\`

## 2. Containers

\`\`\`mermaid
C4Container
    title Payments containers
    Container(api, "API", "Go")
    ContainerDb(db, "Ledger", "PostgreSQL")
    Rel(api, db, "writes")
\`\`\`
`;

test('`# C4 model (draft)` is the title, not the Data Model; the C4Context under `## Level 1 — Context` is the System Context', async () => {
  expect(outlineOf(c4Draft)).toEqual({
    'Architecture Design': 1,
    '1. System Context (C4 Level 1)': 5,
    '2. Container Architecture (C4 Level 2)': 15,
  });
  const { findings } = await lintText(c4Draft, 'doc.md', { template });
  expect(findings.filter((f) => f.rule === 'diagram-type')).toEqual([]);
  expect(findings.filter((f) => f.rule === 'section-order')).toEqual([]);
});

test('`## 2. Containers` is the Container section: fix renames it instead of adding a second one', async () => {
  const fixed = await fixText(c4Draft, 'doc.md', { template });
  expect(fixed.text.match(/^## 2\. Container Architecture/gm)).toHaveLength(1);
  expect(fixed.text.match(/^C4Container$/gm)).toHaveLength(1);
  expect(fixed.text).toMatch(/## 2\. Container Architecture \(C4 Level 2\)\n\n```mermaid\nC4Container\n {4}title Payments containers/);
});

test('a diagram of the wrong type says "an" before a vowel sound', async () => {
  const doc = `# Architecture Design\n\n## 3. Data Model\n\n\`\`\`mermaid\ngraph TB\n  a --> b\n\`\`\`\n`;
  const { findings } = await lintText(doc, 'doc.md', { template });
  expect(findings.find((f) => f.rule === 'diagram-type')?.message).toBe('Diagram is `graph`; this section needs an `erDiagram` diagram.');
});

test('a heading that only shares a generic word with a template section stays unmatched', () => {
  const doc = `# Architecture Design\n\n## Deployment model\n\nKubernetes.\n\n## System overview\n\nA shop.\n`;
  expect(outlineOf(doc)).toEqual({ 'Architecture Design': 1 });
});

test('a Level 2 cue never reads as Level 1, whatever the words', () => {
  const doc = `# Arch\n\n## Context — Level 2\n\n\`\`\`mermaid\nC4Container\n  title T\n  Container(a, "A", "Go")\n\`\`\`\n`;
  expect(outlineOf(doc)).toEqual({ 'Architecture Design': 1, '2. Container Architecture (C4 Level 2)': 3 });
});

test('fields and endpoint bullets carry a section whose heading is in another language', () => {
  const doc = [
    '# Diseño de arquitectura',
    '',
    '## Pila',
    '- **Frontend**: React',
    '- **Backend**: Go',
    '- **Database**: PostgreSQL',
    '- **Infra**: AWS',
    '',
    '## Rutas',
    '- `GET /orders` - lista pedidos',
    '',
  ].join('\n');
  expect(outlineOf(doc)).toEqual({ 'Architecture Design': 1, 'Technology Stack': 3, 'Key Endpoints': 9 });
});

test('section-duplicate names the first occurrence first', async () => {
  const t = parseTemplate('# Design\n\n## 1. Context\n...\n\n## 2. Storage\n...\n', 't.md');
  const doc = '# Design\n\n## 1. Context\n\nA.\n\n## 2. Storage\n\nB.\n\n## Context\n\nC.\n';
  const { findings } = await lintText(doc, 'doc.md', { template: t });
  expect(findings.find((f) => f.rule === 'section-duplicate')?.message).toBe(
    'Section `## Context` at line 11 repeats `## 1. Context` (first at line 3): merge the two into one.',
  );
});
