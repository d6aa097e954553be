/**
 * The README's first screens, as a new user reads them: the install paths name the one repository
 * (src/version.ts), the quick start lists what `archdoc init` writes, the picture is there, and the
 * troubleshooting covers what goes wrong first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { WORKFLOWS } from '../../src/commands/init.js';
import { DEFAULT_DOC } from '../../src/config/resolve.js';
import { ACTION_REF, REPOSITORY, SCHEMA_URL } from '../../src/version.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = (heading: string): string => {
  const at = readme.indexOf(`\n## ${heading}\n`);
  expect(at).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', at + 1);
  return readme.slice(at, end === -1 ? undefined : end);
};

test('the two commands come first, then the three sentences and the picture of a real comment', () => {
  expect(readme.split('\n').slice(0, 6).join('\n')).toBe('# archdoc\n\n```sh\nnpm ci && npx archdoc lint examples/02_architecture.md\nnpm test\n```');
  const picture = /!\[[^\]]+\]\((docs\/images\/[\w-]+\.png)\)/.exec(readme.slice(0, readme.indexOf('\n## ')));
  expect(picture).not.toBeNull();
  const png = readFileSync(new URL(picture![1], root));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(existsSync(new URL('scripts/readme-screenshot.ts', root))).toBe(true);
});

test('every reference to the Action, the repository and the schema names the one in src/version.ts', () => {
  expect([...readme.matchAll(/uses: ([\w.-]+\/archdoc@[\w.-]+)/g)].map((m) => m[1])).toEqual(expect.arrayContaining([ACTION_REF]));
  expect([...readme.matchAll(/uses: ([\w.-]+\/archdoc@[\w.-]+)/g)].map((m) => m[1]).filter((u) => u !== ACTION_REF)).toEqual([]);
  const install = section('Install');
  expect(install).toContain(`npm install --global github:${REPOSITORY}`);
  expect(install).toContain(`npx --yes github:${REPOSITORY}`);
  expect(install).toMatch(new RegExp(`https://github\\.com/${REPOSITORY}/releases/download/v(\\d+\\.\\d+\\.\\d+)/archdoc-\\1\\.tgz`));
  expect(readme).toContain(SCHEMA_URL);
});

test('the quick start lists exactly what archdoc init writes', () => {
  const rows = [...section('Quick start').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
  expect(rows).toEqual([...WORKFLOWS.map((w) => w.path), '.github/archdoc.yml', DEFAULT_DOC]);
});

test('troubleshooting covers shallow clones, fork pull requests and permissions; a comparison follows', () => {
  const t = section('Troubleshooting');
  for (const s of ['fetch-depth: 0', 'fork', 'read-only token', 'annotations and the job summary', 'Resource not accessible by integration', 'permissions:'])
    expect(t).toContain(s);
  const compared = section('Compared with the alternatives');
  for (const s of ['By hand', 'markdownlint', 'mermaid linter', 'sticky-comment action', 'auto-commit action']) expect(compared).toContain(s);
});
