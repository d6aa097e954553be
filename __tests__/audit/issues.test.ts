/**
 * Must show 1: ten scheduled audits of a real git checkout against the fake GitHub. Stamp drift,
 * history drift, lint failures, a clean run, a fix and a regression each leave the right issue state
 * (opened, updated, untouched, closed, reopened), and after ten runs there is exactly one issue per document.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { applyStamp, requirementHashes } from '../../src/drift/stamp.js';
import { auditMarker } from '../../src/report/audit-issue.js';
import { AUTH_FIELD, BOT, describeRequest, NAME, OWNER, REQUIREMENTS, startAudit, VALID_DOC, type AuditWorld } from './world.js';

const A = 'docs/02_architecture.md';
const A_REQ = 'docs/01_requirements.md';
const B = 'services/billing/architecture.md';
const B_REQ = 'services/billing/requirements.md';
const CONFIG = `documents:
  - doc: ${A}
    requirements: [${A_REQ}]
  - doc: ${B}
    requirements: [${B_REQ}]
`;
const B_REQS = '# Requirements Specification\n\n## 1. Overview\n- **Product**: Billing.\n';
const stamped = (req: string) => applyStamp(VALID_DOC, { requirements: requirementHashes([{ path: B_REQ, text: req }]), template: 'architecture' });

let w: AuditWorld;
const runs: { run: number; issues: string }[] = [];

beforeAll(async () => {
  w = await startAudit({ '.github/archdoc.yml': CONFIG, [A_REQ]: REQUIREMENTS, [B_REQ]: B_REQS });
  // The documents after their requirements: in sync by history order (A) and by stamp (B).
  w.checkout.commit({ [A]: VALID_DOC, [B]: stamped(B_REQS) }, 'docs', w.tick());
  // Someone else's issue that quotes archdoc's marker is never taken for archdoc's.
  const repo = w.gh.state.requireRepo(`${OWNER}/${NAME}`);
  w.gh.state.addIssue(repo, { title: 'copycat', body: `${auditMarker(A)}\nplease fix`, user: 'mallory', labels: ['archdoc-drift'] });
  repo.labels.set('archdoc-drift', { id: 1, name: 'archdoc-drift', color: 'ededed' });
}, 30_000);

afterAll(async () => {
  await w.close();
});

const issueOf = (doc: string) => w.ownIssues().find((i) => i.body.startsWith(auditMarker(doc)));

async function audit(run: number): Promise<string[]> {
  const r = await w.audit();
  expect(r.stderr).not.toMatch(/Error|TypeError/);
  const calls = w.gh.requests.map(describeRequest);
  runs.push({
    run,
    issues: w
      .ownIssues()
      .map((i) => `#${i.number} ${i.state}`)
      .join(', '),
  });
  return calls;
}

it('run 1, all in sync: no issue, and no write at all', async () => {
  const calls = await audit(1);
  expect(w.ownIssues()).toEqual([]);
  expect(w.writes()).toEqual([]);
  expect(calls).toEqual(['POST /graphql (FindOwnIssues)']);
});

it('run 2, history drift on A: one issue opened for A with the report', async () => {
  w.checkout.commit({ [A_REQ]: `${REQUIREMENTS}- **Users**: agents and managers.\n` }, 'requirements grow', w.tick());
  await audit(2);
  const a = issueOf(A)!;
  expect(a).toMatchObject({ state: 'open', labels: ['archdoc-drift'], title: 'archdoc audit: `docs/02_architecture.md` needs attention' });
  expect(a.body).toContain('The requirements changed after the document was written');
  expect(a.body).toContain('`docs/01_requirements.md` changed in');
  expect(issueOf(B)).toBeUndefined();
  expect(w.gh.state.requireRepo(`${OWNER}/${NAME}`).labels.get('archdoc-drift')).toBeDefined();
});

it('run 3, nothing changed: the issue is untouched (no write)', async () => {
  const before = issueOf(A)!.body;
  await audit(3);
  expect(w.writes()).toEqual([]);
  expect(issueOf(A)!.body).toBe(before);
});

it('run 4, the document is edited but loses a field: the same issue is updated with the lint failure', async () => {
  const number = issueOf(A)!.number;
  w.checkout.commit({ [A]: VALID_DOC.replace(AUTH_FIELD, '') }, 'docs: drop auth', w.tick());
  await audit(4);
  const a = issueOf(A)!;
  expect(a.number).toBe(number);
  expect(a.body).toContain('does not follow its template: 1 error');
  expect(a.body).not.toContain('The requirements changed after');
  expect(w.writes().map(describeRequest)).toEqual([`PATCH /repos/${OWNER}/${NAME}/issues/${number}`]);
});

it('run 5, the document is fixed: the issue is closed with a short comment', async () => {
  const number = issueOf(A)!.number;
  w.checkout.commit({ [A]: VALID_DOC }, 'docs: fix', w.tick());
  await audit(5);
  expect(issueOf(A)).toMatchObject({ number, state: 'closed' });
  const comments = w.gh.commentsOn(OWNER, NAME, number);
  expect(comments.map((c) => c.user)).toEqual([BOT]);
  expect(comments[0].body).toMatch(/follows its template and its requirements again\. Closing\./);
});

it('run 6, stamp drift on B: an issue for B, A stays closed', async () => {
  w.checkout.commit({ [B_REQ]: `${B_REQS}- **Currency**: EUR only.\n` }, 'billing requirements', w.tick());
  await audit(6);
  expect(issueOf(B)).toMatchObject({ state: 'open' });
  expect(issueOf(B)!.body).toContain('changed since the document was generated');
  expect(issueOf(A)!.state).toBe('closed');
});

it('run 7, A regresses: the SAME issue is reopened, not a new one', async () => {
  const number = issueOf(A)!.number;
  w.checkout.commit({ [A_REQ]: `${REQUIREMENTS}- **Users**: agents only.\n` }, 'requirements change again', w.tick());
  await audit(7);
  expect(issueOf(A)).toMatchObject({ number, state: 'open' });
  expect(w.gh.state.requireRepo(`${OWNER}/${NAME}`).issues.get(number)!.stateReason).toBe('reopened');
});

it('run 8, nothing changed: both issues untouched', async () => {
  await audit(8);
  expect(w.writes()).toEqual([]);
});

it('run 9, both fixed: both closed', async () => {
  w.checkout.commit({ [A]: `${VALID_DOC}\n`, [B_REQ]: B_REQS }, 'docs catch up', w.tick());
  await audit(9);
  expect(w.ownIssues().map((i) => i.state)).toEqual(['closed', 'closed']);
});

it('run 10, all well: nothing written; exactly one issue per document after ten runs, and the copycat untouched', async () => {
  await audit(10);
  expect(w.writes()).toEqual([]);
  const own = w.ownIssues();
  expect(own).toHaveLength(2);
  expect(own.filter((i) => i.body.startsWith(auditMarker(A)))).toHaveLength(1);
  expect(own.filter((i) => i.body.startsWith(auditMarker(B)))).toHaveLength(1);
  const copycat = w.gh.issuesOf(OWNER, NAME).find((i) => i.user === 'mallory')!;
  expect(copycat).toMatchObject({ state: 'open', body: `${auditMarker(A)}\nplease fix` });
  expect(w.gh.commentsOn(OWNER, NAME, copycat.number)).toEqual([]);
  // The history of the ten runs, for the report.
  expect(runs.map((r) => r.run)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});
