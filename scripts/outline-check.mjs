#!/usr/bin/env node
/**
 * Measurement, not a test: how well does section matching read documents whose expected outline is
 * known? Reads every <dir>/*.md with its <name>.outline.json sidecar (template heading -> line or null)
 * and counts, over all template sections of all documents:
 *   true positive   matched to the expected line
 *   false positive  matched where the expected outline says absent, or to another line (a misread)
 *   false negative  expected at a line, not matched
 *
 *   npx tsx scripts/outline-check.mjs [dir]      (default __tests__/fixtures/handwritten)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseForLint } from '../src/lint/lint.ts';
import { matchSections } from '../src/lint/match.ts';
import { builtinTemplate } from '../src/template/load.ts';

const dir = resolve(process.argv[2] ?? '__tests__/fixtures/handwritten');
const template = builtinTemplate('architecture');
let tp = 0;
let fp = 0;
let fn = 0;
const sidecar = (name) => join(dir, name.replace(/\.md$/, '.outline.json'));
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.md') && existsSync(sidecar(f)))
  .sort()) {
  const expected = JSON.parse(readFileSync(sidecar(name), 'utf8'));
  const match = matchSections(template, parseForLint(readFileSync(join(dir, name), 'utf8'), name));
  for (const t of template.sections) {
    const want = expected[`${'#'.repeat(t.depth)} ${t.heading}`] ?? null;
    const got = match.byTemplate[t.index]?.heading.line ?? null;
    if (got === want) {
      if (got !== null) tp++;
    } else {
      if (got !== null) fp++;
      if (want !== null) fn++;
      console.log(`${name}: ${t.heading}: expected ${want ?? 'absent'}, matched ${got ?? 'nothing'}`);
    }
  }
}
const ratio = (a, b) => (b === 0 ? 1 : a / b);
console.log(`true positives ${tp}, false positives ${fp}, false negatives ${fn}`);
console.log(`precision ${ratio(tp, tp + fp).toFixed(3)}, recall ${ratio(tp, tp + fn).toFixed(3)}`);
