/** Build the document model from a lint context: the rules and the commands read the same facts. */
import type { RuleContext } from '../lint/rule.js';
import type { ParsedDocument } from '../markdown/parse.js';
import { HTTP_METHODS } from '../lint/endpoints.js';
import { fieldsIn } from '../lint/fields.js';
import { normalizeHeading } from '../lint/match.js';
import type { DiagramModel, DocumentModel, ModelEndpoint, StackField } from './model.js';

const built = new WeakMap<RuleContext, DocumentModel>();

/** The model of the context's document, built once per lint run however many rules ask. */
export function modelOf(ctx: RuleContext): DocumentModel {
  let m = built.get(ctx);
  if (!m) {
    m = buildModel(ctx);
    built.set(ctx, m);
  }
  return m;
}

function sectionAt(doc: ParsedDocument, offset: number): string {
  let text = '';
  for (const h of doc.headings) {
    if (h.startOffset >= offset) break;
    text = h.text;
  }
  return text;
}

function diagramsOf(ctx: RuleContext): DiagramModel[] {
  return ctx.diagrams.map(({ block, analysis }, index) => {
    // Positions inside a diagram count from its first content line; the model speaks in document lines.
    const at = <T extends { line: number; column: number }>(x: T): T => ({ ...x, line: block.contentLine + x.line - 1, column: block.indent + x.column });
    const d: DiagramModel = {
      index,
      type: analysis.type,
      ...(analysis.title ? { title: analysis.title } : {}),
      section: sectionAt(ctx.doc, block.startOffset),
      line: block.line,
      source: block.value,
      parsed: !analysis.error,
    };
    if (analysis.c4) {
      const relations = analysis.c4.relations.map((r) => ({
        ...at(r),
        fromLine: block.contentLine + r.fromLine - 1,
        fromColumn: block.indent + r.fromColumn,
        toLine: block.contentLine + r.toLine - 1,
        toColumn: block.indent + r.toColumn,
      }));
      d.c4 = { elements: analysis.c4.elements.map(at), relations };
    }
    if (analysis.er) d.er = { entities: analysis.er.entities.map(at), relationships: analysis.er.relationships.map(at) };
    return d;
  });
}

const ENDPOINT = new RegExp(String.raw`^\x60(${HTTP_METHODS.join('|')})[ \t]+(/[^\x60\s]*)\x60(.*)$`);

/** Every bullet that starts with `` `METHOD /path` ``, wherever the document lists it (real documents move Key Endpoints around). */
function endpointsOf(ctx: RuleContext): ModelEndpoint[] {
  return ctx.doc.listItems.flatMap((item) => {
    const m = ENDPOINT.exec(item.raw.trim());
    if (!m) return [];
    const description = m[3].replace(/^\s*[-–—:]\s*/, '').trim();
    return [{ method: m[1], path: m[2], description, line: item.line, column: item.column }];
  });
}

/** The `Technology Stack` section's labelled bullets (wherever the document puts that heading). */
function stackOf(doc: ParsedDocument): StackField[] {
  const section = doc.sections.find((s) => /\btech(?:nology|nologies)?\s+stack\b/.test(normalizeHeading(s.heading.text)));
  if (!section) return [];
  return fieldsIn(doc, { start: section.heading.endOffset, end: section.ownEndOffset }).map((f) => ({
    label: f.label,
    value: f.value,
    line: f.line,
    column: 1,
  }));
}

function buildModel(ctx: RuleContext): DocumentModel {
  return { diagrams: diagramsOf(ctx), endpoints: endpointsOf(ctx), stack: stackOf(ctx.doc) };
}
