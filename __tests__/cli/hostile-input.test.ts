/**
 * Pathological documents end quickly through the real bundle (SPEC §6: every lint and fix of an input
 * under the size cap ends within seconds), for `lint` and for `fix --write`: with findings, or with one
 * clear line naming the limit and exit 2; never a hang, a stack overflow or "internal error".
 * The only timed test in the suite: the bound is generous on purpose (the "under 5 s"), and it bounds
 * the run's own CPU time (what a hostile input burns), so a busy machine does not fail it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../../test-support/cli.js';

const BOUND_MS = 5000;
const H = '# Architecture Design\n\n';
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

interface Case {
  name: string;
  text: () => string;
  /** The one line a refusal prints, or undefined when the document is checked and gets findings. */
  refused?: RegExp;
}

const CASES: Case[] = [
  { name: 'a 100 KB line of spaces', text: () => `${H}${' '.repeat(100_000)}x\n`, refused: /:3: line is 98 KB long; archdoc reads lines up to 64 KB/ },
  { name: 'a 60 KB line of spaces', text: () => `${H}${' '.repeat(60_000)}x\n\n- **Here**: let me know if you want more\n` },
  {
    name: '10k tiny diagrams',
    text: () => H + '```mermaid\ngraph TD\nA-->B\n```\n\n'.repeat(10_000),
    refused: /:253: more than 50 mermaid diagrams; archdoc checks up to 50 per document/,
  },
  { name: '45 tiny diagrams (under the limit)', text: () => H + '```mermaid\ngraph TD\nA-->B\n```\n\n'.repeat(45) },
  {
    name: 'big diagrams over the total',
    text: () => H + `\`\`\`mermaid\ngraph TD\n${Array.from({ length: 2500 }, (_, i) => `A${i}-->B${i}`).join('\n')}\n\`\`\`\n\n`.repeat(10),
    refused: /more than 195 KB together; archdoc checks up to 195 KB of mermaid per document/,
  },
  {
    name: 'a 1 MB nested list',
    text: () => {
      let s = H;
      for (let i = 0; s.length < 1_000_000; i++) s += `${'  '.repeat(i % 200)}- item\n`;
      return s;
    },
    refused: /:35: lists and quotes nested 33 deep; archdoc reads nesting up to 32 levels/,
  },
  {
    name: '256 KB of lists nested 20 deep, in sections',
    text: () => repeat(`## Part\n\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('')}\n`, 256_000),
    refused: /:\d+: more than 5,000 list items; archdoc reads up to 5,000 per document/,
  },
  {
    name: '4,800 list items nested 20 deep, in sections',
    text: () => `## Part\n\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('')}\n`.repeat(240),
  },
  {
    name: 'a 50 KB run of >',
    text: () => `${H}${'>'.repeat(50_000)} x\n`,
    refused: /:3: lists and quotes nested over 999 deep; archdoc reads nesting up to 32 levels/,
  },
  { name: 'a 500 KB run of > and spaces', text: () => `${H}${'> '.repeat(250_000)}x\n`, refused: /:3: line is 488 KB long/ },
  { name: 'list markers 10k deep on one line', text: () => `${H}${'- '.repeat(10_000)}x\n`, refused: /:3: lists and quotes nested over 999 deep/ },
  {
    name: 'quotes nested by indentation inside a quote',
    text: () => H + Array.from({ length: 400 }, (_, i) => `> ${'  '.repeat(i)}- x\n`).join(''),
    refused: /lists and quotes nested 33 deep/,
  },
  { name: 'a 1 MB single line', text: () => `${H}${'word '.repeat(200_000)}\n`, refused: /:3: line is 977 KB long; archdoc reads lines up to 64 KB/ },
  { name: 'a 60 KB line of emphasis', text: () => `${H}${repeat('*a ', 60_000)}\n`, refused: /a paragraph with more than 5,000/ },
  { name: 'a 12 KB line of emphasis', text: () => `${H}${repeat('*a ', 12_000)}\n` },
  { name: 'a 60 KB line of unclosed links', text: () => `${H}${repeat('[a](b ', 60_000)}\n`, refused: /a paragraph with more than 5,000/ },
  { name: '5k headings', text: () => Array.from({ length: 5000 }, (_, i) => `## Heading ${i}\n\ntext\n`).join('\n') },
  {
    name: 'a huge table',
    text: () => `${H}| a | b | c |\n|---|---|---|\n${repeat('| 1 | 2 | 3 |\n', 900_000)}`,
    refused: /:3: a block \(list, quote, table or paragraph\) runs on for more than 128 KB/,
  },
  { name: 'a 30 KB table', text: () => `${H}| a | b | c |\n|---|---|---|\n${repeat('| 1 | 2 | 3 |\n', 30_000)}` },
  {
    name: '256 KB of lists between paragraphs',
    text: () => H + repeat(`${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i % 4)}- item\n`).join('')}\nSome text.\n\n`, 256_000),
    refused: /more than 5,000 list items/,
  },
  {
    name: '1 MB of ordinary sections',
    text: () => repeat(readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8'), 1_000_000),
    refused: /more than 50 mermaid diagrams/,
  },
  {
    name: '128 KB of ordinary sections without diagrams',
    text: () => repeat(readFileSync(new URL('../../examples/02_architecture.md', import.meta.url), 'utf8').replace(/```mermaid[^`]*```\n/g, ''), 128_000),
  },
  { name: '1 MB of HTML lines', text: () => H + repeat('<div>\n', 1_000_000), refused: /:3: a paragraph with more than 5,000 emphasis, link and code marks/ },
  {
    name: 'deeply nested emphasis',
    text: () => `${H}${'*'.repeat(30_000)}a${'*'.repeat(30_000)}\n`,
    refused: /:3: a paragraph with more than 5,000 emphasis, link and code marks/,
  },
  { name: 'emphasis nested 1,000 deep', text: () => `${H}${'*'.repeat(1_000)}a${'*'.repeat(1_000)}\n` },
  {
    name: 'a paragraph of 20,000 links over many lines',
    text: () => `${H}${repeat('[a](b) [c](d)\n', 20_000 * 7)}`,
    refused: /:3: a paragraph with more than 5,000/,
  },
  { name: 'a 2 MB file', text: () => H + repeat('Some text.\n\n', 2 * 1024 * 1024), refused: /2\.0 MB is too large; archdoc reads documents up to 1 MB/ },
];

const dir = tempDir('archdoc-hostile-');

describe.each(CASES)('$name', (c) => {
  const file = join(dir, `${c.name.replace(/\W+/g, '-')}.md`);
  beforeAll(() => writeFileSync(file, c.text()));

  // Both commands must refuse a document past a limit. One that is read costs `fix` all that `lint` does (fix
  // lints it first, then repairs and writes), so the bound on `fix` covers `lint`.
  const commands: [string, string[]][] = [['fix --write', ['fix', file, '--write']]];
  if (c.refused) commands.unshift(['lint', ['lint', file]]);
  test.each(commands)('%s ends in under 5 s of CPU, with findings or one clear line', (_cmd, args) => {
    const r = runCli(args, { cwd: dir, cpu: true });
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack|RangeError/);
    if (c.refused) {
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(`archdoc: ${file}`)).toBe(true);
      expect(lines[0]).toMatch(c.refused);
    } else {
      expect([0, 1]).toContain(r.code);
      expect(`${r.stdout}${r.stderr}`).toMatch(/error|warning|fixed|nothing to fix|no problems/i);
    }
    expect(r.cpuMs).toBeLessThan(BOUND_MS);
  });
});
