/**
 * Drift without a stamp is decided by the order of git history, never by commit dates, and "could not
 * tell" is said when that is the truth. Each case is a real repository, and `archdoc drift`, `archdoc lint`
 * and the Action (push on the checkout) must all give the same verdict (the scheduled audit's: __tests__/audit).
 */
import { GOOD_DOC, REQUIREMENTS } from '../generate/fixtures.js';
import { applyStamp, requirementHashes } from '../../src/drift/stamp.js';
import { actionDrift, cliDrift, DOC, lintDrift, repo, REQ, type Repo, type Verdict } from './repo.js';

const T = 1_700_000_000;
const MORE = `${REQUIREMENTS}\n- Shared links expire after 7 days.\n`;
const NEWER_DOC = GOOD_DOC.replace('# Architecture Design', '# Architecture Design\n\nReviewed against the latest requirements.');

let repos: Repo[] = [];
afterEach(() => {
  for (const r of repos) r.remove();
  repos = [];
});
const fresh = (init = true): Repo => {
  const r = repo(undefined, init);
  repos.push(r);
  return r;
};

/** All three readers agree, and the CLI's verdict is the one expected. */
async function expectVerdict(dir: string, verdict: Verdict, action: Record<string, string> = {}, cliArgs: string[] = []) {
  const cli = cliDrift(dir, cliArgs);
  expect(cli.verdict).toBe(verdict);
  expect(lintDrift(dir).verdict).toBe(verdict);
  const run = await actionDrift(dir, action);
  expect(run.verdict).toBe(verdict);
  expect(run.outputs.drift).toBe(String(verdict === 'drifted'));
  return { cli, run };
}

describe('the ordinary cases', () => {
  test('requirements changed after the document: drift, naming the commit', async () => {
    const r = fresh();
    r.commit({ [REQ]: REQUIREMENTS, [DOC]: GOOD_DOC }, 'docs', T);
    const change = r.commit({ [REQ]: MORE }, 'link expiry', T + 60);
    const { cli, run } = await expectVerdict(r.dir, 'drifted');
    expect(cli.stdout).toMatch(
      new RegExp(`^${DOC}: drift \\(history\\): ${REQ} changed in ${change.slice(0, 7)}, after the document's last change \\([0-9a-f]{7}\\)\\n$`),
    );
    expect(run.exitCode).toBe(1); // requirements-drift is an error: the step fails
  });

  test('the document updated after the requirements: in sync', async () => {
    const r = fresh();
    r.commit({ [REQ]: REQUIREMENTS, [DOC]: GOOD_DOC }, 'docs', T);
    r.commit({ [REQ]: MORE }, 'link expiry', T + 60);
    r.commit({ [DOC]: NEWER_DOC }, 'architecture follows', T + 120);
    const { cli, run } = await expectVerdict(r.dir, 'in-sync');
    expect(cli).toMatchObject({
      code: 0,
      stdout: `${DOC}: no drift (history): the document's last change comes after every change to its requirements\n`,
      stderr: '',
    });
    expect(run.exitCode).toBe(0);
  });

  test('document and requirements changed in the same commit: in sync', async () => {
    const r = fresh();
    r.commit({ [REQ]: REQUIREMENTS, [DOC]: GOOD_DOC }, 'docs', T);
    await expectVerdict(r.dir, 'in-sync');
  });

  test('an uncommitted requirements edit is newer than the document', () => {
    const r = fresh();
    r.commit({ [REQ]: REQUIREMENTS, [DOC]: GOOD_DOC }, 'docs', T);
    r.write(REQ, MORE);
    expect(cliDrift(r.dir)).toMatchObject({ verdict: 'drifted', stdout: `${DOC}: drift (history): ${REQ} has uncommitted changes\n` });
    expect(lintDrift(r.dir).verdict).toBe('drifted');
  });

  test('an uncommitted document edit is newer than committed requirements; both uncommitted cannot be ordered', () => {
    const r = fresh();
    r.commit({ [REQ]: REQUIREMENTS, [DOC]: GOOD_DOC }, 'docs', T);
    r.commit({ [REQ]: MORE }, 'link expiry', T + 60);
    r.write(DOC, NEWER_DOC);
    expect(cliDrift(r.dir).verdict).toBe('in-sync');
    r.write(REQ, `${MORE}- And one more.\n`);
    expect(cliDrift(r.dir)).toMatchObject({ verdict: 'unknown', stderr: expect.stringContaining(`both the document and ${REQ} have uncommitted changes`) });
    expect(lintDrift(r.dir).verdict).toBe('unknown');
  });
});

