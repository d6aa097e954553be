/**
 * `archdoc fix` reports what is left after the fix. Those findings are positions in the fixed text: with
 * `--write` that is the file on disk, so they carry its path; otherwise the fixed text is on stdout (or
 * the `+` side of the diff), and they are labelled as such rather than pointing into the unchanged file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../../test-support/cli.js';

const DOC = 'docs/02_architecture.md';
// No Data Model: fix inserts it with its skeleton, whose `...` placeholder is left for the author.
const input = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8').replace(
  /## 3\. Data Model\n\n```mermaid\n[\s\S]*?```\n\n/,
  '',
);

function workspace(): string {
  const dir = tempDir('archdoc-fixout-');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, DOC), input);
  return dir;
}

/** `path:line:col` of each finding line of the report. */
const locations = (report: string) => [...report.matchAll(/^(.+?):(\d+):(\d+) +(?:error|warning)/gm)].map((m) => ({ path: m[1], line: Number(m[2]) }));

test('plain fix and --diff: the findings left are labelled as lines of the fixed document', () => {
  const dir = workspace();
  for (const args of [['fix'], ['fix', '--diff']]) {
    const r = runCli(args, { cwd: dir });
    const found = locations(r.stderr);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.path === `${DOC} (fixed)`)).toBe(true);
  }
  // And the lines are those of the fixed text printed on stdout.
  const r = runCli(['fix'], { cwd: dir });
  const fixed = r.stdout.split('\n');
  for (const f of locations(r.stderr)) expect(fixed[f.line - 1]).toContain('...');
  expect(readFileSync(join(dir, DOC), 'utf8')).toBe(input);
});

test('fix --write: the findings left name the file, and their lines are the lines of the file as written', () => {
  const dir = workspace();
  const r = runCli(['fix', '--write'], { cwd: dir });
  const found = locations(r.stdout);
  expect(found.length).toBeGreaterThan(0);
  const written = readFileSync(join(dir, DOC), 'utf8').split('\n');
  for (const f of found) {
    expect(f.path).toBe(DOC);
    expect(written[f.line - 1]).toContain('...');
  }
});
