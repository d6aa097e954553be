#!/usr/bin/env node
/**
 * Measurement, not a test: does archdoc's diagram verdict (src/mermaid) agree with mermaid 11's on a
 * corpus of real diagrams? Reads <corpus>/verdicts.tsv (file, ok|fail, first failure) and analyses
 * every mermaid/*.mmd file and every C4/ER ```mermaid block of docs/*.md.
 *
 *   npx tsx scripts/corpus-check.mjs [corpus-dir]      (default ../shared/corpus)
 *
 * Prints agreement counts, each disagreement, where archdoc places each failure, and C4 facts
 * (swallowed lines, undefined and duplicate aliases) found on the way.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDiagram } from '../src/mermaid/analyze.ts';
import { parseDocument } from '../src/markdown/parse.ts';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const verdictsPath = join(corpus, 'verdicts.tsv');
if (!existsSync(verdictsPath)) {
  console.error(`no verdicts.tsv in ${corpus}`);
  process.exit(2);
}

const verdicts = new Map();
for (const line of readFileSync(verdictsPath, 'utf8').split('\n').slice(1)) {
  if (!line.trim()) continue;
  const [file, verdict, first = ''] = line.split('\t');
  verdicts.set(file, { verdict, first });
}

const isC4OrEr = (type) => /^C4/.test(type) || type === 'erDiagram';
const listDir = (dir, ext) =>
  existsSync(join(corpus, dir))
    ? readdirSync(join(corpus, dir))
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

const rows = [];
const c4Facts = [];
const internals = [];
let c4Analysed = 0;
const started = performance.now();

function c4Summary(file, where, analysis) {
  if (analysis.internal) internals.push(`${file}${where ? ` ${where}` : ''}: ${analysis.internal}`);
  const c4 = analysis.c4;
  if (c4) c4Analysed++;
  if (!c4) return;
  const declared = new Set(c4.elements.map((e) => e.alias));
  const undefinedRefs = c4.relations.flatMap((r) => [r.from, r.to].filter((a) => !declared.has(a)).map((a) => `${a}@${r.line}`));
  const seen = new Set();
  const dups = c4.elements.filter((e) => (seen.has(e.alias) ? true : (seen.add(e.alias), false))).map((e) => `${e.alias}@${e.line}`);
  const swallowed = c4.swallowed.map((s) => `${s.kind}(${s.alias})@${s.line}->${s.into}`);
  if (undefinedRefs.length || dups.length || swallowed.length) c4Facts.push({ file, where, undefinedRefs, dups, swallowed });
}

for (const name of listDir('mermaid', '.mmd')) {
  const file = `mermaid/${name}`;
  const source = readFileSync(join(corpus, file), 'utf8');
  const a = await analyzeDiagram(source);
  c4Summary(file, '', a);
  const mine = a.error ? 'fail' : 'ok';
  const detail = a.error ? `${a.error.kind} at ${a.error.line}:${a.error.column}: ${a.error.message}` : '';
  // For a single diagram the verdict's first failure is mermaid's first message line.
  const myFirst = a.error?.mermaidMessage?.split('\n')[0] ?? '';
  rows.push({ file, type: a.type, mine, myFirst, detail, counted: isC4OrEr(a.type) });
}

for (const name of listDir('docs', '.md')) {
  const file = `docs/${name}`;
  const doc = parseDocument(readFileSync(join(corpus, file), 'utf8'), file);
  let firstFail = '';
  const details = [];
  let counted = false;
  for (const block of doc.codeBlocks.filter((b) => b.lang === 'mermaid')) {
    const a = await analyzeDiagram(block.value);
    c4Summary(file, `L${block.line}`, a);
    if (!isC4OrEr(a.type)) continue;
    counted = true;
    if (!a.error) continue;
    const at = `${block.contentLine + a.error.line - 1}:${block.indent + a.error.column}`;
    details.push(`${a.type}@L${block.line} ${a.error.kind} at ${at}: ${a.error.message}`);
    firstFail ||= `${a.type}@L${block.line}`;
  }
  rows.push({ file, type: 'doc', mine: firstFail ? 'fail' : 'ok', myFirst: firstFail, detail: details.join(' | '), counted });
}

let agree = 0;
let total = 0;
let firstAgree = 0;
const disagreements = [];
const unlisted = [];
for (const r of rows) {
  const v = verdicts.get(r.file);
  if (!v) {
    unlisted.push(r.file);
    continue;
  }
  total++;
  if (v.verdict === r.mine) agree++;
  else disagreements.push(`${r.file}: mermaid ${v.verdict}${v.first ? ` (${v.first})` : ''}, archdoc ${r.mine}${r.detail ? ` (${r.detail})` : ''}`);
  if (v.verdict === r.mine && v.first === r.myFirst) firstAgree++;
  else if (v.verdict === r.mine) disagreements.push(`${r.file}: same verdict, first failure differs: mermaid "${v.first}", archdoc "${r.myFirst}"`);
}
const files = (prefix) => rows.filter((r) => r.file.startsWith(prefix) && verdicts.has(r.file));
const agreeIn = (prefix) => files(prefix).filter((r) => verdicts.get(r.file).verdict === r.mine).length;

console.log(`corpus: ${corpus}`);
console.log(`diagrams (.mmd): agree ${agreeIn('mermaid/')}/${files('mermaid/').length}`);
console.log(`documents (C4/ER blocks): agree ${agreeIn('docs/')}/${files('docs/').length}`);
console.log(`total: agree ${agree}/${total}; same first failure ${firstAgree}/${total}`);
const notC4Er = rows.filter((r) => verdicts.has(r.file) && !r.counted).map((r) => r.file);
if (notC4Er.length) console.log(`(listed but without C4/ER diagrams: ${notC4Er.join(', ')})`);
if (unlisted.length) console.log(`not in verdicts.tsv: ${unlisted.join(', ')}`);
console.log(disagreements.length ? `\ndisagreements:\n  ${disagreements.join('\n  ')}` : '\nno disagreements');

console.log('\nfailures as archdoc places them (line:column in the file):');
for (const r of rows.filter((x) => x.mine === 'fail')) console.log(`  ${r.file}: ${r.detail}`);

console.log(`\nC4 diagrams with elements read: ${c4Analysed}; archdoc-internal problems: ${internals.length}`);
for (const i of internals) console.log(`  ${i}`);
console.log('\nC4 facts (undefined aliases, duplicate aliases, swallowed lines):');
for (const f of c4Facts) {
  const parts = [];
  if (f.undefinedRefs.length) parts.push(`undefined ${f.undefinedRefs.join(', ')}`);
  if (f.dups.length) parts.push(`duplicate ${f.dups.join(', ')}`);
  if (f.swallowed.length) parts.push(`swallowed ${f.swallowed.join(', ')}`);
  console.log(`  ${f.file}${f.where ? ` ${f.where}` : ''}: ${parts.join('; ')}`);
}
console.log(`\n${rows.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = disagreements.some((d) => !d.includes('first failure differs')) ? 1 : 0;
