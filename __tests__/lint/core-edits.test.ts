/** Where the rules' repairs put text (src/lint/edits.ts): blank lines, final newlines, front matter, archdoc's stamp, code. */
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# Design\n\n## 1. Context\n\nWho uses it.\n\n## 2. Stack\n\n- **Database**: ...\n- **Cache**: ...\n\n## 3. Notes\n', 't.md');
const stack = '## 2. Stack\n- **Database**: ...\n- **Cache**: ...\n';

test.each([
  ['the title goes above the first section', '## 1. Context\n\nUsers.\n', `# Design\n\n## 1. Context\n\nUsers.\n\n${stack}\n## 3. Notes\n`],
  [
    'the title goes after the front matter and the blank lines below it',
    '---\nt: 1\n---\n\n\n## 1. Context\n\nUsers.\n',
    `---\nt: 1\n---\n\n\n# Design\n\n## 1. Context\n\nUsers.\n\n${stack}\n## 3. Notes\n`,
  ],
  [
    'a document without a final newline keeps going without one',
    '# Design\n\n## 1. Context\n\nUsers.',
    `# Design\n\n## 1. Context\n\nUsers.\n\n${stack}\n## 3. Notes`,
  ],
  [
    'sections at the end go above archdoc’s stamp comment',
    '# Design\n\n## 1. Context\n\nUsers.\n\n<!-- archdoc:\n  stamp -->\n\n',
    `# Design\n\n## 1. Context\n\nUsers.\n\n${stack}\n## 3. Notes\n\n<!-- archdoc:\n  stamp -->\n\n`,
  ],
  [
    'a comment at the end of a line of text is no stamp',
    '# Design\n\n## 1. Context\n\nUsers. <!-- x -->\n',
    `# Design\n\n## 1. Context\n\nUsers. <!-- x -->\n\n${stack}\n## 3. Notes\n`,
  ],
  [
    'a comment’s end without its start is no stamp',
    '# Design\n\n## 1. Context\n\nUsers.\nx -->\n',
    `# Design\n\n## 1. Context\n\nUsers.\nx -->\n\n${stack}\n## 3. Notes\n`,
  ],
  [
    'a section between two gets a blank line above it',
    '# Design\n\n## 1. Context\n\nUsers.\n## 3. Notes\n\nN.\n',
    `# Design\n\n## 1. Context\n\nUsers.\n\n${stack}\n## 3. Notes\n\nN.\n`,
  ],
  [
    '… and no second one where there is one',
    '# Design\n\n## 1. Context\n\nUsers.\n\n## 3. Notes\n\nN.\n',
    `# Design\n\n## 1. Context\n\nUsers.\n\n${stack}\n## 3. Notes\n\nN.\n`,
  ],
  ['an empty document gets the whole skeleton', '', `# Design\n\n## 1. Context\n\nWho uses it.\n\n${stack}\n## 3. Notes\n`],
  [
    'an empty section gets the template’s text after a blank line, a list right under its heading',
    '# Design\n\n## 1. Context\n\n## 2. Stack\n\n## 3. Notes\n\nN.\n',
    `# Design\n\n## 1. Context\n\nWho uses it.\n\n${stack}\n## 3. Notes\n\nN.\n`,
  ],
  [
    'a missing field at the very end goes on a new line, and the document keeps ending without a newline',
    '# Design\n\n## 1. Context\n\nU.\n\n## 2. Stack\n\n- **Database**: PG',
    '# Design\n\n## 1. Context\n\nU.\n\n## 2. Stack\n\n- **Database**: PG\n- **Cache**: ...\n\n## 3. Notes',
  ],
  [
    'an empty last section without a final newline is filled',
    '# Design\n\n## 1. Context',
    `# Design\n\n## 1. Context\n\nWho uses it.\n\n${stack}\n## 3. Notes`,
  ],
  [
    'an empty section right above the next heading gets a blank line on both sides of its text',
    '# Design\n\n## 1. Context\n## 2. Stack\n\n- **Database**: PG\n- **Cache**: R\n\n## 3. Notes\n',
    '# Design\n\n## 1. Context\n\nWho uses it.\n\n## 2. Stack\n\n- **Database**: PG\n- **Cache**: R\n\n## 3. Notes\n',
  ],
  [
    'front matter alone gets the skeleton below it',
    '---\nt: 1\n---\n',
    `---\nt: 1\n---\n\n# Design\n\n## 1. Context\n\nWho uses it.\n\n${stack}\n## 3. Notes\n`,
  ],
  ['blank lines alone are kept above the skeleton', '\n\n\n', `\n\n\n# Design\n\n## 1. Context\n\nWho uses it.\n\n${stack}\n## 3. Notes\n`],
  [
    'a missing field goes right under the present one',
    '# Design\n\n## 1. Context\n\nU.\n\n## 2. Stack\n\n- **Database**: PG\n\n## 3. Notes\n\nN.\n',
    '# Design\n\n## 1. Context\n\nU.\n\n## 2. Stack\n\n- **Database**: PG\n- **Cache**: ...\n\n## 3. Notes\n\nN.\n',
  ],
])('%s', async (_, doc, fixed) => {
  expect((await fixText(doc, 'd.md', { template })).text).toBe(fixed);
});

describe('no repair writes into code', () => {
  const diagrams = parseTemplate(
    '# Design\n\n## 1. Context\n\nWho uses it.\n\n## 2. Flow\n\n```mermaid\nsequenceDiagram\n```\n\n## 3. Stack\n\n- **Database**: ...\n- **Cache**: ...\n',
    't.md',
  );
  const fixable = async (doc: string) => (await lintText(doc, 'd.md', { template: diagrams })).findings.map((f) => `${f.line} ${f.rule} ${f.fixable}`);

  test('a missing field below a fence left open cannot be added: the open block runs on to the end', async () => {
    const doc = '# Design\n\n## 1. Context\n\n```sh\nls\n\n## 3. Stack\n\n- **Database**: PG\n';
    expect(await fixable(doc)).toEqual(['5 fence-unclosed true', '8 section-missing false', '8 field-missing false']);
  });

  test('while a fence is open, text may be added above it, but no skeleton with a fence of its own', async () => {
    const doc = '# Design\n\n## 1. Context\n\n## 2. Flow\n\n## 3. Stack\n\n```sh\nls\n';
    expect(await fixable(doc)).toEqual([
      '3 section-empty true',
      '5 section-empty false',
      '7 field-missing false',
      '7 field-missing false',
      '9 fence-unclosed true',
    ]);
  });

  test('with every fence closed, the same skeletons are added', async () => {
    const doc = '# Design\n\n## 1. Context\n\nU.\n\n## 3. Stack\n\n- **Database**: PG\n\n```sh\nls\n```\n';
    expect(await fixable(doc)).toEqual(['7 section-missing true', '7 field-missing true']);
  });
});
