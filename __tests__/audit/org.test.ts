/**
 * Must show 4: `archdoc audit-plan` against a fake organisation of 250 repositories (some with a config,
 * some with only the default document, some with neither, some archived or disabled) lists exactly the
 * right ones, in matrices of at most 256 jobs; `archdoc audit-merge` makes one report from the
 * per-repository artefacts (real files in temp dirs).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, tempDir } from '../../test-support/cli.js';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/server.js';
import { chunkMatrix, MATRIX_LIMIT } from '../../src/audit/plan.js';
import type { AuditReport } from '../../src/audit/report.js';
import { liveContent } from '../report/live-markdown.js';
import { describeRequest } from './world.js';

/** The CLI as a child process, asynchronously: the fake GitHub answers from this very process. */
function cli(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

let gh: FakeGitHub;
let dir: string;
const expected: string[] = [];

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghp_orgAuditToken000000000000000000000', { login: 'platform-bot', type: 'User' });
  dir = tempDir('archdoc-org-');
  for (let i = 0; i < 250; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    const files: Record<string, string> = { 'README.md': `# ${name}\n` };
    if (i % 3 === 0) files[['.github/archdoc.yml', '.archdoc.yml', '.archdoc.yaml', '.github/archdoc.yaml'][i % 4]] = 'doc: docs/arch.md\n';
    if (i % 5 === 0) files['docs/02_architecture.md'] = '# Architecture Design\n';
    if (i % 7 === 0) files['docs/other.md'] = 'not archdoc\n';
    const archived = i % 11 === 0;
    const disabled = i === 13 || i === 26;
    gh.seedRepo({ owner: 'bigco', repo: name, files, archived, disabled });
    if ((i % 3 === 0 || i % 5 === 0) && !archived && !disabled) expected.push(`bigco/${name}`);
  }
  gh.seedRepo({ owner: 'otherco', repo: 'svc-000', files: { '.github/archdoc.yml': 'doc: x.md\n' } });
}, 30_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await gh.close();
});

const env = () => ({
  GITHUB_TOKEN: 'ghp_orgAuditToken000000000000000000000',
  GITHUB_API_URL: gh.url,
  GITHUB_GRAPHQL_URL: gh.graphqlUrl,
  ARCHDOC_RETRY_BASE_MS: '1',
});

