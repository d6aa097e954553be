/** The semantic rules, `archdoc trace` and `archdoc diff` through the real bundle, with real git for revisions. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, workspace } from '../../test-support/cli.js';

const example = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
const requirements = readFileSync(new URL('../../examples/01_requirements.md', import.meta.url), 'utf8');

type Json = { files: { findings: { rule: string; severity: string; line: number }[] }[] };
const rulesOf = (stdout: string) => (JSON.parse(stdout) as Json).files[0].findings.map((f) => `${f.line} ${f.rule}:${f.severity}`);

test("the seed's example has no findings with every rule on (--strict)", () => {
  const dir = workspace({ 'docs/02_architecture.md': example });
  const r = runCli(['lint', '--strict', '--format', 'json'], { cwd: dir });
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(rulesOf(r.stdout)).toEqual([]);
});

// The Object Store leaves the Context diagram: the Container diagram's API now stores blobs in it.
const incoherent = example
  .replace('    System_Ext(s3, "Object Store", "Stores encrypted blobs")\n', '')
  .replace('    Rel(app, s3, "Persists data")\n', '')
  .replace('    Rel(api, db, "SQL")', '    System_Ext(s3, "Object Store")\n    Rel(api, db, "SQL")\n    Rel(api, s3, "")');

test('crisp rules run by default; heuristic ones only with --strict or when the config names them', () => {
  const dir = workspace({ 'docs/02_architecture.md': incoherent });
  expect(rulesOf(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['22 c4-context-container:warning']);
  expect(rulesOf(runCli(['lint', '--strict', '--format', 'json'], { cwd: dir }).stdout)).toEqual([
    '22 c4-context-container:warning',
    '24 c4-relation-undescribed:warning',
  ]);
  writeFileSync(join(dir, '.archdoc.yml'), 'rules:\n  c4-relation-undescribed: error\n  c4-context-container: off\n');
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(rulesOf(r.stdout)).toEqual(['24 c4-relation-undescribed:error']);
});

test('requirement-untraced reads the configured requirements: every FR id of the bundled example is untraced', () => {
  const dir = workspace({
    'docs/02_architecture.md': example.replace('OAuth2 via Auth0', 'OAuth2 via Auth0 (FR-1, FR-2)'),
    'docs/01_requirements.md': requirements,
  });
  const all = (
    JSON.parse(runCli(['lint', '--strict', '--format', 'json'], { cwd: dir }).stdout) as { files: { findings: { rule: string; message: string }[] }[] }
  ).files[0].findings;
  // Outside git, drift cannot be told (a warning of its own); every other finding is an untraced id.
  const findings = all.filter((f) => f.rule !== 'requirements-drift');
  expect(findings.map((f) => /`([^`]+)`/.exec(f.message)![1])).toEqual(Array.from({ length: 13 }, (_, i) => `FR-${i + 3}`));
  expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['requirement-untraced']));
});

test('archdoc trace: the matrix as JSON and for people', () => {
  const dir = workspace({ 'docs/02_architecture.md': example.replace('OAuth2 via Auth0', 'OAuth2 via Auth0 (FR-1)'), 'docs/01_requirements.md': requirements });
  const json = JSON.parse(runCli(['trace', '--format', 'json'], { cwd: dir }).stdout) as {
    documents: {
      doc: string;
      requirements: string[];
      matrix: { id: string; source: { path: string; line: number }; citations: unknown[] }[];
      untraced: string[];
    }[];
  };
  expect(json.documents[0]).toMatchObject({ doc: 'docs/02_architecture.md', requirements: ['docs/01_requirements.md'] });
  expect(json.documents[0].matrix[0]).toMatchObject({
    id: 'FR-1',
    source: { path: 'docs/01_requirements.md', line: 12 },
    citations: [{ line: 52, section: '4. API Design Strategy' }],
  });
  expect(json.documents[0].untraced).toHaveLength(14);
  const pretty = runCli(['trace'], { cwd: dir });
  expect(pretty.code).toBe(0);
  expect(pretty.stdout).toContain('  FR-1   52 4. API Design Strategy\n  FR-2   untraced\n');
  expect(pretty.stdout).toMatch(/^1 of 15 requirements cited; untraced: FR-2, FR-3, .*FR-15$/m);
});

test('archdoc trace without requirements files: a one-line reason, exit 2', () => {
  const dir = workspace({ 'docs/02_architecture.md': example });
  expect(runCli(['trace'], { cwd: dir })).toMatchObject({
    code: 2,
    stdout: '',
    stderr: 'archdoc: no requirements file found (docs/01_requirements.md): name one with --requirements\n',
  });
  expect(runCli(['trace', '--requirements', 'nope.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'archdoc: nope.md: no such requirements file\n' });
});

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
}

test('archdoc diff between git revisions reads the document at each; files work too', () => {
  const dir = workspace({ 'docs/02_architecture.md': example });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  const head = example.replace('"API Gateway", "Go"', '"API Gateway", "Rust"').replace('        string s3_key\n', '');
  writeFileSync(join(dir, 'docs/02_architecture.md'), head);
  git(dir, 'commit', '-qam', 'head');
  const expected = [
    'C4Container in "2. Container Architecture (C4 Level 2)": changed',
    '  technology of api changed: "Go" → "Rust"',
    'erDiagram in "3. Data Model": changed',
    '  removed attribute FILE.s3_key (string)',
    '',
  ].join('\n');
  expect(runCli(['diff', 'main', 'HEAD'], { cwd: dir })).toMatchObject({ code: 0, stdout: expected, stderr: '' });
  expect(runCli(['diff', 'main:docs/02_architecture.md', 'docs/02_architecture.md'], { cwd: dir }).stdout).toBe(expected);
  const json = JSON.parse(runCli(['diff', 'main', 'feature', '--format', 'json'], { cwd: dir }).stdout) as {
    base: string;
    head: string;
    diagrams: { changes: { kind: string }[] }[];
  };
  expect(json).toMatchObject({ base: 'main:docs/02_architecture.md', head: 'feature:docs/02_architecture.md' });
  expect(json.diagrams.flatMap((d) => d.changes.map((c) => c.kind))).toEqual(['technology-changed', 'attribute-removed']);
});

test('archdoc diff: an unknown revision or an option-like one is a one-line reason, exit 2', () => {
  const dir = workspace({ 'docs/02_architecture.md': example });
  git(dir, 'init', '-q');
  const r = runCli(['diff', 'nope', 'docs/02_architecture.md'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^archdoc: nope: no such file, and not a revision with docs\/02_architecture\.md \(.*\)\n$/);
  expect(runCli(['diff', '--', '--output=x', 'docs/02_architecture.md'], { cwd: dir })).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('"--output=x" is not a git revision'),
  });
});

test('archdoc rules says which rules are off by default', () => {
  const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { rules: { name: string; offByDefault?: boolean }[] };
  expect(json.rules.filter((r) => r.offByDefault).map((r) => r.name)).toEqual([
    'c4-relation-undescribed',
    'er-orphan-entity',
    'endpoint-entity',
    'stack-container',
    'requirement-untraced',
  ]);
  expect(runCli(['rules']).stdout).toMatch(/^endpoint-entity\s+warning\s+An endpoint's .* \(off by default: --strict or the config turns it on\)$/m);
});
