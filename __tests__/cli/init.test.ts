/**
 * A new user's first commands through the real bundle (dist/cli.js): `archdoc init` from anywhere in a
 * repository, `--help` with the real defaults, quoted globs in `lint`, and a missing document that says
 * how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { runCli, tempDir, type CliResult } from '../../test-support/cli.js';
import { DEFAULT_DOC, DEFAULT_REQUIREMENTS, DEFAULT_TEMPLATE } from '../../src/config/resolve.js';
import { CONFIG_PATHS } from '../../src/config/file.js';
import { ACTION_REF } from '../../src/version.js';

const WORKFLOWS = ['.github/workflows/archdoc.yml', '.github/workflows/archdoc-commands.yml', '.github/workflows/archdoc-audit.yml'];
const WRITTEN = [...WORKFLOWS, '.github/archdoc.yml', DEFAULT_DOC];

function gitRepo(): string {
  const dir = tempDir('archdoc-init-');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

const expectOneLine = (r: CliResult, message: RegExp): void => {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
};

describe('archdoc init', () => {
  let repo: string;
  let first: CliResult;
  beforeAll(() => {
    repo = gitRepo();
    mkdirSync(join(repo, 'services/api'), { recursive: true });
    // From a subdirectory: the files land at the repository's root.
    first = runCli(['init'], { cwd: join(repo, 'services/api') });
  });
  const workflow = (path: string): Workflow => yaml.load(readFileSync(join(repo, path), 'utf8')) as Workflow;
  const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

  test('writes the three workflows, the config and a skeleton document at the root, and says what next', () => {
    expect(first.code).toBe(0);
    for (const p of WRITTEN) expect(first.stdout).toContain(`wrote   ${p}\n`);
    for (const p of WRITTEN) expect(existsSync(join(repo, p))).toBe(true);
    expect(existsSync(join(repo, 'services/api/.github'))).toBe(false);
    expect(first.stdout).toMatch(/next: fill in docs\/02_architecture\.md and run `archdoc lint`/);
  });

  test('the pull-request check: pull_request, read contents, write pull requests, no checkout', () => {
    const w = workflow(WORKFLOWS[0]);
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(steps(w).map((s) => s.uses)).toEqual([ACTION_REF]);
  });

  test('the comment commands: issue_comment created, may write, and never check out the pull request', () => {
    const w = workflow(WORKFLOWS[1]);
    expect(w.on).toEqual({ issue_comment: { types: ['created'] } });
    expect(w.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(steps(w).map((s) => s.uses)).toEqual([ACTION_REF]);
    expect(steps(w)[0].with).toEqual({ push: true });
  });

  test('the weekly audit: schedule and workflow_dispatch, the whole history, issues only', () => {
    const w = workflow(WORKFLOWS[2]);
    expect(Object.keys(w.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(w.permissions).toEqual({ contents: 'read', issues: 'write' });
    const [checkout, archdoc] = steps(w);
    expect(checkout).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(archdoc).toEqual({ uses: ACTION_REF });
  });

  test('the skeleton lints with placeholders only, with the generated config in place', () => {
    const r = runCli(['lint', '--format', 'json'], { cwd: repo });
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string }[] }[] };
    expect(report.files.map((f) => f.path)).toEqual([DEFAULT_DOC]);
    expect(new Set(report.files[0].findings.map((f) => f.rule))).toEqual(new Set(['placeholder']));
  });

  test('again: keeps every file and says --force replaces them; --force rewrites all but the document', () => {
    writeFileSync(join(repo, WORKFLOWS[0]), 'name: mine\n');
    writeFileSync(join(repo, DEFAULT_DOC), '# Mine\n');
    const again = runCli(['init'], { cwd: repo });
    expect(again.code).toBe(0);
    for (const p of WRITTEN) expect(again.stdout).toMatch(new RegExp(`kept +${p.replace(/\./g, '\\.')} \\(exists`));
    expect(again.stdout).toContain('archdoc init --force');
    expect(readFileSync(join(repo, WORKFLOWS[0]), 'utf8')).toBe('name: mine\n');

    const forced = runCli(['init', '--force'], { cwd: repo });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(repo, WORKFLOWS[0]), 'utf8')).toContain(`uses: ${ACTION_REF}`);
    expect(forced.stdout).toMatch(/kept +docs\/02_architecture\.md \(exists\)/);
    expect(readFileSync(join(repo, DEFAULT_DOC), 'utf8')).toBe('# Mine\n');
  });
});

test('--help shows the real defaults', () => {
  const lint = runCli(['lint', '--help']).stdout.replace(/\s+/g, ' ');
  expect(lint).toContain(`else ${DEFAULT_DOC})`);
  expect(lint).toContain(`else ${DEFAULT_TEMPLATE})`);
  expect(lint).toContain(`the first of ${CONFIG_PATHS.join(', ')} that exists`);
  expect(lint).toContain("quoted globs ('docs/**/*.md')");
  const regenerate = runCli(['regenerate', '--help']).stdout.replace(/\s+/g, ' ');
  expect(regenerate).toContain(`else ${DEFAULT_REQUIREMENTS.join(', ')})`);
  expect(runCli(['init', '--help']).stdout.replace(/\s+/g, ' ')).toContain('pull request check, comment commands, weekly audit');
});

