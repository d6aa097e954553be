/** The section and heading rules: what they say and what `archdoc fix` writes, beyond their pages' examples. */
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const run = async (template: string, doc: string) => {
  const t = parseTemplate(template, 't.md');
  const { findings } = await lintText(doc, 'd.md', { template: t });
  return {
    findings: findings.map((f) => `${f.line}:${f.column}${f.endLine ? `-${f.endLine}` : ''} ${f.rule} ${f.message}`),
    fixed: (await fixText(doc, 'd.md', { template: t })).text,
  };
};

describe('heading-mismatch keeps a setext heading setext where it can', () => {
  test('an underline as long as its text grows with it; a level-3 heading can only be written with #', async () => {
    const r = await run('# Design\n\n## System Context\nText.\n\n### Data\nText.\n', 'Design\n======\n\nContext\n-------\nText.\n\nData\n----\nText.\n');
    expect(r.findings).toEqual([
      '4:1-5 heading-mismatch Heading `## Context`: text differs from the template; write `## System Context`.',
      '8:1-9 heading-mismatch Heading `## Data`: level 2 should be level 3; write `### Data`.',
    ]);
    expect(r.fixed).toBe('Design\n======\n\nSystem Context\n--------------\nText.\n\n### Data\nText.\n');
  });

  test("an underline of another length is the author's; numbered text becomes an ATX heading", async () => {
    expect((await run('# Design\n\n## System Context\nText.\n', 'Design\n===\n\nSystem context\n---\nText.\n')).fixed).toBe(
      'Design\n===\n\nSystem Context\n---\nText.\n',
    );
    expect((await run('# Design\n\n## 1. Context\nText.\n', 'Design\n======\n\nContext\n-------\nText.\n')).fixed).toBe(
      'Design\n======\n\n## 1. Context\nText.\n',
    );
  });

  test('a title is underlined with `=`, at least three', async () => {
    expect((await run('# The Design\n\n## Context\nText.\n', 'Design\n======\n\n## Context\nText.\n')).fixed).toBe(
      'The Design\n==========\n\n## Context\nText.\n',
    );
    expect((await run('# Ab\n\n## Context\nText.\n', 'A\n=\n\n## Context\nText.\n')).fixed).toBe('Ab\n===\n\n## Context\nText.\n');
  });
});

const abc = '# Design\n\n## A\nText.\n\n## B\nText.\n\n## C\nText.\n';

test('section-missing points at the last line when the sections belong at the end, with or without a final newline', async () => {
  for (const doc of ['# Design\n\n## A\nText.', '# Design\n\n## A\nText.\n']) {
    const r = await run(abc, doc);
    expect(r.findings).toEqual([
      '4:1 section-missing Missing section `## B`: add it after `## A`.',
      '4:1 section-missing Missing section `## C`: add it after `## B`.',
    ]);
    expect(r.fixed).toBe(`# Design\n\n## A\nText.\n\n## B\n\nText.\n\n## C\n\nText.${doc.endsWith('\n') ? '\n' : ''}`);
  }
});

test('section-missing puts a missing title at the start, above the first section', async () => {
  const r = await run(abc, '## A\nText.\n\n## B\nText.\n\n## C\nText.\n');
  expect(r.findings).toEqual(['1:1 section-missing Missing section `# Design`: add it at the start.']);
  expect(r.fixed).toBe(abc);
});

test('section-order moves the fewest sections and says where each goes', async () => {
  const r = await run(`${abc}\n## D\nText.\n`, '# Design\n\n## B\nText.\n\n## C\nText.\n\n## A\nText.\n\n## D\nText.\n');
  expect(r.findings).toEqual(['9:1-11 section-order Section `## A` is out of template order: move it before `## B`.']);
  expect(r.fixed).toBe(`${abc}\n## D\nText.\n`);
});

test('section-empty says what the template expects: a diagram, bullets or text', async () => {
  const template = '# Design\n\n## A\n```mermaid\nerDiagram\n    ...\n```\n\n## B\n- `[Method] [Path]` - [Description]\n\n## C\n\n## D\nSome text.\n';
  const r = await run(template, '# Design\n\n## A\n\n## B\n\n## C\n\n## D\n');
  expect(r.findings).toEqual([
    '3:1 section-empty Section `## A` is empty: write its content (the template expects an erDiagram diagram).',
    '5:1 section-empty Section `## B` is empty: write its content (the template expects bullets like `[Method] [Path]` - [Description]).',
    '9:1 section-empty Section `## D` is empty: write its content (the template expects some text).',
  ]);
  expect(r.fixed).toBe(
    '# Design\n\n## A\n\n```mermaid\nerDiagram\n    %% ...\n```\n\n## B\n- `[Method] [Path]` - [Description]\n\n## C\n\n## D\n\nSome text.\n',
  );
});

