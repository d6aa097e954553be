/** Template parsing on hostile shapes: the same model as before, and long runs that made the old regexes crawl. */
import { parseDocument } from '../../src/markdown/parse.js';
import { parseField, parseTemplate } from '../../src/template/parse-template.js';
import { cpuTimeOf } from '../../test-support/cpu-time.js';

test('placeholders: `[...]` spans outside code, from the first `[` to the next `]` on the line', () => {
  const t = parseTemplate('# T\n## A\n[a [b] c] and [[x\n[] [ ] [y]\n`[code]` [z]\n```\n[fenced]\n```\n', 't');
  expect(t.placeholders).toEqual(['[a [b]', '[y]', '[z]']);
});

test('endpoint patterns need a `[...]` in their code; free content is a line of `...`', () => {
  const t = parseTemplate('# T\n## API\n- `[METHOD] [path]` - what it does\n- `GET /x` - fixed\n\n   ...  \n## B\n.... no\n', 't');
  expect(t.sections[1].patterns.map((p) => [p.code, p.tokens, p.description])).toEqual([['[METHOD] [path]', ['method', 'path'], 'what it does']]);
  expect(t.sections.map((s) => s.freeContent)).toEqual([false, true, false]);
});

test('fields: `**Label**: value` and `**Label:** value`, blanks around the value dropped', () => {
  expect(parseField('**Stack**:    Node  ')).toEqual({ label: 'Stack', value: 'Node' });
  expect(parseField('**Stack:**\tNode, Postgres')).toEqual({ label: 'Stack', value: 'Node, Postgres' });
  expect(parseField('**Empty**:   ')).toEqual({ label: 'Empty', value: '' });
  expect(parseField('**Two**: a\nb')).toBeUndefined(); // a value does not run over a line end
  expect(parseField(`**Long**:${' '.repeat(50_000)}a\rb`)).toBeUndefined();
});

test('a diagram in the skeleton body is reduced to its type and title', () => {
  const t = parseTemplate('# T\n## C\n\n```mermaid\nC4Context\n  title Ctx\n  Person(a, "A")\n```\n\nText.\n', 't');
  expect(t.sections[1].body).toBe('```mermaid\nC4Context\n    title Ctx\n    %% ...\n```\nText.');
});

// The former regexes took 16 s on a line of 100,000 `[`: such a line is now refused before parsing (one line
// naming the limit), and a section of 20,000 unclosed fences costs little more than parsing it. The bound is
// relative to one parse of the same text, so a loaded machine slows both alike.
test('a line of 100,000 `[` is refused at once, naming the limit', () => {
  expect(() => parseTemplate(`# T\n## A\n${'['.repeat(100_000)}\n`, 't')).toThrow(/line is 98 KB long; archdoc reads lines up to 64 KB/);
});

test('a section of 20,000 unclosed fences costs little more than parsing it', () => {
  const text = `# T\n## A\n${'~~~x\n\n'.repeat(20_000)}`;
  const parse = cpuTimeOf(() => parseDocument(text));
  expect(cpuTimeOf(() => parseTemplate(text, 't'))).toBeLessThan(3 * parse + 1000);
});
