/**
 * The settings policy of SPEC §6 as a matrix: each setting × each event × where it is set (workflow input,
 * config on the default branch, config at the pull request's head), asserting which value wins. Inputs go
 * through readInputs and configs through the real config parser, as the Action reads them.
 */
import yaml from 'js-yaml';
import { readInputs, type ActionInputs } from '../../src/action/inputs.js';
import { CHECKED_SETTINGS, parseActionConfig, resolveSettings, TRUSTED_SETTINGS, type EffectiveSettings } from '../../src/action/settings.js';
import { CONFIG_KEYS } from '../../src/config/schema.js';
import type { DocumentTarget } from '../../src/config/resolve.js';

type Source = 'input' | 'base' | 'head';
type Winner = Source | 'default';

interface Case {
  /** The config key (and the input name, where one exists). */
  key: string;
  /** Input name when it differs from the key; null: there is no input (config only). */
  input?: string | null;
  trusted: boolean;
  /** Value as written in each place (input text, config value), and the documented default. */
  values: Record<Source, unknown> & { default: unknown };
  /** How each place's value reads back from the effective settings. */
  expected?: Partial<Record<Winner, unknown>>;
  read: (r: EffectiveSettings) => unknown;
}

const field = (name: keyof ActionInputs) => (r: EffectiveSettings) => r.settings[name];
const first = (name: keyof DocumentTarget) => (r: EffectiveSettings) => r.targets[0][name];

const CASES: Case[] = [
  // Inputs equal to the default on purpose: set is set, whatever the value.
  { key: 'mode', trusted: true, values: { input: 'validate', base: 'fix', head: 'regenerate', default: 'validate' }, read: field('mode') },
  { key: 'push', trusted: true, values: { input: 'false', base: true, head: true, default: false }, expected: { input: false }, read: field('push') },
  { key: 'dry-run', trusted: true, values: { input: 'false', base: true, head: true, default: false }, expected: { input: false }, read: field('dryRun') },
  { key: 'comment', trusted: true, values: { input: 'true', base: false, head: false, default: true }, expected: { input: true }, read: field('comment') },
  { key: 'llm-provider', trusted: true, values: { input: 'anthropic', base: 'openai', head: 'groq', default: undefined }, read: field('llmProvider') },
  { key: 'llm-model', trusted: true, values: { input: 'input-model', base: 'base-model', head: 'head-model', default: undefined }, read: field('llmModel') },
  {
    key: 'llm-base-url',
    trusted: true,
    values: { input: 'https://llm.example.com/v1', base: 'https://base.example.com/v1', head: 'http://127.0.0.1:9/v1', default: undefined },
    read: field('llmBaseUrl'),
  },
  { key: 'max-attempts', trusted: true, values: { input: '3', base: 5, head: 10, default: 3 }, expected: { input: 3 }, read: field('maxAttempts') },
  { key: 'command', trusted: true, values: { input: '/archdoc', base: '/docs', head: '/pwn', default: '/archdoc' }, read: field('command') },
  {
    key: 'drift-label',
    trusted: true,
    values: { input: 'input-label', base: 'base-label', head: 'head-label', default: 'archdoc-drift' },
    read: field('driftLabel'),
  },
  { key: 'fail-on', trusted: false, values: { input: 'error', base: 'warning', head: 'never', default: 'error' }, read: field('failOn') },
  {
    key: 'doc',
    input: 'doc-path',
    trusted: false,
    values: { input: 'in.md', base: 'base.md', head: 'head.md', default: 'docs/02_architecture.md' },
    read: first('doc'),
  },
  {
    key: 'template',
    trusted: false,
    values: { input: 'in-tpl.md', base: 'base-tpl.md', head: 'head-tpl.md', default: 'architecture' },
    read: first('template'),
  },
  {
    key: 'requirements',
    trusted: false,
    values: { input: 'in/*.md', base: ['base/*.md'], head: ['head/*.md'], default: ['docs/01_requirements.md'] },
    expected: { input: ['in/*.md'] },
    read: first('requirements'),
  },
  {
    key: 'rules',
    input: null,
    trusted: false,
    values: { input: undefined, base: { 'field-missing': 'warning' }, head: { 'field-missing': 'off' }, default: {} },
    read: first('rules'),
  },
  {
    key: 'documents',
    input: null,
    trusted: false,
    values: { input: undefined, base: [{ doc: 'a.md' }, { doc: 'b.md' }], head: [{ doc: 'c.md' }], default: ['docs/02_architecture.md'] },
    expected: { base: ['a.md', 'b.md'], head: ['c.md'] },
    read: (r) => r.targets.map((t) => t.doc),
  },
];

const EVENTS = ['pull_request', 'pull_request_target', 'issue_comment', 'schedule', 'workflow_dispatch'] as const;

