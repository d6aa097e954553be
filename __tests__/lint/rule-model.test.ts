/** The rules that compare the document's model (C4 and ER diagrams, endpoints, the stack): the cases their pages do not show. */
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const fence = (type: string) => `\`\`\`mermaid\n${type}\n    ...\n\`\`\``;
const lint = async (rule: string, template: string, text: string) =>
  (await lintText(text, 'd.md', { template: parseTemplate(template, 't.md'), rules: { [rule]: 'warning' } })).findings
    .filter((f) => f.rule === rule)
    .map((f) => `${f.line}:${f.column} ${f.message}`);
const dataModel = `# Design\n\n## 1. Data Model\n\n${fence('erDiagram')}\n`;
const containers = `# Design\n\n## 1. Containers\n\n${fence('C4Container\n    title Containers')}\n`;

// Three ER diagrams: ORDER and PRODUCT (alias p) have attributes in the first, INVOICE is related only in the
// second, TAG is unrelated in the second and LABEL stands in a diagram of entities without relationships.
const ER = [
  '# Design',
  '',
  '## 1. Data Model',
  '',
  '```mermaid',
  'erDiagram',
  '    CUSTOMER ||--o{ ORDERS : places',
  '    CUSTOMER {',
  '        uuid id PK',
  '    }',
  '    INVOICE {',
  '        uuid id PK',
  '    }',
  '    p["PRODUCT"] {',
  '        uuid id PK',
  '    }',
  '    ORDER {',
  '        uuid id PK',
  '    }',
  '    LINE }o--|| products : lists',
  '```',
  '',
  '```mermaid',
  'erDiagram',
  '    ORDER ||--|{ INVOICE : billed',
  '    TAG {',
  '        string name',
  '    }',
  '```',
  '',
  '```mermaid',
  'erDiagram',
  '    LABEL {',
  '        string name',
  '    }',
  '```',
  '',
].join('\n');

test('er-orphan-entity: a relationship in another diagram counts; a diagram without relationships is a list', async () => {
  expect(await lint('er-orphan-entity', dataModel, ER)).toEqual([
    '14:5 Entity `p` is related to no other entity: add its relationship (`p }o--|| OTHER : belongs_to`) or remove it.',
    '26:5 Entity `TAG` is related to no other entity: add its relationship (`TAG }o--|| OTHER : belongs_to`) or remove it.',
  ]);
});

test('er-undefined-entity: attributes in another diagram define an entity; an alias is a name it goes by', async () => {
  expect(await lint('er-undefined-entity', dataModel, ER)).toEqual([
    '7:21 Entity `ORDERS` has no attributes block, but `ORDER` (line 17) has: write `ORDER` in the relationship.',
    '20:17 Entity `products` has no attributes block, but `p` (line 14) has: write `p` in the relationship.',
  ]);
});

test('endpoint-entity: version and place prefixes, queries and fragments are not the resource; past six entities the list is cut', async () => {
  const template = `${dataModel}\n## 2. Key Endpoints\n\n- \`[Method] [Path]\` - [Description]\n`;
  expect(
    await lint(
      'endpoint-entity',
      template,
      [
        '# Design',
        '',
        '## 1. Data Model',
        '',
        '```mermaid',
        'erDiagram',
        '    CUSTOMER ||--o{ ORDER : places',
        '    CUSTOMER {',
        '        uuid id PK',
        '    }',
        '    ORDER {',
        '        uuid id PK',
        '    }',
        '    A ||--|| B : x',
        '    C ||--|| D : x',
        '    E ||--|| F : x',
        '```',
        '',
        '## 2. Key Endpoints',
        '',
        '- `GET /rest/v2.1/customers?page=2` - List customers',
        '- `GET /internal/{tenant}/invoices` - Tenant invoices',
        '- `GET /health` - Health',
        '- `GET /` - Root',
        '- `GET /public/products#top` - Products',
        '',
      ].join('\n'),
    ),
  ).toEqual([
    '25:1 `GET /public/products#top` serves `products`, which no entity of the Data Model is (`CUSTOMER`, `ORDER`, `A`, `B`, `C`, `D`, ...): add the entity or name the resource after it.',
  ]);
});