describe('archdoc audit-plan', () => {
  it('lists exactly the repositories with a config or the default document, skipping archived and disabled ones', async () => {
    gh.resetRequests();
    const r = await cli(['audit-plan', '--org', 'bigco', '--output', 'plan.json'], env(), dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as {
      repositories: string[];
      chunks: { include: { repository: string }[] }[];
      chunkCount: number;
      skipped: Record<string, number>;
    };
    expect(expected.length).toBeGreaterThan(90);
    expect(plan.repositories).toEqual([...expected].sort());
    expect(plan.chunks.flatMap((c) => c.include.map((e) => e.repository))).toEqual(plan.repositories);
    expect(plan.chunkCount).toBe(1);
    expect(plan.skipped).toEqual({ archived: 23, disabled: 2, withoutArchdoc: 225 - expected.length });
    expect(r.stdout).toBe(
      `${expected.length} repositories to audit in 1 matrix chunk(s); skipped 23 archived, 2 disabled, ${225 - expected.length} without archdoc\n`,
    );
    // Cheap: 3 pages of the repository list, then one GraphQL query per 50 live repositories; nothing written.
    expect(gh.requests.map(describeRequest)).toEqual([
      ...[1, 2, 3].map(() => 'GET /orgs/bigco/repos'),
      ...[1, 2, 3, 4, 5].map(() => 'POST /graphql (FilesPresent)'),
    ]);
  });

  it('handles the 256-job matrix limit with chunks', () => {
    const many = Array.from({ length: 600 }, (_, i) => `bigco/r${i}`);
    const chunks = chunkMatrix(many);
    expect(chunks.map((c) => c.include.length)).toEqual([MATRIX_LIMIT, MATRIX_LIMIT, 600 - 2 * MATRIX_LIMIT]);
    expect(chunks.flatMap((c) => c.include.map((e) => e.repository))).toEqual(many);
  });

  it('without a token: one line, exit 2', async () => {
    const r = await cli(['audit-plan', '--org', 'bigco'], { GITHUB_TOKEN: '', GH_TOKEN: '', GITHUB_API_URL: gh.url }, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("archdoc: set GITHUB_TOKEN to a token that can read the organisation's repositories\n");
  });

  it('an unknown organisation: one line naming the call, exit 2', async () => {
    const r = await cli(['audit-plan', '--org', 'nosuchorg'], env(), dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/GET \/orgs\/nosuchorg\/repos/);
  });
});

describe('archdoc audit-merge', () => {
  const report = (repository: string, documents: AuditReport['documents']): AuditReport => ({ repository, sha: 'a'.repeat(40), documents, writes: 1 });

  it('merges the artefacts of every job into one report: a table, the JSON, and the repositories with no report', async () => {
    const artefacts = join(dir, 'audits');
    const put = (sub: string, r: AuditReport) => {
      mkdirSync(join(artefacts, sub), { recursive: true });
      writeFileSync(join(artefacts, sub, 'audit.json'), JSON.stringify(r));
    };
    put(
      'archdoc-audit-1-0',
      report('bigco/svc-000', [
        {
          path: 'docs/arch.md',
          errors: 2,
          warnings: 0,
          drift: 'drifted',
          needsAttention: true,
          issue: { number: 4, url: 'https://github.com/bigco/svc-000/issues/4', action: 'created' },
        },
      ]),
    );
    put('archdoc-audit-1-1', report('bigco/svc-003', [{ path: 'docs/arch.md', errors: 0, warnings: 0, drift: 'in-sync', needsAttention: false }]));
    put(
      'archdoc-audit-1-2',
      report('bigco/svc-005', [{ path: 'docs/<img src=x> @admins #1.md', errors: 0, warnings: 0, drift: 'unknown', needsAttention: true }]),
    );
    writeFileSync(join(dir, 'small-plan.json'), JSON.stringify({ repositories: ['bigco/svc-000', 'bigco/svc-003', 'bigco/svc-005', 'bigco/svc-006'] }));
    const r = await cli(['audit-merge', 'audits', '--plan', 'small-plan.json', '--output', 'org.json'], env(), dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| bigco'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('❌ 2 errors (drift)');
    expect(rows[1]).toContain('✅ pass');
    expect(rows[2]).toContain('⏸ drift could not be told');
    expect(rows[3]).toContain('no report');
    expect(r.stdout).toContain('3 repositories, 3 documents; 2 need attention.');
    expect(liveContent(r.stdout, (href) => href.startsWith('https://github.com/bigco/'))).toEqual([]);
    const merged = JSON.parse(readFileSync(join(dir, 'org.json'), 'utf8')) as { repositories: AuditReport[]; missing: string[] };
    expect(merged.repositories.map((x) => x.repository)).toEqual(['bigco/svc-000', 'bigco/svc-003', 'bigco/svc-005']);
    expect(merged.missing).toEqual(['bigco/svc-006']);
  });

  it('keeps one tracking issue, updated in place', async () => {
    const args = ['audit-merge', 'audits', '--issue', 'bigco/svc-001'];
    await cli(args, env(), dir);
    await cli(args, env(), dir);
    const issues = gh.issuesOf('bigco', 'svc-001');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: 'archdoc organisation audit', state: 'open', labels: ['archdoc-audit'] });
  });

  it('a folder without reports, or a file that is not one: one line, exit 2', async () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const none = await cli(['audit-merge', 'empty'], env(), dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^archdoc: no audit\.json found under .*empty: download the audit jobs' artefacts first\n$/);
    mkdirSync(join(dir, 'bad', 'x'), { recursive: true });
    writeFileSync(join(dir, 'bad', 'x', 'audit.json'), '{"files":[]}');
    const bad = await cli(['audit-merge', 'bad'], env(), dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/audit\.json: not an archdoc audit report/);
  });
});
