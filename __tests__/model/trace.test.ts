/** Requirement ids from requirements documents, and where an architecture document cites them. */
import { readFileSync } from 'node:fs';
import { loadModel } from '../../src/model/load.js';
import { requirementsOf, traceMatrix } from '../../src/model/requirements.js';
import { builtinTemplate } from '../../src/template/load.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const template = builtinTemplate('architecture')!;

async function untraced(requirements: string, doc: string): Promise<string[]> {
  const { ctx, model } = await loadModel(doc, 'doc.md', template);
  const rows = traceMatrix(requirementsOf([{ path: 'req.md', text: requirements }]), ctx.doc, model);
  return rows.filter((r) => r.citations.length === 0).map((r) => r.id);
}

test('the bundled example requirements define FR-1 ... FR-15 (the numbered headings are groups, not requirements)', () => {
  const ids = requirementsOf([{ path: 'examples/01_requirements.md', text: example('01_requirements.md') }]);
  expect(ids.map((r) => r.id)).toEqual(Array.from({ length: 15 }, (_, i) => `FR-${i + 1}`));
  expect(ids[0]).toMatchObject({ path: 'examples/01_requirements.md', line: 12, title: expect.stringMatching(/^A user signs up and signs in/) });
});

test('the bundled example architecture cites none of them; citing three leaves exactly the other twelve', async () => {
  const reqs = example('01_requirements.md');
  const arch = example('02_architecture.md');
  expect(await untraced(reqs, arch)).toHaveLength(15);
  const cited = arch
    .replace('- **Auth**: OAuth2 via Auth0', '- **Auth**: OAuth2 via Auth0 (FR-1)')
    .replace('"Client-side encryption"', '"Client-side encryption (FR-4, FR-10)"');
  expect(await untraced(reqs, cited)).toEqual(['FR-2', 'FR-3', 'FR-5', 'FR-6', 'FR-7', 'FR-8', 'FR-9', 'FR-11', 'FR-12', 'FR-13', 'FR-14', 'FR-15']);
});

const OWN_REQUIREMENTS = `# Requirements Specification

## User stories
### US-001 Book a visit
### US-002 Cancel a visit
### US-003 Remind the patient

## Functional
- **F-001**: Staff see the day's visits.
- [ ] F-002 Export the day's visits as CSV.

## Non-functional
| Id | Requirement |
|---|---|
| NFR-1 | 99.9 % availability |
| NFR-2 | Answers within 300 ms |

Prose that mentions US-004 does not define it.
`;

const OWN_ARCHITECTURE = `# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    title Context
    Person(staff, "Clinic staff", "Books and cancels visits (US-001, US-002)")
    System(cf, "ClinicFlow")
    Rel(staff, cf, "Uses")
\`\`\`

## 4. API Design Strategy
- **Style**: REST, answering within 300 ms (NFR-2); NFR-12 is another document's.
- **Auth**: OpenID Connect

### Key Endpoints
- \`GET /visits\` - The day's visits (F-001)
`;

test('documents of our own: ids from headings, bold bullets, task items and tables; the untraced ones are exactly those left out', async () => {
  expect(requirementsOf([{ path: 'r.md', text: OWN_REQUIREMENTS }]).map((r) => r.id)).toEqual([
    'US-001',
    'US-002',
    'US-003',
    'F-001',
    'F-002',
    'NFR-1',
    'NFR-2',
  ]);
  expect(await untraced(OWN_REQUIREMENTS, OWN_ARCHITECTURE)).toEqual(['US-003', 'F-002', 'NFR-1']);
});

test('the matrix names the section and the diagram element that cite each id', async () => {
  const { ctx, model } = await loadModel(OWN_ARCHITECTURE, 'doc.md', template);
  const rows = traceMatrix(requirementsOf([{ path: 'r.md', text: OWN_REQUIREMENTS }]), ctx.doc, model);
  expect(rows.find((r) => r.id === 'US-002')!.citations).toEqual([
    { line: 8, section: '1. System Context (C4 Level 1)', diagram: { type: 'C4Context', element: 'staff' } },
  ]);
  expect(rows.find((r) => r.id === 'NFR-2')!.citations).toEqual([{ line: 14, section: '4. API Design Strategy' }]);
});

test('requirements without ids are read by their numbered subsections', async () => {
  const reqs = '# Requirements\n\n## 2. Functional\n### 2.1 Sign-in\n### 2.2 Upload\n### 2.10 Sharing\n';
  expect(requirementsOf([{ path: 'r.md', text: reqs }]).map((r) => r.id)).toEqual(['2.1', '2.2', '2.10']);
  // `2.1` in a heading is the document's own numbering; `2.10` does not cite `2.1`.
  const doc = '# Architecture Design\n\n## 2.1 Notes\n\nUploads go straight to storage (2.2); sharing is 2.10.\n';
  expect(await untraced(reqs, doc)).toEqual(['2.1']);
});
