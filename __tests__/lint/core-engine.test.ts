/**
 * The lint engine around the rules: which rules run at which severity, the findings' lines, the outline, open fences,
 * and which diagram stands for a section's required one (src/lint/diagrams.ts). Mermaid loads once for this file.
 */
import { lintText, parseForLint } from '../../src/lint/lint.js';
import type { Finding } from '../../src/core/findings.js';
import { readFileSync } from 'node:fs';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# Design\n\n## 1. Data Model\n\n```mermaid\nerDiagram\n    ...\n```\n\n## 2. Stack\n\n- **Database**: ...\n', 't.md');
/** INVOICE relates to nothing (er-orphan-entity, a heuristic rule) and **Database** has no value (field-missing). */
const doc =
  '# Design\n\n## 1. Data Model\n\n```mermaid\nerDiagram\n    CUSTOMER ||--o{ ORDER : places\n    INVOICE {\n        uuid id PK\n    }\n```\n\n## 2. Stack\n\n- **Database**:\n';
type Options = Omit<Parameters<typeof lintText>[2], 'template'>;
const found = async (options: Options, text = doc) =>
  (await lintText(text, 'd.md', { template, ...options })).findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`);

test('a heuristic rule stays quiet by default, runs with --strict at its own severity, or when the config names it', async () => {
  expect(await found({})).toEqual(['15:1 error field-missing']);
  expect(await found({ strict: true })).toEqual(['8:5 warning er-orphan-entity', '15:1 error field-missing']);
  expect(await found({ rules: { 'er-orphan-entity': 'error' } })).toEqual(['8:5 error er-orphan-entity', '15:1 error field-missing']);
  expect(await found({ strict: true, rules: { 'er-orphan-entity': 'off' } })).toEqual(['15:1 error field-missing']);
});

test('a finding can be unfixable though its rule fixes others: an empty field needs the author', async () => {
  const { findings } = await lintText(doc, 'd.md', { template });
  expect(findings.map((f) => [f.rule, f.message, f.fixable])).toEqual([['field-missing', 'Field **Database** has no value: fill it in.', false]]);
});

test('a finding spans lines only when it covers more than one', async () => {
  const chat = async (text: string) =>
    (await lintText(text, 'd.md', { template })).findings.filter((f) => f.rule === 'chat-residue').map((f) => [f.line, f.endLine]);
  expect(await chat('Here is the document:\n# Design\n')).toEqual([[1, undefined]]);
  expect(await chat('Here is the document:\nenjoy\n# Design\n')).toEqual([[1, 2]]);
});

describe('findings from outside the catalogue (the drift check)', () => {
  const drift: Finding = {
    rule: 'requirements-drift',
    severity: 'error',
    message: 'The requirements changed.',
    line: 40,
    endLine: 50,
    column: 1,
    fixable: false,
  };

  test('land inside the document, sorted with the rest', async () => {
    const { findings } = await lintText(doc, 'd.md', { template, extraFindings: [drift] });
    expect(findings.map((f) => [f.rule, f.line, f.endLine])).toEqual([
      ['field-missing', 15, undefined],
      ['requirements-drift', 16, 16],
    ]);
  });

  test('follow the config: off drops them, a severity replaces theirs', async () => {
    expect(await found({ extraFindings: [drift], rules: { 'requirements-drift': 'off' } })).toEqual(['15:1 error field-missing']);
    expect(await found({ extraFindings: [drift], rules: { 'requirements-drift': 'warning' } })).toEqual([
      '15:1 error field-missing',
      '16:1 warning requirements-drift',
    ]);
  });
});

test('the outline lists every template section with the heading read for it, and why', async () => {
  const { outline } = await lintText('# Design\n\n## Data model\n\nText.\n', 'd.md', { template });
  expect(outline).toEqual([
    { section: '# Design', level: 1, line: 1, heading: '# Design', matchedBy: ['text'] },
    { section: '## 1. Data Model', level: 2, line: 3, heading: '## Data model', matchedBy: ['words'] },
    { section: '## 2. Stack', level: 2, line: null, heading: null, matchedBy: [] },
  ]);
});

describe('a mermaid fence left open', () => {
  const text = '# A\r\n\r\n  ```mermaid\r\n  graph TB\r\n    a-->b\r\n\r\n## B\r\n\r\n```sh\r\nls\r\n```\r\n';
  const parsed = parseForLint(text, 'd.md');

  test('is a block from its fence to its last content line, its indent taken off, in document order with the others', () => {
    const [open, sh] = parsed.codeBlocks;
    expect({ ...open }).toEqual({
      line: 3,
      column: 3,
      endLine: 5,
      startOffset: 9,
      endOffset: 43,
      lang: 'mermaid',
      meta: '',
      value: 'graph TB\n  a-->b',
      contentLine: 4,
      indent: 2,
      closed: false,
    });
    expect(text.slice(open.startOffset, open.endOffset)).toBe('```mermaid\r\n  graph TB\r\n    a-->b\r');
    expect([sh.lang, sh.line, sh.closed]).toEqual(['sh', 9, true]);
  });

  test('leaves the heading after it a heading, and the lines without their CR', () => {
    expect(parsed.headings.map((h) => [h.line, h.text])).toEqual([
      [1, 'A'],
      [7, 'B'],
    ]);
    expect(parsed.text).toBe(text);
    expect(parsed.lines.slice(0, 4)).toEqual(['# A', '', '  ```mermaid', '  graph TB']);
  });

  test('inside a ```markdown wrapper of a CRLF document, is still cut at the heading after it', () => {
    const wrapped = parseForLint('```markdown\r\n# A\r\n\r\n```mermaid\r\ngraph TB\r\n\r\n## B\r\n\r\n```sh\r\nls\r\n```\r\n```\r\n', 'd.md');
    expect(wrapped.codeBlocks.map((c) => [c.lang, c.line, c.endLine, c.value, c.closed])).toEqual([
      ['mermaid', 4, 5, 'graph TB', false],
      ['sh', 9, 11, 'ls', true],
    ]);
    expect(wrapped.headings.map((h) => h.text)).toEqual(['A', 'B']);
  });

  test('at the very end, with no content, is the fence line alone', () => {
    const [open] = parseForLint('# A\n\n```mermaid', 'd.md').codeBlocks;
    expect([open.line, open.endLine, open.startOffset, open.endOffset, open.value]).toEqual([3, 3, 5, 15, '']);
    const [last] = parseForLint('# A\n\n```mermaid\ngraph TB', 'd.md').codeBlocks;
    expect([last.endLine, last.endOffset, last.value]).toEqual([4, 24, 'graph TB']);
  });
});

