/** endpoint-duplicate: which spellings of one endpoint are the same, beyond its page's example. */
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate('# API\n\n## Key Endpoints\n- `[Method] [Path]` - [Description]\n', 't.md');
const duplicates = async (...codes: string[]) =>
  (await lintText(`# API\n\n## Key Endpoints\n${codes.map((c) => `- \`${c}\` - Does it`).join('\n')}\n`, 'd.md', { template })).findings
    .filter((f) => f.rule === 'endpoint-duplicate')
    .map((f) => f.line);

test.each([
  ['`{id}`, `<id>` and `:id` are one parameter', ['GET /users/{id}/posts', 'GET /users/<userId>/posts', 'GET /users/:user_id/posts'], [5, 6]],
  ['the root, however many slashes it is written with', ['GET /', 'GET //'], [5]],
  ['a parameter that runs to the end of the path', ['DELETE /users/:id', 'DELETE /users/{id}/'], [5]],
])('%s', async (_name, codes, lines) => {
  expect(await duplicates(...codes)).toEqual(lines);
});

test.each([
  ['an unclosed brace is text, not a parameter', ['GET /files/{name', 'GET /files/{other']],
  ['a colon before a digit is text', ['GET /at:1', 'GET /at:2']],
  ['different methods', ['GET /users', 'POST /users']],
  ['a parameter and a literal segment', ['GET /users/{id}', 'GET /users/me']],
])('not the same: %s', async (_name, codes) => {
  expect(await duplicates(...codes)).toEqual([]);
});
