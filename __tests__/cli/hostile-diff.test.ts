/**
 * A document whose fix moves thousands of lines (two long sections out of order, full of repeated lines)
 * gets its diff quickly through the real bundle (SPEC §6: every fix of an input under the size cap ends
 * within seconds). Myers alone needed 6.5 s of CPU for this one (the fix 1.4 s in all now), and minutes for a 1 MB document.
 * Timed like __tests__/cli/hostile-input.test.ts: the bound is generous on purpose.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../../test-support/cli.js';

const BOUND_MS = 5000;

/** The example document with sections 4 and 5 swapped, each followed by 6,000 lines of notes, a third of them alike. */
function swappedSections(): string {
  const doc = readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8');
  const at4 = doc.indexOf('## 4.');
  const at5 = doc.indexOf('## 5.');
  const notes = (tag: string) =>
    Array.from({ length: 6000 }, (_, i) => (i % 50 === 49 ? '' : i % 3 === 0 ? 'See above.' : `${tag} note ${i}: retries are bounded.`)).join('\n');
  return [doc.slice(0, at4), doc.slice(at5).trimEnd(), '', notes('Resilience'), '', doc.slice(at4, at5).trimEnd(), '', notes('API'), ''].join('\n');
}

it('fix --diff of two long swapped sections ends in under 5 s of CPU with a diff that git applies', () => {
  const dir = tempDir('archdoc-hostile-diff-');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const doc = swappedSections();
  writeFileSync(join(dir, 'doc.md'), doc);

  const r = runCli(['fix', 'doc.md', '--diff'], { cwd: dir, cpu: true });
  expect(r.stderr).toContain('doc.md: would fix 1 finding (section-order).');
  expect(r.cpuMs).toBeLessThan(BOUND_MS); // CPU time: what a hostile document burns, whatever else the machine does

  const fixed = runCli(['fix', 'doc.md'], { cwd: dir }).stdout;
  expect(fixed.indexOf('## 4.')).toBeLessThan(fixed.indexOf('## 5.'));
  writeFileSync(join(dir, 'change.patch'), r.stdout);
  execFileSync('git', ['apply', 'change.patch'], { cwd: dir });
  expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(fixed);
});
