/**
 * The pure path check (config values, Action inputs, paths read through the API) and the filesystem
 * guard's symlink walk, on real folders and real symlinks. The CLI end to end is in __tests__/cli/paths.test.ts.
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertRepoPath, guardDocumentWrite, guardPath, repoPathProblem, rootAt, type PathKind } from '../../src/sources/path-guard.js';
import { parseConfig } from '../../src/config/file.js';
import { assertRepositoryPaths, documentTargets } from '../../src/config/resolve.js';
import { tempDir } from '../../test-support/cli.js';

describe('repoPathProblem: a repository path is relative, stays inside, is one line; a document is Markdown', () => {
  const ok: [string, PathKind][] = [
    ['docs/02_architecture.md', 'document'],
    ['./docs/a.MD', 'document'],
    ['docs/../docs/a.md', 'document'],
    ['docs/*.md', 'glob'],
    ['**/requirements/*.md', 'glob'],
    ['architecture', 'file'],
    ['a..b/x..md', 'file'],
    ['docs/..hidden/*.md', 'glob'],
  ];
  test.each(ok)('%s (%s) is fine', (path, kind) => expect(repoPathProblem(path, kind)).toBeUndefined());

  const refused: [string, PathKind, RegExp][] = [
    ['/etc/hosts', 'file', /^is absolute/],
    ['/etc/host*', 'glob', /^is absolute/],
    ['\\\\server\\share\\x.md', 'document', /^is absolute/],
    ['C:\\Users\\x.md', 'document', /^is absolute/],
    ['c:x.md', 'document', /^is absolute/],
    ['..', 'file', /^leaves the repository/],
    ['../x.md', 'document', /^leaves the repository/],
    ['docs/../../x.md', 'document', /^leaves the repository/],
    ['docs\\..\\..\\x.md', 'document', /^leaves the repository/],
    ['../x*.txt', 'glob', /^leaves the repository: .*a pattern may not use "\.\."/],
    ['**/../x*.txt', 'glob', /^leaves the repository/],
    ['docs/../docs/*.md', 'glob', /^leaves the repository/],
    ['{..,docs}/*.md', 'glob', /^leaves the repository/],
    ['@(..|docs)/*.md', 'glob', /^leaves the repository/],
    ['docs/a.md\n::warning::x', 'document', /^contains a control character/],
    ['docs/a\u0000.md', 'document', /^contains a control character/],
    ['docs/a.txt', 'document', /^is not a Markdown document/],
    ['docs/a.md.bak', 'document', /^is not a Markdown document/],
  ];
  test.each(refused)('%j (%s) is refused', (path, kind, why) => expect(repoPathProblem(path, kind)).toMatch(why));

  test('the refusal is one line that quotes the path as JSON, with its setting and origin', () => {
    expect(() => assertRepoPath('a.md\n::add-mask::x', 'document', { setting: 'doc', source: 'from .archdoc.yml:2' })).toThrow(
      /^doc "a\.md\\n::add-mask::x" \(from \.archdoc\.yml:2\) contains a control character: a path is one line of plain text$/,
    );
  });
});

describe('the config is checked when it is parsed, for the CLI and the Action alike', () => {
  const parse = (text: string) => () => parseConfig(text, '.github/archdoc.yml');
  test('each path key, with its line', () => {
    expect(parse('doc: ../x.md\n')).toThrow('doc "../x.md" (from .github/archdoc.yml:1) leaves the repository');
    expect(parse('rules: {}\ntemplate: /srv/tpl.md\n')).toThrow('template "/srv/tpl.md" (from .github/archdoc.yml:2) is absolute');
    expect(parse('requirements: "docs/a.md, ../b.md"\n')).toThrow('requirements "../b.md" (from .github/archdoc.yml:1) leaves the repository');
    expect(parse('documents:\n  - doc: a.md\n    requirements:\n      - a/*.md\n      - /b/*.md\n')).toThrow(
      'documents.0.requirements "/b/*.md" (from .github/archdoc.yml:5) is absolute',
    );
  });
  test('a config with repository paths passes', () => {
    expect(parse('doc: docs/a.md\ntemplate: architecture\nrequirements: ["docs/*.md"]\n')()).toMatchObject({ doc: 'docs/a.md' });
  });
});

describe('assertRepositoryPaths: the Action inputs, which the pull request handler reads through the API', () => {
  test('an absolute doc-path, a non-Markdown document, a glob that climbs out: refused naming the workflow inputs', () => {
    expect(() => assertRepositoryPaths(documentTargets(undefined, { files: ['/home/runner/x.md'] }))).toThrow(
      'document "/home/runner/x.md" (from the workflow inputs) is absolute',
    );
    expect(() => assertRepositoryPaths(documentTargets(undefined, { files: ['README.txt'] }))).toThrow(
      'document "README.txt" (from the workflow inputs) is not a Markdown document',
    );
    expect(() => assertRepositoryPaths(documentTargets(undefined, { requirements: ['**/../*.md'] }))).toThrow(
      'requirements "**/../*.md" (from the workflow inputs) leaves the repository',
    );
  });
  test('the defaults pass', () => {
    expect(assertRepositoryPaths(documentTargets(undefined))).toHaveLength(1);
  });
});

describe('guardPath follows every symlink, also to files that do not exist yet', () => {
  const base = realpathSync(tempDir('archdoc-guard-'));
  const repo = join(base, 'repo');
  const out = join(base, 'out');
  mkdirSync(join(repo, 'docs'), { recursive: true });
  mkdirSync(out);
  writeFileSync(join(repo, 'docs/a.md'), '# A\n');
  symlinkSync(join(out, 'missing.md'), join(repo, 'docs/dangling.md'));
  symlinkSync('a.md', join(repo, 'docs/inside.md'));
  symlinkSync('loop2.md', join(repo, 'docs/loop1.md'));
  symlinkSync('loop1.md', join(repo, 'docs/loop2.md'));
  symlinkSync(out, join(repo, 'linked'));
  const root = rootAt(repo);
  const origin = { setting: 'document', source: 'from a test' };
  const guard = (p: string) => () => guardPath(root, repo, p, origin);

  test('inside, through an inside symlink, or not there yet: allowed', () => {
    expect(guard('docs/a.md')()).toBe(join(repo, 'docs/a.md'));
    expect(guard('docs/inside.md')()).toBe(join(repo, 'docs/inside.md'));
    expect(guard('docs/new/deeper/b.md')()).toBe(join(repo, 'docs/new/deeper/b.md'));
  });
  test('a dangling link out, a folder link out and a file below it, a loop: refused', () => {
    expect(guard('docs/dangling.md')).toThrow(/leads outside the repository through a symlink/);
    expect(guard('linked')).toThrow(/leads outside the repository through a symlink/);
    expect(guard('linked/not-yet/x.md')).toThrow(/leads outside the repository through a symlink/);
    expect(guard('docs/loop1.md')).toThrow(/leads outside the repository through a symlink/);
  });
  test('`..` out of the root, lexically: refused as outside', () => {
    expect(guard('../out/x.md')).toThrow(/is outside the repository: paths must stay inside /);
  });
  test('a document to write must be Markdown by name and by target', () => {
    writeFileSync(join(repo, 'notes.txt'), 'x');
    symlinkSync('notes.txt', join(repo, 'notes.md'));
    expect(() => guardDocumentWrite(root, repo, 'notes.md', origin)).toThrow(/is not a Markdown document/);
    expect(guardDocumentWrite(root, repo, 'docs/inside.md', origin)).toBe(join(repo, 'docs/inside.md'));
  });
});
