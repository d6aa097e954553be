/**
 * Every workflow in .github/workflows must be one GitHub can run: valid YAML, the workflow structure
 * (workflow.schema.json, strict about key names), and archdoc itself (`uses: ./` or `uses: archdoc/archdoc@v1`)
 * given only inputs that action.yml declares. GitHub runs none of a file that fails to parse, and says so only in its UI.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import yaml from 'js-yaml';
import { WORKFLOWS as INIT_WORKFLOWS } from '../../src/commands/init.js';
import { ACTION_REF } from '../../src/version.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('__tests__/ci/workflow.schema.json')) as object);
const actionInputs = Object.keys((yaml.load(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** What is wrong with a workflow's text, one line each; [] when GitHub can run it. */
function problems(text: string): string[] {
  let doc: unknown;
  try {
    doc = yaml.load(text);
  } catch (e) {
    return [`not valid YAML: ${(e as Error).message.split('\n')[0]}`];
  }
  if (!validate(doc))
    return (validate.errors ?? []).map(
      (e: ErrorObject) =>
        `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    );
  const jobs = (doc as { jobs: Record<string, { steps?: Step[] }> }).jobs;
  return Object.entries(jobs).flatMap(([id, job]) =>
    (job.steps ?? []).flatMap((step, i) =>
      step.uses === './' || step.uses === ACTION_REF
        ? Object.keys(step.with ?? {})
            .filter((k) => !actionInputs.includes(k))
            .map((k) => `/jobs/${id}/steps/${i}: ${step.uses} has no input ${k}`)
        : [],
    ),
  );
}

const workflows = readdirSync(new URL('.github/workflows/', root)).filter((f) => /\.ya?ml$/.test(f));

test('the repository has workflows to check', () => {
  expect(workflows).toContain('ci.yml');
  expect(workflows).toContain('audit-org.yml');
});

test('the organisation audit is a reusable workflow whose checkouts fetch the whole history', () => {
  const w = yaml.load(read('.github/workflows/audit-org.yml')) as { on: Record<string, unknown>; jobs: Record<string, { steps?: Step[] }> };
  expect(Object.keys(w.on)).toEqual(['workflow_call']);
  const checkouts = Object.values(w.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@')));
  expect(checkouts).toHaveLength(4);
  for (const c of checkouts) expect(c.with?.['fetch-depth']).toBe(0);
  const archdoc = Object.values(w.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.uses?.startsWith('archdoc/archdoc@')));
  for (const s of archdoc) for (const k of Object.keys(s.with ?? {})) expect(actionInputs).toContain(k);
});

test.each(workflows)('.github/workflows/%s is a workflow GitHub can run', (file) => {
  expect(problems(read(`.github/workflows/${file}`))).toEqual([]);
});

test.each(INIT_WORKFLOWS.map((w) => [w.path, w.text]))('the workflow `archdoc init` writes as %s is one too', (_path, text) => {
  expect(problems(text)).toEqual([]);
});

const readmeWorkflows = [...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /^jobs:/m.test(b));

test("the README's complete workflows are too", () => {
  expect(readmeWorkflows.length).toBeGreaterThan(0);
  for (const b of readmeWorkflows) expect(problems(b)).toEqual([]);
});

test("the README's workflows that check a checkout fetch the whole history, which drift by history needs", () => {
  const checkouts = readmeWorkflows
    .map((b) => yaml.load(b) as { jobs: Record<string, { steps?: Step[] }> })
    // A job that calls a reusable workflow (`uses:`) has no steps of its own.
    .flatMap((w) => Object.values(w.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'))));
  expect(checkouts.length).toBeGreaterThan(0);
  for (const c of checkouts) expect(c.with?.['fetch-depth']).toBe(0);
});

describe('the check catches what GitHub would reject or ignore', () => {
  const ok = `name: t
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo hi
`;

  test('a valid workflow passes', () => {
    expect(problems(ok)).toEqual([]);
  });

  test.each([
    ['an unquoted ": " in a plain scalar', ok.replace('echo hi', 'echo "stale: rebuild"'), /not valid YAML/],
    ['a misspelt key', ok.replace('steps:', 'step:'), /must NOT have additional properties \(step\)/],
    ['a step with both uses and run', ok.replace('- run: echo hi', '- run: echo hi\n        uses: actions/setup-node@v4'), /must match exactly one schema/],
    ['with on a run step', ok.replace('- run: echo hi', '- run: echo hi\n        with:\n          a: b'), /must match exactly one schema/],
    ['an action without a ref', ok.replace('actions/checkout@v4', 'actions/checkout'), /must match pattern/],
    ['an unknown event', ok.replace('on: push', 'on: pushed'), /must be equal to one of the allowed values|must match exactly one schema/],
    [
      'an unknown permission',
      ok.replace('jobs:', 'permissions:\n  content: read\njobs:'),
      /property name must be valid|must be equal to one of the allowed values/,
    ],
    ['a job without steps', ok.replace(/ {4}steps:[\s\S]*$/, ''), /must match exactly one schema/],
    [
      'an input the local action does not have',
      ok.replace('- run: echo hi', '- uses: ./\n        with:\n          doc_path: x.md'),
      /\.\/ has no input doc_path/,
    ],
  ])('%s', (_name, text, message) => {
    const found = problems(text);
    expect(found.join('\n')).toMatch(message);
  });
});
