/**
 * Must show 2: `mode: regenerate` + `push: true` on the audit (scripted fake LLM): the regenerated
 * document goes to `archdoc/<document slug>` and ONE pull request, linked from the issue, updated on the
 * next run; a branch a person committed to is left alone and the issue says so; and nothing is ever
 * pushed to the default branch (asserted on every request the fake received).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startFakeLlm, type FakeLlm } from '../../test-support/fake-llm/server.js';
import type { RecordedRequest } from '../../test-support/fake-github/server.js';
import { auditMarker } from '../../src/report/audit-issue.js';
import { BOT, describeRequest, NAME, OWNER, REQUIREMENTS, startAudit, VALID_DOC, type AuditWorld } from './world.js';

const DOC = 'docs/02_architecture.md';
const REQ = 'docs/01_requirements.md';
const BRANCH = 'archdoc/docs-02_architecture-md';
const KEY = 'sk-archdoc-audit-0123456789';
const withEndpoint = (line: string) => VALID_DOC.replace(/(### Key Endpoints\n(?:- .*\n)+)/, `$1${line}\n`);

let w: AuditWorld;
let llm: FakeLlm;
const all: RecordedRequest[] = [];
let inputs: Record<string, string>;

beforeAll(async () => {
  w = await startAudit({ [DOC]: VALID_DOC, [REQ]: REQUIREMENTS });
  llm = await startFakeLlm();
  inputs = { mode: 'regenerate', push: 'true', 'llm-provider': 'openai', 'llm-base-url': llm.openaiBaseUrl, 'llm-model': 'test-model', 'llm-api-key': KEY };
}, 30_000);

afterAll(async () => {
  await llm.close();
  await w.close();
});

/** Requirements change on the default branch (checkout and GitHub alike); the LLM answers with `doc`. */
async function changeAndAudit(requirement: string, doc: string) {
  const req = `${REQUIREMENTS}${requirement}\n`;
  w.checkout.commit({ [REQ]: req }, 'requirements', w.tick());
  w.gh.commit({ owner: OWNER, repo: NAME, branch: 'main', files: { [REQ]: req } });
  llm.reply({ text: `\`\`\`markdown\n${doc}\`\`\`` });
  const run = await w.audit(inputs);
  all.push(...w.gh.requests);
  return run;
}

const pulls = () => [...w.gh.state.requireRepo(`${OWNER}/${NAME}`).issues.values()].filter((i) => i.pull);
const issue = () => w.ownIssues().find((i) => i.body.startsWith(auditMarker(DOC)))!;

it('run 1: opens one pull request from archdoc/<slug> with the regenerated document, linked from the issue', async () => {
  const run = await changeAndAudit('- **Audit**: price changes are kept.', withEndpoint('- `GET /v1/audit/prices` - Price history'));
  expect(llm.requests).toHaveLength(1);
  expect(pulls()).toHaveLength(1);
  const [pr] = pulls();
  expect(pr).toMatchObject({ user: BOT, pull: { headRef: BRANCH, baseRef: 'main' } });
  expect(w.gh.fileAt(OWNER, NAME, BRANCH, DOC)).toContain('- `GET /v1/audit/prices` - Price history');
  expect(w.gh.fileAt(OWNER, NAME, 'main', DOC)).toBe(VALID_DOC);
  expect(issue().body).toContain(`pull request [#${pr.number}](https://github.com/${OWNER}/${NAME}/pull/${pr.number}) from branch \`${BRANCH}\``);
  expect(run.outputs['issue-url']).toBe(`https://github.com/${OWNER}/${NAME}/issues/${issue().number}`);
  // The label was made with a colour and a description.
  expect(w.gh.state.requireRepo(`${OWNER}/${NAME}`).labels.get('archdoc-drift')).toMatchObject({
    color: 'd93f0b',
    description: expect.stringContaining('drift audit'),
  });
  // The key is masked and never posted.
  expect(run.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`]);
});

it('run 2: the same pull request is updated (a new commit on its branch), never a second one', async () => {
  const before = w.gh.branchOid(OWNER, NAME, BRANCH);
  await changeAndAudit('- **Export**: quotes export to CSV.', withEndpoint('- `GET /v1/quotes/export` - CSV export'));
  expect(pulls()).toHaveLength(1);
  expect(w.gh.branchOid(OWNER, NAME, BRANCH)).not.toBe(before);
  expect(w.gh.fileAt(OWNER, NAME, BRANCH, DOC)).toContain('CSV export');
  expect(w.gh.requests.map(describeRequest)).not.toContain(`POST /repos/${OWNER}/${NAME}/pulls`);
  expect(w.ownIssues()).toHaveLength(1);
});

it('run 3: a branch a person committed to is left alone, and the issue says so', async () => {
  const theirs = w.gh.commit({
    owner: OWNER,
    repo: NAME,
    branch: BRANCH,
    files: { [DOC]: `${VALID_DOC}\nHand edit.\n` },
    message: 'docs: my own wording',
    author: 'alice',
  });
  await changeAndAudit('- **Tax**: VAT per country.', withEndpoint('- `GET /v1/tax` - Tax rates'));
  expect(w.gh.branchOid(OWNER, NAME, BRANCH)).toBe(theirs);
  expect(pulls()).toHaveLength(1);
  expect(issue().body).toContain(`**Branch left alone:** \`${BRANCH}\` has commits archdoc did not make`);
});

it('no request of any run wrote to the default branch', () => {
  const toMain = all.filter((r) => {
    const body = JSON.stringify(r.body ?? '');
    if (r.operationType === 'mutation') return /"branchName":"main"/.test(body);
    return r.method !== 'GET' && (/\/git\/refs\/heads\/main$/.test(r.path) || /"ref":"refs\/heads\/main"/.test(body));
  });
  expect(all.filter((r) => r.operationType === 'mutation')).toHaveLength(2);
  expect(toMain).toEqual([]);
  expect(w.gh.fileAt(OWNER, NAME, 'main', DOC)).toBe(VALID_DOC);
});
