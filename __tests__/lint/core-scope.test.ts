/** What counts as a section's content (src/lint/scope.ts), and which diagram stands for its required one (src/lint/diagrams.ts). */
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const found = async (template: string, section: string) =>
  (await lintText(`# Design\n\n## 1. Data\n\n${section}\n\n## 2. Notes\n\nN.\n`, 'd.md', { template: parseTemplate(template, 't.md') })).findings.map(
    (f) => `${f.line} ${f.rule}`,
  );

describe('an empty section', () => {
  const template = '# Design\n\n## 1. Data\n\nWhat is stored.\n\n## 2. Notes\n\nAnything.\n';
  test.each([
    ['HTML comments, one of them over several lines', '<!-- todo -->\n<!--\nmulti\n-->'],
    ['subheadings without text', '### Sub\n\n#### Subsub'],
    ['a heading indented three spaces', '   ### indented heading'],
    ['blank lines with tabs and spaces', '\t\n  \n'],
    ['a lone #', '#'],
  ])('holds only %s', async (_, section) => {
    expect(await found(template, section)).toEqual(['3 section-empty']);
  });

  test.each([
    ['a #hashtag', '#hashtag'],
    ['a line indented as code', '    # code line'],
    ['seven #', '####### seven'],
    ['text under a subheading', '### Sub\n\nText under sub.'],
    ['text between comments', '<!-- a --> text <!-- b -->'],
  ])('is not one with %s', async (_, section) => {
    expect(await found(template, section)).toEqual([]);
  });
});

describe('the diagram a section needs', () => {
  const template = '# Design\n\n## 1. Data\n\n```mermaid\nerDiagram\n```\n\n## 2. Notes\n\nAnything.\n';
  const er = '```mermaid\nerDiagram\n  A ||--o{ B : has\n```';
  const graph = '```mermaid\ngraph TB\n  a-->b\n```';
  const sequence = '```mermaid\nsequenceDiagram\n  a->>b: x\n```';

  test('is the block of the right type among others', async () => {
    expect(await found(template, `${graph}\n\n${er}`)).toEqual([]);
  });

  test('else the first block is the wrong type', async () => {
    expect(await found(template, `${graph}\n\n${sequence}`)).toEqual(['6 diagram-type']);
  });

  test('may sit under a subheading of the section', async () => {
    expect(await found(template, `### Sub\n\n${er}`)).toEqual([]);
  });

  test('is not asked for in a section that is empty (section-empty says it)', async () => {
    expect(await found(template, '<!-- only -->')).toEqual(['3 section-empty']);
  });

  test('is of its type whatever the case of the keyword: mermaid itself says what is wrong with `ErDiagram`', async () => {
    expect(await found(template, '```mermaid\nErDiagram\n  A ||--o{ B : has\n```')).toEqual(['6 diagram-syntax']);
    expect(await found(template.replace('erDiagram', 'ERDIAGRAM'), er)).toEqual([]);
  });
});
