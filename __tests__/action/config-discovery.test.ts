/**
 * One config discovery: with config files in two of the usual places, `archdoc lint` and the Action read
 * the same one (the first of CONFIG_PATHS: `.github/archdoc.yml`, the `config` input's default).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../test-support/action-run.js';
import { runCli } from '../../test-support/cli.js';
import { REQS, REQUIREMENTS, VALID_DOC, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
let dir: string;
beforeEach(() => {
  s = scenario();
  dir = mkdtempSync(join(tmpdir(), 'archdoc-config-'));
  const files = {
    '.archdoc.yml': 'doc: docs/root-config.md\n',
    '.github/archdoc.yml': 'doc: docs/github-config.md\n',
    'docs/root-config.md': VALID_DOC,
    'docs/github-config.md': VALID_DOC,
    [REQS]: REQUIREMENTS,
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const paths = (report: unknown): string[] => (report as { files: { path: string }[] }).files.map((f) => f.path);

it('archdoc lint and the Action check the document of the same config file', async () => {
  const cli = runCli(['lint', '--format', 'json'], { cwd: dir });
  const action = await runAction({
    api: s.gh,
    event: 'workflow_dispatch',
    payload: { repository: { full_name: 'acme/shop' } },
    env: { GITHUB_WORKSPACE: dir },
  });
  expect(paths(JSON.parse(cli.stdout))).toEqual(['docs/github-config.md']);
  expect(paths(action.reportJson)).toEqual(['docs/github-config.md']);
});
