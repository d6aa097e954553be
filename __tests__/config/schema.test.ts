/**
 * The published config schema (schema/archdoc.schema.json) is what the validator uses, what editors read
 * through the modeline `archdoc init` writes, and what the generated config follows: the file on disk,
 * the rule catalogue, the Action's defaults and `parseConfig`'s verdicts all agree.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { parseConfig } from '../../src/config/file.js';
import { CONFIG } from '../../src/commands/init.js';
import { RULE_METAS } from '../../src/lint/catalogue.js';
import { DEFAULTS } from '../../src/action/inputs.js';
import { SCHEMA_URL } from '../../src/version.js';

interface Property {
  default?: unknown;
  description?: string;
}
const published = JSON.parse(readFileSync(new URL('../../schema/archdoc.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  properties: Record<string, Property>;
  definitions: { rules: { properties: Record<string, Property> } };
};
const fromDisk = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(published);

/** The verdict of the published file alone (an editor's view), next to archdoc's own. */
function verdicts(text: string): { editor: boolean; archdoc: string } {
  let archdoc = 'ok';
  try {
    parseConfig(text, '.github/archdoc.yml');
  } catch (e) {
    archdoc = (e as Error).message;
  }
  return { editor: fromDisk(yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}), archdoc };
}

test('the schema lives where the modeline and the package point, and names every rule of the catalogue', () => {
  expect(published.$id).toBe(SCHEMA_URL);
  expect(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).files).toContain('schema');
  const rules = published.definitions.rules.properties;
  expect(Object.keys(rules)).toEqual(RULE_METAS.map((r) => r.name));
  for (const r of RULE_METAS) {
    const fallback = r.offByDefault ? `off (turned on: ${r.severity})` : r.severity;
    expect(rules[r.name].description).toBe(`${r.description} Default: ${fallback}.`);
  }
});

test("the schema's defaults are the Action's documented defaults", () => {
  const p = published.properties;
  expect({
    mode: p.mode.default,
    doc: p.doc.default,
    requirements: p.requirements.default,
    template: p.template.default,
    comment: p.comment.default,
    push: p.push.default,
    'fail-on': p['fail-on'].default,
    'max-attempts': p['max-attempts'].default,
    command: p.command.default,
    'drift-label': p['drift-label'].default,
    'dry-run': p['dry-run'].default,
  }).toEqual({
    mode: DEFAULTS.mode,
    doc: DEFAULTS.docPath,
    requirements: DEFAULTS.requirements,
    template: DEFAULTS.template,
    comment: DEFAULTS.comment,
    push: DEFAULTS.push,
    'fail-on': DEFAULTS.failOn,
    'max-attempts': DEFAULTS.maxAttempts,
    command: DEFAULTS.command,
    'drift-label': DEFAULTS.driftLabel,
    'dry-run': DEFAULTS.dryRun,
  });
});

describe('the published file and the validator agree', () => {
  test.each([
    ['the keys with their defaults', 'mode: validate\nfail-on: error\nrequirements: [docs/01_requirements.md]\n'],
    ['a $schema key, as some editors want it', `$schema: ${SCHEMA_URL}\ndoc: docs/02_architecture.md\n`],
    ['requirements as one string', 'requirements: docs/*.md\n'],
    ['several documents with their own rules', 'documents:\n  - doc: a.md\n    rules:\n      section-empty: warning\n'],
  ])('accepted: %s', (_name, text) => {
    expect(verdicts(text)).toEqual({ editor: true, archdoc: 'ok' });
  });

  test.each([
    ['an unknown key', 'doc: a.md\nmodes: fix\n', '.github/archdoc.yml:2: modes: unknown key'],
    ['an unknown rule', 'rules:\n  diagram-titel: off\n', '.github/archdoc.yml:2: rules.diagram-titel: unknown rule (run `archdoc rules` for the list)'],
    [
      'an unknown rule in a document',
      'documents:\n  - doc: a.md\n    rules:\n      nope: off\n',
      '.github/archdoc.yml:4: documents.0.rules.nope: unknown rule (run `archdoc rules` for the list)',
    ],
    ['a severity that is not one', 'rules:\n  section-empty: fatal\n', '.github/archdoc.yml:2: rules.section-empty: must be one of off, warning, error'],
    ['a wrong type', 'comment: sometimes\n', '.github/archdoc.yml:1: comment: must be boolean'],
    ['requirements as a mapping', 'requirements:\n  a: b\n', '.github/archdoc.yml:1: requirements: must be a string or a list of strings'],
    ['a document without doc', 'documents:\n  - template: architecture\n', "documents.0: must have required property 'doc'"],
    ['max-attempts out of range', 'max-attempts: 11\n', '.github/archdoc.yml:1: max-attempts: must be <= 10'],
    ['a $schema that is not a string', '$schema: 3\n', '.github/archdoc.yml:1: $schema: must be string'],
  ])('refused: %s, naming the key and its line', (_name, text, message) => {
    const v = verdicts(text);
    expect(v.editor).toBe(false);
    expect(v.archdoc).toContain(message);
  });
});

describe('the config `archdoc init` writes', () => {
  test('points editors at the published schema and spells out exactly the defaults', () => {
    expect(CONFIG.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
    expect(verdicts(CONFIG)).toEqual({ editor: true, archdoc: 'ok' });
    const set = yaml.load(CONFIG) as Record<string, unknown>;
    const defaults = Object.fromEntries(
      Object.entries(published.properties)
        .filter(([, p]) => p.default !== undefined)
        .map(([k, p]) => [k, p.default]),
    );
    expect(set).toEqual(defaults);
  });

  test('its commented example is valid once uncommented, and takes effect', () => {
    const lines = CONFIG.split('\n');
    const start = lines.findIndex((l) => l.startsWith('# Example:'));
    expect(start).toBeGreaterThan(0);
    const uncommented = [...lines.slice(0, start + 1), ...lines.slice(start + 1).map((l) => l.replace(/^# ?/, ''))].join('\n');
    expect(verdicts(uncommented)).toEqual({ editor: true, archdoc: 'ok' });
    const cfg = parseConfig(uncommented, '.github/archdoc.yml');
    expect(cfg.rules).toEqual({ 'diagram-title': 'warning', 'endpoint-duplicate': 'off' });
    expect(cfg.documents?.map((d) => d.doc)).toEqual(['docs/02_architecture.md', 'services/billing/docs/02_architecture.md']);
    expect(cfg.documents?.[1]).toMatchObject({ requirements: ['services/billing/docs/01_requirements.md'], rules: { 'section-empty': 'warning' } });
  });
});
