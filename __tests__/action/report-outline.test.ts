/**
 * SPEC §5: the Action's JSON report (`report` output) carries each document's `outline`, the same map
 * `archdoc lint --format json` prints, through the real bundles (dist/index.js and dist/cli.js).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../test-support/action-run.js';
import { runCli } from '../../test-support/cli.js';
import { DOC, REQS, REQUIREMENTS, VALID_DOC, lineOf, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

// The data model section is gone, and the API section's heading is worded the team's way.
const DATA_MODEL = VALID_DOC.slice(VALID_DOC.indexOf('## 3. Data Model'), VALID_DOC.indexOf('## 4. API Design Strategy'));
const EDITED = VALID_DOC.replace(DATA_MODEL, '').replace('## 4. API Design Strategy', '## 4. API Design');

interface JsonFile {
  path: string;
  outline?: { section: string; level: number; line: number | null }[];
}

function filesOf(report: unknown): JsonFile[] {
  return (report as { files: JsonFile[] }).files;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder holding the document and its requirements, removed after the test. */
function checkout(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'archdoc-outline-'));
  dirs.push(dir);
  for (const [p, body] of Object.entries({ [DOC]: text, [REQS]: REQUIREMENTS })) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  return dir;
}

/** What `archdoc lint --format json` says the outline of `text` is. */
function cliOutline(text: string): JsonFile['outline'] {
  const r = runCli(['lint', '--format', 'json', DOC], { cwd: checkout(text) });
  return filesOf(JSON.parse(r.stdout))[0].outline;
}

describe('the JSON report of the Action', () => {
  it('on a pull request: carries the outline, line for line what archdoc lint --format json prints', async () => {
    const pr = s.openPr({ [DOC]: EDITED });
    const run = await s.run(pr);
    const [file] = filesOf(run.reportJson);
    expect(file.path).toBe(DOC);
    expect(file.outline).toEqual(cliOutline(EDITED));
    // The map itself: the missing section has no line, the reworded one is found where it is.
    expect(file.outline).toContainEqual(expect.objectContaining({ section: '## 3. Data Model', level: 2, line: null }));
    expect(file.outline).toContainEqual(expect.objectContaining({ section: '## 4. API Design Strategy', line: lineOf(EDITED, '## 4. API Design') }));
  });

  it('on an event without a pull request (the checked-out workspace): carries the outline too', async () => {
    const run = await runAction({
      api: s.gh,
      event: 'workflow_dispatch',
      payload: { repository: { full_name: 'acme/shop' } },
      env: { GITHUB_WORKSPACE: checkout(EDITED) },
    });
    const [file] = filesOf(run.reportJson);
    expect(file.path).toBe(DOC);
    expect(file.outline).toEqual(cliOutline(EDITED));
    expect(file.outline).toContainEqual(expect.objectContaining({ section: '## 3. Data Model', line: null }));
  });
});
