/**
 * One sticky comment per pull request, found again only when archdoc's own identity wrote it and it
 * starts with the marker; a cap on documents per run; one commit for every proposed document.
 * The real dist/index.js against the fake GitHub.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../test-support/action-run.js';
import { AUTH_FIELD, DOC, LOAD, REQS, REQUIREMENTS, VALID_DOC, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

const MARKER = '<!-- archdoc:sticky -->';
const OTHER = 'services/billing/docs/02_architecture.md';
const LOAD_MORE = 'POST /graphql (LoadRepository)';
const BROKEN = VALID_DOC.replace('## 3. Data Model', '## 3. Data model');
const commentWrites = (calls: string[]) => calls.filter((c) => /^(?:POST|PATCH) \/repos\/acme\/shop\/issues\/(?:\d+\/)?comments/.test(c));
const documentsConfig = (paths: string[]) => `documents:\n${paths.map((p) => `  - doc: ${p}\n`).join('')}`;

describe('comment ownership', () => {
  it('never edits a comment it did not write, nor one that merely quotes the marker; it posts its own and updates only that', async () => {
    const pr = s.openPr({ [DOC]: VALID_DOC.replace(AUTH_FIELD, '') });
    const foreign = [
      { user: 'renovate[bot]', body: `## Dependency dashboard\n\nSomeone pasted archdoc's marker here: ${MARKER}\n- [ ] update jest\n` },
      { user: 'alice', body: `${MARKER}\nI copied archdoc's comment to show my team.\n` },
      { user: 'other-app[bot]', body: `${MARKER}\n### archdoc · \`docs/02_architecture.md\`\n\nrun by another app\n` },
      { user: 'other-app[bot]', body: `<!-- archdoc:sticky ${DOC} -->\nan older format, another identity\n` },
    ].map((c) => s.gh.addComment({ owner: 'acme', repo: 'shop', number: pr.number, ...c }));

    await s.run(pr);
    expect(s.calls()).toEqual([LOAD, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    const after = s.comments(pr);
    expect(after).toHaveLength(5);
    for (const c of foreign) expect(after.find((a) => a.id === c.id)).toEqual({ id: c.id, body: c.body, user: c.user });
    const mine = after.at(-1)!;
    expect(mine.user).toBe('github-actions[bot]');
    expect(mine.body.startsWith(`${MARKER}\n`)).toBe(true);

    // The next run finds its own comment among the others and edits only that one.
    const fixed = s.push(pr, { [DOC]: VALID_DOC });
    await s.run(fixed);
    expect(s.calls()).toEqual([LOAD, `PATCH /repos/acme/shop/issues/comments/${mine.id}`]);
    const again = s.comments(pr);
    expect(again).toHaveLength(5);
    for (const c of foreign) expect(again.find((a) => a.id === c.id)?.body).toBe(c.body);
    expect(again.at(-1)!.body).toContain('✅ **Pass');
  });

  it('turns its own comment of the older per-document format into the one comment, never adding a second', async () => {
    const pr = s.openPr({ [DOC]: VALID_DOC.replace(AUTH_FIELD, '') });
    const old = s.gh.addComment({
      owner: 'acme',
      repo: 'shop',
      number: pr.number,
      user: 'github-actions[bot]',
      body: `<!-- archdoc:sticky ${DOC} -->\nold report\n`,
    });

    await s.run(pr);
    expect(s.calls()).toEqual([LOAD, `PATCH /repos/acme/shop/issues/comments/${old.id}`]);
    const [only] = s.comments(pr);
    expect(s.comments(pr)).toHaveLength(1);
    expect(only.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(only.body).toContain('field-missing');
  });
});

describe('several documents', () => {
  it('share one comment, and a validation run with nothing to push stays within 3 API calls', async () => {
    const pr = s.openPr({ '.archdoc.yml': documentsConfig([DOC, OTHER]), [DOC]: VALID_DOC.replace(AUTH_FIELD, ''), [OTHER]: BROKEN });
    const run = await s.run(pr);

    expect(s.calls()).toEqual([LOAD, LOAD_MORE, `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(run.exitCode).toBe(1);
    const comments = s.comments(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`### archdoc · \`${DOC}\``);
    expect(comments[0].body).toContain(`### archdoc · \`${OTHER}\``);
    expect(comments[0].body).toContain('field-missing');
    expect(comments[0].body).toContain('heading-mismatch');

    // A re-run of the same event: reads only, no write.
    await s.run(pr);
    expect(s.calls()).toEqual([LOAD, LOAD_MORE]);
    expect(s.comments(pr)).toEqual(comments);
  });

  it('checks at most 20 documents of a config that lists 40, says so everywhere, and does not pass', async () => {
    const paths = Array.from({ length: 40 }, (_, i) => `services/s${String(i).padStart(2, '0')}/docs/architecture.md`);
    const pr = s.openPr({ '.archdoc.yml': documentsConfig(paths), ...Object.fromEntries(paths.map((p) => [p, VALID_DOC])) });
    const run = await s.run(pr);

    expect(commentWrites(s.calls())).toEqual([`POST /repos/acme/shop/issues/${pr.number}/comments`]);
    expect(s.calls().length).toBeLessThanOrEqual(3);
    const [comment] = s.comments(pr);
    expect(s.comments(pr)).toHaveLength(1);
    expect([...comment.body].length).toBeLessThanOrEqual(65_536);
    const checked = paths.slice(0, 20);
    const unchecked = paths.slice(20);
    for (const p of checked) expect(comment.body).toContain(`### archdoc · \`${p}\``);
    for (const p of unchecked) expect(comment.body).not.toContain(`### archdoc · \`${p}\``);
    const cap = /20 of 40 documents were not checked: archdoc checks at most 20 documents per run/;
    expect(comment.body).toMatch(cap);
    expect(run.summary).toMatch(cap);
    expect(run.log.join('\n')).toMatch(cap);
    expect(run.exitCode).toBe(1);
    expect(run.failures.join('\n')).toMatch(cap);

    // A re-run: the same comment, no write at all.
    await s.run(pr);
    expect(commentWrites(s.calls())).toEqual([]);
    expect(s.comments(pr)).toEqual([comment]);
  });

  it('applies the same cap to the documents of a checked-out workspace (events without a pull request)', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'archdoc-cap-'));
    try {
      const paths = Array.from({ length: 23 }, (_, i) => `services/s${String(i).padStart(2, '0')}/architecture.md`);
      const files: Record<string, string> = {
        '.archdoc.yml': documentsConfig(paths),
        [REQS]: REQUIREMENTS,
        ...Object.fromEntries(paths.map((p) => [p, VALID_DOC])),
      };
      for (const [p, text] of Object.entries(files)) {
        mkdirSync(dirname(join(workspace, p)), { recursive: true });
        writeFileSync(join(workspace, p), text);
      }
      const run = await runAction({
        api: s.gh,
        event: 'workflow_dispatch',
        payload: { repository: { full_name: 'acme/shop' } },
        env: { GITHUB_WORKSPACE: workspace },
      });
      const cap = /3 of 23 documents were not checked: archdoc checks at most 20 documents per run/;
      expect(run.exitCode).toBe(1);
      expect(run.failures.join('\n')).toMatch(cap);
      expect(run.log.join('\n')).toMatch(cap);
      expect(run.summary).toMatch(cap);
      expect(run.summary).toContain('`services/s22/architecture.md`');
      expect(run.summary).not.toContain('### archdoc · `services/s20/architecture.md`');
      expect(run.summary).toContain('### archdoc · `services/s19/architecture.md`');
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe('push: true with several documents', () => {
  it('commits every fixed document in one verified commit on top of the head the run read', async () => {
    const pr = s.openPr({ '.archdoc.yml': documentsConfig([DOC, OTHER]), [DOC]: BROKEN, [OTHER]: BROKEN });
    const run = await s.run(pr, { mode: 'fix', push: 'true' });

    expect(s.calls()).toEqual([LOAD, LOAD_MORE, 'POST /graphql (CommitFile)', `POST /repos/acme/shop/issues/${pr.number}/comments`]);
    const head = s.gh.branchOid('acme', 'shop', 'feature')!;
    const commit = s.gh.state.requireCommit(head);
    expect(commit.parents).toEqual([pr.headSha]);
    expect(commit.verified).toBe(true);
    expect(s.gh.fileAt('acme', 'shop', head, DOC)).toBe(VALID_DOC);
    expect(s.gh.fileAt('acme', 'shop', head, OTHER)).toBe(VALID_DOC);
    expect(run.outputs['commit-sha']).toBe(head);
    const [comment] = s.comments(pr);
    expect(
      comment.body.match(new RegExp(`\\*\\*Committed:\\*\\* the proposed document was pushed to this branch as \\[\`${head.slice(0, 7)}\`\\]`, 'g')),
    ).toHaveLength(2);
    expect(comment.body).not.toContain('branch moved');
  });

  it('pushes nothing when the branch moved since the head it read, and says so for every document', async () => {
    const pr = s.openPr({ '.archdoc.yml': documentsConfig([DOC, OTHER]), [DOC]: BROKEN, [OTHER]: BROKEN });
    const moved = s.push(pr, { 'README.md': 'someone pushed meanwhile\n' }).headSha;
    const run = await s.run(pr, { mode: 'fix', push: 'true' });

    expect(s.gh.branchOid('acme', 'shop', 'feature')).toBe(moved);
    expect(s.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe(BROKEN);
    expect(run.outputs['commit-sha']).toBe('');
    const [comment] = s.comments(pr);
    const note = `The branch moved to \`${moved.slice(0, 7)}\` since archdoc read \`${pr.headSha.slice(0, 7)}\`, so nothing was committed.`;
    expect(comment.body.split(note)).toHaveLength(3);
    expect(comment.body).not.toContain('**Committed:**');
  });
});
