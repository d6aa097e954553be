/**
 * The one per-document evaluation does only the work a command needs, and each piece once: `drift`
 * reads no template, `lint` with the drift rule off reads no requirements, and a report in fix mode
 * after the check reads the requirements and asks git once.
 */
import { readFileSync } from 'node:fs';
import { evaluateDocument, type DocumentSource } from '../../src/evaluate/evaluate-document.js';
import type { DocumentTarget } from '../../src/config/resolve.js';
import type { HistoryEvidence } from '../../src/drift/history.js';

const example = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
const target = (over: Partial<DocumentTarget> = {}): DocumentTarget => ({
  doc: 'docs/02_architecture.md',
  template: 'docs/skeleton.md',
  requirements: ['docs/01_requirements.md'],
  rules: {},
  ...over,
});
// A template file of the team's own (the example document serves: its headings are the skeleton), so reads can be counted.
const SKELETON = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');

/** A source that counts what is read, and says "drifted" from history. */
function counted(docText = example) {
  const reads = { template: 0, requirements: 0, history: 0 };
  const source: DocumentSource = {
    docText,
    readText: () => {
      reads.template++;
      return SKELETON;
    },
    requirements: () => {
      reads.requirements++;
      return [{ path: 'docs/01_requirements.md', text: '# Requirements\n' }];
    },
    driftFacts: () => ({
      requirementGlobs: ['docs/01_requirements.md'],
      history: (): HistoryEvidence => {
        reads.history++;
        return { state: 'drifted', reason: '`docs/01_requirements.md` changed after the document', changed: ['docs/01_requirements.md'] };
      },
    }),
  };
  return { reads, source };
}

test('drift reads the requirements and history, never the template', () => {
  const { reads, source } = counted();
  expect(evaluateDocument(target(), source).drift()).toMatchObject({ state: 'drifted', basis: 'history' });
  expect(reads).toEqual({ template: 0, requirements: 1, history: 1 });
});

test('lint with requirements-drift off reads no requirements and asks no history', async () => {
  const { reads, source } = counted();
  const report = await evaluateDocument(target({ rules: { 'requirements-drift': 'off' } }), source, { drift: 'findings' }).findings();
  expect(report.findings.map((f) => f.rule)).not.toContain('requirements-drift');
  expect(report.outline?.length).toBeGreaterThan(0);
  expect(reads).toEqual({ template: 1, requirements: 0, history: 0 });
});

test('lint reports drift as a finding; the Action report then proposes a fix without reading or asking anything again', async () => {
  const { reads, source } = counted(example.replace('## 3. Data Model', '### 3. Data Model'));
  const evaluation = evaluateDocument(target(), source);
  const checked = await evaluation.report('validate', { maxAttempts: 1, env: {} }, () => {});
  expect(checked.findings.map((f) => f.rule)).toContain('requirements-drift');
  expect(checked.drift).toEqual({ status: 'drifted', detail: expect.stringContaining('changed after the document') });
  const fixed = await evaluation.report('fix', { maxAttempts: 1, env: {} }, () => {});
  expect(fixed.findings).toBe(checked.findings);
  expect(fixed.proposal?.newText).toContain('\n## 3. Data Model\n');
  expect(reads).toEqual({ template: 1, requirements: 1, history: 1 });
});
