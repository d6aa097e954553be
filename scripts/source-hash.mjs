// The fingerprint of everything the bundle is built from (src/ and the config schema it imports). scripts/build.mjs writes it into
// dist/SOURCE_HASH; the test run compares it, so tests can never exercise a stale dist/.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function sourceHash(root = '.') {
  const inputs = [
    ...files(join(root, 'src')),
    ...files(join(root, 'schema')),
    ...['package-lock.json', 'tsconfig.json', 'scripts/build.mjs'].map((p) => join(root, p)),
  ]
    .map((p) => relative(root, p).split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  // Line endings normalised: a checkout with autocrlf must not look stale.
  for (const p of inputs) hash.update(`${p}\0${readFileSync(join(root, p), 'utf8').replace(/\r\n/g, '\n')}\0`);
  return hash.digest('hex');
}
