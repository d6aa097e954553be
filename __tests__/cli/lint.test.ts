/** `archdoc lint`, `rules` and `init` through the real bundle: formats, colour, exit codes, config. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { runCli, tempDir } from '../../test-support/cli.js';
import { VERSION } from '../../src/version.js';
import { RULE_NAMES } from '../../src/lint/catalogue.js';

const example = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
// Two defects: a missing title (warning, line 5) and an unknown alias in a Rel (error, line 23; `api` keeps its other relation).
const defective = example.replace('    title System Context - SecureVault\n', '').replace('Rel(api, db, "SQL")', 'Rel(apix, db, "SQL")');

function workspace(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

test('package.json and the CLI agree on the version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(pkg.version).toBe(VERSION);
  expect(runCli(['--version']).stdout.trim()).toBe(VERSION);
});

test('a clean document: exit 0 and a plain summary', () => {
  const dir = workspace({ 'docs/02_architecture.md': example });
  const r = runCli(['lint'], { cwd: dir });
  expect(r).toMatchObject({ code: 0, stderr: '' });
  expect(r.stdout).toContain('no problems');
});

test('pretty: file:line:col, severity, rule and message; colour only when forced', () => {
  const dir = workspace({ 'docs/02_architecture.md': defective });
  const r = runCli(['lint'], { cwd: dir });
  expect(r.code).toBe(1);
  const lines = r.stdout.split('\n');
  expect(lines.find((l) => l.includes('diagram-title'))).toMatch(/^docs\/02_architecture\.md:5:1\s+warning\s+diagram-title\s+Diagram has no title/);
  expect(lines.find((l) => l.includes('c4-undefined-alias'))).toMatch(
    /^docs\/02_architecture\.md:23:\d+\s+error\s+c4-undefined-alias\s+`Rel` refers to `apix`/,
  );
  expect(r.stdout).not.toMatch(/\u001b\[/);
  expect(runCli(['lint'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31m/);
});

test('json: the contract shape of SPEC §5', () => {
  const dir = workspace({ 'docs/02_architecture.md': defective });
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  const data = JSON.parse(r.stdout) as { files: { path: string; findings: Record<string, unknown>[] }[]; errors: number; warnings: number };
  expect(data.errors).toBe(1);
  expect(data.warnings).toBe(1);
  expect(data.files[0].path).toBe('docs/02_architecture.md');
  expect(data.files[0].findings.map((f) => Object.keys(f))).toEqual([
    ['rule', 'severity', 'message', 'line', 'column', 'fixable'],
    ['rule', 'severity', 'message', 'line', 'column', 'fixable'],
  ]);
  expect(data.files[0].findings.map((f) => [f.rule, f.line, f.fixable])).toEqual([
    ['diagram-title', 5, true],
    ['c4-undefined-alias', 23, false],
  ]);
});

test('sarif: valid SARIF 2.1.0 with the results on the right lines', () => {
  const dir = workspace({ 'docs/02_architecture.md': defective });
  const r = runCli(['lint', '--format', 'sarif'], { cwd: dir });
  expect(r.code).toBe(1);
  const log = JSON.parse(r.stdout) as {
    runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
  };
  const schema = JSON.parse(readFileSync(new URL('../../test-support/sarif-2.1.0.schema.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(log) ? [] : validate.errors).toEqual([]);
  expect(
    log.runs[0].results.map((x) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine]),
  ).toEqual([
    ['diagram-title', 'docs/02_architecture.md', 5],
    ['c4-undefined-alias', 'docs/02_architecture.md', 23],
  ]);
});

test('github: workflow commands that become annotations', () => {
  const dir = workspace({ 'docs/02_architecture.md': defective });
  const r = runCli(['lint', '--format', 'github'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^::warning title=archdoc diagram-title,file=docs\/02_architecture\.md,line=5,endLine=5,col=1::Diagram has no title/m);
  expect(r.stdout).toMatch(/^::error title=archdoc c4-undefined-alias,file=docs\/02_architecture\.md,line=23,/m);
});

test('warnings alone exit 0; several files are checked in one run', () => {
  const warnOnly = example.replace('    title System Context - SecureVault\n', '');
  const dir = workspace({ 'a.md': warnOnly, 'b.md': example });
  const r = runCli(['lint', 'a.md', 'b.md', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['a.md', 'b.md']);
});

test('config: documents of a monorepo with their own severities', () => {
  const dir = workspace({
    '.github/archdoc.yml': 'documents:\n  - doc: svc/a.md\n  - doc: svc/b.md\n    rules:\n      c4-undefined-alias: warning\n',
    'svc/a.md': example,
    'svc/b.md': defective,
  });
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(0);
  const data = JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string; severity: string }[] }[] };
  expect(data.files.map((f) => [f.path, f.findings.map((x) => `${x.rule}:${x.severity}`)])).toEqual([
    ['svc/a.md', []],
    ['svc/b.md', ['diagram-title:warning', 'c4-undefined-alias:warning']],
  ]);
});

test('a custom template file', () => {
  const dir = workspace({
    'tpl.md': '# Notes\n\n## Context\n\n...\n\n## Decisions\n- **Owner**: [Name]\n',
    'doc.md': '# Notes\n\n## Context\n\nWhy we build it.\n',
  });
  const r = runCli(['lint', 'doc.md', '--template', 'tpl.md', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  expect((JSON.parse(r.stdout) as { files: { findings: { rule: string; line: number }[] }[] }).files[0].findings).toMatchObject([
    { rule: 'section-missing', line: 5 },
  ]);
});

test('rules: the whole catalogue, pretty and json', () => {
  const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { rules: { name: string; severity: string; fixable: boolean }[] };
  expect(json.rules.map((r) => r.name)).toEqual(RULE_NAMES);
  expect(json.rules).toHaveLength(29);
  const pretty = runCli(['rules']).stdout;
  expect(pretty).toMatch(/^section-missing\s+error\s+fixable\s+A heading that the template requires/m);
});

test('init writes a workflow, a config and a skeleton document, and keeps what exists', () => {
  const dir = tempDir();
  const r = runCli(['init'], { cwd: dir });
  expect(r.code).toBe(0);
  for (const p of ['.github/workflows/archdoc.yml', '.github/archdoc.yml', 'docs/02_architecture.md']) expect(existsSync(join(dir, p))).toBe(true);
  // The skeleton lints with placeholders only: the author's to-do list.
  const lint = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as { files: { findings: { rule: string }[] }[] };
  expect(new Set(lint.files[0].findings.map((f) => f.rule))).toEqual(new Set(['placeholder']));
  writeFileSync(join(dir, 'docs/02_architecture.md'), example);
  const again = runCli(['init'], { cwd: dir });
  expect(again.stdout).toMatch(/kept\s+docs\/02_architecture\.md/);
  expect(readFileSync(join(dir, 'docs/02_architecture.md'), 'utf8')).toBe(example);
});

test('an example copied from the docs folder still parses (paths with ./ and absolute)', () => {
  const dir = workspace({ 'docs/02_architecture.md': example });
  copyFileSync(join(dir, 'docs/02_architecture.md'), join(dir, 'copy.md'));
  expect(runCli(['lint', './copy.md', join(dir, 'docs/02_architecture.md')], { cwd: dir }).code).toBe(0);
});

test('a stamped document: lint reports requirements-drift at the stamp once a requirements file changes', async () => {
  const { applyStamp, requirementHashes } = await import('../../src/drift/stamp.js');
  const reqs = '# Requirements Specification\n\n- Users share encrypted files.\n';
  const stamped = applyStamp(example, { requirements: requirementHashes([{ path: 'docs/01_requirements.md', text: reqs }]), template: 'sha256:0', model: 'm' });
  const dir = workspace({ 'docs/02_architecture.md': stamped, 'docs/01_requirements.md': reqs });
  expect(runCli(['lint'], { cwd: dir }).code).toBe(0);
  writeFileSync(join(dir, 'docs/01_requirements.md'), `${reqs}- Links expire after 7 days.\n`);
  const r = runCli(['lint', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
  const stampLine = stamped.split('\n').findIndex((l) => l.startsWith('<!-- archdoc:stamp')) + 1;
  expect((JSON.parse(r.stdout) as { files: { findings: { rule: string; line: number }[] }[] }).files[0].findings).toMatchObject([
    { rule: 'requirements-drift', line: stampLine },
  ]);
});
