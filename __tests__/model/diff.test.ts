/** The semantic diff on pairs of documents: exact expected summaries, in the terminal and in Markdown. */
import { loadModel } from '../../src/model/load.js';
import { semanticDiff } from '../../src/model/diff.js';
import { renderDiffText, renderSemanticDiff } from '../../src/model/render-diff.js';
import { builtinTemplate } from '../../src/template/load.js';
import type { DocumentModel } from '../../src/model/model.js';

const template = builtinTemplate('architecture')!;
const model = async (text: string): Promise<DocumentModel> => (await loadModel(text, 'doc.md', template)).model;

const context = `\`\`\`mermaid
C4Context
    title Context
    Person(user, "Clinic staff")
    System(cf, "ClinicFlow", "Books visits")
    Rel(user, cf, "Books visits")
\`\`\``;

const containers = `\`\`\`mermaid
C4Container
    title Containers
    Container(web, "Web app", "React")
    Container(api, "Booking API", "Go")
    ContainerDb(db, "Bookings", "PostgreSQL")
    Rel(web, api, "Calls", "HTTPS")
    Rel(api, db, "Stores bookings", "SQL")
\`\`\``;

const data = `\`\`\`mermaid
erDiagram
    PATIENT ||--o{ VISIT : books
    PATIENT {
        uuid id PK
        string name
        date born
    }
    VISIT {
        uuid id PK
        datetime at
    }
\`\`\``;

function doc(parts: { context?: string; containers?: string; data?: string }): string {
  return [
    '# Architecture Design',
    '## 1. System Context (C4 Level 1)',
    parts.context ?? context,
    '## 2. Container Architecture (C4 Level 2)',
    parts.containers ?? containers,
    '## 3. Data Model',
    parts.data ?? data,
    '',
  ].join('\n\n');
}

async function textDiff(a: string, b: string): Promise<string> {
  return renderDiffText(semanticDiff(await model(a), await model(b)));
}

test('an element renamed (same alias, new label) and its technology changed', async () => {
  const head = doc({ containers: containers.replace('"Booking API", "Go"', '"Scheduling API", "Kotlin"') });
  expect(await textDiff(doc({}), head)).toBe(
    [
      'C4Container in "2. Container Architecture (C4 Level 2)": changed',
      '  renamed api: "Booking API" → "Scheduling API"',
      '  technology of api changed: "Go" → "Kotlin"',
      '',
    ].join('\n'),
  );
});

test('an element that keeps its label under a new alias is one change, and its relations follow it', async () => {
  const head = doc({
    containers: containers
      .replace('Container(api,', 'Container(booking,')
      .replaceAll('Rel(web, api,', 'Rel(web, booking,')
      .replace('Rel(api, db,', 'Rel(booking, db,'),
  });
  expect(await textDiff(doc({}), head)).toBe(
    'C4Container in "2. Container Architecture (C4 Level 2)": changed\n  "Booking API" has a new alias: api → booking\n',
  );
});

test('a relation added', async () => {
  const head = doc({ containers: containers.replace('    Rel(api, db,', '    Rel(web, db, "Reads slots")\n    Rel(api, db,') });
  expect(await textDiff(doc({}), head)).toBe('C4Container in "2. Container Architecture (C4 Level 2)": changed\n  added relation web → db "Reads slots"\n');
});

test('an entity attribute removed, an entity added', async () => {
  const head = doc({
    data: data
      .replace('        date born\n', '')
      .replace('    PATIENT ||--o{ VISIT : books', '    PATIENT ||--o{ VISIT : books\n    VISIT ||--o| INVOICE : billed'),
  });
  expect(await textDiff(doc({}), head)).toBe(
    [
      'erDiagram in "3. Data Model": changed',
      '  added entity INVOICE',
      '  removed attribute PATIENT.born (date)',
      '  added relationship VISIT → INVOICE "billed"',
      '',
    ].join('\n'),
  );
});

test('the diagram type changed: a flowchart became a C4 Context diagram', async () => {
  const flowchart = '```mermaid\ngraph TB\n    user[Clinic staff] --> cf[ClinicFlow]\n```';
  expect(await textDiff(doc({ context: flowchart }), doc({}))).toBe(
    [
      'C4Context in "1. System Context (C4 Level 1)": changed',
      '  diagram type changed: graph → C4Context',
      '  title changed: "" → "Context"',
      '  added Person user "Clinic staff"',
      '  added System cf "ClinicFlow"',
      '  added relation user → cf "Books visits"',
      '',
    ].join('\n'),
  );
});

test('a block moved to another place without change, and re-indented: nothing', async () => {
  const moved = [
    '# Architecture Design',
    '## 3. Data Model',
    data.replace(/\n {4}/g, '\n  '),
    '## 1. System Context (C4 Level 1)',
    context,
    '## 2. Container Architecture (C4 Level 2)',
    containers,
    '',
  ].join('\n\n');
  expect(await textDiff(doc({}), moved)).toBe('No architecture changes in the diagrams.\n');
  expect(renderSemanticDiff(await model(doc({})), await model(moved))).toBe('');
});

test('a diagram added and one removed', async () => {
  const without = doc({}).replace(data, 'No diagram yet.');
  expect(await textDiff(without, doc({}))).toBe('erDiagram in "3. Data Model": added\n');
  expect(await textDiff(doc({}), without)).toBe('erDiagram in "3. Data Model": removed\n');
});

test('Markdown: names are code spans and labels are escaped, so a hostile label cannot inject markup or mentions', async () => {
  const head = doc({ containers: containers.replace('"Booking API"', '"<img src=x onerror=alert(1)> @admin **bold** `tick`"') });
  expect(renderSemanticDiff(await model(doc({})), await model(head))).toBe(
    [
      '### Architecture changes',
      '',
      '**`C4Container` in "2\\. Container Architecture (C4 Level 2)": changed**',
      '- renamed `api`: "Booking API" → "\\<img src=x onerror=alert(1)\\> @\u200badmin \\*\\*bold\\*\\* `tick`"',
      '',
    ].join('\n'),
  );
});
