/**
 * A shallow checkout cannot order history: the audit's issue says drift could not be told and how to fix
 * it (fetch-depth: 0), never "in sync"; and `archdoc drift` / `archdoc lint` give the same verdict as the
 * audit on the same checkout, shallow or whole.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { cliDrift, lintDrift } from '../drift/repo.js';
import { REQUIREMENTS, startAudit, VALID_DOC, type AuditWorld } from './world.js';

const DOC = 'docs/02_architecture.md';
const REQ = 'docs/01_requirements.md';
let w: AuditWorld;

beforeAll(async () => {
  w = await startAudit({ [REQ]: REQUIREMENTS });
  w.checkout.commit({ [DOC]: VALID_DOC }, 'doc', w.tick());
  w.checkout.commit({ [REQ]: `${REQUIREMENTS}- **New**: yes.\n` }, 'req', w.tick());
}, 30_000);

afterAll(async () => {
  await w.close();
});

it('whole history: drift, the same verdict from the audit, `archdoc drift` and `archdoc lint`', async () => {
  await w.audit();
  expect(w.ownIssues()[0].body).toContain('The requirements changed after the document was written');
  expect(cliDrift(w.checkout.dir).verdict).toBe('drifted');
  expect(lintDrift(w.checkout.dir).verdict).toBe('drifted');
});

it('a shallow clone: "could not be told", with the fix, and the same from the CLI', async () => {
  const clone = w.checkout.shallowClone(1);
  const run = await w.audit({}, { GITHUB_WORKSPACE: clone.dir });
  const [issue] = w.ownIssues();
  expect(issue.state).toBe('open');
  expect(issue.body).toContain('⏸ Drift could not be told');
  expect(issue.body).toContain('`fetch-depth: 0`');
  expect(issue.body).not.toMatch(/up to date with its requirements/);
  expect(run.outputs.drift).toBe('false');
  expect(cliDrift(clone.dir).verdict).toBe('unknown');
  expect(lintDrift(clone.dir).verdict).toBe('unknown');
});
