/** A fence left open: said as such, the sections after it still read as sections, and fix closes it. */
import { lintText } from '../../src/lint/lint.js';
import { fixText } from '../../src/fix/fix.js';
import { openFences } from '../../src/markdown/fences.js';
import { builtinTemplate } from '../../src/template/load.js';

const template = builtinTemplate('architecture')!;
const context = '```mermaid\nC4Context\n    title Shop\n    Person(u, "User")\n    System(s, "Shop")\n    Rel(u, s, "Buys")\n';
const container = '```mermaid\nC4Container\n    title Shop containers\n    Container(a, "API", "Go")\n```\n';

/** The context diagram's fence left open; the container diagram's closing fence would pair with it. */
const doc = `# Architecture Design\n\n## 1. System Context (C4 Level 1)\n\n${context}\n## 2. Container Architecture (C4 Level 2)\n\n${container}`;

test('an unclosed mermaid fence is reported as such, not as unrecognized text and missing sections', async () => {
  const { findings } = await lintText(doc, 'd.md', { template });
  expect(findings.find((f) => f.rule === 'fence-unclosed')).toMatchObject({
    line: 5,
    message: 'Unclosed code fence opened at line 5: close it with ``` after line 10.',
    fixable: true,
  });
  expect(findings.filter((f) => f.rule === 'diagram-syntax')).toEqual([]);
  // The container section after it is recognised: only what is really absent is missing.
  expect(findings.filter((f) => f.rule === 'section-missing').map((f) => f.message)).not.toContainEqual(expect.stringMatching(/^Missing section `## 2\./));
});

test('fix closes the fence before the next heading instead of inserting a skeleton section', async () => {
  const fixed = await fixText(doc, 'd.md', { template });
  expect(fixed.text).toContain(`${context}\`\`\`\n\n## 2. Container Architecture (C4 Level 2)\n\n${container}`);
  expect(fixed.text.match(/^## 2\. Container Architecture/gm)).toHaveLength(1);
  expect(fixed.applied.map((f) => f.rule)).toContain('fence-unclosed');
  expect(fixed.remaining.filter((f) => f.rule === 'fence-unclosed' || f.rule === 'diagram-syntax')).toEqual([]);
});

test('a fence left open at the very end is closed at the end, a missing final newline first', async () => {
  const open = `# Architecture Design\n\n## 3. Data Model\n\n~~~~mermaid\nerDiagram\n    A ||--o{ B : has`;
  const { findings } = await lintText(open, 'd.md', { template });
  expect(findings.filter((f) => f.rule === 'fence-unclosed').map((f) => f.message)).toEqual([
    'Unclosed code fence opened at line 5: close it with ~~~~ after line 7.',
  ]);
  const fixed = await fixText(open, 'd.md', { template });
  expect(fixed.text).toContain('~~~~mermaid\nerDiagram\n    A ||--o{ B : has\n~~~~\n');
});

test('closed fences, inline code spans and a `#` comment in a closed shell block are left alone', () => {
  const lines = ['```bash', '# install', 'npm ci', '```', '', '```js `x`', '## Heading', '~~~', 'code', '~~~~'];
  expect(openFences(lines)).toEqual([]);
});

test('a block of another language left open to the end stops at the next fence with an info string or top heading', () => {
  expect(openFences(['```sql', 'select 1;', '', '## 3. Data Model', 'text'])).toEqual([
    { openLine: 1, fence: '```', lang: 'sql', meta: '', indent: 0, lastLine: 2 },
  ]);
  expect(openFences(['```sql', 'select 1;', '```json', '{}'])).toEqual([
    { openLine: 1, fence: '```', lang: 'sql', meta: '', indent: 0, lastLine: 2 },
    { openLine: 3, fence: '```', lang: 'json', meta: '', indent: 0, lastLine: 4 },
  ]);
  // Closed by a bare fence further on, it is what Markdown makes of it: one block (only mermaid is judged by its content).
  expect(openFences(['```sql', 'select 1;', '```json', '{}', '```'])).toEqual([]);
});

test('many fences that never close: each is found once, in one pass', () => {
  const lines = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'x' : '```js'));
  const found = openFences(lines);
  expect(found).toHaveLength(10_000);
  expect(found[1]).toMatchObject({ openLine: 3, lastLine: 2 + 2 });
});

test.each([
  [
    'a fence whose code stops before the end, in a file without a final newline',
    '# T\n\n```js\ncode\n\n## Next\ntext',
    '# T\n\n```js\ncode\n```\n\n## Next\ntext',
  ],
  ['an indented fence, closed at its indent', '# T\n\n- item\n\n   ```js\n   code\n', '# T\n\n- item\n\n   ```js\n   code\n   ```\n'],
])('fix closes %s', async (_name, text, closed) => {
  const { findings } = await lintText(text, 'd.md', { template });
  const fence = findings.find((f) => f.rule === 'fence-unclosed');
  expect(fence?.fix).toHaveLength(1);
  const [edit] = fence!.fix!;
  expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(closed);
});
