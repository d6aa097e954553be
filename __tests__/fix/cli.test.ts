/**
 * `archdoc fix` end to end, as a child process: the bundle (dist/cli.js) when it is built, else the
 * sources through tsx. Beyond __tests__/cli/fix.test.ts (atomic write, CRLF, no final newline, the
 * write/diff clash, a missing file): the report on stderr, --diff applied by git, a file that needs
 * nothing, a byte order mark, a symlink, config and template, more bad input, and the document with
 * many defects at once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, tempDir, type CliResult } from '../../test-support/cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const DOC = 'docs/02_architecture.md';

function archdoc(args: string[], cwd: string): CliResult {
  const command = existsSync(CLI) ? [CLI] : [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli.ts')];
  const r = spawnSync(process.execPath, [...command, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch repository whose docs/02_architecture.md is `text`. */
function workspace(text: string | Buffer): string {
  const dir = tempDir('archdoc-fix-');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, DOC), text);
  return dir;
}

const fixture = (name: string, file: string): string => readFileSync(join(FIXTURES, name, file), 'utf8');
const lines = (text: string) => text.split('\n');

describe('archdoc fix (no flag) prints the fixed document', () => {
  test('and leaves the file alone; exit 1 while placeholders (errors) remain', () => {
    const input = fixture('section-missing', 'input.md');
    const dir = workspace(input);
    const before = statSync(join(dir, DOC));
    const r = archdoc(['fix'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(fixture('section-missing', 'expected.md'));
    expect(readFileSync(join(dir, DOC), 'utf8')).toBe(input);
    expect(statSync(join(dir, DOC)).mtimeMs).toBe(before.mtimeMs);
    // The report goes to stderr, so stdout can be redirected into a file.
    expect(r.stderr).toMatch(/^docs\/02_architecture\.md: would fix 1 finding \(section-missing\)\.\n/);
    expect(r.stderr).toContain('placeholder');
  });

  test('exit 0 when nothing at error level is left', () => {
    const r = archdoc(['fix', DOC], workspace(fixture('mojibake', 'input.md')));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fixture('mojibake', 'expected.md'));
    expect(r.stderr).toContain('would fix 3 findings (mojibake ×3)');
  });
});

describe('archdoc fix --diff', () => {
  test('prints a unified diff naming the file, which git apply turns into the fixed document', () => {
    const input = fixture('field-missing', 'input.md');
    const dir = workspace(input);
    const r = archdoc(['fix', DOC, '--diff'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(fixture('field-missing', 'expected.diff'));
    expect(lines(r.stdout).slice(0, 2)).toEqual([`--- a/${DOC}`, `+++ b/${DOC}`]);
    writeFileSync(join(dir, 'fix.patch'), r.stdout);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    expect(readFileSync(join(dir, DOC), 'utf8')).toBe(fixture('field-missing', 'expected.md'));
  });

  test('prints nothing for a document with nothing to fix', () => {
    const r = archdoc(['fix', '--diff'], workspace(fixture('mojibake', 'expected.md')));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${DOC}: nothing to fix.\n`);
  });
});

describe('archdoc fix --write', () => {
  test('does not touch a file that needs nothing', () => {
    const dir = workspace(fixture('heading-mismatch', 'expected.md'));
    const path = join(dir, DOC);
    const before = statSync(path);
    const r = archdoc(['fix', '--write'], dir);
    expect(r.code).toBe(0);
    const after = statSync(path);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(r.stdout).toBe(`${DOC}: nothing to fix.\n`);
  });

  test('says what it fixed, on stdout (the document went to the file)', () => {
    const r = archdoc(['fix', '--write'], workspace(fixture('heading-mismatch', 'input.md')));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${DOC}: fixed 4 findings (heading-mismatch ×4).\n`);
  });

  test('keeps a byte order mark, and writes through a symlink to its target', () => {
    const dir = workspace('');
    const real = join(dir, 'docs', 'real.md');
    writeFileSync(real, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture('chat-residue', 'input.md'))]));
    const link = join(dir, 'docs', 'linked.md');
    symlinkSync('real.md', link);
    expect(archdoc(['fix', 'docs/linked.md', '--write'], dir).code).toBe(0);
    expect(statSync(link).isFile()).toBe(true);
    expect(readFileSync(real).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(real, 'utf8').slice(1)).toBe(fixture('chat-residue', 'expected.md'));
  });
});

describe('settings', () => {
  test('a rule turned off in the config is not fixed', () => {
    const dir = workspace(fixture('mojibake', 'input.md'));
    writeFileSync(join(dir, '.archdoc.yml'), 'rules:\n  mojibake: off\n');
    const r = archdoc(['fix'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fixture('mojibake', 'input.md'));
  });

  test('--template takes a skeleton file', () => {
    const dir = workspace('# Design\n\n## Context\n\nQuotes.\n');
    writeFileSync(join(dir, 'skeleton.md'), '# Design\n\n## 1. Context\n...\n\n## 2. Storage\n- **Database**: [Primary store]\n');
    const r = archdoc(['fix', '--template', 'skeleton.md'], dir);
    expect(r.stdout).toBe('# Design\n\n## 1. Context\n\nQuotes.\n\n## 2. Storage\n- **Database**: [Primary store]\n');
    expect(r.code).toBe(1);
  });
});

describe('bad input: one line on stderr, exit 2, nothing written', () => {
  const expectFailure = (r: CliResult, pattern: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr.trimEnd())).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };
  test('a directory', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs', '02_architecture.md'), { recursive: true });
    expectFailure(archdoc(['fix'], dir), /^archdoc: \S*docs\/02_architecture\.md: is a directory/);
  });
  test('invalid UTF-8', () => {
    const dir = workspace(Buffer.from([0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x0a]));
    expectFailure(archdoc(['fix', '--write'], dir), /^archdoc: \S*docs\/02_architecture\.md:2: not valid UTF-8/);
    expect(readFileSync(join(dir, DOC))).toEqual(Buffer.from([0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x0a]));
  });
});

describe('a document with many defects at once', () => {
  test('one `archdoc fix --write` leaves only placeholders for the author to fill', () => {
    const dir = tempDir('archdoc-fix-');
    mkdirSync(join(dir, 'docs'));
    copyFileSync(new URL('./mixed-defects.md', import.meta.url).pathname, join(dir, DOC));
    const r = archdoc(['fix', '--write'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^docs\/02_architecture\.md: fixed \d+ findings \(chat-residue ×4, mojibake, heading-mismatch ×2, field-missing ×2, diagram-title, section-order, section-missing ×2\)\.\n/,
    );
    const lint = archdoc(['lint', '--format', 'json'], dir);
    const report = JSON.parse(lint.stdout) as { files: { findings: { rule: string }[] }[] };
    const rules = report.files[0].findings.map((f) => f.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(['placeholder']));
    // And the author's text is all there.
    const fixed = readFileSync(join(dir, DOC), 'utf8');
    for (const kept of [
      'Next.js – React Query',
      'Go 1.22, chi',
      '**Infra**: GCP Cloud Run',
      '`GET /v1/parcels/{id}` - Status and history of a parcel',
      'Person(customer, "Customer", "Follows a parcel")',
    ]) {
      expect(fixed).toContain(kept);
    }
    expect(fixed).not.toMatch(/Here is|complete!|Next steps|```markdown/);
  });
});
