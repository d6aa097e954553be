/** `archdoc outline` and the `outline` of `lint --format json`, through the real bundle. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../../test-support/cli.js';

const DOC = 'docs/02_architecture.md';
const draft = readFileSync(new URL('../fixtures/handwritten/13-c4-model-draft.md', import.meta.url), 'utf8');

function workspace(text: string, path = DOC): string {
  const dir = tempDir('archdoc-outline-');
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
  return dir;
}

interface Entry {
  section: string;
  level: number;
  line: number | null;
  heading: string | null;
  matchedBy: string[];
}

test('pretty: each template section with the heading, line and reasons, then the other headings; exit 0', () => {
  const r = runCli(['outline'], { cwd: workspace(draft) });
  expect(r).toMatchObject({ code: 0, stderr: '' });
  const lines = r.stdout.split('\n');
  expect(lines[0]).toBe(DOC);
  expect(lines.find((l) => l.includes('## 1. System Context'))).toMatch(
    /^ {2}## 1\. System Context \(C4 Level 1\) +5 {2}## Level 1 — Context {2}\(words, diagram, level\)$/,
  );
  expect(lines.find((l) => l.includes('## 3. Data Model'))).toMatch(/## 3\. Data Model +— +missing$/);
  expect(r.stdout).toMatch(/other headings:\n +25 {2}## Open questions\n/);
});

test('json: the outline of SPEC §5, and lint --format json carries the same map', () => {
  const dir = workspace(draft);
  const r = runCli(['outline', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(0);
  const data = JSON.parse(r.stdout) as { files: { path: string; outline: Entry[]; others: { heading: string; line: number }[] }[] };
  const outline = data.files[0].outline;
  expect(outline.map((o) => [o.section, o.level, o.line])).toEqual([
    ['# Architecture Design', 1, 1],
    ['## 1. System Context (C4 Level 1)', 2, 5],
    ['## 2. Container Architecture (C4 Level 2)', 2, 15],
    ['### Technology Stack', 3, null],
    ['## 3. Data Model', 2, null],
    ['## 4. API Design Strategy', 2, null],
    ['### Key Endpoints', 3, null],
    ['## 5. Cross-Cutting Concerns', 2, null],
  ]);
  expect(outline[0]).toEqual({ section: '# Architecture Design', level: 1, line: 1, heading: '# C4 model (draft)', matchedBy: ['title'] });
  const lint = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as { files: { outline: Entry[] }[] };
  expect(lint.files[0].outline).toEqual(outline);
});

test('a document named on the command line is read wherever it is; a config may not lead outside', () => {
  const dir = workspace(draft);
  writeFileSync(join(dir, '..', 'elsewhere.md'), draft);
  expect(runCli(['outline', '../elsewhere.md', '--format', 'json'], { cwd: dir }).code).toBe(0);
  writeFileSync(join(dir, '.archdoc.yml'), 'doc: ../elsewhere.md\n');
  const r = runCli(['outline'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^archdoc: .*leaves the repository|^archdoc: .*outside the repository/)]);
});

test('a missing document: one line on stderr, exit 2', () => {
  const r = runCli(['outline', 'docs/none.md'], { cwd: workspace(draft) });
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^archdoc: .*docs\/none\.md/)]);
});

test('headings with terminal escapes are shown, not obeyed', () => {
  const r = runCli(['outline'], { cwd: workspace('# Arch\n\n## \u001b[31mLevel 1\u001b[0m\n\n```mermaid\nC4Context\n  title T\n```\n') });
  expect(r.stdout).not.toContain('\u001b');
});

test('many fences that never close end quickly (under 5 s of CPU through the bundle)', () => {
  const text = `# Architecture Design\n\n${Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'x' : '```js')).join('\n')}\n`;
  const dir = workspace(text);
  const r = runCli(['outline', '--format', 'json'], { cwd: dir, cpu: true });
  expect(r.code).toBe(0);
  expect(r.cpuMs).toBeLessThan(5000);
});
