/**
 * Document text shaped against the regexes the rules used to run: the same findings, in linear time.
 * Each long input here took the former regex several seconds.
 */
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { cpuClock } from '../../test-support/cpu-time.js';

const template = builtinTemplate('architecture')!;
const example = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
const rulesOf = async (text: string) => (await lintText(text, 'doc.md', { template })).findings.map((f) => `${f.line} ${f.rule}`);
const endpoints = (...bullets: string[]) =>
  example.replace(
    '- `POST /v1/files/finalize` - Register uploaded file\n',
    ['- `POST /v1/files/finalize` - Register uploaded file', ...bullets, ''].join('\n'),
  );

test('endpoint-duplicate: `{id}`, `:id` and `<id>` are one parameter, a trailing `/` does not count', async () => {
  expect(await rulesOf(endpoints('- `GET /v1/files/{id}` - Read', '- `GET /v1/files/:fileId/` - Read again'))).toEqual(['58 endpoint-duplicate']);
  expect(await rulesOf(endpoints('- `GET /v1/files/<id>//` - Read', '- `GET /v1/files/{x}` - Read again'))).toEqual(['58 endpoint-duplicate']);
  expect(await rulesOf(endpoints('- `GET /v1/{id}/a` - Read', '- `GET /v1/{id}/b` - Other'))).toEqual([]);
});

test('endpoint paths full of unclosed `{` and `<` end quickly', async () => {
  const cpu = cpuClock();
  // Within the structural limits (a block of at most 64 KB), still far past where the former regex crawled.
  const open = '{a'.repeat(8_000);
  expect(await rulesOf(endpoints(`- \`GET /${open}\` - A`, `- \`GET /${open}\` - B`, `- \`GET /${'<'.repeat(4_500)}\` - C`))).toEqual([
    '58 endpoint-duplicate',
  ]);
  expect(cpu()).toBeLessThan(5000);
});

test('a heading with 50,000 `(` is matched as before and ends quickly', async () => {
  const cpu = cpuClock();
  const findings = await rulesOf(example.replace('## 3. Data Model', `## 3. Data Model ${'('.repeat(50_000)}`));
  expect(cpu()).toBeLessThan(5000);
  expect(findings).toEqual(['33 heading-mismatch']);
  expect(await rulesOf(example.replace('## 3. Data Model', '## 3. Data Model (v2)'))).toEqual(['33 heading-mismatch']);
});