test('a ```markdown wrapper is not itself a code block, and the blocks inside it are', () => {
  const wrapped = parseForLint('```markdown\n# A\n\n```sh\nls\n```\n```\n', 'd.md');
  expect(wrapped.codeBlocks.map((c) => [c.lang, c.line, c.closed])).toEqual([['sh', 4, true]]);
  expect(wrapped.headings.map((h) => [h.line, h.text])).toEqual([[2, 'A']]);
});

const sectionFindings = async (template: string, section: string) =>
  (await lintText(`# Design\n\n## 1. Data\n\n${section}\n\n## 2. Notes\n\nN.\n`, 'd.md', { template: parseTemplate(template, 't.md') })).findings.map(
    (f) => `${f.line} ${f.rule}`,
  );

describe('the diagram a section needs', () => {
  const template = '# Design\n\n## 1. Data\n\n```mermaid\nerDiagram\n```\n\n## 2. Notes\n\nAnything.\n';
  const er = '```mermaid\nerDiagram\n  A ||--o{ B : has\n```';
  const graph = '```mermaid\ngraph TB\n  a-->b\n```';
  const sequence = '```mermaid\nsequenceDiagram\n  a->>b: x\n```';

  test('is the block of the right type among others', async () => {
    expect(await sectionFindings(template, `${graph}\n\n${er}`)).toEqual([]);
  });

  test('else the first block is the wrong type', async () => {
    expect(await sectionFindings(template, `${graph}\n\n${sequence}`)).toEqual(['6 diagram-type']);
  });

  test('may sit under a subheading of the section', async () => {
    expect(await sectionFindings(template, `### Sub\n\n${er}`)).toEqual([]);
  });

  test('is not asked for in a section that is empty (section-empty says it)', async () => {
    expect(await sectionFindings(template, '<!-- only -->')).toEqual(['3 section-empty']);
  });

  test('is of its type whatever the case of the keyword: mermaid itself says what is wrong with `ErDiagram`', async () => {
    expect(await sectionFindings(template, '```mermaid\nErDiagram\n  A ||--o{ B : has\n```')).toEqual(['6 diagram-syntax']);
    expect(await sectionFindings(template.replace('erDiagram', 'ERDIAGRAM'), er)).toEqual([]);
  });
});

test('a heading repeated is no duplicate when the first was taken for its diagram, not its words', async () => {
  const template = '# Design\n\n## 1. Flow\n\n```mermaid\nsequenceDiagram\n```\n\n## 2. Notes\n\n...\n';
  const doc = '# Design\n\n## Overview\n\n```mermaid\nsequenceDiagram\n  a->>b: x\n```\n\n## Notes\n\nN.\n\n## Overview\n\nMore.\n';
  const r = await lintText(doc, 'd.md', { template: parseTemplate(template, 't.md') });
  expect(r.outline.map((o) => `${o.section}=${o.line}:${o.matchedBy.join('+')}`)).toEqual([
    '# Design=1:text',
    '## 1. Flow=3:diagram+order',
    '## 2. Notes=10:words',
  ]);
  expect(r.findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['3 heading-mismatch', '10 heading-mismatch']);
});

