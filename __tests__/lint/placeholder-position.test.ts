/** Placeholder markers are placed by their place in the source, not by their index in a normalised text value. */
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';

const template = builtinTemplate('architecture')!;

test.each([
  ['a blank before a CRLF line end (found by the property test)', '? \r\nTODO service.', { line: 2, column: 1 }],
  ['a blank before an LF line end', 'Intro  \nmore TBD here.\n', { line: 2, column: 6 }],
  ['two markers in one paragraph', 'TODO one \r\nand TODO two', { line: 2, column: 5 }],
])('%s', async (_name, text, where) => {
  const found = (await lintText(text, 'doc.md', { template })).findings.filter((f) => f.rule === 'placeholder');
  expect(found.map((f) => ({ line: f.line, column: f.column }))).toContainEqual(where);
  const lines = text.split('\n');
  for (const f of found) expect(f.column).toBeLessThanOrEqual(lines[f.line - 1].replace(/\r$/, '').length + 1);
});
