/**
 * The diff's line alignment: jsdiff's exact answer for ordinary changes, and for hostile ones (long
 * documents rewritten in many places, repeated lines, swapped blocks) a patch that still turns the old
 * text into the new one, computed in bounded work.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';
import { unifiedDiff } from '../../src/report/diff.js';
import { lineChanges, splitLines, type Change } from '../../src/report/line-diff.js';
import { runs } from '../../test-support/property-runs.js';

const PATH = 'docs/02_architecture.md';

/** A small unified-diff applier: checks every context and removed line against the old text. */
function applyPatch(oldText: string, patch: string): string {
  const old = splitLines(oldText);
  const out: string[] = [];
  const lines = patch.split('\n').slice(2, -1);
  let pos = 0;
  for (let k = 0; k < lines.length; k++) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(lines[k]);
    if (header) {
      // An empty old range names the line after which to insert.
      const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
      if (start < pos) throw new Error(`hunk at ${start} overlaps the one before`);
      out.push(...old.slice(pos, start));
      pos = start;
      continue;
    }
    const line = lines[k].slice(1) + (lines[k + 1]?.startsWith('\\') ? '' : '\n');
    const kind = lines[k][0];
    if (kind === '\\') continue;
    if (kind !== '+' && old[pos++] !== line) throw new Error(`line ${pos} is not ${JSON.stringify(line)}`);
    if (kind !== '-') out.push(line);
  }
  return [...out, ...old.slice(pos)].join('');
}

function gitApply(oldText: string, patch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'archdoc-line-diff-'));
  try {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('mkdir', ['docs'], { cwd: dir });
    writeFileSync(join(dir, PATH), oldText);
    writeFileSync(join(dir, 'change.patch'), patch);
    execFileSync('git', ['apply', 'change.patch'], { cwd: dir });
    return readFileSync(join(dir, PATH), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sideOf = (changes: Change[], skip: Change['kind']): string =>
  changes
    .filter((c) => c.kind !== skip)
    .flatMap((c) => c.lines)
    .join('');

/** Texts from a few lines, so old and new share many (and repeat them), with CRLF and no final newline too. */
const text = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', 'c', '', '# Heading', 'x\r', 'unique'), { maxLength: 40 }), fc.boolean())
  .map(([lines, finalNewline]) => lines.join('\n') + (finalNewline && lines.length ? '\n' : ''));

describe('ordinary changes', () => {
  it('are diffed exactly as jsdiff does, and the patch turns old into new', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (oldText, newText, context) => {
        const ours = unifiedDiff(oldText, newText, PATH, { context });
        const jsdiff = structuredPatch(`a/${PATH}`, `b/${PATH}`, oldText, newText, undefined, undefined, { context });
        expect(ours).toBe(jsdiff.hunks.length ? formatPatch(jsdiff, FILE_HEADERS_ONLY) : '');
        expect(applyPatch(oldText, unifiedDiff(oldText, newText, PATH))).toBe(newText);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('changes over the edit bound', () => {
  it('still turn old into new, whatever the bound, with no two runs of one kind in a row', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 200 }), (oldText, newText, work) => {
        const changes = lineChanges(splitLines(oldText), splitLines(newText), work);
        expect(sideOf(changes, '+')).toBe(oldText);
        expect(sideOf(changes, '-')).toBe(newText);
        for (let i = 1; i < changes.length; i++) expect(changes[i].kind).not.toBe(changes[i - 1].kind);
      }),
      { numRuns: runs(300) },
    );
  });

  it('keep the lines that occur once on each side, in order, as anchors', () => {
    const oldLines = splitLines('x\nAlpha\ny\ny\nBeta\nz\nGamma\n');
    const newLines = splitLines('Gamma\nq\nAlpha\nr\nr\nBeta\ns\n');
    // One edit allowed: Myers gives up at once; Alpha, Beta is the longest chain of unique lines (y, r repeat).
    const kept = lineChanges(oldLines, newLines, 1).filter((c) => c.kind === ' ');
    expect(kept.flatMap((c) => c.lines)).toEqual(['Alpha\n', 'Beta\n']);
  });
});

describe('a hostile pair of 1 MB documents', () => {
  // Unique lines, repeated ones (blank, rules, list items), two 3,000-line blocks swapped, and a
  // change every 37 lines: far over the edit bound, so the anchored path does the work.
  const paragraph = (i: number) => `Paragraph ${i}: the service retries with bounded backoff.`;
  const block = (from: number, n: number) => Array.from({ length: n }, (_, i) => (i % 5 === 0 ? '' : i % 7 === 0 ? '- item' : paragraph(from + i)));
  const oldLines = block(0, 24_000);
  const newLines = [...block(0, 4000), ...block(7000, 3000), ...block(4000, 3000), ...block(10_000, 14_000)].map((l, i) =>
    i % 37 === 0 ? `${l} (edited)` : i % 101 === 0 ? '---' : l,
  );
  const oldText = oldLines.join('\n') + '\n';
  const newText = newLines.join('\n');

  it('gets a patch that applies, with this applier and with git apply', () => {
    expect(oldText.length).toBeGreaterThan(900_000);
    const patch = unifiedDiff(oldText, newText, PATH);
    expect(applyPatch(oldText, patch)).toBe(newText);
    expect(gitApply(oldText, patch)).toBe(newText);
    // The moved block costs its lines, not the whole document: most of it is unchanged context.
    const changed = patch.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l)).length;
    expect(changed).toBeLessThan(24_000);
  });

  it('of nothing but repeated lines gets a patch that applies', () => {
    const same = 'a\n'.repeat(250_000);
    const sprinkled = Array.from({ length: 250_000 }, (_, i) => (i % 50 === 0 ? 'b\n' : 'a\n')).join('');
    expect(applyPatch(same, unifiedDiff(same, sprinkled, PATH))).toBe(sprinkled);
  });
});
