/** The README's Action section is what users copy: its workflow must work as is, its tables match action.yml. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import yaml from 'js-yaml';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const section = readme.slice(readme.indexOf('## GitHub Action'), readme.indexOf('\n## ', readme.indexOf('## GitHub Action') + 1));
const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
const tableNames = (heading: string): string[] => {
  const at = section.indexOf(`### ${heading}`);
  const table = section.slice(at, section.indexOf('\n\n', section.indexOf('| ---', at)));
  return [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
};

describe('README: GitHub Action', () => {
  it('has a ready-to-copy pull-request workflow with the minimal permissions', () => {
    const workflow = yaml.load(yamlBlocks[0]) as {
      on: { pull_request: { types: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string }[] }>;
    };
    expect(workflow.on.pull_request.types).toEqual(['opened', 'synchronize', 'reopened', 'ready_for_review']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(Object.values(workflow.jobs)[0].steps).toEqual([{ uses: 'archdoc/archdoc@v0' }]);
  });

  it('shows the SARIF upload with security-events: write', () => {
    const upload = yaml.load(yamlBlocks[1]) as { permissions: Record<string, string>; steps: { uses: string; with?: Record<string, string> }[] };
    expect(upload.permissions['security-events']).toBe('write');
    expect(upload.steps[1]).toMatchObject({ uses: expect.stringMatching(/^github\/codeql-action\/upload-sarif@/), with: { sarif_file: '${{ steps.archdoc.outputs.sarif }}' } });
  });

  it('lists every input and output of action.yml, in its order', () => {
    expect(tableNames('Inputs')).toEqual(Object.keys(action.inputs));
    expect(tableNames('Outputs')).toEqual(Object.keys(action.outputs));
  });
});