test('stack-container: external containers, boundaries, containers without technology and infrastructure fields are not compared', async () => {
  const template = `${containers}\n### Technology Stack\n- **Frontend**: [Framework]\n- **Backend**: [Language]\n`;
  expect(
    await lint(
      'stack-container',
      template,
      [
        '# Design',
        '',
        '## 1. Containers',
        '',
        '```mermaid',
        'C4Container',
        '    title Containers',
        '    Container(web, "Web", "React")',
        '    Container(web2, "Admin", "React")',
        '    Container_Ext(ext, "Partner", "Cobol")',
        '    ContainerDb(db, "DB", "PostgreSQL")',
        '    Container(job, "Job")',
        '    Container_Boundary(b, "B", "Fortran") {',
        '        Container(api, "API", "Go")',
        '    }',
        '    Rel(web, api, "Calls")',
        '    Rel(api, db, "SQL")',
        '    Rel(web2, api, "Calls")',
        '    Rel(api, ext, "Calls")',
        '    Rel(job, db, "Writes")',
        '```',
        '',
        '### Technology Stack',
        '- **Frontend**: Vue',
        '- **Backend**: Go',
        '- **Database**: PostgreSQL 16',
        '- **Infra**: AWS',
        '- **Monitoring**: Grafana',
        '- **Queue**:',
        '',
      ].join('\n'),
    ),
  ).toEqual([
    '8:15 Container `web` is built with "React", which the Technology Stack does not name: add it to the stack or correct the container.',
    '24:1 **Frontend** names "Vue", which no container of the Container diagram uses: give the containers their technology, or correct the stack.',
    '29:1 **Queue** names nothing, which no container of the Container diagram uses: give the containers their technology, or correct the stack.',
  ]);
});

test('c4-orphan-element: reported once per alias; boundaries, relation-less inventories and deployment diagrams are not', async () => {
  expect(
    await lint(
      'c4-orphan-element',
      containers,
      [
        '# Design',
        '',
        '## 1. Containers',
        '',
        '```mermaid',
        'C4Container',
        '    title Containers',
        '    Container(web, "Web", "React")',
        '    Container(api, "API", "Go")',
        '    Container(cache, "Cache", "Redis")',
        '    Container(cache, "Cache", "Redis")',
        '    Container_Boundary(b, "B") {',
        '        Container(x, "X", "Go")',
        '    }',
        '    Rel(web, api, "Calls")',
        '    Rel(api, x, "Calls")',
        '```',
        '',
        '```mermaid',
        'C4Container',
        '    title Inventory',
        '    Container(a, "A", "Go")',
        '```',
        '',
        '```mermaid',
        'C4Deployment',
        '    title Deployment',
        '    Deployment_Node(n, "Node") {',
        '        Container(w, "W", "Go")',
        '    }',
        '    Container(q, "Q", "Go")',
        '    Rel(w, q, "Uses")',
        '    Container(r, "R", "Go")',
        '```',
        '',
      ].join('\n'),
    ),
  ).toEqual(['10:15 Container `cache` has no relation in this C4Container diagram: add the `Rel` that says how it is used, or remove it.']);
});

describe('endpoint-entity', () => {
  const template = `${dataModel}\n## 2. Key Endpoints\n\n- \`[Method] [Path]\` - [Description]\n`;
  const endpoints =
    '## 2. Key Endpoints\n\n- `GET /invoices{?status}` - Invoices by status\n- `POST /payments:capture` - Capture a payment\n- `GET /orders/{id}` - Read an order\n';
  const context = '```mermaid\nC4Context\n    title Context\n    Person(u, "User")\n    System(s, "Shop")\n    Rel(u, s, "Buys")\n```';
  const er =
    '```mermaid\nerDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER ||--|{ LINE : has\n    INVOICE ||--|| REFUND : refunds\n    SHIPMENT ||--|| ORDER : ships\n```';

  test('the resource is the text before a URI template or a custom method; six entities are listed whole; a C4 diagram is no data model', async () => {
    expect(await lint('endpoint-entity', template, `# Design\n\n## 1. Data Model\n\n${context}\n\n${er}\n\n${endpoints}`)).toEqual([
      '24:1 `POST /payments:capture` serves `payments`, which no entity of the Data Model is (`CUSTOMER`, `ORDER`, `LINE`, `INVOICE`, `REFUND`, `SHIPMENT`): add the entity or name the resource after it.',
    ]);
  });

  test('a document without an ER diagram is not checked', async () => {
    expect(await lint('endpoint-entity', template, `# Design\n\n## 1. Data Model\n\n${context}\n\n${endpoints}`)).toEqual([]);
  });
});

/** A C4 diagram of the given type, with its body. */
const c4 = (type: string, body: string) => `\`\`\`mermaid\n${type}\n    title T\n${body}\n\`\`\`\n`;

