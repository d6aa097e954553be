/** `--format json` (SPEC §5): one object, only the contract fields, counts that agree with the findings. */
import type { LintReport, OutlineEntry } from '../core/findings.js';

interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  fixable: boolean;
}

export interface JsonReport {
  files: { path: string; findings: JsonFinding[]; outline?: OutlineEntry[] }[];
  errors: number;
  warnings: number;
}

export function toJsonReport(report: LintReport): JsonReport {
  let errors = 0;
  let warnings = 0;
  const files = report.files.map((file) => ({
    path: file.path,
    // Built field by field so internal fields (fix edits, endLine) never leak into the contract.
    findings: file.findings.map((f): JsonFinding => {
      if (f.severity === 'error') errors++;
      else warnings++;
      return { rule: f.rule, severity: f.severity, message: f.message, line: f.line, column: f.column, fixable: f.fixable };
    }),
    ...(file.outline
      ? { outline: file.outline.map((o) => ({ section: o.section, level: o.level, line: o.line, heading: o.heading, matchedBy: o.matchedBy })) }
      : {}),
  }));
  return { files, errors, warnings };
}

/** The JSON text (no trailing newline). `indent` 0 (default) prints one line, handy for `jq` and log scrapers. */
export function renderJson(report: LintReport, options: { indent?: number } = {}): string {
  return JSON.stringify(toJsonReport(report), null, options.indent || undefined);
}