describe('order, not dates', () => {
  test('requirements committed in the same second as the document, after it: drift', async () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    r.commit({ [REQ]: MORE }, 'same second', T);
    await expectVerdict(r.dir, 'drifted');
  });

  test('a skewed clock: the document committed after the requirements but dated earlier is in sync', async () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    r.commit({ [REQ]: MORE }, 'link expiry', T + 3600);
    r.commit({ [DOC]: NEWER_DOC }, 'architecture follows, on a laptop whose clock is a day behind', T - 86_400);
    await expectVerdict(r.dir, 'in-sync');
  });

  test('a skewed clock the other way: requirements committed later but dated earlier are drift', async () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    r.commit({ [REQ]: MORE }, 'link expiry, clock a day behind', T - 86_400);
    await expectVerdict(r.dir, 'drifted');
  });
});

describe('branches and merges', () => {
  test('a requirements change on a side branch, merged after the document changed on main: drift', async () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    r.git('checkout', '-q', '-b', 'reqs');
    r.commit({ [REQ]: MORE }, 'link expiry (on a branch)', T + 60);
    r.git('checkout', '-q', 'main');
    r.commit({ [DOC]: NEWER_DOC }, 'architecture edit on main, later', T + 120);
    r.git('-c', `core.editor=true`, 'merge', '-q', '--no-ff', '--no-edit', 'reqs');
    await expectVerdict(r.dir, 'drifted');
  });

  test('the document updated on the same branch after the requirements, then merged: in sync', async () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    r.git('checkout', '-q', '-b', 'reqs');
    r.commit({ [REQ]: MORE }, 'link expiry', T + 60);
    r.commit({ [DOC]: NEWER_DOC }, 'architecture follows', T + 120);
    r.git('checkout', '-q', 'main');
    r.commit({ 'README.md': 'unrelated\n' }, 'unrelated, dated last', T + 9999);
    r.git('merge', '-q', '--no-ff', '--no-edit', 'reqs');
    await expectVerdict(r.dir, 'in-sync');
  });
});

