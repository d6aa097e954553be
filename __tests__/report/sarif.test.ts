import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { FINGERPRINT_KEY, artifactUri, renderSarif, toSarif, type SarifOptions } from '../../src/report/sarif.js';
import { RULES, finding, reportOf } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../test-support/sarif-2.1.0.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const options: SarifOptions = { rules: RULES, version: '1.2.3', informationUri: 'https://github.com/example/archdoc' };

const doc = ['# Architecture Design', '', '## 1. System Context (C4 Level 1)', '', '- **Auth**: [TBD]', '- **Style**: [TBD]', ''].join('\n');

function sample() {
  return reportOf({
    'docs/02_architecture.md': [
      finding({ line: 3, endLine: 4 }),
      finding({ rule: 'placeholder', severity: 'warning', message: 'Replace the placeholder `[TBD]`.', line: 5, column: 12, fixable: false }),
      finding({ rule: 'placeholder', severity: 'warning', message: 'Replace the placeholder `[TBD]`.', line: 6, column: 13, fixable: false }),
      finding({ rule: 'brand-new-rule', severity: 'warning', message: 'From a rule without metadata.', line: 1, column: 1, fixable: false }),
    ],
    'docs\\sub dir\\03_security.md': [finding({ line: 1 })],
  });
}

describe('SARIF', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const log: unknown = JSON.parse(renderSarif(sample(), { ...options, sources: { 'docs/02_architecture.md': doc } }));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('is checked by a validator that does reject bad SARIF', () => {
    const log = toSarif(sample(), options) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and every rule, with doc links under a configurable base', () => {
    const driver = toSarif(sample(), { ...options, docsBaseUrl: 'https://docs.example.com/archdoc/' }).runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'archdoc', version: '1.2.3', semanticVersion: '1.2.3', informationUri: 'https://github.com/example/archdoc' });
    expect(driver.rules.map((r) => r.id)).toEqual(['section-missing', 'placeholder', 'diagram-type', 'diagram-title', 'brand-new-rule']);
    expect(driver.rules[0]).toMatchObject({
      name: 'SectionMissing',
      shortDescription: { text: 'A template heading is absent' },
      helpUri: 'https://docs.example.com/archdoc/docs/rules/section-missing.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[0].properties.tags).toContain('fixable');
    expect(driver.rules[1].defaultConfiguration.level).toBe('warning');
    // Default docs base: the project's repository at the release tag.
    expect(toSarif(sample(), options).runs[0].tool.driver.rules[1].helpUri).toBe('https://github.com/example/archdoc/blob/v1.2.3/docs/rules/placeholder.md');
  });

  it('points each result at its rule, file and region', () => {
    const results = toSarif(sample(), options).runs[0].results;
    const rules = toSarif(sample(), options).runs[0].tool.driver.rules;
    for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results[0]).toMatchObject({
      ruleId: 'section-missing',
      level: 'error',
      message: { text: 'Section "## 3. Data Model" is missing.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/02_architecture.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 4 },
          },
        },
      ],
    });
    expect(results[1].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 12, endLine: 5 });
    // Backslashes become slashes; a space is percent-encoded so the URI stays valid.
    expect(results[4].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/sub%20dir/03_security.md');
  });

  it('writes paths relative to the repository root', () => {
    expect(artifactUri('/home/me/repo/docs/02_architecture.md', '/home/me/repo')).toEqual({ uri: 'docs/02_architecture.md', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('C:\\work\\repo\\docs\\a.md', 'C:\\work\\repo\\')).toEqual({ uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('./docs/a.md')).toEqual({ uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
  });

  it('keeps fingerprints when lines are inserted above a finding, and tells identical lines apart', () => {
    const fp = (text: string, shift: number) =>
      toSarif(
        reportOf({
          'docs/02_architecture.md': [
            finding({ rule: 'placeholder', severity: 'warning', line: 5 + shift, column: 12 }),
            finding({ rule: 'placeholder', severity: 'warning', line: 6 + shift, column: 13 }),
          ],
        }),
        { ...options, sources: { 'docs/02_architecture.md': text } },
      ).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);

    const before = fp(doc, 0);
    const after = fp(doc.replace('## 1.', 'Intro paragraph.\n\nMore intro.\n\n## 1.'), 4);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(2);
    // A different line text is a different finding.
    expect(fp(doc.replace('- **Auth**: [TBD]', '- **Auth**: [OAuth?]'), 0)[0]).not.toBe(before[0]);
  });

  it('falls back to the message (numbers masked) when the line text is unknown', () => {
    const fp = (line: number, message: string) =>
      toSarif(reportOf({ 'a.md': [finding({ line, message })] }), options).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    expect(fp(10, 'Section "Data Model" is missing (expected after line 9).')).toBe(fp(14, 'Section "Data Model" is missing (expected after line 13).'));
    expect(fp(10, 'Section "Data Model" is missing.')).not.toBe(fp(10, 'Section "Caching" is missing.'));
  });
});
