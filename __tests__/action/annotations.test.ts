/**
 * Every rule, through the real Action: each finding becomes an annotation on the right file and line,
 * the most important first, and the SARIF file says the same and validates against SARIF 2.1.0.
 * Where each finding belongs is read off the fixtures by their text, not from the linter.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { RULE_NAMES } from '../../src/lint/catalogue.js';
import type { ActionRunResult } from '../../test-support/action-run.js';
import { DOC, LOAD, REQS, REQUIREMENTS, lineOf, startScenario, type PullRequest, type Scenario } from './scenario.js';

const SERVICE_DOC = 'services/vault/docs/02_architecture.md';

/** Content defects: chat residue, diagram problems of every kind, fields, placeholders, endpoints, mojibake, active content. */
const CONTENT_DEFECTS = `Sure! Here is the architecture document you asked for:

# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    Person(user, "User", "Uploads files")
    System(app, "SecureVault", "Encrypted storage"
    System_Ext(s3, "Object Store", "Stores blobs")
    System_Ext(idp, "Identity provider")
    System_Ext(idp, "Second identity provider")
    Rel(user, ghost, "Uses")
\`\`\`

## 2. Container Architecture (C4 Level 2)

\`\`\`mermaid
graph TB
    web[SPA] --> api[API]
\`\`\`

### Technology Stack
- **Frontend**: React
- **Backend**: Go
- **Database**: TBD

## 3. Data Model

\`\`\`mermaid
erDiagram
    USER ||--o{ FILE owns
\`\`\`

## 4. API Design Strategy
- **Style**: RESTful JSON API
- **Auth**: OAuth2 via Auth0

### Key Endpoints
- \`GET /v1/files\` - List files
- get /v1/files/{id} - read one file
- \`GET /v1/files\` - List the files again

## 5. Cross-Cutting Concerns
- **Observability**: OpenTelemetry traces; itâ€™s sampled at 10%.
- **Error Handling**: RFC 7807 Problem Details.
- **Caching**: Redis for sessions. <img src="cache.png" onerror="alert(1)">
- **Resilience**: Retry with exponential backoff.
`;

/** Structural defects: sections missing, out of order, renamed, empty, duplicated; a diagram missing. */
const STRUCTURE_DEFECTS = `# Architecture Design

## 1. System Context (C4 Level 1)

The system stores encrypted files for small teams.

## 3. Data Model

\`\`\`mermaid
erDiagram
    USER ||--o{ FILE : owns
\`\`\`

## 2. Container Architecture

\`\`\`mermaid
C4Container
    title Containers
    Container(web, "SPA", "React", "Client-side encryption")
\`\`\`

### Technology Stack
<!-- to be written -->

## 4. API Design Strategy

### Key Endpoints
- \`POST /v1/files\` - Upload a file

## 4. API Design Strategy
- **Style**: REST
- **Auth**: OAuth2`;

const SEMANTIC_DOC = 'services/share/docs/02_architecture.md';

/** Semantic defects: the sections disagree (the heuristic rules are turned on for this document in the config). */
const SEMANTIC_DEFECTS = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8')
  .replace(
    '    Rel(web, api, "HTTPS/JSON")',
    '    System_Ext(mail, "Mail service")\n    Container(worker, "Worker", "Go")\n    Rel(web, api, "")\n    Rel(api, mail, "Sends share links")',
  )
  .replace('"Metadata DB", "Postgres"', '"Metadata DB", "MySQL"')
  .replace('    FILE ||--o{ SHARE_LINK : generates', '    FILES ||--o{ SHARE_LINK : generates\n    TAG {\n        string name\n    }')
  .replace('- `POST /v1/files/finalize` - Register uploaded file', '- `POST /v1/files/finalize` - Register uploaded file\n- `GET /v1/invoices` - List invoices')
  .replace('## 5. Cross-Cutting Concerns', '## 5. Cross-Cutting Concerns\n\n<img src="status.png" onerror="alert(1)">\n\nSharing links answer FR-1.')
  .concat('\n```text\nRunbook notes, the fence never closed.\n');

const SEMANTIC_REQS = 'services/share/docs/01_requirements.md';
const HEURISTICS = ['c4-relation-undescribed', 'er-orphan-entity', 'endpoint-entity', 'stack-container', 'requirement-untraced']
  .map((r) => `      ${r}: warning\n`)
  .join('');
const CONFIG = `documents:\n  - doc: ${DOC}\n  - doc: ${SERVICE_DOC}\n  - doc: ${SEMANTIC_DOC}\n    requirements: [${SEMANTIC_REQS}]\n    rules:\n${HEURISTICS}`;

const at = (file: string, text: string, rule: string, snippet: string | number, nth?: number): string =>
  `${file}:${typeof snippet === 'number' ? snippet : lineOf(text, snippet, nth)} ${rule}`;

