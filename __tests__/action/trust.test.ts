/**
 * SPEC §6 end to end: a fork's pull request adds a config that asks for regenerate, its own LLM endpoint,
 * model, attempts and push. The real dist/index.js runs with the workflow's settings and a secret; the
 * attacker's endpoint is a real HTTP server that counts what reaches it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeLlm, type FakeLlm } from '../../test-support/fake-llm/server.js';
import { runAction, type ActionRunResult } from '../../test-support/action-run.js';
import { AUTH_FIELD, DOC, LOAD, REQS, REQUIREMENTS, VALID_DOC, scenarioPerTest, type PullRequest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
let llm: FakeLlm;
let attacker: FakeLlm;
beforeEach(async () => {
  s = scenario();
  llm = await startFakeLlm();
  attacker = await startFakeLlm();
  // Had archdoc followed the PR, the attacker would answer well enough for a push.
  for (let i = 0; i < 10; i++) attacker.reply({ text: `\`\`\`markdown\n${VALID_DOC}\`\`\`\n` });
});
afterEach(async () => {
  await llm.close();
  await attacker.close();
});

const KEY = 'sk-workflow-secret-0123456789';
const NEW_REQUIREMENT = `${REQUIREMENTS}- **Audit**: every price change is kept for seven years.\n`;

function hostileConfig(provider: 'openai' | 'anthropic'): string {
  const base = provider === 'openai' ? attacker.openaiBaseUrl : attacker.anthropicBaseUrl;
  return [
    'mode: regenerate',
    `llm-provider: ${provider}`,
    `llm-base-url: ${base}`,
    'llm-model: attacker-model',
    'max-attempts: 10',
    'push: true',
    'comment: true',
    '',
  ].join('\n');
}

function forkPr(provider: 'openai' | 'anthropic' = 'openai'): PullRequest {
  return s.openPr({ '.archdoc.yml': hostileConfig(provider), [REQS]: NEW_REQUIREMENT }, { headOwner: 'mallory' });
}

function run(event: string, pr: PullRequest, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRunResult> {
  s.gh.resetRequests();
  return runAction({ api: s.gh, event, payload: pr.payload, inputs, env });
}

/** What must hold after every run: no byte to the attacker, no commit, the branch untouched. */
function expectNothingLeaked(pr: PullRequest): void {
  expect(attacker.requests).toEqual([]);
  expect(s.gh.requests.filter((r) => r.operationType === 'mutation')).toEqual([]);
  expect(s.gh.branchOid('mallory', 'shop', 'feature')).toBe(pr.headSha);
}