describe('what history cannot tell', () => {
  test('a depth-1 clone of a drifted repository could not tell, and says how to fix that', async () => {
    const origin = fresh();
    origin.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    origin.commit({ [REQ]: MORE }, 'link expiry', T + 60);
    const clone = origin.shallowClone(1);
    const { cli, run } = await expectVerdict(clone.dir, 'unknown');
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toBe(
      `archdoc: ${DOC}: could not tell whether the requirements changed after the document: this clone is shallow, so git history cannot tell whether ${REQ} changed after the document; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)\n`,
    );
    expect(lintDrift(clone.dir).message).toMatch(/^Drift could not be checked: this clone is shallow, .*fetch-depth: 0/);
    const json = cliDrift(clone.dir, ['--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      drift: false,
      documents: [{ doc: DOC, state: 'unknown', drift: false, basis: 'history', requirements: [REQ] }],
    });
    // Neutral, never a pass for drift; and nothing else is wrong with the document, so the step does not fail.
    expect(run.summary).toContain('⏸ **Neutral:** drift could not be checked: this clone is shallow');
    expect(run.summary).toContain('fetch-depth: 0');
    expect(run.exitCode).toBe(0);
    expect(run.log.join('\n')).toContain(`archdoc: ${DOC}: drift could not be checked: this clone is shallow`);
  });

  test('a shallow clone deep enough to hold both changes still decides', async () => {
    const origin = fresh();
    origin.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    origin.commit({ 'README.md': 'a\n' }, 'unrelated', T + 10);
    origin.commit({ [REQ]: MORE }, 'link expiry', T + 20);
    // Depth 2: the document's last change is cut off (only a bound), but the requirements change is a descendant of the cut.
    expect(cliDrift(origin.shallowClone(2).dir).verdict).toBe('drifted');
    origin.commit({ [DOC]: NEWER_DOC }, 'architecture follows', T + 30);
    origin.commit({ 'README.md': 'b\n' }, 'unrelated', T + 40);
    // Depth 3: the requirements' change is at the cut, an ancestor of the document's change.
    expect(cliDrift(origin.shallowClone(3).dir).verdict).toBe('in-sync');
  });

  test('with a stamp, the stamp decides, even in a depth-1 clone', async () => {
    const origin = fresh();
    const stamped = applyStamp(GOOD_DOC, { requirements: requirementHashes([{ path: REQ, text: REQUIREMENTS }]), template: 'sha256:0', model: 'm' });
    origin.commit({ [DOC]: stamped, [REQ]: REQUIREMENTS }, 'docs', T);
    // Trailing spaces only: history says the requirements changed after the document, the stamp says not in substance.
    origin.commit({ [REQ]: REQUIREMENTS.replace(/\n/g, '  \n') }, 'whitespace', T + 60);
    const { cli } = await expectVerdict(origin.dir, 'in-sync');
    expect(cli.stdout).toBe(`${DOC}: no drift (stamp): the requirements match the stamp\n`);
    origin.commit({ [REQ]: MORE }, 'link expiry', T + 120);
    const clone = origin.shallowClone(1);
    const drifted = await expectVerdict(clone.dir, 'drifted');
    expect(drifted.cli.stdout).toMatch(new RegExp(`^${DOC}: drift \\(stamp\\): ${REQ} changed since the document was generated`));
  });

  test('no git history at all (a folder, or a repository without commits): could not tell', async () => {
    const folder = fresh(false);
    folder.write(DOC, GOOD_DOC);
    folder.write(REQ, REQUIREMENTS);
    const { cli } = await expectVerdict(folder.dir, 'unknown');
    expect(cli.stderr).toMatch(/could not tell .*: there is no git history here \(not a git work tree\) and the document has no stamp\n$/);
    folder.git('init', '-q');
    folder.write('.gitignore', 'docs/\n');
    folder.commit({}, 'the documents are ignored', T);
    expect(cliDrift(folder.dir).stderr).toMatch(/git has no commit for the document or docs\/01_requirements\.md \(ignored by \.gitignore\?\)/);
  });
});

describe('requirements globs that match nothing', () => {
  test('are an error naming the globs in the CLI, and "not checked" in the Action', async () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC, [REQ]: REQUIREMENTS }, 'docs', T);
    const cli = cliDrift(r.dir, ['--requirements', 'specs/**/*.md']);
    expect(cli).toMatchObject({
      verdict: 'unknown',
      stdout: '',
      stderr: `archdoc: ${DOC}: could not tell whether the requirements changed after the document: no requirements files match specs/**/*.md; set requirements to the files the document is written from\n`,
    });
    const run = await actionDrift(r.dir, { requirements: 'specs/**/*.md, rfcs/*.md' });
    expect(run.verdict).toBe('unknown');
    expect(run.summary).toContain('⏸ **Neutral:** drift could not be checked: no requirements files match specs/\\*\\*/\\*\\.md, rfcs/\\*\\.md');
    expect(run.outputs.drift).toBe('false');
  });

  test('lint, which checks the template, says nothing about drift when there is nothing to drift from', () => {
    const r = fresh();
    r.commit({ [DOC]: GOOD_DOC }, 'the document alone', T);
    expect(cliDrift(r.dir).verdict).toBe('unknown');
    expect(lintDrift(r.dir).verdict).toBe('in-sync');
  });
});
