/** Check one document's text against its target's template and rules: the engine the CLI and the Action share. */
import type { Finding, FileReport } from '../core/findings.js';
import { lintText, type LintOptions, type LintResult } from '../lint/lint.js';
import { resolveTemplate, type ReadText } from '../template/load.js';
import type { TemplateModel } from '../template/model.js';
import type { DocumentTarget } from '../config/resolve.js';

export interface CheckResult extends LintResult {
  template: TemplateModel;
  report: FileReport;
}

export async function checkText(
  text: string,
  target: DocumentTarget,
  readText: ReadText,
  extraFindings: Finding[] = [],
  more: Pick<LintOptions, 'strict' | 'requirements'> = {},
): Promise<CheckResult> {
  const template = resolveTemplate(target.template, readText);
  const result = await lintText(text, target.doc, { template, rules: target.rules, extraFindings, ...more });
  return { ...result, template, report: { path: target.doc, findings: result.findings, outline: result.outline } };
}
