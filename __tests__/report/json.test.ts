import { renderJson, toJsonReport } from '../../src/report/json.js';
import { finding, reportOf } from './fixtures.js';

describe('--format json', () => {
  it('prints exactly the SPEC §5 shape, without internal fields', () => {
    const report = reportOf({
      'docs/02_architecture.md': [
        finding({ endLine: 14, fix: [{ start: 0, end: 0, text: '## 3. Data Model\n' }] }),
        finding({ rule: 'placeholder', severity: 'warning', message: 'Replace `[TBD]`.', line: 30, column: 7, fixable: false }),
      ],
    });
    const parsed: unknown = JSON.parse(renderJson(report));
    expect(parsed).toStrictEqual({
      files: [
        {
          path: 'docs/02_architecture.md',
          findings: [
            { rule: 'section-missing', severity: 'error', message: 'Section "## 3. Data Model" is missing.', line: 12, column: 1, fixable: true },
            { rule: 'placeholder', severity: 'warning', message: 'Replace `[TBD]`.', line: 30, column: 7, fixable: false },
          ],
        },
      ],
      errors: 1,
      warnings: 1,
    });
    // Field order is part of what users see (and diff) in CI logs.
    expect(Object.keys(toJsonReport(report).files[0].findings[0])).toEqual(['rule', 'severity', 'message', 'line', 'column', 'fixable']);
    expect(Object.keys(parsed as object)).toEqual(['files', 'errors', 'warnings']);
  });

  it('prints one line by default and counts from the findings themselves', () => {
    const report = { ...reportOf({ 'a.md': [finding(), finding({ line: 20 })] }), errors: 99, warnings: 5 };
    const text = renderJson(report);
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toMatchObject({ errors: 2, warnings: 0 });
  });

  it('reports a clean file with an empty findings list', () => {
    expect(JSON.parse(renderJson(reportOf({ 'docs/02_architecture.md': [] })))).toStrictEqual({
      files: [{ path: 'docs/02_architecture.md', findings: [] }],
      errors: 0,
      warnings: 0,
    });
  });
});