describe('what a section holds outweighs its words', () => {
  const architecture = builtinTemplate('architecture')!;
  const read = async (doc: string) =>
    (await lintText(`# Architecture Design\n\n${doc}\n`, 'd.md', { template: architecture })).outline.flatMap((o) =>
      o.line === null ? [] : [`${o.section}=${o.line}:${o.matchedBy.join('+')}`],
    );
  const context = '```mermaid\nC4Context\n  title T\n  Person(u, "U")\n  System(s, "S")\n  Rel(u, s, "uses")\n```';
  const er = '```mermaid\nerDiagram\n  ROLE ||--o{ USER : has\n```';

  test('`## Containers` holding a C4Context diagram is the System Context', async () => {
    expect(await read(`## Containers\n\n${context}`)).toEqual(['# Architecture Design=1:text', '## 1. System Context (C4 Level 1)=3:diagram+order']);
  });

  test('`## Stack` holding an ER diagram is the Data Model', async () => {
    expect(await read(`## Stack\n\n${er}`)).toEqual(['# Architecture Design=1:text', '## 3. Data Model=3:diagram+order']);
  });

  test('an ER diagram of roles under `### RBAC` in the cross-cutting section makes no Data Model of it', async () => {
    expect(await read(`## 5. Cross-Cutting Concerns\n\n### RBAC\n\n${er}`)).toEqual([
      '# Architecture Design=1:text',
      '## 5. Cross-Cutting Concerns=3:text+number+order',
    ]);
  });
});

/**
 * Why each heading of the hand-written corpus was taken for its template section (`archdoc outline`'s `matchedBy`):
 * the same text, its words, the diagram, fields or endpoints it holds, its C4 level, its number, its place between its
 * neighbours, or being the title. The lines themselves are pinned by handwritten.test.ts.
 */
describe('why a heading was read as a section', () => {
  const architecture = builtinTemplate('architecture')!;
  const corpus = new URL('../fixtures/handwritten/', import.meta.url);
  test.each([
    [
      '01-kit-shape.md',
      '1:text 3:text+diagram+level+number 15:text+diagram+level+number 27:text+fields 33:text+diagram+number 41:text+fields+number 45:text+endpoints 49:text+fields+number',
    ],
    ['02-unnumbered.md', '1:text 3:words+diagram 13:words+diagram 23:text+fields 29:words+diagram 36:words+fields 41:text+endpoints 44:words+fields'],
    ['04-renamed.md', '1:title 3:diagram+order 15:diagram+order 27:fields+order 33:diagram+order 41:fields+order 45:endpoints+order 49:fields+order'],
    ['05-c4-odd-headings.md', '1:text 3:diagram+order 15:diagram+order'],
    [
      '06-spanish.md',
      '1:words 3:words+diagram+level+number 13:words+diagram+level+number 23:words+fields 29:words+diagram+number 36:words+fields+number 40:endpoints 44:words+fields+number',
    ],
    ['07-portuguese.md', '1:words 3:words+diagram 13:words+diagram 23:words+fields 29:words+diagram 37:fields 41:endpoints 44:words+fields'],
    [
      '08-russian.md',
      '1:title 3:words+diagram+level+number 13:words+diagram+level+number 23:words+fields 29:words+diagram+number 36:words+fields+number 40:endpoints 44:words+fields+number',
    ],
    [
      '09-chinese.md',
      '1:title 3:words+diagram+number 13:words+diagram+number 23:words+fields 29:words+diagram+number 36:words+fields+number 40:endpoints 43:words+fields+number',
    ],
    ['10-graph-tb.md', '1:text 3:text+level+number 11:words+number 19:text+fields 25:text+diagram+number'],
    ['11-boundaries.md', '1:title 3:words+diagram 17:words+diagram 29:diagram+order'],
    [
      '12-out-of-order.md',
      '1:text 10:text+diagram+level+number 20:text+diagram+level+number 29:text+fields 3:text+diagram+number 41:text+fields+number 45:text+endpoints 35:text+fields+number',
    ],
    ['13-c4-model-draft.md', '1:title 5:words+diagram+level 15:words+diagram+level'],
    ['15-level-cues.md', '1:title 3:diagram+level 13:diagram+level'],
    ['16-database-next-steps.md', '1:title 5:diagram+order'],
    ['17-unrelated.md', '1:title'],
    ['18-h1-sections.md', '1:title 3:words+diagram 13:words+diagram 22:words+diagram'],
    ['20-spanish-unnumbered.md', '1:title 3:words+diagram+level 13:words+diagram+level 23:words+fields 30:diagram'],
  ])('%s', async (name, reasons) => {
    const { outline } = await lintText(readFileSync(new URL(name, corpus), 'utf8'), name, { template: architecture });
    expect(outline.flatMap((o) => (o.line === null ? [] : [`${o.line}:${o.matchedBy.join('+')}`])).join(' ')).toBe(reasons);
  });
});
