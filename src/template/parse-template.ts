/** Skeleton Markdown -> template model (SPEC §2). Pure: text in, model out. */
import { parseDocument, type ParsedDocument } from '../markdown/parse.js';
import { UsageError } from '../core/findings.js';
import type { BulletPattern, RequiredDiagram, RequiredField, TemplateModel, TemplateSection } from './model.js';
import { replaceMermaidFence, stripFences } from './fences.js';

// `\s*((?:\S.*)?)$` captures what `\s*(.*)$` did without the two quantifiers trading spaces (quadratic).
const FIELD = /^\*\*([^*]+)\*\*\s*:\s*((?:\S.*)?)$|^\*\*([^*]+?):\*\*\s*((?:\S.*)?)$/;
const PATTERN = /^`([^`]+)`\s*[-–—:]\s*((?:\S.*)?)$/;

/**
 * The `[...]` spans of a text, as /\[[^\]\n]+\]/g (or /\[[^\]]+\]/g across lines) matched them, in one pass:
 * the regex rescanned the rest of the line from every `[` that had no `]` after it.
 */
function bracketSpans(text: string, acrossLines: boolean): string[] {
  const out: string[] = [];
  for (let open = text.indexOf('['); open !== -1;) {
    let close = open + 1;
    while (close < text.length && text[close] !== ']' && (acrossLines || text[close] !== '\n')) close++;
    if (text[close] === ']' && close > open + 1) out.push(text.slice(open, close + 1));
    open = text.indexOf('[', close);
  }
  return out;
}

export function parseField(raw: string): { label: string; value: string } | undefined {
  const m = FIELD.exec(raw.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? { label: m[1].trim(), value: m[2].trim() } : { label: m[3].trim(), value: m[4].trim() };
}

/** The skeleton part of a template file: the `Output Structure` section up to the next `---`, or all of it. */
export function extractSkeleton(text: string): string {
  const doc = parseDocument(text);
  const start = doc.headings.find((h) => /^output structure$/i.test(h.text));
  if (!start) return text;
  const after = doc.root.children.find((n) => n.type === 'thematicBreak' && (n.position?.start.offset ?? 0) > start.endOffset);
  const end = after?.position?.start.offset ?? text.length;
  return text.slice(start.endOffset, end).replace(/^\r?\n/, '');
}

function diagramOf(doc: ParsedDocument, start: number, end: number): RequiredDiagram | undefined {
  const block = doc.codeBlocks.find((c) => c.lang === 'mermaid' && c.startOffset >= start && c.startOffset < end);
  if (!block) return undefined;
  const lines = block.value.split('\n').map((l) => l.trim());
  const first = lines.find((l) => l && !l.startsWith('%%'));
  if (!first) return undefined;
  const type = first.split(/\s+/)[0];
  const titleLine = lines.find((l) => /^title\s+\S/.test(l));
  const title = titleLine?.replace(/^title\s+/, '').trim();
  const skeleton = [first, ...(title ? [`    title ${title}`] : []), '    %% ...'].join('\n');
  return { type, ...(title ? { title } : {}), skeleton };
}

export function parseTemplate(text: string, name: string): TemplateModel {
  const skeleton = extractSkeleton(text);
  const doc = parseDocument(skeleton, name);
  if (doc.headings.length === 0) {
    throw new UsageError(`template ${name}: no headings found; a template is a Markdown skeleton with the required headings`);
  }
  const sections: TemplateSection[] = [];
  const placeholders = new Set<string>();
  const placeholderCode = new Set<string>();
  const stack: TemplateSection[] = [];
  for (const s of doc.sections) {
    const h = s.heading;
    const start = h.endOffset;
    const end = s.ownEndOffset;
    const fields: RequiredField[] = [];
    const patterns: BulletPattern[] = [];
    for (const item of doc.listItems) {
      if (item.startOffset < start || item.startOffset >= end) continue;
      const field = parseField(item.raw);
      if (field) {
        fields.push({ label: field.label, placeholder: field.value });
        continue;
      }
      const p = PATTERN.exec(item.raw.trim());
      if (p && bracketSpans(p[1], true).length > 0) {
        const tokens = p[1]
          .trim()
          .split(/\s+/)
          .map((t) => t.replace(/^\[|\]$/g, '').toLowerCase());
        patterns.push({ code: p[1], tokens, description: p[2].trim(), example: `- ${item.raw.trim()}` });
        placeholderCode.add(p[1]);
      }
    }
    const ownText = skeleton.slice(start, end);
    const prose = stripFences(ownText).replace(/`[^`\n]*`/g, '');
    for (const span of bracketSpans(prose, false)) placeholders.add(span);
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const diagram = diagramOf(doc, start, end);
    const section: TemplateSection = {
      index: sections.length,
      depth: h.depth,
      heading: h.text,
      ...(parent ? { parent: parent.index } : {}),
      ...(diagram ? { diagram } : {}),
      fields,
      patterns,
      freeContent: /^[^\S\n\r\u2028\u2029]*\.\.\.[^\S\n\r\u2028\u2029]*$/m.test(prose),
      body: skeletonBody(ownText, diagram),
    };
    sections.push(section);
    stack.push(section);
  }
  // Task boxes (`[ ]`, `[x]`) and brackets of blanks hold nothing to fill in.
  for (const p of [...placeholders]) if (!p.slice(1, -1).trim() || p === '[x]') placeholders.delete(p);
  return { name, sections, placeholders: [...placeholders], placeholderCode: [...placeholderCode] };
}

/** The section's own skeleton with its diagram reduced to type and title: illustrations are not content to insert. */
function skeletonBody(ownText: string, diagram: RequiredDiagram | undefined): string {
  const body = ownText.replace(/^\s*\n/, '').trimEnd();
  if (!diagram) return body;
  return replaceMermaidFence(body, (indent, fence) => `${indent}${fence}mermaid\n${diagram.skeleton}\n${indent}${fence}`);
}
