import type { Rule, RuleContext, RuleFinding } from '../rule.js';
import type { TextEdit } from '../../core/findings.js';
import type { RequiredField } from '../../template/model.js';
import type { MatchedSection } from '../match.js';
import { fullRange, hasContent, headingLine, inRange, ownRange } from '../scope.js';
import { fieldsIn, sameLabel, similarLabel, type DocField } from '../fields.js';
import { endInsertionOffset, fixUnlessInCode, insertAfterLine, isBlankLine, lineAt } from '../edits.js';

export const fieldMissing: Rule = {
  name: 'field-missing',
  description: 'A labelled bullet that the template requires (`- **Label**: value`) is absent or has no value.',
  severity: 'error',
  fixable: true,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const m of ctx.match.byTemplate) {
      if (!m || m.template.fields.length === 0) continue;
      const range = fullRange(m);
      if (!hasContent(ctx.doc.text, range)) continue; // section-empty says it once
      const found = fieldsIn(ctx.doc, range);
      const section = `\`${headingLine(m.heading.depth, m.heading.text)}\``;
      const present = new Map<RequiredField, DocField>();
      const missing: { want: RequiredField; finding: RuleFinding }[] = [];
      for (const want of m.template.fields) {
        const hit = found.find((f) => sameLabel(f.label, want.label));
        if (hit) {
          present.set(want, hit);
          if (hit.value === '') {
            out.push({ message: `Field **${want.label}** has no value: fill it in.`, line: hit.line, column: 1, fixable: false });
          }
          continue;
        }
        const renamed = found.find((f) => similarLabel(want.label, f.label) && !m.template.fields.some((o) => sameLabel(o.label, f.label)));
        if (renamed) {
          present.set(want, renamed);
          out.push({
            message: `Field **${renamed.label}** should be labelled **${want.label}** as in the template.`,
            line: renamed.line,
            column: 1,
            fix: [{ start: renamed.labelStart, end: renamed.labelEnd, text: want.label }],
          });
          continue;
        }
        const finding: RuleFinding = {
          message: `Missing field \`**${want.label}**\` in ${section}: add \`- **${want.label}**: ${want.placeholder}\` and fill it in.`,
          line: m.heading.line,
          column: 1,
        };
        missing.push({ want, finding });
        out.push(finding);
      }
      // All of a section's missing fields go in together (one edit group), each in its template place.
      const fix = fixUnlessInCode(
        ctx.doc,
        insertFields(
          ctx,
          m,
          present,
          missing.map((x) => x.want),
        ),
      );
      for (const { finding } of missing) Object.assign(finding, fix);
    }
    return out;
  },
};

/**
 * Each missing field goes after the field that precedes it in the template (when that one is in the
 * section's own text), else before the first field that follows it, else after the section's own content;
 * written with the list marker, indentation and label style the section already uses.
 */
function insertFields(ctx: RuleContext, m: MatchedSection, present: Map<RequiredField, DocField>, missing: RequiredField[]): TextEdit[] {
  const { doc } = ctx;
  const own = ownRange(m);
  const ownFields = new Map([...present].filter(([, f]) => inRange({ startOffset: f.lineStart }, own)));
  const sample = [...ownFields.values()][0];
  const marker = (line: number): string => /^\s*(?:[-*+]|\d+[.)])\s+/.exec(doc.lines[line - 1])?.[0] ?? '';
  const firstItem = doc.listItems.find((i) => inRange(i, own) && i.nesting === 0);
  const listChar = firstItem ? marker(firstItem.line).trim() : '-';
  // Fields written without bullets stay without; numbered lists get a plain bullet (a number would be wrong).
  const bullet = sample ? marker(sample.line).replace(/(?<!\d)\d+[.)]/, '-') : `${/^[-*+]$/.test(listChar) ? listChar : '-'} `;
  const colonInside = sample ? doc.lines[sample.line - 1].includes(':**') : false;
  const line = (f: RequiredField): string => `${bullet}**${f.label}${colonInside ? ':** ' : '**: '}${f.placeholder}`.trimEnd();

  // Insertion point -> lines to insert there, in template order (two anchors may meet at one line start).
  const groups = new Map<number, { edit: (block: string) => TextEdit; lines: string[] }>();
  const add = (edit: (block: string) => TextEdit, text: string): void => {
    const at = edit('').start;
    const g = groups.get(at) ?? { edit, lines: [] };
    g.lines.push(text);
    groups.set(at, g);
  };
  const fields = m.template.fields;
  for (const want of missing) {
    const i = fields.indexOf(want);
    const before = fields
      .slice(0, i)
      .reverse()
      .find((f) => ownFields.has(f));
    const after = fields.slice(i + 1).find((f) => ownFields.has(f));
    if (before) {
      const end = itemEndLine(ctx, ownFields.get(before)!.line);
      add((block) => insertAfterLine(doc, end, block, { blankBefore: false, blankAfter: false }), line(want));
    } else if (after) {
      const start = doc.lineStarts[ownFields.get(after)!.line - 1];
      add((block) => ({ start, end: start, text: `${block}\n` }), line(want));
    } else {
      const { line: end, list } = lastContent(ctx, m);
      // After prose or a diagram the list needs a blank line of its own; under the heading or a list it follows
      // directly. Only a list's own items may follow it without a blank line (under the heading, a subsection may).
      const blankBefore = end !== m.heading.endLine && !list;
      add((block) => insertAfterLine(doc, end, block, { blankBefore, blankAfter: !list }), line(want));
    }
  }
  return [...groups.values()].map((g) => g.edit(g.lines.join('\n'))).sort((a, b) => a.start - b.start);
}

/** Last line of the top-level list item that starts on `line` (continuation lines and sub-lists included). */
function itemEndLine(ctx: RuleContext, line: number): number {
  const item = ctx.doc.listItems.find((i) => i.line === line);
  return item ? item.endLine : line;
}

/** Last non-blank line of the section's own content (its heading when it has none), and whether it ends a list. */
function lastContent(ctx: RuleContext, m: MatchedSection): { line: number; list: boolean } {
  const { doc } = ctx;
  const own = ownRange(m);
  let last = own.end < doc.text.length ? lineAt(doc, own.end) - 1 : doc.lines.length;
  // A comment closing the document (archdoc's stamp) is not the section's: new sections go before it, and so do fields.
  const stamp = endInsertionOffset(doc);
  if (stamp < doc.text.length && stamp >= own.start) last = Math.min(last, lineAt(doc, stamp) - 1);
  while (last > m.heading.endLine && isBlankLine(doc, last)) last--;
  if (last === m.heading.endLine) return { line: last, list: false };
  const item = doc.listItems.find((i) => i.nesting === 0 && i.line <= last && i.endLine >= last && inRange(i, own));
  return item ? { line: Math.max(last, item.endLine), list: true } : { line: last, list: false };
}
