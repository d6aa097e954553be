/**
 * The first five minutes of a new user (issue: "Ready for users"): the packed tarball installs into a
 * clean prefix with no dependencies to fetch (dist/ carries them), and `archdoc init` then `archdoc lint`
 * in an empty git repository report only the placeholders the user still has to fill in.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../test-support/cli.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function packed(): { tarball: string; files: string[] } {
  const out = tempDir('archdoc-pack-');
  const json = execFileSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(json) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(out, info.filename), files: info.files.map((f) => f.path) };
}

function emptyRepo(): string {
  const dir = tempDir('archdoc-user-');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

function lintJson(run: (args: string[]) => { status: number | null; stdout: string; stderr: string }): { rules: string[]; status: number | null } {
  const r = run(['lint', '--format', 'json']);
  const report = JSON.parse(r.stdout) as { files: { findings: { rule: string }[] }[] };
  return { rules: [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.rule)))], status: r.status };
}

describe('installing archdoc as a user would', () => {
  let pack: ReturnType<typeof packed>;
  beforeAll(() => {
    pack = packed();
  });

  test('the tarball holds the bundle, the action and the rule docs, and no sources or tests', () => {
    expect(pack.files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/lib/index.js', 'action.yml', 'package.json', 'README.md']));
    expect(pack.files.filter((f) => /^(?:src|__tests__|test-support|scripts|bench|examples|\.github)\//.test(f))).toEqual([]);
  });

  test('npm install -g from the tarball in a clean prefix needs no dependencies; init then lint reports only placeholders', () => {
    const prefix = tempDir('archdoc-prefix-');
    const install = spawnSync(npm, ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', pack.tarball], { encoding: 'utf8' });
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'archdoc');
    // Everything archdoc runs is in dist/: nothing else was installed beside it.
    expect(existsSync(join(installed, 'node_modules')) ? readdirSync(join(installed, 'node_modules')) : []).toEqual([]);
    const bin = join(prefix, 'bin', 'archdoc');
    const repo = emptyRepo();
    const run = (args: string[]) => spawnSync(bin, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const init = run(['init']);
    expect(init.status).toBe(0);
    expect(existsSync(join(repo, 'docs/02_architecture.md'))).toBe(true);
    expect(readFileSync(join(repo, '.github/workflows/archdoc.yml'), 'utf8')).toMatch(/uses: /);
    expect(lintJson(run)).toEqual({ rules: ['placeholder'], status: 1 });
  });

  test('npx --yes <path to the clone> works the same way', () => {
    const repo = emptyRepo();
    const run = (args: string[]) => spawnSync(npx, ['--yes', ROOT, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run(['init']).status).toBe(0);
    expect(lintJson(run)).toEqual({ rules: ['placeholder'], status: 1 });
  });
});
