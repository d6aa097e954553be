/**
 * archdoc on itself: this repository's requirements and architecture documents follow the templates and
 * pass the real bundle with no errors, and CI runs the Action from this repository on them.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { runCli } from '../../test-support/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const errorsOf = (args: string[]): { code: number | null; errors: number; findings: string[] } => {
  const r = runCli([...args, '--format', 'json'], { cwd: ROOT });
  const report = JSON.parse(r.stdout) as { errors: number; files: { findings: { rule: string; line: number; message: string }[] }[] };
  return { code: r.code, errors: report.errors, findings: report.files.flatMap((f) => f.findings.map((x) => `${x.line}: ${x.rule}: ${x.message}`)) };
};

test("the repository's own architecture document passes archdoc: no errors, no warnings but drift's", () => {
  const r = errorsOf(['lint', 'docs/02_architecture.md']);
  // A shallow CI checkout cannot order the history: drift may only be "could not tell", a warning.
  expect(r.findings.filter((f) => !/: requirements-drift: Drift could not be checked/.test(f))).toEqual([]);
  expect({ code: r.code, errors: r.errors }).toEqual({ code: 0, errors: 0 });
});

test('and its requirements follow the requirements template', () => {
  const r = errorsOf(['lint', 'docs/01_requirements.md', '--template', 'requirements']);
  expect(r.findings.filter((f) => !/: requirements-drift: /.test(f))).toEqual([]);
  expect(r.errors).toBe(0);
});

test('its architecture has the diagrams the template asks for, describing archdoc', () => {
  const doc = readFileSync(`${ROOT}docs/02_architecture.md`, 'utf8');
  const diagrams = [...doc.matchAll(/```mermaid\n(\w+)/g)].map((m) => m[1]);
  expect(diagrams).toEqual(['C4Context', 'C4Container', 'erDiagram']);
  for (const part of ['System_Ext(github', 'System_Ext(llm', 'Container(cli', 'Container(action', 'FINDING {', 'STAMP {', 'CONFIG {'])
    expect(doc).toContain(part);
});

test('CI runs the Action from this repository (uses: ./) on pull requests that touch those documents', () => {
  const wf = yaml.load(readFileSync(`${ROOT}.github/workflows/archdoc.yml`, 'utf8')) as {
    on: { pull_request: { paths: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
  };
  expect(wf.on.pull_request.paths).toEqual(expect.arrayContaining(['docs/01_requirements.md', 'docs/02_architecture.md']));
  expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  const step = Object.values(wf.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses === './');
  expect(step?.with).toMatchObject({ 'doc-path': 'docs/02_architecture.md', requirements: 'docs/01_requirements.md' });
});
