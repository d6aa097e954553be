/**
 * The fake's commits as a real git repository: every commit rebuilt with `git fast-import` (parents,
 * message, author, committer, date and every file), and the repository's branches pointing at them.
 * The fake computes its commit ids as git does, so the ids match; a mismatch throws (a fake bug).
 */
import { execFileSync } from 'node:child_process';
import { FakeState, gitIdentity } from './state.js';

function git(dir: string, args: string[], input?: Buffer): string {
  return execFileSync('git', args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
  });
}

/** Writes `owner/repo`'s branches and all their history into a new bare repository at `dir` (which must not exist or be empty). */
export function writeBareRepository(state: FakeState, fullName: string, dir: string): void {
  const repo = state.requireRepo(fullName);
  execFileSync('git', ['init', '-q', '--bare', dir]);
  const marks = new Map<string, number>();
  const chunks: Buffer[] = [];
  const text = (s: string): void => void chunks.push(Buffer.from(s, 'utf8'));
  const data = (b: Buffer): void => {
    text(`data ${b.length}\n`);
    chunks.push(b, Buffer.from('\n'));
  };
  // Commits are created parents first, so creation order is a valid import order.
  for (const c of state.commits.values()) {
    const mark = marks.size + 1;
    marks.set(c.oid, mark);
    const who = gitIdentity(c.author, c.committedDate);
    // A reset first: a commit without `from` on a fresh ref is a root commit.
    text(`reset refs/archdoc-export/all\n\ncommit refs/archdoc-export/all\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n`);
    data(Buffer.from(`${c.message}\n`, 'utf8'));
    const parent = c.parents[0] ? marks.get(c.parents[0]) : undefined;
    if (parent) text(`from :${parent}\n`);
    text('deleteall\n');
    for (const [path, content] of [...c.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      text(`M 100644 inline ${path}\n`);
      data(content);
    }
    text('\n');
  }
  for (const [branch, oid] of repo.branches) text(`reset refs/heads/${branch}\nfrom :${marks.get(oid)}\n\n`);
  git(dir, ['fast-import', '--quiet', '--done'], Buffer.concat([...chunks, Buffer.from('done\n')]));
  git(dir, ['update-ref', '-d', 'refs/archdoc-export/all']);
  git(dir, ['symbolic-ref', 'HEAD', `refs/heads/${repo.defaultBranch}`]);
  for (const [branch, oid] of repo.branches) {
    const real = git(dir, ['rev-parse', `refs/heads/${branch}`]).trim();
    if (real !== oid) throw new Error(`fake GitHub: branch ${branch} is ${oid} in the fake but ${real} in git: the fake's commit ids differ from git's`);
  }
}
