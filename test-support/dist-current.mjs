// Jest globalSetup: the end-to-end tests spawn the committed dist/; refuse to run them against a bundle
// built from other sources than the ones in the work tree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from '../scripts/source-hash.mjs';

export default function distCurrent() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const stamp = join(root, 'dist', 'SOURCE_HASH');
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '(none)';
  if (built !== sourceHash(root)) {
    throw new Error('dist/ was not built from the current src/ (dist/SOURCE_HASH differs): run `npm run build` before `npm test`');
  }
}
