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
  ['two parameters of each spelling', ['GET /a/{x}/b/{y}', 'GET /a/:x/b/:y', 'GET /a/<x>/b/<y>'], [5, 6]],
  ['a brace before a parameter does not close it', ['GET /a}{id}', 'GET /a}:id'], [5]],
  ['method and path set apart by two spaces', ['GET /users', 'GET  /users'], [5]],
])('%s', async (_name, codes, lines) => {
  expect(await duplicates(...codes)).toEqual(lines);
});

test.each([
  ['an unclosed brace is text, not a parameter', ['GET /files/{name', 'GET /files/{other']],
  ['a colon before a digit is text', ['GET /at:1', 'GET /at:2']],
  ['different methods', ['GET /users', 'POST /users']],
  ['a parameter and a literal segment', ['GET /users/{id}', 'GET /users/me']],
  ['a parameter and an empty segment', ['GET /a/{id}/b', 'GET /a//b']],
  ['empty angle brackets are text', ['GET /a/<>', 'GET /a/{}']],
  ['a colon at the end is text', ['GET /a:', 'GET /a:b']],
  ['a bullet that endpoint-format reports (it says what is wrong there)', ['GET /users', 'get /users']],
])('not the same: %s', async (_name, codes) => {
  expect(await duplicates(...codes)).toEqual([]);
});

test('a pattern of three words compares all three', async () => {
  const three = parseTemplate('# API\n\n## Key Endpoints\n- `[Method] [Path] [Format]` - [Description]\n', 't.md');
  const doc = '# API\n\n## Key Endpoints\n- `GET /a json` - A\n- `GET /aj son` - B\n- `GET /a  json` - C\n';
  expect((await lintText(doc, 'd.md', { template: three })).findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['6 endpoint-duplicate']);
});

describe('endpoint-format', () => {
  const lint = async (body: string) =>
    (await lintText(`# API\n\n## Key Endpoints\n${body}`, 'd.md', { template })).findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);

  test('a section with text but no bullet is one finding at its heading, showing the form', async () => {
    expect(await lint('We list them later.\n')).toEqual([
      '3:1 endpoint-format Section `## Key Endpoints` lists no bullets of the form `` `[Method] [Path]` - [Description] ``: add at least one.',
    ]);
  });

  test("the template's own bullet left in is a placeholder, not a badly formed endpoint", async () => {
    expect(await lint('- `[Method] [Path]` - [Description]\n- `GET /a` - A\n')).toEqual([
      '4:3 placeholder Placeholder `[Method] [Path]` left from the template: replace it with a real value.',
      '4:23 placeholder Placeholder `[Description]` left from the template: replace it with real content.',
    ]);
  });
});
