/** Labelled fields and endpoint bullets as the rules read them (src/lint/fields.ts, src/lint/endpoints.ts). */
import { fieldsIn, similarLabel } from '../../src/lint/fields.js';
import { lintText, parseForLint } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

describe('fields', () => {
  const text = [
    '# S',
    '',
    '- **Frontend**: React',
    '* **Back-end**: Go',
    '+ **API**:',
    '    - REST',
    '1. **DB**: PG',
    '2) **Cache**:',
    '',
    '  Redis',
    '**Bare**: x',
    '- **Empty**:',
    '- **Next**: y',
    '```',
    '- **Code**: no',
    '```',
    '  - **Nested**: z',
    '- **Last**:',
  ].join('\n');
  const doc = parseForLint(text, 'd.md');

  test('any bullet or none; a value written below its label is read from there; none inside code', () => {
    const fields = fieldsIn(doc, { start: 0, end: text.length });
    expect(fields.map((f) => [f.line, f.label, f.value, text.slice(f.labelStart, f.labelEnd), text.slice(f.lineStart, f.lineEnd)])).toEqual([
      [3, 'Frontend', 'React', 'Frontend', '- **Frontend**: React'],
      [4, 'Back-end', 'Go', 'Back-end', '* **Back-end**: Go'],
      [5, 'API', '- REST', 'API', '+ **API**:'],
      [7, 'DB', 'PG', 'DB', '1. **DB**: PG'],
      [8, 'Cache', 'Redis', 'Cache', '2) **Cache**:'],
      [11, 'Bare', 'x', 'Bare', '**Bare**: x'],
      [12, 'Empty', '', 'Empty', '- **Empty**:'],
      [13, 'Next', 'y', 'Next', '- **Next**: y'],
      [17, 'Nested', 'z', 'Nested', '  - **Nested**: z'],
      [18, 'Last', '', 'Last', '- **Last**:'],
    ]);
  });

  test('a range takes the lines that start inside it', () => {
    const from = text.indexOf('* **Back');
    const to = text.indexOf('1. **DB');
    expect(fieldsIn(doc, { start: from, end: to }).map((f) => f.label)).toEqual(['Back-end', 'API']);
    expect(fieldsIn(doc, { start: from + 1, end: to + 1 }).map((f) => f.label)).toEqual(['API', 'DB']);
  });

  test.each([
    ['Infra', 'Infrastructure', true],
    ['Infrastructure', 'Infra', true],
    ['API', 'APIs', true],
    ['Dat', 'Database', true],
    ['Da', 'Database', false],
    ['DB', 'DBMS', false],
    ['Error Handling', 'Error handling', false],
  ])('**%s** in the template, **%s** in the document: read as renamed, %s', (want, found, similar) => {
    expect(similarLabel(want, found)).toBe(similar);
  });
});

describe('endpoint bullets', () => {
  const messages = async (template: string, doc: string) =>
    (await lintText(doc, 'd.md', { template: parseTemplate(template, 't.md') })).findings.map((f) => `${f.line} ${f.rule} ${f.message}`);

  test('each way a bullet misses `[Method] [Path]` - [Description] is named; any dash or a colon separates', async () => {
    const doc = [
      '# API',
      '',
      '## Key Endpoints',
      '- `GET /quotes` - List quotes',
      '- `get /quotes/{id}` - Read one quote',
      '- `POST quotes` - Create a quote',
      '- `DELETE /quotes/{id}` -',
      '- Health check at /healthz',
      '- `GET` - nothing',
      '- `PUT /a` – en dash',
      '- `PATCH /a` — em dash',
      '- `HEAD /a`: colon',
      '  - nested bullet',
      '- `OPTIONS /a /b` - three',
      '- `TRACE   /a` -   spaced',
      '- `CONNECT /a`   ',
    ].join('\n');
    expect(await messages('# API\n\n## Key Endpoints\n- `[Method] [Path]` - [Description]\n', doc)).toEqual([
      '5 endpoint-format Endpoint bullet: `get` is not an HTTP method in upper case (GET, POST, PUT, PATCH, DELETE, ...).',
      '6 endpoint-format Endpoint bullet: its path `quotes` does not start with `/`.',
      '7 endpoint-format Endpoint bullet: it has no description after the separator.',
      '8 endpoint-format Endpoint bullet: it is not of the form `` `[Method] [Path]` - [Description] ``.',
      '9 endpoint-format Endpoint bullet: `GET` is not of the form `[Method] [Path]`.',
      '14 endpoint-format Endpoint bullet: `OPTIONS /a /b` is not of the form `[Method] [Path]`.',
      '16 endpoint-format Endpoint bullet: it is not of the form `` `[Method] [Path]` - [Description] ``.',
    ]);
  });

  test('`[Verb]`, `[Route]` and `[Url]` are read as method and path', async () => {
    const template = '# API\n\n## Routes\n- `[Verb] [Route]` - [Description]\n\n## Hooks\n- `[Url]`: [Description]\n';
    const doc = '# API\n\n## Routes\n- `fetch /a` - x\n- `GET a` - y\n- `GET /b` - ok\n\n## Hooks\n- `example.com/hook`: z\n- `/hook`: ok\n';
    expect(await messages(template, doc)).toEqual([
      '4 endpoint-format Endpoint bullet: `fetch` is not an HTTP method in upper case (GET, POST, PUT, PATCH, DELETE, ...).',
      '5 endpoint-format Endpoint bullet: its path `a` does not start with `/`.',
      '9 endpoint-format Endpoint bullet: its path `example.com/hook` does not start with `/`.',
    ]);
  });
});
