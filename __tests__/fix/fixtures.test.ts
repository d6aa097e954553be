/**
 * One fixture per fixable rule (fixtures/<rule>[-variant]/): a document with that defect, what
 * `archdoc fix` makes of it, and the diff `archdoc fix --diff` prints. Each input is a complete, valid
 * architecture document of our own with one kind of defect put in, so the diff also shows that nothing
 * else moves.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { RULE_METAS } from '../../src/lint/catalogue.js';
import { unifiedDiff } from '../../src/report/diff.js';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const ROOT = new URL('./fixtures/', import.meta.url).pathname;
const PATH = 'docs/02_architecture.md';
const names = readdirSync(ROOT)
  .filter((n) => existsSync(join(ROOT, n, 'input.md')))
  .sort();
const read = (name: string, file: string): string => readFileSync(join(ROOT, name, file), 'utf8');

test('every fixable rule has a fixture', () => {
  const fixable = RULE_METAS.filter((r) => r.fixable).map((r) => r.name);
  expect(fixable.filter((rule) => !names.some((n) => n === rule || n.startsWith(`${rule}-`)))).toEqual([]);
});

describe.each(names)('%s', (name) => {
  const input = read(name, 'input.md');
  const expected = read(name, 'expected.md');
  const template = existsSync(join(ROOT, name, 'template.md')) ? parseTemplate(read(name, 'template.md'), 'template.md') : builtinTemplate('architecture')!;
  const rule = RULE_METAS.find((r) => name === r.name || name.startsWith(`${r.name}-`))!.name;

  test('the input has the defect', async () => {
    const { findings } = await lintText(input, PATH, { template });
    expect(findings.some((f) => f.rule === rule && f.fixable)).toBe(true);
  });

  test('fix gives the expected document and the expected diff', async () => {
    const result = await fixText(input, PATH, { template });
    expect(result.text).toBe(expected);
    expect(unifiedDiff(input, result.text, PATH)).toBe(read(name, 'expected.diff'));
    expect(result.applied.map((f) => f.rule)).toContain(rule);
  });

  test('what is left is placeholders for the author, and fixing again changes nothing', async () => {
    const again = await fixText(expected, PATH, { template });
    expect(again.changed).toBe(false);
    expect(again.remaining.filter((f) => f.rule !== 'placeholder')).toEqual([]);
  });
});
