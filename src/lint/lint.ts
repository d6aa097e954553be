/** Run the rule catalogue over one document: parse -> match -> diagrams -> rules -> findings. */
import { compareFindings, type Finding, type OutlineEntry, type SeveritySetting } from '../core/findings.js';
import { computeLineStarts, parseDocument, type CodeBlock, type ParsedDocument } from '../markdown/parse.js';
import { maskOpenFences, openFences, type OpenFence } from '../markdown/fences.js';
import type { TemplateModel } from '../template/model.js';
import { matchSections } from './match.js';
import { outlineOf } from './outline.js';
import { findChatResidue, maskWrapper } from './chat.js';
import { RULES } from './rules/index.js';
import type { DiagramInfo, Rule, RuleContext, RuleFinding } from './rule.js';
import type { SourceFile } from '../drift/stamp.js';

export interface LintOptions {
  template: TemplateModel;
  /** Per-rule severity overrides from the config: `off` drops the rule. */
  rules?: Record<string, SeveritySetting>;
  /** Extra rules run after the catalogue (e.g. requirements-drift, which needs outside facts). */
  extraFindings?: Finding[];
  /** Run the off-by-default (heuristic) rules too. */
  strict?: boolean;
  /** The requirements the document answers, for requirement-untraced. */
  requirements?: SourceFile[];
}

export interface LintResult {
  doc: ParsedDocument;
  findings: Finding[];
  outline: OutlineEntry[];
}

/**
 * Parse, seeing through a whole-document code-fence wrapper so the document inside is still checked,
 * and reading a fence left open as a block that ends where its content does (fence-unclosed reports
 * it), so the sections after it are still sections.
 */
export function parseForLint(text: string, path: string): ParsedDocument {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const residue = findChatResidue(lines);
  const lineStarts = computeLineStarts(text);
  const unwrapped = residue.wrapper ? maskWrapper(text, lineStarts, residue) : text;
  const open = openFences(residue.wrapper ? unwrapped.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)) : lines);
  if (!residue.wrapper && open.length === 0) return parseDocument(text, path);
  const doc = parseDocument(maskOpenFences(unwrapped, lineStarts, open), path);
  const codeBlocks = [...doc.codeBlocks, ...open.map((f) => openBlock(text, lines, lineStarts, f))].sort((a, b) => a.startOffset - b.startOffset);
  return { ...doc, text, lines, codeBlocks };
}

/** An open fence as the code block its author meant: from the fence to its last content line, not closed. */
function openBlock(text: string, lines: string[], lineStarts: number[], f: OpenFence): CodeBlock {
  const strip = new RegExp(`^ {0,${f.indent}}`);
  const content = lines.slice(f.openLine, f.lastLine).map((l) => l.replace(strip, ''));
  const end = f.lastLine < lines.length ? lineStarts[f.lastLine] - 1 : text.length;
  return {
    line: f.openLine,
    column: f.indent + 1,
    endLine: f.lastLine,
    startOffset: lineStarts[f.openLine - 1] + f.indent,
    endOffset: end,
    lang: f.lang,
    meta: f.meta,
    value: content.join('\n'),
    contentLine: f.openLine + 1,
    indent: f.indent,
    closed: false,
  };
}

async function analyzeAll(doc: ParsedDocument): Promise<DiagramInfo[]> {
  const blocks = doc.codeBlocks.filter((c) => c.lang === 'mermaid');
  if (blocks.length === 0) return [];
  // Loaded only now: documents without diagrams never pay for mermaid.
  const { analyzeDiagrams } = await import('../mermaid/analyze.js');
  const analyses = await analyzeDiagrams(blocks.map((b) => b.value));
  return blocks.map((block, i) => ({ block, analysis: analyses[i] }));
}

function toFinding(rule: Rule, f: RuleFinding, severity: Finding['severity']): Finding {
  return {
    rule: rule.name,
    severity,
    message: f.message,
    line: Math.max(1, f.line),
    column: Math.max(1, f.column),
    ...(f.endLine !== undefined && f.endLine > f.line ? { endLine: f.endLine } : {}),
    fixable: f.fixable ?? rule.fixable,
    ...(f.fix ? { fix: f.fix } : {}),
  };
}

/** Everything the rules read about one document (also what the document model is built from). */
export async function lintContext(text: string, path: string, template: TemplateModel, requirements?: SourceFile[]): Promise<RuleContext> {
  const doc = parseForLint(text, path);
  return { doc, template, match: matchSections(template, doc), diagrams: await analyzeAll(doc), ...(requirements ? { requirements } : {}) };
}

export async function lintText(text: string, path: string, options: LintOptions): Promise<LintResult> {
  const ctx = await lintContext(text, path, options.template, options.requirements);
  const { doc } = ctx;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.name];
    if (setting === 'off') continue;
    if (rule.offByDefault && setting === undefined && !options.strict) continue;
    const severity = setting ?? rule.severity;
    for (const f of rule.check(ctx)) findings.push(toFinding(rule, f, severity));
  }
  for (const f of options.extraFindings ?? []) {
    const setting = options.rules?.[f.rule];
    if (setting === 'off') continue;
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  const maxLine = Math.max(1, doc.lines.length);
  for (const f of findings) {
    f.line = Math.min(f.line, maxLine);
    if (f.endLine !== undefined) f.endLine = Math.min(f.endLine, maxLine);
  }
  return { doc, findings: findings.sort(compareFindings), outline: outlineOf(options.template, ctx.match) };
}
