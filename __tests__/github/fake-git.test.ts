/**
 * The fake GitHub's history is real git: its commit ids are git's, and `toBareRepository` rebuilds them
 * (parents, messages, authors, files) so tests can assert with `git log` and `git show`.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/server.js';

let gh: FakeGitHub;
let dir: string;
beforeEach(async () => {
  gh = await startFakeGitHub();
  dir = mkdtempSync(join(tmpdir(), 'fake-git-'));
});
afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

const git = (...args: string[]): string => execFileSync('git', ['-C', join(dir, 'r.git'), ...args], { encoding: 'utf8' });

describe('toBareRepository', () => {
  it('writes every branch with the same commit ids, parents, messages, authors and files', () => {
    const root = gh.seedRepo({ owner: 'o', repo: 'r', files: { 'README.md': 'hello\n', 'docs/a.md': 'a\n', 'docs/sub/b.md': 'b\n', 'docs-x.md': 'x\n' } }).oid;
    const c1 = gh.commit({
      owner: 'o',
      repo: 'r',
      branch: 'feature',
      files: { 'docs/a.md': 'a2\n', 'README.md': null },
      message: 'Change a\n\nBody line.',
      author: 'alice',
    });
    const c2 = gh.commit({ owner: 'o', repo: 'r', branch: 'feature', files: { 'bin.dat': Buffer.from([0, 1, 2, 255]) }, message: 'Binary' });
    gh.toBareRepository('o', 'r', join(dir, 'r.git'));

    expect(git('rev-parse', 'refs/heads/main').trim()).toBe(root);
    expect(git('log', '--format=%H %P|%an <%ae>|%B', 'feature').trim().split('\n').filter(Boolean)).toEqual([
      `${c2} ${c1}|o <o@users.noreply.github.com>|Binary`,
      `${c1} ${root}|alice <alice@users.noreply.github.com>|Change a`,
      'Body line.',
      `${root} |o <o@users.noreply.github.com>|Initial commit`,
    ]);
    expect(git('show', `${c1}:docs/a.md`)).toBe('a2\n');
    expect(git('show', '--name-status', '--format=', c1).trim().split('\n')).toEqual(['D\tREADME.md', 'M\tdocs/a.md']);
    expect(execFileSync('git', ['-C', join(dir, 'r.git'), 'show', `${c2}:bin.dat`])).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(git('ls-tree', '-r', '--name-only', c2).trim().split('\n')).toEqual(['bin.dat', 'docs-x.md', 'docs/a.md', 'docs/sub/b.md']);
    expect(git('fsck', '--strict')).toBe('');
  });
});

describe('beforeNext', () => {
  it('runs its action once, before the next matching request is answered', async () => {
    gh.seedRepo({ owner: 'o', repo: 'r', files: { 'a.md': 'a' } });
    let runs = 0;
    gh.beforeNext('GET /repos/o/r', () => {
      runs++;
      gh.commit({ owner: 'o', repo: 'r', branch: 'main', files: { 'a.md': 'moved' } });
    });
    const get = () => fetch(`${gh.url}/repos/o/r`, { headers: { authorization: `token ${gh.token}` } });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    expect(runs).toBe(1);
    expect(gh.fileAt('o', 'r', 'main', 'a.md')).toBe('moved');
  });
});