const EXPECTED = [
  // The pull request changes the requirements but not this document.
  at(DOC, CONTENT_DEFECTS, 'requirements-drift', 1),
  at(DOC, CONTENT_DEFECTS, 'chat-residue', 'Sure! Here is'),
  // The diagram-level findings point at the block's opening fence.
  at(DOC, CONTENT_DEFECTS, 'diagram-title', lineOf(CONTENT_DEFECTS, 'C4Context') - 1),
  at(DOC, CONTENT_DEFECTS, 'c4-swallowed-element', 'System_Ext(s3'),
  at(DOC, CONTENT_DEFECTS, 'c4-duplicate-alias', 'Second identity provider'),
  at(DOC, CONTENT_DEFECTS, 'c4-undefined-alias', 'Rel(user, ghost'),
  // Its relation swallowed, the system relates to nothing; nor do the identity providers.
  at(DOC, CONTENT_DEFECTS, 'c4-orphan-element', 'System(app'),
  at(DOC, CONTENT_DEFECTS, 'c4-orphan-element', 'System_Ext(idp, "Identity provider")'),
  at(DOC, CONTENT_DEFECTS, 'diagram-type', 'graph TB'),
  at(DOC, CONTENT_DEFECTS, 'field-missing', '### Technology Stack'),
  at(DOC, CONTENT_DEFECTS, 'placeholder', '**Database**: TBD'),
  at(DOC, CONTENT_DEFECTS, 'diagram-syntax', 'FILE owns'),
  at(DOC, CONTENT_DEFECTS, 'endpoint-format', 'get /v1/files/{id}'),
  at(DOC, CONTENT_DEFECTS, 'endpoint-duplicate', 'List the files again'),
  at(DOC, CONTENT_DEFECTS, 'mojibake', 'itâ€™s'),
  at(DOC, CONTENT_DEFECTS, 'unsafe-content', 'onerror'),
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'diagram-missing', '## 1. System Context'),
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'section-order', '## 3. Data Model'),
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'heading-mismatch', '## 2. Container Architecture'),
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'section-empty', '### Technology Stack'),
  // Both fields are missing from the first of the two sections (the second is the duplicate).
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'field-missing', '## 4. API Design Strategy', 1),
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'field-missing', '## 4. API Design Strategy', 1),
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'section-duplicate', '## 4. API Design Strategy', 2),
  // A missing last section belongs at the end of the document.
  at(SERVICE_DOC, STRUCTURE_DEFECTS, 'section-missing', STRUCTURE_DEFECTS.split('\n').length),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'c4-context-container', 'System_Ext(mail'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'c4-orphan-element', 'Container(worker'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'c4-relation-undescribed', 'Rel(web, api, "")'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'stack-container', '"Metadata DB", "MySQL"'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'stack-container', '**Database**'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'er-undefined-entity', 'FILES ||--o{'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'er-orphan-entity', 'TAG {'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'endpoint-entity', 'GET /v1/invoices'),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'unsafe-content', 'onerror='),
  // FR-2 is cited nowhere: the finding sits where the document's body starts.
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'requirement-untraced', 1),
  at(SEMANTIC_DOC, SEMANTIC_DEFECTS, 'fence-unclosed', '```text'),
].sort();

let s: Scenario;
let pr: PullRequest;
let run: ActionRunResult;

beforeAll(async () => {
  s = await startScenario({ [DOC]: CONTENT_DEFECTS, [REQS]: REQUIREMENTS, '.github/archdoc.yml': CONFIG });
  pr = s.openPr({
    [REQS]: `${REQUIREMENTS}- **Sharing**: quotes expire after 30 days.\n`,
    [SERVICE_DOC]: STRUCTURE_DEFECTS,
    [SEMANTIC_DOC]: SEMANTIC_DEFECTS,
    [SEMANTIC_REQS]: '# Requirements\n\n- FR-1: share a file by link\n- FR-2: expire links after 30 days\n',
  });
  run = await s.run(pr, { 'fail-on': 'never' });
});

afterAll(async () => {
  await s.close();
});

describe('annotations', () => {
  it('cover every rule of the catalogue', () => {
    expect(new Set(run.annotations.map((a) => a.title))).toEqual(new Set(RULE_NAMES.map((r) => `archdoc ${r}`)));
  });

  it('sit on the right file and line for every finding, and nothing else', () => {
    const got = run.annotations.map((a) => `${a.file}:${a.line} ${a.title?.replace(/^archdoc /, '')}`).sort();
    expect(got).toEqual(EXPECTED);
  });

  it('come most important first: errors before warnings, drift and missing sections leading', () => {
    const levels = run.annotations.map((a) => a.level);
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('error'));
    expect(run.annotations.slice(0, 3).map((a) => a.title)).toEqual(['archdoc requirements-drift', 'archdoc section-missing', 'archdoc heading-mismatch']);
  });

  it('do not fail the run with fail-on: never, while the outputs count the findings', () => {
    expect(run.exitCode).toBe(0);
    expect(run.failures).toEqual([]);
    const warnings = run.annotations.filter((a) => a.level === 'warning').length;
    expect(run.outputs).toMatchObject({ errors: String(EXPECTED.length - warnings), warnings: String(warnings), drift: 'true' });
  });
});

describe('SARIF', () => {
  const schema = JSON.parse(readFileSync(new URL('../../test-support/sarif-2.1.0.schema.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(run.sarif).toBeDefined();
    expect(validate(run.sarif) ? [] : validate.errors).toEqual([]);
  });

  it('holds the same findings at the same places', () => {
    const sarif = run.sarif as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const got = sarif.runs[0].results.map((r) => {
      const loc = r.locations[0].physicalLocation;
      return `${loc.artifactLocation.uri}:${loc.region.startLine} ${r.ruleId}`;
    });
    expect(got.sort()).toEqual(EXPECTED);
  });
});

it('posts one comment for all three documents, reading the others with one more query', () => {
  expect(s.calls()).toEqual([LOAD, 'POST /graphql (LoadRepository)', `POST /repos/acme/shop/issues/${pr.number}/comments`]);
  const [comment] = s.comments(pr);
  expect(s.comments(pr)).toHaveLength(1);
  expect(comment.body.split('\n')[0]).toBe('<!-- archdoc:sticky -->');
  for (const doc of [DOC, SERVICE_DOC, SEMANTIC_DOC]) expect(comment.body).toContain(`### archdoc · \`${doc}\``);
});
