/** The README's Action section is what users copy: its workflow must work as is, its tables match action.yml. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { CHECKED_SETTINGS, TRUSTED_SETTINGS } from '../../src/action/settings.js';
import { ACTION_REF } from '../../src/version.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const section = readme.slice(readme.indexOf('## GitHub Action'), readme.indexOf('\n## ', readme.indexOf('## GitHub Action') + 1));
const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
const tableRows = (heading: string): string[][] => {
  const at = section.indexOf(`### ${heading}`);
  const table = section.slice(at, section.indexOf('\n\n', section.indexOf('| ---', at)));
  return [...table.matchAll(/^\| `([^`]+)` \|(.*)$/gm)].map((m) => [m[1], ...m[2].split(' |').map((c) => c.trim())]);
};
const tableNames = (heading: string): string[] => tableRows(heading).map((r) => r[0]);

describe('README: GitHub Action', () => {
  it('has a ready-to-copy pull-request workflow with the minimal permissions', () => {
    const workflow = yaml.load(yamlBlocks[0]) as {
      on: { pull_request: { types: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string }[] }>;
    };
    expect(workflow.on.pull_request.types).toEqual(['opened', 'synchronize', 'reopened', 'ready_for_review']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(Object.values(workflow.jobs)[0].steps).toEqual([{ uses: ACTION_REF }]);
  });

  it('shows the SARIF upload with security-events: write', () => {
    const upload = yaml.load(yamlBlocks[1]) as { permissions: Record<string, string>; steps: { uses: string; with?: Record<string, string> }[] };
    expect(upload.permissions['security-events']).toBe('write');
    expect(upload.steps[1]).toMatchObject({
      uses: expect.stringMatching(/^github\/codeql-action\/upload-sarif@/),
      with: { sarif_file: '${{ steps.archdoc.outputs.sarif }}' },
    });
  });

  it('has a ready-to-copy comment-command workflow: new comments only, minimal permissions, no checkout of the pull request', () => {
    const block = yamlBlocks.find((b) => b.includes('issue_comment:'));
    const workflow = yaml.load(block ?? '') as {
      on: { issue_comment: { types: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { if?: string; steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    expect(workflow.on).toEqual({ issue_comment: { types: ['created'] } });
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    const [job] = Object.values(workflow.jobs);
    expect(job.steps.map((st) => st.uses)).toEqual([ACTION_REF]);
    expect(job.steps[0].with?.['llm-api-key']).toBe('${{ secrets.OPENAI_API_KEY }}');
    expect(block).not.toMatch(/actions\/checkout/);
  });

  it('gives no action.yml default for inputs a config file may also set: the description and the README name it', () => {
    // An action default would reach the code as a value the workflow set, and beat the config file (SPEC §6).
    const withDefault = Object.entries(action.inputs)
      .filter(([, i]) => i.default !== undefined)
      .map(([name]) => name);
    expect(withDefault).toEqual(['github-token']);
    const inReadme = Object.fromEntries(tableRows('Inputs').map(([name, dflt]) => [name, dflt.replace(/`/g, '')]));
    for (const [name, input] of Object.entries(action.inputs)) {
      if (name === 'github-token') continue;
      const described = /Default: (.+)\.$/.exec(input.description)?.[1] ?? '';
      expect({ name, default: inReadme[name] }).toEqual({ name, default: described });
    }
  });

  it('lists every input and output of action.yml, in its order', () => {
    expect(tableNames('Inputs')).toEqual(Object.keys(action.inputs));
    expect(tableNames('Outputs')).toEqual(Object.keys(action.outputs));
  });
});

describe('README: Security', () => {
  const security = readme.slice(readme.indexOf('## Security'), readme.indexOf('\n## ', readme.indexOf('## Security') + 1));
  const rows = [...security.matchAll(/^\| (`[^|]+) \|/gm)].map((m) => [...m[1].matchAll(/`([^`]+)`/g)].map((k) => k[1]).sort());

  it('its settings table lists exactly the trusted and the checked settings of the policy', () => {
    expect(rows[0]).toEqual(Object.keys(TRUSTED_SETTINGS).sort());
    expect(rows[1].filter((k) => k !== 'doc-path')).toEqual([...CHECKED_SETTINGS].sort());
  });
});