describe('stack-container compares only what it can', () => {
  const template = `${containers}\n### Technology Stack\n- **Frontend**: [Framework]\n- **Backend**: [Language]\n`;
  const stack = '### Technology Stack\n- **Frontend**: React\n- **Backend**: Go\n';
  const check = async (diagrams: string, withStack = true) =>
    await lint('stack-container', template, `# Design\n\n## 1. Containers\n\n${diagrams}\n${withStack ? stack : ''}`);
  const webApi = (web: string, api: string) =>
    c4('C4Container', `    Container(web, "Web"${web})\n    Container(api, "API"${api})\n    Rel(web, api, "Calls")`);

  test('without a Technology Stack there is nothing to compare', async () => {
    expect(await check(webApi(', "Vue"', ', "Elixir"'), false)).toEqual([]);
  });

  test('without a container technology there is nothing to compare', async () => {
    expect(await check(webApi('', ''))).toEqual([]);
  });

  test('containers of other diagrams, components and a Container diagram mermaid cannot parse are not compared', async () => {
    const component = c4('C4Component', '    Container(x, "X", "Rust")\n    Component(c, "C", "Elixir")\n    Rel(x, c, "Calls")');
    const withComponent = c4('C4Container', '    Component(k, "K", "Haskell")\n    Container(w, "W", "React")\n    Rel(w, k, "Calls")');
    const broken = c4('C4Container', '    Container(bad, "Bad", "Cobol")\n    Rel(bad contains)');
    expect(await check([webApi(', "React"', ', "Go"'), component, withComponent, broken].join('\n'))).toEqual([]);
  });
});

describe('c4-context-container reads the first Context diagram mermaid can parse, wherever it stands', () => {
  const template =
    '# Design\n\n## 1. System Context\n\n```mermaid\nC4Context\n    title System Context\n    ...\n```\n\n## 2. Containers\n\n```mermaid\nC4Container\n    title Containers\n    ...\n```\n';
  const context = c4('C4Context', '    Person(patient, "Patient")\n    System(cf, "ClinicFlow", "Books appointments")\n    Rel(patient, cf, "Books visits")');

  test('after the Container diagram and after one that does not parse; a boundary named like a person is no system', async () => {
    const broken = c4('C4Context', '    Person(nurse, "Nurse")\n    Rel(nurse contains)');
    const container = c4(
      'C4Container',
      '    Person(patient, "Patient")\n    Person(nurse, "Nurse")\n    System_Boundary(patient, "Patient") {\n    Container(web, "Web", "React")\n    }\n    Rel(patient, web, "Books")\n    Rel(nurse, web, "Uses")',
    );
    expect(await lint('c4-context-container', template, `# Design\n\n## 2. Containers\n\n${container}\n## 1. System Context\n\n${broken}\n${context}`)).toEqual(
      [
        '9:12 Person `nurse` ("Nurse") takes part in the Container diagram but not in the Context diagram (line 26): add it there, or use the alias or label it has there.',
        '10:21 The Container diagram\'s boundary `patient` ("Patient") is no system of the Context diagram (line 26): give it the alias or the label of that system.',
      ],
    );
  });

  test('a system the Context diagram draws as a boundary is a system; Component diagrams are not compared', async () => {
    const boundaryContext = c4(
      'C4Context',
      '    Person(patient, "Patient")\n    System_Boundary(cf, "ClinicFlow") {\n    System(core, "Core")\n    }\n    Rel(patient, core, "Books visits")',
    );
    const container = c4(
      'C4Container',
      '    System_Boundary(cf, "ClinicFlow") {\n    Container(web, "Web", "React")\n    }\n    Person(patient, "Patient")\n    Rel(patient, web, "Books")',
    );
    const component = c4('C4Component', '    Person(doctor, "Doctor")\n    Component(k, "K", "Go")\n    Rel(doctor, k, "Reads")');
    expect(
      await lint('c4-context-container', template, `# Design\n\n## 1. System Context\n\n${boundaryContext}\n## 2. Containers\n\n${container}\n${component}`),
    ).toEqual([]);
  });
});

test('er-orphan-entity: a C4 diagram in the Data Model is no ER diagram', async () => {
  const context = c4('C4Context', '    Person(u, "User")\n    System(s, "Shop")\n    Rel(u, s, "Buys")');
  expect(
    await lint(
      'er-orphan-entity',
      dataModel,
      `# Design\n\n## 1. Data Model\n\n${context}\n\`\`\`mermaid\nerDiagram\n    A ||--o{ B : has\n    C {\n        string x\n    }\n\`\`\`\n`,
    ),
  ).toEqual(['16:5 Entity `C` is related to no other entity: add its relationship (`C }o--|| OTHER : belongs_to`) or remove it.']);
});
