/** Bad input: one clear line on stderr, exit 2, nothing written (SPEC §5-6). */
import { copyFileSync, mkdirSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../../test-support/cli.js';

const example = new URL('../../examples/02_architecture.md', import.meta.url).pathname;

function expectOneLineFailure(args: string[], cwd: string, pattern: RegExp): void {
  const r = runCli(args, { cwd });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^archdoc: /);
  expect(lines[0]).toMatch(pattern);
}

describe('archdoc lint refuses bad input with one line and exit 2', () => {
  const dir = tempDir();
  test('a missing file', () => expectOneLineFailure(['lint', 'docs/nope.md'], dir, /docs\/nope\.md: no such document/));
  test('the default document missing', () => expectOneLineFailure(['lint'], dir, /docs\/02_architecture\.md: no such document/));
  test('a directory', () => {
    mkdirSync(join(dir, 'adir'));
    expectOneLineFailure(['lint', 'adir'], dir, /adir: is a directory/);
  });
  test('binary content', () => {
    writeFileSync(join(dir, 'img.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expectOneLineFailure(['lint', 'img.md'], dir, /img\.md: looks like a binary file/);
  });
  test('a 50 MB file', () => {
    const big = join(dir, 'big.md');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 50 * 1024 * 1024);
    expectOneLineFailure(['lint', 'big.md'], dir, /big\.md: 50\.0 MB is too large; archdoc reads documents up to 1 MB/);
  });
  test('invalid UTF-8, with the line it goes wrong on', () => {
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Architecture Design\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    expectOneLineFailure(['lint', 'latin1.md'], dir, /latin1\.md:3: not valid UTF-8 text/);
  });
  test('a broken config names the key and its line', () => {
    const d = tempDir();
    copyFileSync(example, join(d, 'doc.md'));
    writeFileSync(join(d, '.archdoc.yml'), 'template: architecture\nrules:\n  section-missing: off\n  diagram-titel: warning\n');
    expectOneLineFailure(['lint', 'doc.md'], d, /\.archdoc\.yml:4: rules\.diagram-titel: unknown rule/);
  });
  test('a config that is not YAML', () => {
    const d = tempDir();
    copyFileSync(example, join(d, 'doc.md'));
    writeFileSync(join(d, 'cfg.yml'), 'rules: [\n');
    expectOneLineFailure(['lint', 'doc.md', '--config', 'cfg.yml'], d, /cfg\.yml:2: invalid YAML/);
  });
  test('a config key of the wrong type', () => {
    const d = tempDir();
    copyFileSync(example, join(d, 'doc.md'));
    writeFileSync(join(d, '.archdoc.yml'), '# settings\nfail-on: sometimes\n');
    expectOneLineFailure(['lint', 'doc.md'], d, /\.archdoc\.yml:2: fail-on: must be one of error, warning, never/);
  });
  test('an unknown template', () => {
    copyFileSync(example, join(dir, 'doc.md'));
    expectOneLineFailure(['lint', 'doc.md', '--template', 'archtecture'], dir, /unknown template "archtecture"/);
  });
  test('a template file that does not exist', () => {
    expectOneLineFailure(['lint', 'doc.md', '--template', 'tpl/missing.md'], dir, /tpl\/missing\.md: no such template/);
  });
  test('an unknown option', () => expectOneLineFailure(['lint', '--formt', 'json'], dir, /unknown option '--formt'/));
  test('an unknown format value', () =>
    expectOneLineFailure(['lint', 'doc.md', '--format', 'xml'], dir, /argument 'xml' is invalid\. Allowed choices are pretty, json, sarif, github/));
  test('an unknown command', () => expectOneLineFailure(['lnt'], dir, /unknown command 'lnt'/));
});
