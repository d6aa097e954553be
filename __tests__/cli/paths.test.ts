/**
 * The path guard through the real bundle (dist/cli.js): every file archdoc reads or writes stays inside
 * the repository root (the git top-level, else the current directory). Absolute paths, `..` that climbs
 * out, and symlinks (the file or a parent folder) that lead out are refused with one line naming the
 * path, where it came from and why; only `.md` documents are ever written. Real temp folders, real
 * `git init`, real symlinks, and a real LLM server on 127.0.0.1 that must receive nothing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI, tempDir, type CliResult } from '../../test-support/cli.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';

const EXAMPLE = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
const REQUIREMENTS = readFileSync(new URL('../../examples/01_requirements.md', import.meta.url), 'utf8');
const BROKEN = EXAMPLE.replace('## 4. API Design Strategy', '## 4. API Design');
const SECRET = 'OUTSIDE-SECRET-7f3a9c';
const DOC = 'docs/02_architecture.md';
const KEY = 'sk-test-PATHS-0123456789';

interface Layout {
  /** The repository (git init'ed unless asked otherwise). */
  repo: string;
  /** A sibling folder outside the repository, holding files an attacker wants. */
  outside: string;
}

/** base/repo (a git repository with the example document and requirements) and base/outside. */
function layout(opts: { git?: boolean; files?: Record<string, string> } = {}): Layout {
  const base = realpathSync(tempDir('archdoc-paths-'));
  const repo = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'x1.txt'), `${SECRET} x1\n`);
  writeFileSync(join(outside, 'victim.txt'), 'victim\n');
  writeFileSync(join(outside, 'victim.md'), BROKEN);
  writeFileSync(join(outside, 'tpl.md'), `# ${SECRET}\n\n## Context\n`);
  writeFileSync(join(outside, 'x.yml'), 'rules: {}\n');
  const files = { [DOC]: BROKEN, 'docs/01_requirements.md': REQUIREMENTS, ...opts.files };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, p)), { recursive: true });
    writeFileSync(join(repo, p), text);
  }
  mkdirSync(repo, { recursive: true });
  if (opts.git !== false) execFileSync('git', ['init', '-q'], { cwd: repo });
  return { repo, outside };
}

