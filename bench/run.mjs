#!/usr/bin/env node
// Performance budgets (SPEC §7), printed, never asserted in tests:
//  1. whole-process `node dist/cli.js lint` on the bundled example vs markdownlint-cli2 on the same file,
//     interleaved in one run, median of N;
//  2. lint time for generated documents of 10 KB, 100 KB and 1 MB, to show how cost grows.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const work = 'bench/.work';
mkdirSync(work, { recursive: true });
if (!existsSync('dist/cli.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const example = 'examples/02_architecture.md';
const mdl = 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs';

function time(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm the file cache once for each.
time(['dist/cli.js', 'lint', example]);
time([mdl, example]);
const ours = [];
const theirs = [];
for (let i = 0; i < runs; i++) {
  ours.push(time(['dist/cli.js', 'lint', example]));
  theirs.push(time([mdl, example]));
}
const a = median(ours);
const b = median(theirs);
console.log(`lint ${example} (whole process, median of ${runs}, ${process.version})`);
console.log(`  archdoc (parses ${(readFileSync(example, 'utf8').match(/```mermaid/g) ?? []).length} diagrams)  ${a.toFixed(0)} ms`);
console.log(`  markdownlint-cli2                   ${b.toFixed(0)} ms`);
console.log(`  ratio archdoc/markdownlint-cli2     ${(a / b).toFixed(2)}  (budget: <= 1.00)`);

// Growth: the example's sections followed by appendix sections (prose, lists, a table, a diagram every 8th).
function generate(bytes) {
  const head = readFileSync(example, 'utf8');
  const parts = [head];
  let size = head.length;
  for (let i = 1; size < bytes; i++) {
    const diagram =
      i % 8 === 0
        ? `\n\`\`\`mermaid\nC4Component\n    title Components ${i}\n    Component(c${i}a, "Handler ${i}", "Go", "Serves requests")\n    Component(c${i}b, "Store ${i}", "Go", "Persists")\n    Rel(c${i}a, c${i}b, "Calls")\n\`\`\`\n`
        : '';
    const s = `\n## Appendix ${i}: Component ${i}\n\nThe component ${i} handles requests for tenant data and keeps an audit trail of every change. It scales horizontally behind the gateway and reads through a cache.\n\n- **Owner**: Team ${i % 7}\n- **Runtime**: Go 1.23 on Kubernetes\n- **SLO**: 99.9% monthly availability\n\n| Endpoint | Purpose |\n| --- | --- |\n| \`GET /v1/items/${i}\` | read item ${i} |\n${diagram}`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}
console.log('\ngrowth (whole process; archdoc median of 5, markdownlint-cli2 median of 3, same files)');
let prev;
for (const [label, bytes] of [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
]) {
  const file = join(work, `doc-${label.replace(' ', '')}.md`);
  writeFileSync(file, generate(bytes));
  const t = median(Array.from({ length: 5 }, () => time(['dist/cli.js', 'lint', file, '--format', 'json'])));
  const m = median(Array.from({ length: 3 }, () => time([mdl, file])));
  const diagrams = (readFileSync(file, 'utf8').match(/```mermaid/g) ?? []).length;
  console.log(
    `  ${label.padEnd(6)} ${String(diagrams).padStart(4)} diagrams  archdoc ${t.toFixed(0).padStart(6)} ms${prev ? ` (x${(t / prev).toFixed(1)} for x10 size)` : '                    '}  markdownlint-cli2 ${m.toFixed(0).padStart(6)} ms`,
  );
  prev = t;
}
console.log('  budget: 1 MB under 2000 ms, near-linear growth');
