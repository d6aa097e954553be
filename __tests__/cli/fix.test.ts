/** `archdoc fix` through the real bundle: stdout, --diff, --write (atomic, in place), line endings, exit codes. */
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../../test-support/cli.js';

const example = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
const broken = example.replace('## 4. API Design Strategy', '## 4. API Design').replace('Itâ€™s', 'It’s');
const withMojibake = broken.replace('Encrypted storage', 'Encrypted storage âœ…');

function workspace(text: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs/02_architecture.md'), text);
  return dir;
}

test('with neither flag, prints the fixed document and leaves the file alone', () => {
  const dir = workspace(withMojibake);
  const r = runCli(['fix'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(example.replace('Encrypted storage', 'Encrypted storage ✅'));
  expect(readFileSync(join(dir, 'docs/02_architecture.md'), 'utf8')).toBe(withMojibake);
});

test('--diff prints a unified diff naming the file', () => {
  const dir = workspace(broken);
  const r = runCli(['fix', '--diff'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^--- a\/docs\/02_architecture\.md\n\+\+\+ b\/docs\/02_architecture\.md\n@@ /);
  expect(r.stdout).toContain('\n-## 4. API Design\n+## 4. API Design Strategy\n');
});

test('--write replaces the file atomically (no temp file left, mode kept), and a second run changes nothing', () => {
  const dir = workspace(broken);
  const file = join(dir, 'docs/02_architecture.md');
  chmodSync(file, 0o640);
  const inode = statSync(file).ino;
  expect(runCli(['fix', '--write'], { cwd: dir }).code).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(example);
  expect(statSync(file).mode & 0o777).toBe(0o640);
  expect(statSync(file).ino).not.toBe(inode); // a new file renamed over the old one, not rewritten in place
  expect(readdirSync(join(dir, 'docs'))).toEqual(['02_architecture.md']);
  const mtime = statSync(file).mtimeMs;
  const again = runCli(['fix', '--write'], { cwd: dir });
  expect(again.code).toBe(0);
  expect(statSync(file).mtimeMs).toBe(mtime);
});

test('CRLF stays CRLF and a missing final newline stays missing', () => {
  const crlf = broken.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
  const dir = workspace(crlf);
  expect(runCli(['fix', '--write'], { cwd: dir }).code).toBe(0);
  const out = readFileSync(join(dir, 'docs/02_architecture.md'), 'utf8');
  expect(out).toBe(example.replace(/\n/g, '\r\n').replace(/\r\n$/, ''));
});

test('exit 1 when errors remain after fixing (placeholders the author must fill)', () => {
  const dir = workspace(example.replace(/## 3\. Data Model[\s\S]*?(?=## 4\.)/, ''));
  const r = runCli(['fix', '--write'], { cwd: dir });
  expect(r.code).toBe(1);
  const fixed = readFileSync(join(dir, 'docs/02_architecture.md'), 'utf8');
  expect(fixed).toContain('## 3. Data Model\n');
  const lint = JSON.parse(runCli(['lint', '--format', 'json'], { cwd: dir }).stdout) as { files: { findings: { rule: string }[] }[] };
  expect(new Set(lint.files[0].findings.map((f) => f.rule))).toEqual(new Set(['placeholder']));
});

test('an unreadable file: one line on stderr, exit 2, nothing written', () => {
  const dir = tempDir();
  const r = runCli(['fix', '--write', 'docs/none.md'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^archdoc: .*docs\/none\.md: no such document/)]);
  expect(readdirSync(dir)).toEqual([]);
});

test('--write and --diff together are refused', () => {
  const dir = workspace(broken);
  const r = runCli(['fix', '--write', '--diff'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(readFileSync(join(dir, 'docs/02_architecture.md'), 'utf8')).toBe(broken);
});