describe('heading-mismatch: which template headings can be written setext, and which underline is fitted', () => {
  // Template text that would read as a list item, a rule, a fence or an ordered item over `---` is written `## `.
  test.each([
    ['an ATX heading stays ATX', '## System Context', '## Context', '## System Context'],
    ['a hyphen inside the text is no bullet', '## Data- Model', 'Data Model\n----------', 'Data- Model\n-----------'],
    ['a one-letter first word is no marker', '## A Context', 'Context\n-------', 'A Context\n---------'],
    ['a run of `=` before a space would be an underline', '## == Notes', 'Notes\n-----', '## == Notes'],
    ['a backtick fence', '## ``` Code', 'Code\n----', '## ``` Code'],
    ['a tilde fence', '## ~~~ Code', 'Code\n----', '## ~~~ Code'],
    ['an ordered marker alone', '## 1.', '1\n-', '## 1.'],
    ['trailing spaces after the underline still fit it', '## System Context', 'Context\n-------   ', 'System Context\n--------------'],
    ['leading spaces before the text still fit it', '## System Context', '  Context\n-------', '  System Context\n--------------'],
    ['a heading over two lines keeps its underline', '## System Context', 'The\ncontext\n---', 'System Context\n---'],
  ])('%s', async (_name, templateHeading, heading, fixed) => {
    const r = await run(`# Design\n\n${templateHeading}\nText.\n`, `Design\n======\n\n${heading}\nText.\n`);
    expect(r.fixed).toBe(`Design\n======\n\n${fixed}\nText.\n`);
  });

  test('an ATX heading is reported on its one line, a setext heading over its underline', async () => {
    const atx = await run('# Design\n\n## System Context\nText.\n', 'Design\n======\n\n## Context\nText.\n');
    const setext = await run('# Design\n\n## System Context\nText.\n', 'Design\n======\n\nContext\n-------\nText.\n');
    expect([...atx.findings, ...setext.findings]).toEqual([
      '4:1 heading-mismatch Heading `## Context`: text differs from the template; write `## System Context`.',
      '4:1-5 heading-mismatch Heading `## Context`: text differs from the template; write `## System Context`.',
    ]);
  });
});

test('section-missing puts two missing sections before the next one present, not at the end', async () => {
  const r = await run(`${abc}\n## D\nText.\n`, '# Design\n\n## C\nText.\n\n## D\nText.\n');
  expect(r.findings).toEqual([
    '3:1 section-missing Missing section `## A`: add it after `# Design`.',
    '3:1 section-missing Missing section `## B`: add it after `## A`.',
  ]);
  expect(r.fixed).toBe('# Design\n\n## A\n\nText.\n\n## B\n\nText.\n\n## C\nText.\n\n## D\nText.\n');
});

test('section-order sends sections that come before all the others after them', async () => {
  const r = await run(`${abc}\n## D\nText.\n\n## E\nText.\n`, '# Design\n\n## D\nText.\n\n## E\nText.\n\n## A\nText.\n\n## B\nText.\n\n## C\nText.\n');
  expect(r.findings).toEqual([
    '3:1-5 section-order Section `## D` is out of template order: move it after the other template sections.',
    '6:1-8 section-order Section `## E` is out of template order: move it after the other template sections.',
  ]);
  expect(r.fixed).toBe(`${abc}\n## D\nText.\n\n## E\nText.\n`);
});

test('section-empty lists every field and joins what the template expects; the skeleton keeps its paragraphs', async () => {
  const template =
    '# Design\n\n## A\n```mermaid\nerDiagram\n    ...\n```\n- **Owner**: [Team]\n- **Store**: [DB]\n\n## B\n\n## C\nFirst paragraph.\n\nSecond paragraph.\n';
  const r = await run(template, '# Design\n\n## A\n\n## B\n\n## C\n');
  expect(r.findings).toEqual([
    '3:1 section-empty Section `## A` is empty: write its content (the template expects an erDiagram diagram; **Owner**, **Store**).',
    '7:1 section-empty Section `## C` is empty: write its content (the template expects some text).',
  ]);
  expect(r.fixed).toBe(
    '# Design\n\n## A\n\n```mermaid\nerDiagram\n    %% ...\n```\n- **Owner**: [Team]\n- **Store**: [DB]\n\n## B\n\n## C\n\nFirst paragraph.\n\nSecond paragraph.\n',
  );
});
