#!/usr/bin/env node
// Bundle src/bundle.ts with ncc into dist/lib/ (lazy chunks: the CLI, the Action, mermaid), then write
// the two entry points: dist/index.js (action.yml's main) and dist/cli.js (package.json's bin).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { sourceHash } from './source-hash.mjs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/bundle.ts', '-o', 'dist/lib', '--license', 'licenses.txt', '-q'], {
  stdio: 'inherit',
});
mkdirSync('dist', { recursive: true });
renameSync('dist/lib/licenses.txt', 'dist/licenses.txt');
writeFileSync('dist/index.js', "import { runAction } from './lib/index.js';\n\nawait runAction();\n");
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport { runCli } from './lib/index.js';\n\nawait runCli();\n");
chmodSync('dist/cli.js', 0o755);
// Checked by the test run (test-support/dist-current.mjs): tests never run a stale bundle.
writeFileSync('dist/SOURCE_HASH', `${sourceHash()}\n`);
if (!existsSync('dist/lib/index.js')) throw new Error('build produced no bundle');
