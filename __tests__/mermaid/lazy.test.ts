/**
 * mermaid costs ~700 ms to import: a document without diagrams must not pay it. A child process
 * makes any import of `mermaid` fail, then imports the modules rules use: they must load, and only
 * analyzeDiagram may reach for mermaid.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'mermaid' || specifier.startsWith('mermaid/')) throw new Error('mermaid was imported');
  return next(specifier, context);
}`;

test('detect.ts and analyze.ts import mermaid only when a diagram is analysed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archdoc-lazy-'));
  try {
    const url = (p: string): string => pathToFileURL(resolve('src/mermaid', p)).href;
    const script = join(dir, 'child.mjs');
    writeFileSync(
      script,
      `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
const detect = await import(${JSON.stringify(url('detect.ts'))});
const analyze = await import(${JSON.stringify(url('analyze.ts'))});
const keyword = detect.diagramKeyword('erDiagram\\n  A ||--o{ B : x');
const analysis = await analyze.analyzeDiagram('erDiagram\\n  A ||--o{ B : x');
console.log(JSON.stringify({ keyword, analysis }));
`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', cwd: resolve('.') });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const out = JSON.parse(child.stdout) as { keyword: string; analysis: { error?: { kind: string; message: string } } };
    expect(out.keyword).toBe('erDiagram');
    // The import happened, and only at this call: it failed because the child forbids it.
    expect(out.analysis.error).toMatchObject({ kind: 'internal' });
    expect(out.analysis.error?.message).toContain('mermaid was imported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
