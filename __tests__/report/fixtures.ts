/** Findings and rule metadata written for the report tests (not copied from any corpus). */
import type { Finding, LintReport } from '../../src/core/findings.js';
import type { RuleMeta } from '../../src/report/rules.js';

export const RULES: RuleMeta[] = [
  { name: 'section-missing', description: 'A template heading is absent', severity: 'error', fixable: true, docsPath: 'docs/rules/section-missing.md' },
  { name: 'placeholder', description: 'Template placeholder text was left in', severity: 'warning', fixable: false, docsPath: 'docs/rules/placeholder.md' },
  { name: 'diagram-type', description: 'The diagram is of the wrong type', severity: 'error', fixable: false, docsPath: 'docs/rules/diagram-type.md' },
  { name: 'diagram-title', description: 'The diagram has no title', severity: 'warning', fixable: true, docsPath: 'docs/rules/diagram-title.md' },
];

export function finding(over: Partial<Finding> = {}): Finding {
  return { rule: 'section-missing', severity: 'error', message: 'Section "## 3. Data Model" is missing.', line: 12, column: 1, fixable: true, ...over };
}

export function reportOf(files: Record<string, Finding[]>): LintReport {
  let errors = 0;
  let warnings = 0;
  for (const list of Object.values(files))
    for (const f of list)
      if (f.severity === 'error') errors++;
      else warnings++;
  return { files: Object.entries(files).map(([path, findings]) => ({ path, findings })), errors, warnings };
}