describe('pull_request_target: a fork config cannot reach secrets, endpoints or writes', () => {
  it('runs with the workflow inputs (mode validate given explicitly, its own LLM endpoint and key)', async () => {
    const pr = forkPr();
    const result = await run('pull_request_target', pr, {
      mode: 'validate',
      'llm-api-key': KEY,
      'llm-base-url': llm.openaiBaseUrl,
      'llm-model': 'workflow-model',
    });

    expectNothingLeaked(pr);
    // The default branch's config is read in the same single query (SPEC §8: at most 3 calls).
    expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(llm.requests).toEqual([]); // validate calls no LLM at all
    expect(result.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(result.summary).not.toContain('attacker-model');
    expect(result.log.join('\n')).toMatch(/pull request changes \.archdoc\.yml.*default branch/);
    expect(result.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`]);
  });

  it.each([
    ['OPENAI_API_KEY', 'openai'],
    ['ANTHROPIC_API_KEY', 'anthropic'],
  ] as const)('with the key from %s in the environment and no llm-api-key input', async (variable, provider) => {
    const pr = forkPr(provider);
    const result = await run('pull_request_target', pr, {}, { [variable]: KEY });

    expectNothingLeaked(pr);
    expect(result.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(result.exitCode).toBe(1); // the requirements changed, the document did not: drift, at the workflow's fail-on
  });

  it('in mode regenerate set by the workflow, the workflow endpoint, model and attempts are used, and push stays off', async () => {
    const pr = forkPr();
    llm.reply({ text: 'no document here' }, { text: 'still none' }, { text: 'none again' }, { text: 'a fourth' });
    const result = await run('pull_request_target', pr, {
      mode: 'regenerate',
      'llm-api-key': KEY,
      'llm-base-url': llm.openaiBaseUrl,
      'llm-model': 'workflow-model',
    });

    expectNothingLeaked(pr);
    expect(llm.requests).toHaveLength(3); // max-attempts: the documented default, not the PR's 10
    expect(llm.requests.map((r) => (r.body as { model: string }).model)).toEqual(['workflow-model', 'workflow-model', 'workflow-model']);
    expect(llm.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(result.outputs['commit-sha']).toBe('');
  });

  it('an explicit push: "false" in the workflow beats a default-branch config that says push: true', async () => {
    s.gh.commit({ owner: 'acme', repo: 'shop', branch: 'main', files: { '.github/archdoc.yml': 'mode: fix\npush: true\n' } });
    const pr = s.openPr({ [DOC]: VALID_DOC.replace('## 3. Data Model', '## 3. Data model') });
    const result = await run('pull_request_target', pr, { push: 'false' });

    expect(s.gh.requests.filter((r) => r.operationType === 'mutation')).toEqual([]);
    expect(result.outputs).toMatchObject({ changed: 'true', 'commit-sha': '' }); // mode: fix came from the default branch
  });
});

describe('pull_request: the head config changes what is checked, never the trusted settings', () => {
  it('ignores mode, llm-*, max-attempts and push from the head, says so once, and still reads its rules', async () => {
    const pr = s.openPr({
      '.archdoc.yml': `${hostileConfig('openai')}rules:\n  requirements-drift: warning\n`,
      [REQS]: NEW_REQUIREMENT,
    });
    const result = await run('pull_request', pr, {}, { OPENAI_API_KEY: KEY });

    expect(attacker.requests).toEqual([]);
    expect(s.gh.requests.filter((r) => r.operationType === 'mutation')).toEqual([]);
    expect(s.gh.branchOid('acme', 'shop', 'feature')).toBe(pr.headSha);
    const notes = result.log.filter((l) => /\.archdoc\.yml at the pull request head sets/.test(l));
    expect(notes).toEqual([expect.stringContaining('comment, llm-base-url, llm-model, llm-provider, max-attempts, mode, push')]);
    expect(result.summary).toContain("Ignored in this pull request's `.archdoc.yml`: `comment`, `llm-base-url`");
    // The head's rules apply (what is checked): drift is a warning, so the check passes.
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '1', changed: 'false' });
    expect(result.exitCode).toBe(0);
  });

  it('an explicit mode: validate in the workflow beats a default-branch config mode: fix', async () => {
    s.gh.commit({ owner: 'acme', repo: 'shop', branch: 'main', files: { '.archdoc.yml': 'mode: fix\n' } });
    const pr = s.openPr({ [DOC]: VALID_DOC.replace('## 3. Data Model', '## 3. Data model') });

    const explicit = await run('pull_request', pr, { mode: 'validate' });
    expect(explicit.outputs.changed).toBe('false');
    const unset = await run('pull_request', pr, {});
    expect(unset.outputs.changed).toBe('true');
  });

  it('fail-on from the config decides the exit status', async () => {
    const pr = s.openPr({ '.archdoc.yml': 'fail-on: never\n', [REQS]: NEW_REQUIREMENT });
    const result = await run('pull_request', pr, {});
    expect(result.outputs.errors).toBe('1');
    expect(result.exitCode).toBe(0);
  });
});

describe('events without a pull request', () => {
  let workspace: string;
  beforeEach(() => {
    // What a job may have checked out: here a pull request's head that turns its finding off.
    workspace = mkdtempSync(join(tmpdir(), 'archdoc-ws-'));
    mkdirSync(join(workspace, 'docs'));
    writeFileSync(join(workspace, DOC), VALID_DOC.replace(AUTH_FIELD, ''));
    writeFileSync(join(workspace, REQS), REQUIREMENTS);
    writeFileSync(join(workspace, '.archdoc.yml'), 'rules:\n  field-missing: off\n');
    s.gh.commit({ owner: 'acme', repo: 'shop', branch: 'main', files: { '.github/archdoc.yml': 'rules:\n  field-missing: warning\n' } });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  const runIn = (event: string, payload: unknown): Promise<ActionRunResult> => {
    s.gh.resetRequests();
    return runAction({ api: s.gh, event, payload, repository: 'acme/shop', env: { GITHUB_WORKSPACE: workspace } });
  };

  it('issue_comment: never reads the workspace; a comment that is not a command costs no API call at all', async () => {
    // Commands read their config from the default branch (comment-commands.test.ts); the checkout is never consulted.
    const result = await runIn('issue_comment', issueCommentPayload());
    expect(s.calls()).toEqual([]);
    expect(result.annotations).toEqual([]);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(result.log.join('\n')).toMatch(/not a comment command: nothing to do/);
  });

  it('schedule: the checkout is the trusted ref, so its config applies and none is read through the API', async () => {
    const result = await runIn('schedule', { schedule: '0 6 * * 1', repository: { full_name: 'acme/shop' } });
    // The drift audit reads and keeps its issues; the config is the checkout's.
    expect(s.calls().filter((c) => !/FindOwnIssues|labels|\/issues$/.test(c))).toEqual([]);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });
});

/** A real `issue_comment.created` payload from @octokit/webhooks-examples, pointed at acme/shop. */
function issueCommentPayload(): Record<string, unknown> {
  const all = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const example = structuredClone(all.find((w) => w.name === 'issue_comment')!.examples.find((e) => e.action === 'created')!);
  const repository = example.repository as Record<string, unknown>;
  return { ...example, repository: { ...repository, name: 'shop', full_name: 'acme/shop' } };
}
