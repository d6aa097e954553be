import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundPatch, boundedDiff, diffStats, documentPatch, unifiedDiff, withoutContext } from '../../src/report/diff.js';

const PATH = 'docs/02_architecture.md';

/** Applies `patch` with real `git apply` in a scratch repository and returns the resulting file. */
function gitApply(oldText: string, patch: string, ...flags: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'archdoc-diff-'));
  try {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, PATH), oldText);
    writeFileSync(join(dir, 'change.patch'), patch);
    execFileSync('git', ['apply', ...flags, 'change.patch'], { cwd: dir });
    return readFileSync(join(dir, PATH), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function numbered(n: number, edit: (i: number) => string | undefined = () => undefined): string {
  return Array.from({ length: n }, (_, i) => edit(i + 1) ?? `line ${i + 1}`).join('\n') + '\n';
}

describe('unifiedDiff', () => {
  it('names the file with a/ and b/ headers and applies with git apply', () => {
    const oldText = numbered(40);
    const newText = numbered(40, (i) => (i === 10 ? 'line ten' : i === 30 ? 'line thirty' : undefined));
    const patch = unifiedDiff(oldText, newText, PATH);
    expect(patch.split('\n').slice(0, 3)).toEqual(['--- a/docs/02_architecture.md', '+++ b/docs/02_architecture.md', '@@ -7,7 +7,7 @@']);
    expect(gitApply(oldText, patch)).toBe(newText);
  });

  it('honours the context setting', () => {
    const oldText = numbered(40);
    const newText = numbered(40, (i) => (i === 20 ? 'changed' : undefined));
    expect(unifiedDiff(oldText, newText, PATH, { context: 1 }).split('\n')[2]).toBe('@@ -19,3 +19,3 @@');
    expect(unifiedDiff(oldText, newText, PATH, { context: 0 }).split('\n')[2]).toBe('@@ -20,1 +20,1 @@');
  });

  it('is empty for identical texts', () => {
    expect(unifiedDiff('same\n', 'same\n', PATH)).toBe('');
  });

  it('marks a missing final newline only where there is one', () => {
    expect(unifiedDiff('a\nb\n', 'a\nc\n', PATH)).not.toContain('No newline');
    // Both sides lack it and the last line is unchanged context far away: no marker at all.
    expect(unifiedDiff(numbered(20).trimEnd(), numbered(20, (i) => (i === 2 ? 'two' : undefined)).trimEnd(), PATH)).not.toContain('No newline');
    const added = unifiedDiff('a\nb', 'a\nb\n', PATH);
    expect(added.match(/\\ No newline at end of file/g)).toHaveLength(1);
    expect(gitApply('a\nb', added)).toBe('a\nb\n');
  });

  it('accepts Windows-style and ./ paths', () => {
    expect(unifiedDiff('a\n', 'b\n', '.\\docs\\x.md').split('\n')[0]).toBe('--- a/docs/x.md');
  });
});

describe('a new document (empty old text)', () => {
  it('has a 0,0 old range, however often it is formatted', () => {
    const patch = documentPatch('', 'a\nb\n', PATH);
    for (let i = 0; i < 3; i++) expect(boundPatch(patch, 1000).text.split('\n')[2]).toBe('@@ -0,0 +1,2 @@');
    expect(gitApply('', unifiedDiff('', 'a\nb\n', PATH))).toBe('a\nb\n');
  });
});

describe('withoutContext', () => {
  it('splits a dense change into one hunk per run of changed lines, still a valid zero-context patch', () => {
    const oldText = numbered(30);
    const newText = numbered(30, (i) => (i % 4 === 0 ? `changed ${i}` : undefined))
      .replace('line 5\n', 'line 5\ninserted\n')
      .replace('line 10\n', '');
    const patch = documentPatch(oldText, newText, PATH);
    expect(patch.hunks).toHaveLength(1);
    const bare = withoutContext(patch);
    expect(bare.hunks).toHaveLength(9); // 7 changed lines, 1 insertion, 1 deletion
    expect(bare.hunks.flatMap((h) => h.lines).every((l) => l[0] !== ' ')).toBe(true);
    const text = boundPatch(bare, Infinity).text;
    expect(text).toContain('@@ -5,0 +6,1 @@\n+inserted\n');
    expect(text).toContain('@@ -10,1 +10,0 @@\n-line 10\n');
    expect(gitApply(oldText, text, '--unidiff-zero')).toBe(newText);
  });

  it('keeps a missing-newline marker only with a changed last line', () => {
    const changedLast = withoutContext(documentPatch('a\nb\nc', 'a\nb\nC', PATH));
    expect(changedLast.hunks[0].lines).toEqual(['-c', '\\ No newline at end of file', '+C', '\\ No newline at end of file']);
    const unchangedLast = withoutContext(documentPatch('a\nb\nc', 'A\nb\nc', PATH));
    expect(unchangedLast.hunks.flatMap((h) => h.lines)).toEqual(['-a', '+A']);
  });
});

describe('diffStats', () => {
  it('counts added and removed lines', () => {
    expect(diffStats('a\nb\nc\n', 'a\nB\nc\nd\ne\n')).toEqual({ added: 3, removed: 1 });
    expect(diffStats('x\n', 'x\n')).toEqual({ added: 0, removed: 0 });
  });
});

describe('boundedDiff', () => {
  const oldText = numbered(1000);
  // 50 separate hunks, one change every 20 lines.
  const newText = numbered(1000, (i) => (i % 20 === 10 ? `changed ${i}` : undefined));

  it('returns the whole diff and no note when it fits', () => {
    const b = boundedDiff(oldText, newText, PATH, 1_000_000);
    expect(b.text).toBe(unifiedDiff(oldText, newText, PATH));
    expect(b).toMatchObject({ totalHunks: 50, shownHunks: 50, note: '' });
  });

  it('cuts at a hunk boundary within the limit and says what was left out', () => {
    const b = boundedDiff(oldText, newText, PATH, 2000);
    expect(b.text.length).toBeLessThanOrEqual(2000);
    expect(b.shownHunks).toBeGreaterThan(0);
    expect(b.shownHunks).toBeLessThan(50);
    expect(b.text.match(/^@@ /gm)).toHaveLength(b.shownHunks);
    // Every shown hunk is complete: its @@ line, 3 context, -1, +1, 3 context.
    expect(b.text.trimEnd().split('\n')).toHaveLength(2 + b.shownHunks * 9);
    const left = 50 - b.shownHunks;
    expect(b.omitted).toEqual({ added: left, removed: left });
    expect(b.note).toBe(`The diff was shortened: showing the first ${b.shownHunks} of 50 hunks; ${left} hunks (+${left} −${left} lines) left out.`);
    // What is shown is still a valid patch: it applies the first changes.
    const applied = gitApply(oldText, b.text);
    expect(applied).toContain('changed 10\n');
    expect(applied).not.toContain(`changed ${50 * 20 - 10}\n`);
  });

  it('shows nothing when not even the first hunk fits, and says so', () => {
    const b = boundedDiff(oldText, newText, PATH, 100);
    expect(b).toMatchObject({ text: '', shownHunks: 0, totalHunks: 50, omitted: { added: 50, removed: 50 } });
    expect(b.note).toBe('The diff was left out: its first hunk alone is longer than 100 characters (50 hunks, +50 −50 lines).');
  });

  it('has nothing to bound for identical texts', () => {
    expect(boundedDiff('a\n', 'a\n', PATH, 10)).toMatchObject({ text: '', totalHunks: 0, note: '' });
  });
});