/** SPEC §6 as a precedence list: who may set a setting on an event, strongest first. */
function precedence(trusted: boolean, event: string): Source[] {
  return trusted || event !== 'pull_request' ? ['input', 'base'] : ['input', 'head', 'base'];
}

/** Every subset of the three places. */
const PLACES: Source[][] = [[], ['input'], ['base'], ['head'], ['input', 'base'], ['input', 'head'], ['base', 'head'], ['input', 'base', 'head']];

function configText(c: Case, value: unknown): string {
  return yaml.dump({ [c.key]: value });
}

function run(c: Case, event: string, places: Source[]): EffectiveSettings {
  const inputName = c.input === undefined ? c.key : c.input;
  const inputs = readInputs((name) => (places.includes('input') && name === inputName ? String(c.values.input) : ''));
  const base = parseActionConfig(places.includes('base') ? configText(c, c.values.base) : undefined, '.github/archdoc.yml');
  const head = parseActionConfig(places.includes('head') ? configText(c, c.values.head) : undefined, '.github/archdoc.yml');
  return resolveSettings({ event, inputs, base, head });
}

describe('which value wins: setting × event × where it is set', () => {
  for (const c of CASES) {
    for (const event of EVENTS) {
      it(`${c.key} on ${event}`, () => {
        for (const places of PLACES) {
          if (c.input === null && places.includes('input')) continue;
          const winner: Winner = precedence(c.trusted, event).find((p) => places.includes(p)) ?? 'default';
          const want = c.expected && winner in c.expected ? c.expected[winner] : c.values[winner];
          expect({ places, value: c.read(run(c, event, places)) }).toEqual({ places, value: want });
        }
      });
    }
  }
});

describe('the policy around the matrix', () => {
  const parse = (text: string) => parseActionConfig(text, '.archdoc.yml');
  const none = readInputs(() => '');

  it('lists the trusted keys a head config set, sorted, on pull_request, and ignores them', () => {
    const head = parse('mode: regenerate\nllm-base-url: http://127.0.0.1:9/v1\npush: true\nfail-on: never\n');
    const r = resolveSettings({ event: 'pull_request', inputs: none, head });
    expect(r.ignored).toEqual(['llm-base-url', 'mode', 'push']);
    expect(r.settings).toMatchObject({ mode: 'validate', push: false, failOn: 'never' });
    expect(r.settings.llmBaseUrl).toBeUndefined();
  });

  it('classifies every key of the config schema as trusted or checked, and the matrix covers each', () => {
    const schemaKeys = [...CONFIG_KEYS].sort();
    expect([...Object.keys(TRUSTED_SETTINGS), ...CHECKED_SETTINGS].sort()).toEqual(schemaKeys);
    expect(CASES.map((c) => c.key).sort()).toEqual(schemaKeys);
    expect(
      CASES.filter((c) => c.trusted)
        .map((c) => c.key)
        .sort(),
    ).toEqual(Object.keys(TRUSTED_SETTINGS).sort());
  });

  it('on pull_request a head config replaces the default branch for what is checked, as a whole file', () => {
    const base = parse('fail-on: warning\nrules:\n  field-missing: off\n');
    const head = parse('doc: docs/other.md\n');
    const r = resolveSettings({ event: 'pull_request', inputs: none, base, head });
    expect(r.settings.failOn).toBe('error');
    expect(r.targets).toEqual([
      expect.objectContaining({ doc: 'docs/other.md', template: 'architecture', requirements: ['docs/01_requirements.md'], rules: {} }),
    ]);
  });

  it('without a head config, pull_request checks what the default branch configures', () => {
    const base = parse('fail-on: warning\n');
    expect(resolveSettings({ event: 'pull_request', inputs: none, base }).settings.failOn).toBe('warning');
  });

  it('an empty input is unset; any non-empty value is set and validated', () => {
    expect(readInputs(() => '')).toEqual({ token: process.env.GITHUB_TOKEN ?? '' });
    const given = readInputs((n) => ({ push: 'false', mode: 'validate', 'max-attempts': '3', 'github-token': 't' })[n] ?? '');
    expect(given).toEqual({ token: 't', push: false, mode: 'validate', maxAttempts: 3 });
    expect(() => readInputs((n) => (n === 'push' ? 'maybe' : ''))).toThrow('input push: "maybe" is not true or false');
    expect(() => readInputs((n) => (n === 'max-attempts' ? '11' : ''))).toThrow('input max-attempts: "11" must be a whole number from 1 to 10');
  });

  it('a config file keeps refusing unknown keys and secrets, naming the line', () => {
    expect(() => parse('mode: fix\nllm-endpoint: http://x\n')).toThrow('.archdoc.yml:2: llm-endpoint: unknown key');
    expect(() => parse('llm-api-key: sk-123\n')).toThrow('.archdoc.yml:1: llm-api-key: secrets do not belong in a config file');
  });
});
