/** GitHub Actions workflow commands (`--format github`) and the order annotations are shown in. */
import type { Finding, LintReport } from '../core/findings.js';
import { RULE_IMPORTANCE, ruleRank } from './rules.js';
import { compareText } from './text.js';

export interface LocatedFinding extends Finding {
  path: string;
}

/** The annotation properties of @actions/core (`core.error(message, properties)`). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: AnnotationProperties;
}

// The escaping of @actions/core's command.ts: data escapes %, CR, LF; properties also `:` and `,`.
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,key=value::message`, in the key names the runner reads. */
export function workflowCommand(command: string, properties: AnnotationProperties, message: string): string {
  const wire: [string, string | number | undefined][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
    ['col', properties.startColumn],
    ['endColumn', properties.endColumn],
  ];
  const props = wire
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function toAnnotation(f: LocatedFinding): Annotation {
  const endLine = Math.max(f.line, f.endLine ?? f.line);
  const properties: AnnotationProperties = {
    title: `archdoc ${f.rule}`,
    file: f.path.replace(/\\/g, '/'),
    startLine: f.line,
    endLine,
  };
  // GitHub rejects a column on an annotation that spans several lines.
  if (endLine === f.line) properties.startColumn = f.column;
  return { level: f.severity, message: f.message, properties };
}

/**
 * Only 10 error and 10 warning annotations show per step, so the order decides what a reviewer sees:
 * errors first, then by rule importance, then by file and line. Stable for equal keys.
 */
export function prioritizeAnnotations<T extends Finding & { path?: string }>(findings: readonly T[], importance: readonly string[] = RULE_IMPORTANCE): T[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
      ruleRank(a.rule, importance) - ruleRank(b.rule, importance) ||
      (ruleRank(a.rule, importance) === importance.length ? compareText(a.rule, b.rule) : 0) ||
      compareText(a.path ?? '', b.path ?? '') ||
      a.line - b.line ||
      a.column - b.column,
  );
}

export function locatedFindings(report: LintReport): LocatedFinding[] {
  return report.files.flatMap((file) => file.findings.map((f) => ({ ...f, path: file.path })));
}

/** Every finding as a workflow command, most important first, one per line. */
export function renderWorkflowCommands(report: LintReport): string {
  const lines = prioritizeAnnotations(locatedFindings(report)).map((f) => {
    const a = toAnnotation(f);
    return workflowCommand(a.level, a.properties, a.message);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