test('a missing document suggests archdoc init, in one line', () => {
  expectOneLine(
    runCli(['lint'], { cwd: gitRepo() }),
    /^archdoc: docs\/02_architecture\.md: no such document \(`archdoc init` writes a skeleton to start from\)$/,
  );
});

describe('lint expands quoted globs, inside the repository only', () => {
  let repo: string;
  const doc = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
  beforeAll(() => {
    repo = gitRepo();
    for (const p of ['docs/02_architecture.md', 'docs/services/billing.md', 'docs/notes.txt']) {
      mkdirSync(join(repo, p, '..'), { recursive: true });
      writeFileSync(join(repo, p), doc);
    }
    writeFileSync(join(repo, 'docs/[draft].md'), doc);
  });
  const paths = (r: CliResult): string[] => (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);

  test("'docs/**/*.md' checks each Markdown file it matches, once, in order", () => {
    const r = runCli(['lint', 'docs/**/*.md', 'docs/02_architecture.md', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(paths(r)).toEqual(['docs/02_architecture.md', 'docs/[draft].md', 'docs/services/billing.md']);
  });

  test('a file whose name looks like a pattern is taken as it is', () => {
    expect(paths(runCli(['lint', 'docs/[draft].md', '--format', 'json'], { cwd: repo }))).toEqual(['docs/[draft].md']);
  });

  test('relative to the current folder, like a shell', () => {
    expect(paths(runCli(['lint', 'services/*.md', '--format', 'json'], { cwd: join(repo, 'docs') }))).toEqual(['services/billing.md']);
  });

  test('a glob that matches nothing is a one-line error', () => {
    expectOneLine(runCli(['lint', 'specs/**/*.md'], { cwd: repo }), /^archdoc: specs\/\*\*\/\*\.md: no file matches this pattern$/);
  });

  test('a glob may not leave the repository, by .. or through a symlinked folder', () => {
    expectOneLine(runCli(['lint', '../**/*.md'], { cwd: repo }), /document "\.\.\/\*\*\/\*\.md" \(from the command line\) is outside the repository/);
    const outside = tempDir('archdoc-outside-');
    writeFileSync(join(outside, 'secret.md'), doc);
    symlinkSync(outside, join(repo, 'elsewhere'));
    expectOneLine(
      runCli(['lint', 'elsewhere/*.md'], { cwd: repo }),
      /document "elsewhere\/\*\.md" \(from the command line\) leads outside the repository through a symlink/,
    );
  });
});