/** The bundle as a child process, without blocking this process (the fake LLM answers from here). */
function archdoc(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Exit 2, nothing on stdout, and exactly one line on stderr that matches every pattern. */
function expectRefused(r: CliResult, ...patterns: RegExp[]): void {
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^archdoc: /);
  for (const p of patterns) expect(lines[0]).toMatch(p);
  expect(r.code).toBe(2);
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('regenerate never sends a file from outside the repository to the LLM', () => {
  const llm = useFakeLlm();
  const regenerate = (l: Layout, ...extra: string[]) =>
    archdoc(['regenerate', '--provider', 'openai', '--model', 'm', '--base-url', llm().openaiBaseUrl, '--no-cache', ...extra], l.repo, { OPENAI_API_KEY: KEY });
  const noRequest = () => expect(llm().requests).toHaveLength(0);

  test('config requirements ["/etc/host*", "../x*.txt"]: exit 2 naming the path and the config, zero requests', async () => {
    const l = layout({ files: { '.archdoc.yml': 'requirements: ["/etc/host*", "../x*.txt"]\n' } });
    expectRefused(await regenerate(l), /requirements "\/etc\/host\*" \(from \.archdoc\.yml:1\) is absolute/);
    noRequest();
  });

  test('config requirements "../x*.txt": leaves the repository', async () => {
    const l = layout({ files: { '.archdoc.yml': 'doc: docs/02_architecture.md\nrequirements:\n  - docs/01_requirements.md\n  - ../x*.txt\n' } });
    expectRefused(await regenerate(l), /requirements "\.\.\/x\*\.txt" \(from \.archdoc\.yml:4\) leaves the repository/);
    noRequest();
  });

  test('--requirements "../x*.txt" and "**/../x*.txt" on the command line', async () => {
    const l = layout();
    expectRefused(await regenerate(l, '--requirements', '../x*.txt'), /requirements "\.\.\/x\*\.txt" \(from the command line\) leaves the repository/);
    expectRefused(
      await regenerate(l, '--requirements', 'docs/**/../../x*.txt'),
      /requirements "docs\/\*\*\/\.\.\/\.\.\/x\*\.txt" \(from the command line\) leaves the repository/,
    );
    expectRefused(await regenerate(l, '--requirements', '{..,docs}/x*.txt'), /leaves the repository/);
    noRequest();
  });

  test('a glob does not follow a symlink, to a file or a folder outside: what it sends has nothing from outside', async () => {
    const l = layout();
    symlinkSync(join(l.outside, 'x1.txt'), join(l.repo, 'docs/leak.md'));
    symlinkSync(l.outside, join(l.repo, 'docs/more'));
    symlinkSync('..', join(l.repo, 'up'));
    llm().reply({ text: 'not a document' });
    const r = await regenerate(l, '--requirements', '**/*.md', '--max-attempts', '1');
    expect(r.code).toBe(1);
    expect(llm().requests).toHaveLength(1);
    const prompt = llm().requests[0].rawBody;
    expect(prompt).toContain('SecureVault');
    expect(prompt).not.toContain(SECRET);
    expect(prompt).not.toContain('leak.md');
  });

  test('a glob whose fixed folder is a symlink to outside: refused before the walk, zero requests', async () => {
    const l = layout();
    symlinkSync(l.outside, join(l.repo, 'reqs'));
    expectRefused(
      await regenerate(l, '--requirements', 'reqs/*.txt'),
      /requirements "reqs\/\*\.txt" \(from the command line\) leads outside the repository through a symlink/,
      new RegExp(`paths must stay inside ${escaped(l.repo)}`),
    );
    expectRefused(await regenerate(l, '--requirements', '**/*.txt'), /no requirements files found \(\*\*\/\*\.txt\)/);
    noRequest();
  });

  test('a literal requirements file outside, absolute or through a symlink', async () => {
    const l = layout();
    expectRefused(
      await regenerate(l, '--requirements', join(l.outside, 'x1.txt')),
      /requirements ".*outside\/x1\.txt" \(from the command line\) is outside the repository/,
      /cd into the repository/,
    );
    symlinkSync(join(l.outside, 'x1.txt'), join(l.repo, 'docs/req.md'));
    expectRefused(
      await regenerate(l, '--requirements', 'docs/req.md'),
      /requirements "docs\/req\.md" \(from the command line\) leads outside the repository through a symlink/,
    );
    noRequest();
  });

  test('the cache folder outside the repository, or a symlink to outside: refused before any request', async () => {
    const l = layout();
    const cached = (...extra: string[]) =>
      archdoc(['regenerate', '--provider', 'openai', '--model', 'm', '--base-url', llm().openaiBaseUrl, ...extra], l.repo, { OPENAI_API_KEY: KEY });
    expectRefused(await cached('--cache-dir', '../cache'), /--cache-dir "\.\.\/cache" \(from the command line\) is outside the repository/);
    expect(existsSync(join(l.repo, '../cache'))).toBe(false);
    symlinkSync(l.outside, join(l.repo, '.archdoc-cache'));
    expectRefused(await cached(), /--cache-dir "\.archdoc-cache" \(from the command line\) leads outside the repository through a symlink/);
    noRequest();
    expect(readdirSync(l.outside).sort()).toEqual(['tpl.md', 'victim.md', 'victim.txt', 'x.yml', 'x1.txt']);
  });

  test('an absolute template in the config, and a template symlinked to outside', async () => {
    const l = layout();
    writeFileSync(join(l.repo, '.archdoc.yml'), `template: ${join(l.outside, 'tpl.md')}\n`);
    expectRefused(await regenerate(l), /template ".*outside\/tpl\.md" \(from \.archdoc\.yml:1\) is absolute: paths must be relative to the repository root/);
    writeFileSync(join(l.repo, '.archdoc.yml'), 'template: tpl/../../outside/tpl.md\n');
    expectRefused(await regenerate(l), /template "tpl\/\.\.\/\.\.\/outside\/tpl\.md" \(from \.archdoc\.yml:1\) leaves the repository/);
    writeFileSync(join(l.repo, '.archdoc.yml'), 'template: tpl.md\n');
    symlinkSync(join(l.outside, 'tpl.md'), join(l.repo, 'tpl.md'));
    expectRefused(await regenerate(l), /template "tpl\.md" \(from \.archdoc\.yml\) leads outside the repository through a symlink/);
    noRequest();
  });

  test('a document that is a dangling symlink to outside: nothing is created there', async () => {
    const l = layout();
    const doc = join(l.repo, DOC);
    execFileSync('rm', [doc]);
    symlinkSync(join(l.outside, 'new.md'), doc);
    expectRefused(await regenerate(l, '--write'), /document "docs\/02_architecture\.md" \(by default\) leads outside the repository through a symlink/);
    expect(existsSync(join(l.outside, 'new.md'))).toBe(false);
    noRequest();
  });

  test('--write to a document that is not Markdown: refused before any request', async () => {
    const l = layout();
    expectRefused(
      await regenerate(l, '--doc', 'docs/arch.txt', '--write'),
      /document "docs\/arch\.txt" \(from the command line\) is not a Markdown document: archdoc writes only documents whose path ends in \.md/,
    );
    expect(existsSync(join(l.repo, 'docs/arch.txt'))).toBe(false);
    noRequest();
  });
});

describe('fix --write never writes outside the repository', () => {
  test('config `doc: ../victim.txt`: exit 2, the victim unchanged', async () => {
    const l = layout({ files: { '.archdoc.yml': 'doc: ../outside/victim.txt\n' } });
    expectRefused(await archdoc(['fix', '--write'], l.repo), /doc "\.\.\/outside\/victim\.txt" \(from \.archdoc\.yml:1\) leaves the repository/);
    expect(readFileSync(join(l.outside, 'victim.txt'), 'utf8')).toBe('victim\n');
  });

  test('config documents[].doc climbing out to a .md file', async () => {
    const l = layout({ files: { '.github/archdoc.yml': 'documents:\n  - doc: docs/02_architecture.md\n  - doc: docs/../../outside/victim.md\n' } });
    expectRefused(
      await archdoc(['fix', '--write'], l.repo),
      /documents\.1\.doc "docs\/\.\.\/\.\.\/outside\/victim\.md" \(from \.github\/archdoc\.yml:3\) leaves the repository/,
    );
    expect(readFileSync(join(l.outside, 'victim.md'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(l.repo, DOC), 'utf8')).toBe(BROKEN);
  });

  test('config `doc` that is not Markdown, or carries a newline', async () => {
    const l = layout({ files: { '.archdoc.yml': 'doc: notes.txt\n' } });
    expectRefused(await archdoc(['fix', '--write'], l.repo), /doc "notes\.txt" \(from \.archdoc\.yml:1\) is not a Markdown document/);
    writeFileSync(join(l.repo, '.archdoc.yml'), 'doc: "docs/a.md\\n::warning::forged"\n');
    expectRefused(await archdoc(['lint'], l.repo), /doc "docs\/a\.md\\n::warning::forged" \(from \.archdoc\.yml:1\) contains a control character/);
  });

  test('FILE on the command line outside the repository: refused, with how to run it', async () => {
    const l = layout();
    const r = await archdoc(['fix', '--write', '../outside/victim.md'], l.repo);
    expectRefused(
      r,
      new RegExp(`document "\\.\\./outside/victim\\.md" \\(from the command line\\) is outside the repository: paths must stay inside ${escaped(l.repo)}`),
      /cd into the repository that holds it and run archdoc there/,
    );
    // Without --write, a document the person names is read wherever it is and the fix goes to stdout only.
    const shown = await archdoc(['fix', join(l.outside, 'victim.md')], l.repo);
    expect(shown.stdout).toContain('# Architecture Design');
    expect(readFileSync(join(l.outside, 'victim.md'), 'utf8')).toBe(BROKEN);
  });

  test('the document a symlink to a file outside: refused for reading and writing, the target unchanged', async () => {
    const l = layout();
    execFileSync('rm', [join(l.repo, DOC)]);
    symlinkSync(join(l.outside, 'victim.md'), join(l.repo, DOC));
    expectRefused(
      await archdoc(['fix', '--write'], l.repo),
      /document "docs\/02_architecture\.md" \(by default\) leads outside the repository through a symlink/,
    );
    expectRefused(await archdoc(['lint'], l.repo), /leads outside the repository through a symlink/);
    expect(readFileSync(join(l.outside, 'victim.md'), 'utf8')).toBe(BROKEN);
  });

  test('the docs folder a symlink to a folder outside: refused, the target unchanged', async () => {
    const l = layout();
    execFileSync('rm', ['-r', join(l.repo, 'docs')]);
    mkdirSync(join(l.outside, 'docs'));
    writeFileSync(join(l.outside, 'docs/02_architecture.md'), BROKEN);
    symlinkSync(join(l.outside, 'docs'), join(l.repo, 'docs'));
    expectRefused(
      await archdoc(['fix', '--write', DOC], l.repo),
      /document "docs\/02_architecture\.md" \(from the command line\) leads outside the repository through a symlink/,
    );
    expect(readFileSync(join(l.outside, 'docs/02_architecture.md'), 'utf8')).toBe(BROKEN);
  });

  test('a symlink inside the repository to another file inside stays allowed', async () => {
    const l = layout({ files: { 'design/real.md': BROKEN } });
    execFileSync('rm', [join(l.repo, DOC)]);
    symlinkSync('../design/real.md', join(l.repo, DOC));
    const r = await archdoc(['fix', '--write'], l.repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(l.repo, 'design/real.md'), 'utf8')).toBe(EXAMPLE);
  });

  test('--write to a FILE that is not Markdown, or a .md symlink to a file that is not: refused, unchanged', async () => {
    const l = layout({ files: { 'notes.txt': BROKEN } });
    expectRefused(await archdoc(['fix', 'notes.txt', '--write'], l.repo), /document "notes\.txt" \(from the command line\) is not a Markdown document/);
    expect(readFileSync(join(l.repo, 'notes.txt'), 'utf8')).toBe(BROKEN);
    symlinkSync('notes.txt', join(l.repo, 'notes.md'));
    expectRefused(await archdoc(['fix', 'notes.md', '--write'], l.repo), /document "notes\.md" \(from the command line\) is not a Markdown document/);
    expect(readFileSync(join(l.repo, 'notes.txt'), 'utf8')).toBe(BROKEN);
    // Reading it is fine: only writes are limited to Markdown documents.
    expect((await archdoc(['fix', 'notes.txt'], l.repo)).stdout).toBe(EXAMPLE);
  });
});

describe('the repository root', () => {
  test('is the git top-level: from a sub-folder, a document elsewhere in the repository is fine', async () => {
    const l = layout({ files: { 'sub/readme.md': 'x\n' } });
    const r = await archdoc(['lint', `../${DOC}`], join(l.repo, 'sub'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  test('is the current folder outside git: what archdoc finds itself stays in it, a document named on the command line is read', async () => {
    const l = layout({ git: false, files: { 'sub/readme.md': 'x\n', 'sub/.archdoc.yml': `doc: ../${DOC}\n` } });
    expectRefused(await archdoc(['lint'], join(l.repo, 'sub')), /doc "\.\.\/docs\/02_architecture\.md" \(from \.archdoc\.yml:1\) leaves the repository/);
    rmSync(join(l.repo, 'sub', '.archdoc.yml'));
    const named = await archdoc(['lint', '--format', 'json', `../${DOC}`], join(l.repo, 'sub'));
    expect(JSON.parse(named.stdout).files[0].path).toBe(`../${DOC}`);
  });

  test('--config ../x.yml and --template outside are refused', async () => {
    const l = layout();
    expectRefused(
      await archdoc(['lint', '--config', '../outside/x.yml'], l.repo),
      /config "\.\.\/outside\/x\.yml" \(from the command line\) is outside the repository/,
    );
    expectRefused(
      await archdoc(['lint', '--template', join(l.outside, 'tpl.md')], l.repo),
      /template ".*outside\/tpl\.md" \(from the command line\) is outside the repository/,
    );
    symlinkSync(join(l.outside, 'x.yml'), join(l.repo, '.archdoc.yml'));
    expectRefused(await archdoc(['lint'], l.repo), /config "\.archdoc\.yml" \(found in the repository\) leads outside the repository through a symlink/);
  });

  test('a stamp that names requirements outside the repository is not followed', async () => {
    const { applyStamp, requirementHashes } = await import('../../src/drift/stamp.js');
    const l = layout();
    const stamped = applyStamp(EXAMPLE, {
      requirements: requirementHashes([{ path: '../outside/x1.txt', text: `${SECRET} x1\n` }]),
      template: 'sha256:0',
      model: 'm',
    });
    writeFileSync(join(l.repo, DOC), stamped);
    // Drift compares the stamp with the configured requirements only: the outside file (whose text matches
    // the stamp) is never read, so it counts as gone, and none of its text reaches the output.
    const r = await archdoc(['lint'], l.repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/requirements-drift .*`\.\.\/outside\/x1\.txt`/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });
});

describe('init writes only inside the repository', () => {
  test('a .github folder symlinked outside: refused, nothing written there', async () => {
    const l = layout();
    mkdirSync(join(l.outside, 'gh'));
    symlinkSync(join(l.outside, 'gh'), join(l.repo, '.github'));
    expectRefused(
      await archdoc(['init'], l.repo),
      /workflow "\.github\/workflows\/archdoc\.yml" \(written by init\) leads outside the repository through a symlink/,
    );
    expect(readdirSync(join(l.outside, 'gh'))).toEqual([]);
  });
});
