#!/usr/bin/env node
// Bundle the Action (dist/index.js) and the CLI (dist/cli.js) with ncc. Each bundle keeps mermaid's
// lazily loaded chunks next to it, so a run without diagrams never loads them.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });

rmSync('.build', { recursive: true, force: true });
ncc('src/index.ts', '.build/action');
ncc('src/cli.ts', '.build/cli');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync('.build/action', 'dist', { recursive: true });
cpSync('.build/cli', 'dist/cli', { recursive: true });
// `bin` needs a stable path; the bundle lives in dist/cli/ with its chunks.
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);
rmSync('.build', { recursive: true, force: true });
if (!existsSync('dist/index.js') || !existsSync('dist/cli/index.js')) throw new Error('build produced no bundles');
