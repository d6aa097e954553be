/** Which heading is read as which template section (src/lint/match.ts), on small documents: the title, order, ties, repeats. */
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

/** The outline (`section=line:reasons`) and the findings' lines and rules. */
async function read(template: string, doc: string): Promise<{ outline: string[]; findings: string[] }> {
  const r = await lintText(doc, 'd.md', { template: parseTemplate(template, 't.md') });
  return { outline: r.outline.map((o) => `${o.section}=${o.line}:${o.matchedBy.join('+')}`), findings: r.findings.map((f) => `${f.line} ${f.rule}`) };
}

const contextOnly = '# Design\n\n## 1. Context\n\n...\n';

test('the first level-1 heading is the title, whatever its words', async () => {
  expect(await read(contextOnly, '# Appendix\n\n## 1. Context\n\nC.\n')).toEqual({
    outline: ['# Design=1:title', '## 1. Context=3:text+number'],
    findings: ['1 heading-mismatch'],
  });
});

test('… but not when a section comes before it: then the title is missing', async () => {
  expect(await read(contextOnly, '## 1. Context\n\nC.\n\n# Appendix\n\nA.\n')).toEqual({
    outline: ['# Design=null:', '## 1. Context=1:text+number'],
    findings: ['1 section-missing'],
  });
});

test('two sections swapped, each only like its template heading, are both recognised and reported out of order', async () => {
  const template = '# Design\n\n## 1. Container Architecture\n\n...\n\n## 2. Data Model\n\n...\n';
  expect(await read(template, '# Design\n\n## Data\n\nD.\n\n## Containers\n\nC.\n')).toEqual({
    outline: ['# Design=1:text', '## 1. Container Architecture=7:words', '## 2. Data Model=3:words+order'],
    findings: ['3 section-order', '3 heading-mismatch', '7 heading-mismatch'],
  });
});

test('of two headings as sure as each other, the first is the section and the later one its duplicate', async () => {
  const template = '# Design\n\n## 1. Context\n\n...\n\n## 2. Notes\n\n...\n';
  expect(await read(template, '# Design\n\n## Context\n\nC.\n\n## Notes\n\nN.\n\n## 1. Context\n\nAgain.\n')).toEqual({
    outline: ['# Design=1:text', '## 1. Context=3:words', '## 2. Notes=7:words'],
    findings: ['3 heading-mismatch', '7 heading-mismatch', '11 section-duplicate'],
  });
});

test('a heading before the title that resembles no section does not keep the title from being one', async () => {
  expect((await read(contextOnly, '## Badges\n\nB.\n\n# Appendix\n\n## 1. Context\n\nC.\n')).outline).toEqual([
    '# Design=5:title',
    '## 1. Context=7:text+number',
  ]);
});

describe('a heading known only by its endpoint bullets (a weak match)', () => {
  const template = '# Design\n\n## 1. Context\n\n...\n\n## 2. API\n\n- `[Method] [Path]` - [Description]\n';
  const calls = '## Calls\n\n- `GET /quotes` - List quotes\n';

  test('is the section where the template puts it', async () => {
    expect((await read(template, `# Design\n\n## 1. Context\n\nC.\n\n${calls}`)).outline).toEqual([
      '# Design=1:text',
      '## 1. Context=3:text+number',
      '## 2. API=7:endpoints+order',
    ]);
  });

  test('is not taken out of the template’s order: the section is missing rather than misread', async () => {
    expect(await read(template, `# Design\n\n${calls}\n## 1. Context\n\nC.\n`)).toEqual({
      outline: ['# Design=1:text', '## 1. Context=7:text+number', '## 2. API=null:'],
      findings: ['9 section-missing'],
    });
  });
});
