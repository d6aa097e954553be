import type { Nodes, Parent } from 'mdast';
import type { Rule, RuleContext, RuleFinding } from '../rule.js';
import { positionAt } from '../../markdown/parse.js';
import { fieldsIn } from '../fields.js';

const MARKER = /\b(TODO|TBD|FIXME)\b/g;
const LONE_BRACKET = /^\[[^\]\n]+\]$/;
const ELLIPSIS = /^(?:\.\.\.|…)$/;

/** Text, inline code and paragraphs outside links, code blocks and HTML. */
function walk(node: Nodes, visit: (n: Nodes, parent: Parent | undefined) => void, parent?: Parent): void {
  // Code blocks and HTML are leaves that are neither text nor inline code: only links need skipping.
  if (node.type === 'link' || node.type === 'linkReference') return;
  visit(node, parent);
  if ('children' in node) for (const c of node.children as Nodes[]) walk(c, visit, node as Parent);
}

export const placeholder: Rule = {
  name: 'placeholder',
  description: 'Template placeholder text (`[...]`, a lone `...`, TODO/TBD) was left in the document.',
  severity: 'error',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    const at = (offset: number, message: string): void => {
      if (seen.has(offset)) return;
      seen.add(offset);
      const p = positionAt(ctx.doc.lineStarts, offset);
      out.push({ message, line: p.line, column: p.column });
    };
    walk(ctx.doc.root, (n, parent) => {
      const start = n.position?.start.offset;
      if (start === undefined) return;
      if (n.type === 'text') {
        // A text node's value is not its source (line endings and the blanks before them are normalised):
        // find each token in the source itself, in order, rather than adding its index to the start.
        const source = ctx.doc.text.slice(start, n.position?.end.offset ?? start);
        const sourceAt = (token: string, from: number): number => {
          const k = source.indexOf(token, from);
          return k === -1 ? from : k;
        };
        for (const p of ctx.template.placeholders) {
          let from = 0;
          for (let i = n.value.indexOf(p); i !== -1; i = n.value.indexOf(p, i + p.length)) {
            from = sourceAt(p, from);
            at(start + from, `Placeholder \`${p}\` left from the template: replace it with real content.`);
            from += p.length;
          }
        }
        let from = 0;
        for (const m of n.value.matchAll(MARKER)) {
          from = sourceAt(m[0], from);
          at(start + from, `\`${m[0]}\` left in the document: resolve it.`);
          from += m[0].length;
        }
        if (ELLIPSIS.test(n.value) && parent?.type === 'paragraph' && parent.children.length === 1) {
          at(start, 'A lone `...` stands where content belongs: write the content.');
        }
      } else if (n.type === 'inlineCode' && ctx.template.placeholderCode.includes(n.value)) {
        at(start, `Placeholder \`${n.value}\` left from the template: replace it with a real value.`);
      }
    });
    lonelyFieldValues(ctx, at);
    diagramEllipses(ctx, at);
    // Left unsorted: the lint engine sorts every rule's findings.
    return out;
  },
};

/** `- **Auth**: [Pick one]`: a bracketed value standing alone where a field's value belongs. */
function lonelyFieldValues(ctx: RuleContext, at: (offset: number, message: string) => void): void {
  // mdast gives a definition's identifier normalised: lower case, blanks collapsed and trimmed; so is the label here.
  const definitions = new Set(ctx.doc.root.children.flatMap((n) => (n.type === 'definition' ? [n.identifier] : [])));
  for (const f of fieldsIn(ctx.doc, { start: 0, end: ctx.doc.text.length })) {
    if (!LONE_BRACKET.test(f.value) || definitions.has(f.value.slice(1, -1).replace(/\s+/g, ' ').trim().toLowerCase())) continue;
    const offset = f.lineStart + ctx.doc.lines[f.line - 1].lastIndexOf(f.value);
    at(offset, `Field **${f.label}** still holds the placeholder \`${f.value}\`: replace it with a real value.`);
  }
}

/** The template's `...` inside a diagram (also as a `%% ...` comment): the diagram is still a skeleton. */
function diagramEllipses(ctx: RuleContext, at: (offset: number, message: string) => void): void {
  for (const block of ctx.doc.codeBlocks) {
    if (block.lang !== 'mermaid') continue;
    // An unclosed block ends at its last content line, a closed one at its closing fence.
    const last = block.closed ? block.endLine - 1 : block.endLine;
    for (let lineNo = block.contentLine; lineNo <= last; lineNo++) {
      const text = ctx.doc.lines[lineNo - 1];
      if (/^\s*(?:%%\s*)?(?:\.\.\.|…)\s*$/.test(text)) {
        at(ctx.doc.lineStarts[lineNo - 1] + text.search(/\S/), "The diagram still holds the template's `...`: draw the real diagram.");
      }
    }
  }
}
