/**
 * The same path rules in the Action (the real dist/index.js against the fake GitHub): a pull request's
 * config or the workflow's inputs that name paths outside the repository are refused with one line.
 */
import { beforeEach, expect, it } from '@jest/globals';
import { REQS, REQUIREMENTS, scenarioPerTest, isWrite, type Scenario } from '../action/scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

it("a pull request's config with requirements outside the repository: the run fails naming the path, nothing written", async () => {
  const pr = s.openPr({ '.github/archdoc.yml': 'requirements:\n  - docs/*.md\n  - "../../**/*"\n', [REQS]: `${REQUIREMENTS}\n- more\n` });
  const run = await s.run(pr);
  expect(run.exitCode).toBe(1);
  expect(run.failures).toEqual([
    'requirements "../../**/*" (from .github/archdoc.yml:3) leaves the repository: paths must stay inside it (a pattern may not use "..")',
  ]);
  expect(s.gh.requests.filter(isWrite)).toEqual([]);
});

it('a doc-path input that is absolute or not Markdown: refused, nothing written', async () => {
  const pr = s.openPr({ [REQS]: `${REQUIREMENTS}\n- more\n` });
  const abs = await s.run(pr, { 'doc-path': '/home/runner/.ssh/id_rsa.md' });
  expect(abs.exitCode).toBe(1);
  expect(abs.failures).toEqual([
    'document "/home/runner/.ssh/id_rsa.md" (from the workflow inputs) is absolute: paths must be relative to the repository root',
  ]);
  const txt = await s.run(pr, { 'doc-path': 'docs/notes.txt', mode: 'fix', push: 'true' });
  expect(txt.failures).toEqual([
    'document "docs/notes.txt" (from the workflow inputs) is not a Markdown document: archdoc writes only documents whose path ends in .md',
  ]);
  expect(s.gh.requests.filter(isWrite)).toEqual([]);
});
