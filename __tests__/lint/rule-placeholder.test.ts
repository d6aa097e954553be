/** placeholder: the cases its doc page (docs/rules/placeholder.md) does not show. */
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# Design\n\n## Storage\n- **Database**: [Primary store]\n\n## Flow\n```mermaid\nflowchart LR\n    ...\n```\n', 't.md');
const found = async (text: string, t = template) =>
  (await lintText(text, 'd.md', { template: t })).findings.filter((f) => f.rule === 'placeholder').map((f) => `${f.line}:${f.column}`);

test("a diagram whose fence is never closed still reports the template's `...` on its last line", async () => {
  expect(await found('# Design\n\n## Flow\n```mermaid\nflowchart LR\n    ...\n')).toEqual(['6:5']);
});

test.each([
  ['at the left margin, with blanks after it', '...  ', '6:1'],
  ['as a comment without a blank', '  %%...', '6:3'],
])("the diagram's `...` %s is reported", async (_name, line, at) => {
  expect(await found(`# Design\n\n## Flow\n\`\`\`mermaid\nflowchart LR\n${line}\n    a --> b\n\`\`\`\n`)).toEqual([at]);
});

test("a diagram line that only contains `...` among other text is the diagram's own", async () => {
  expect(await found('# Design\n\n## Flow\n```mermaid\nflowchart LR\n    a -- ... --> b\n    %% more ... later\n```\n')).toEqual([]);
});

test('the same placeholder twice in one paragraph is reported at both places', async () => {
  expect(await found('# Design\n\n## Storage\nEither [Primary store] or [Primary store].\n')).toEqual(['4:8', '4:27']);
});

test('`...` ending a sentence, after a link or in a table is prose, not a placeholder', async () => {
  const doc = '# Design\n\n## Storage\nMore stores may follow...\n\nSee [the list](list.md) ...\n\n| Store | Use |\n|---|---|\n| ... | ... |\n';
  expect(await found(doc)).toEqual([]);
});

test('a `...` paragraph inside a list item is still a placeholder', async () => {
  expect(await found('# Design\n\n## Storage\n- Stores:\n\n  ...\n')).toEqual(['6:3']);
});

test('a field value is a placeholder only when a bracketed text is all of it', async () => {
  const doc = '# Design\n\n## Storage\n- **Database**: PostgreSQL [1]\n- **Cache**: [a] or [b]\n- **Queue**: [Pick one]\n';
  expect(await found(doc)).toEqual(['6:14']);
});

test("the template's endpoint pattern left as it is is a placeholder; a real endpoint is not", async () => {
  const architecture = builtinTemplate('architecture')!;
  const code = architecture.placeholderCode[0];
  const doc = `# Shop\n\n- \`${code}\` - [Description]\n- \`GET /orders\` - lists orders\n`;
  expect(await found(doc, architecture)).toContain('3:3');
  expect(await found(doc, architecture)).not.toContain('4:3');
});

test('a field value that is a reference link to a definition in the document is a link, however its blanks run', async () => {
  const doc = '# Design\n\n## Storage\n- **Database**: [ Our  store ]\n- **Cache**: [Redis]\n\n[our store]: https://example.com/store\n';
  expect(await found(doc)).toEqual(['5:14']);
});

test("the template's endpoint pattern in a fenced code block is shown, not left over", async () => {
  const architecture = builtinTemplate('architecture')!;
  const code = architecture.placeholderCode[0];
  expect(await found(`# Shop\n\n\`\`\`\n${code}\n\`\`\`\n`, architecture)).toEqual([]);
});

test("only a whole diagram line of `...` is the template's; the lines after the diagram are not the diagram's", async () => {
  const doc = '# Design\n\n## Flow\n```mermaid\nflowchart LR\n    a --> b\n    %% more later ...\n    …and more\n```\n%% ...\n';
  expect(await found(doc)).toEqual([]);
});

test('`...` after emphasis in the same paragraph is prose', async () => {
  expect(await found('# Design\n\n## Storage\nStores: *many*...\n')).toEqual([]);
});

test("the template's endpoint pattern is named in the message", async () => {
  const architecture = builtinTemplate('architecture')!;
  const code = architecture.placeholderCode[0];
  const { findings } = await lintText(`# Shop\n\n- \`${code}\` - lists orders\n`, 'd.md', { template: architecture });
  expect(findings.filter((f) => f.rule === 'placeholder').map((f) => f.message)).toEqual([
    `Placeholder \`${code}\` left from the template: replace it with a real value.`,
  ]);
});
