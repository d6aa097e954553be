/**
 * Must show 3: a monorepo with 20 documents, audited in `mode: fix` with `push: true` (an issue and a
 * pull request per document). Every request is timed by the fake GitHub: they are serial, writes are
 * spaced by the client, and the writes per (scaled) minute and per run stay under GitHub's documented
 * secondary limits: 80 content-creating requests a minute, 500 an hour. The calls per document are counted.
 *
 * Time is scaled: ARCHDOC_RETRY_BASE_MS=UNIT makes the client's second UNIT ms, so a minute is 60 × UNIT ms.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { RecordedRequest } from '../../test-support/fake-github/server.js';
import { AUTH_FIELD, describeRequest, isWrite, REQUIREMENTS, startAudit, VALID_DOC, type AuditWorld } from './world.js';

const UNIT = 20;
const MINUTE = 60 * UNIT;
const DOCS = Array.from({ length: 20 }, (_, i) => `services/s${String(i).padStart(2, '0')}/architecture.md`);

let w: AuditWorld;
let requests: RecordedRequest[];

beforeAll(async () => {
  const files: Record<string, string> = {
    '.github/archdoc.yml': `documents:\n${DOCS.map((d) => `  - doc: ${d}\n    requirements: [${d.replace('architecture', 'requirements')}]\n`).join('')}`,
  };
  for (const d of DOCS) {
    files[d.replace('architecture', 'requirements')] = REQUIREMENTS;
    files[d] = VALID_DOC.replace(AUTH_FIELD, ''); // one fixable field-missing error each
  }
  w = await startAudit(files);
  const run = await w.audit({ mode: 'fix', push: 'true' }, { ARCHDOC_RETRY_BASE_MS: String(UNIT) });
  expect(run.stderr).toBe('');
  requests = [...w.gh.requests];
}, 120_000);

afterAll(async () => {
  await w.close();
});

it('opens one issue and one pull request per document, in one run', () => {
  expect(w.ownIssues()).toHaveLength(20);
  const pulls = [...w.gh.state.requireRepo('acme/shop').issues.values()].filter((i) => i.pull);
  expect(pulls.map((p) => p.pull!.headRef).sort()).toEqual(
    DOCS.map(
      (d) =>
        `archdoc/${d
          .toLowerCase()
          .split(/[^a-z0-9_]+/)
          .join('-')}`,
    ).sort(),
  );
});

it('sends its requests one at a time', () => {
  for (let i = 1; i < requests.length; i++) expect(requests[i].at).toBeGreaterThanOrEqual(requests[i - 1].endedAt!);
});

it('spaces writes and stays under 80 content-creating requests a minute and 500 an hour', () => {
  const writes = requests.filter(isWrite);
  for (let i = 1; i < writes.length; i++) expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(UNIT - 2);
  const perMinute = Math.max(...writes.map((x) => writes.filter((y) => y.at >= x.at && y.at < x.at + MINUTE).length));
  expect(perMinute).toBeLessThanOrEqual(80);
  expect(writes.length).toBeLessThan(500);
  process.stdout.write(`audit of 20 documents: ${requests.length} requests, ${writes.length} writes, at most ${perMinute} writes in a (scaled) minute\n`);
});

it('makes 5 calls per document (proposal read, branch, commit, pull request, issue) plus 3 for the run', () => {
  const calls = requests.map(describeRequest);
  const count = (c: string) => calls.filter((x) => x === c).length;
  expect(count('POST /graphql (LoadProposal)')).toBe(20);
  expect(count('POST /repos/acme/shop/git/refs')).toBe(20);
  expect(count('POST /graphql (CommitFile)')).toBe(20);
  expect(count('POST /repos/acme/shop/pulls')).toBe(20);
  expect(count('POST /repos/acme/shop/issues')).toBe(20);
  expect(calls.filter((c) => !/LoadProposal|git\/refs|CommitFile|\/pulls$|\/issues$/.test(c))).toEqual([
    'POST /graphql (FindOwnIssues)',
    'GET /repos/acme/shop/labels/archdoc-drift',
    'POST /repos/acme/shop/labels',
  ]);
  expect(requests.length / DOCS.length).toBe(5.15);
});

it('a second run with nothing changed: 1 + 1 calls per document (the proposal is read, the issue is current), no write', async () => {
  await w.audit({ mode: 'fix', push: 'true' }, { ARCHDOC_RETRY_BASE_MS: String(UNIT) });
  expect(w.writes()).toEqual([]);
  expect(w.gh.requests.map(describeRequest)).toEqual(['POST /graphql (FindOwnIssues)', ...DOCS.map(() => 'POST /graphql (LoadProposal)')]);
}, 60_000);
