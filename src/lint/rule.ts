/** The shape of a rule: one file each under rules/, with its name, description, default severity and fixability. */
import type { Severity, TextEdit } from '../core/findings.js';
import type { ParsedDocument, CodeBlock } from '../markdown/parse.js';
import type { TemplateModel } from '../template/model.js';
import type { DiagramAnalysis } from '../mermaid/types.js';
import type { SectionMatch } from './match.js';
import type { SourceFile } from '../drift/stamp.js';

export interface RuleFinding {
  message: string;
  line: number;
  column: number;
  endLine?: number;
  /** Overrides the rule's default when a particular finding can (or cannot) be fixed. */
  fixable?: boolean;
  fix?: TextEdit[];
}

export interface DiagramInfo {
  block: CodeBlock;
  analysis: DiagramAnalysis;
}

export interface RuleContext {
  doc: ParsedDocument;
  template: TemplateModel;
  match: SectionMatch;
  /** Every ```mermaid block of the document, analysed by mermaid, in document order. */
  diagrams: DiagramInfo[];
  /** The requirements the document answers, when the caller read them (requirement-untraced). */
  requirements?: SourceFile[];
}

export interface RuleMeta {
  name: string;
  description: string;
  severity: Severity;
  fixable: boolean;
  /** A heuristic rule: runs only when the config names it or `--strict` is given. */
  offByDefault?: boolean;
  /** Extra SARIF tags (e.g. `security`). */
  tags?: readonly string[];
  docsPath: string;
}

export interface Rule extends Omit<RuleMeta, 'docsPath'> {
  check(ctx: RuleContext): RuleFinding[];
}

export function docsPathOf(name: string): string {
  return `docs/rules/${name}.md`;
}
