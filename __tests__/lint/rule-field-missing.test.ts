/** field-missing: where `archdoc fix` writes the fields a section lacks, and what it does not report. */
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate(
  '# Design\n\n## Stack\n- **Backend**: [Language]\n- **Database**: [Store]\n- **Infra**: [Cloud]\n\n## Notes\nFree text.\n',
  't.md',
);
const fixed = async (stack: string, t = template) => (await fixText(`# Design\n\n## Stack\n${stack}\n## Notes\nNone.\n`, 'd.md', { template: t })).text;
const found = async (text: string, t = template) =>
  (await lintText(text, 'd.md', { template: t })).findings.filter((f) => f.rule === 'field-missing').map((f) => `${f.line} ${f.message}`);

describe('a section with no field at all gets them all, in template order', () => {
  test.each([
    [
      'after a list, directly and with its marker',
      '* Go\n* PostgreSQL\n',
      '* Go\n* PostgreSQL\n* **Backend**: [Language]\n* **Database**: [Store]\n* **Infra**: [Cloud]\n',
    ],
    [
      'after a numbered list, as plain bullets',
      '1. Go\n2. PostgreSQL\n',
      '1. Go\n2. PostgreSQL\n- **Backend**: [Language]\n- **Database**: [Store]\n- **Infra**: [Cloud]\n',
    ],
    [
      'after a list item that runs on over several lines',
      '- Go,\n  with chi\n\n  and sqlc\n',
      '- Go,\n  with chi\n\n  and sqlc\n- **Backend**: [Language]\n- **Database**: [Store]\n- **Infra**: [Cloud]\n',
    ],
    ['after prose, as a list of its own', 'We run Go.\n', 'We run Go.\n\n- **Backend**: [Language]\n- **Database**: [Store]\n- **Infra**: [Cloud]\n'],
    [
      'right under the heading, apart from a subsection, when only the subsection has content',
      '### Detail\nWe run Go.\n',
      '- **Backend**: [Language]\n- **Database**: [Store]\n- **Infra**: [Cloud]\n\n### Detail\nWe run Go.\n',
    ],
  ])('%s', async (_name, stack, want) => {
    expect(await fixed(stack)).toBe(`# Design\n\n## Stack\n${want}\n## Notes\nNone.\n`);
  });
});

test.each([
  ['numbered fields', '1. **Backend**: Go\n', '1. **Backend**: Go\n- **Database**: [Store]\n- **Infra**: [Cloud]\n'],
  ['fields written without bullets', '**Backend**: Go\n', '**Backend**: Go\n**Database**: [Store]\n**Infra**: [Cloud]\n'],
  [
    'a field whose value runs on in a sub-list',
    '- **Backend**:\n  - Go\n  - chi\n- **Infra**: AWS\n',
    '- **Backend**:\n  - Go\n  - chi\n- **Database**: [Store]\n- **Infra**: AWS\n',
  ],
])("a missing field follows the style and place of the section's %s", async (_name, stack, want) => {
  expect(await fixed(stack)).toBe(`# Design\n\n## Stack\n${want}\n## Notes\nNone.\n`);
});

test("the last section's fields go before archdoc's closing stamp, not after it", async () => {
  const t = parseTemplate('# Design\n\n## Stack\n- **Backend**: [Language]\n', 't.md');
  const doc = '# Design\n\n## Stack\nWe run Go.\n\n<!-- archdoc: generated -->\n';
  const want = '# Design\n\n## Stack\nWe run Go.\n\n- **Backend**: [Language]\n\n<!-- archdoc: generated -->\n';
  expect((await fixText(doc, 'd.md', { template: t })).text).toBe(want);
});

test("a field written in a subsection counts; the missing ones go into the section's own text", async () => {
  expect(await fixed('- **Backend**: Go\n\n### Data\n- **Database**: PostgreSQL\n\n')).toBe(
    '# Design\n\n## Stack\n- **Backend**: Go\n- **Infra**: [Cloud]\n\n### Data\n- **Database**: PostgreSQL\n\n\n## Notes\nNone.\n',
  );
});

test('a label that is itself a template label is not taken for a renamed one', async () => {
  const t = parseTemplate('# Design\n\n## Stack\n- **Data**: [Store]\n- **Database**: [Engine]\n', 't.md');
  expect(await found('# Design\n\n## Stack\n- **Database**: PostgreSQL\n', t)).toEqual([
    '3 Missing field `**Data**` in `## Stack`: add `- **Data**: [Store]` and fill it in.',
  ]);
});

test('a field with its value in nested bullets has a value; an empty section is left to section-empty', async () => {
  expect(await found('# Design\n\n## Stack\n- **Backend**:\n  - Go\n- **Database**: PostgreSQL\n- **Infra**: AWS\n\n## Notes\nNone.\n')).toEqual([]);
  expect(await found('# Design\n\n## Stack\n\n## Notes\nNone.\n')).toEqual([]);
});

test.each([
  ['indented bullets', '  - **Backend**: Go\n', '  - **Backend**: Go\n  - **Database**: [Store]\n  - **Infra**: [Cloud]\n'],
  ['a list numbered from 10', '10. **Backend**: Go\n', '10. **Backend**: Go\n- **Database**: [Store]\n- **Infra**: [Cloud]\n'],
  ['an indented numbered list', '  1. **Backend**: Go\n', '  1. **Backend**: Go\n  - **Database**: [Store]\n  - **Infra**: [Cloud]\n'],
  ['bullets followed by three blanks', '-   **Backend**: Go\n', '-   **Backend**: Go\n-   **Database**: [Store]\n-   **Infra**: [Cloud]\n'],
  [
    'fields without bullets whose value holds a dash',
    '**Backend**: Go - with chi\n',
    '**Backend**: Go - with chi\n**Database**: [Store]\n**Infra**: [Cloud]\n',
  ],
])('the marker of %s is kept for the fields added', async (_name, stack, want) => {
  expect(await fixed(stack)).toBe(`# Design\n\n## Stack\n${want}\n## Notes\nNone.\n`);
});

test("a list in another section does not set the section's bullet; a field without placeholder ends at its colon", async () => {
  const t = parseTemplate('# Design\n\n## Goals\nText.\n\n## Stack\n- **Backend**:\n', 't.md');
  const doc = '# Design\n\n## Goals\n* Fast\n* Cheap\n\n## Stack\nWe run Go.\n';
  expect((await fixText(doc, 'd.md', { template: t })).text).toBe(`${doc}\n- **Backend**:\n`);
});
