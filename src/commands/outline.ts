/** `archdoc outline`: how the document's headings map onto the template (SPEC §5), for people or tools. */
import type { OutlineEntry } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { parseForLint } from '../lint/lint.js';
import { matchSections } from '../lint/match.js';
import { outlineOf } from '../lint/outline.js';
import { headingLine } from '../lint/scope.js';
import { showControls as plain } from '../core/log-line.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import { resolveTemplate } from '../template/load.js';
import type { TemplateModel } from '../template/model.js';
import { targetOrigins } from './origins.js';
import type { CommandIO } from './io.js';

export interface OutlineOptions {
  files: string[];
  template?: string;
  config?: string;
  format: 'pretty' | 'json';
}

interface OtherHeading {
  heading: string;
  line: number;
  /** The template section it repeats, when it is a second copy of one. */
  duplicateOf?: string;
}

interface DocumentOutline {
  path: string;
  outline: OutlineEntry[];
  /** The document's headings that stand for no template section (extra sections, repeats). */
  others: OtherHeading[];
}

/** Parse and match only: the outline without running the rules (no diagram is parsed by mermaid). */
function outlineText(text: string, path: string, template: TemplateModel): DocumentOutline {
  const doc = parseForLint(text, path);
  const match = matchSections(template, doc);
  const taken = new Set(match.byTemplate.flatMap((m) => (m ? [m.heading.index] : [])));
  const repeats = new Map(match.duplicates.map((d) => [d.heading.index, headingLine(d.template.depth, d.template.heading)]));
  const others = doc.headings
    .filter((h) => !taken.has(h.index))
    .map((h): OtherHeading => {
      const of = repeats.get(h.index);
      return { heading: headingLine(h.depth, h.text), line: h.line, ...(of ? { duplicateOf: of } : {}) };
    });
  return { path, outline: outlineOf(template, match), others };
}

function renderPretty(docs: DocumentOutline[]): string {
  let out = '';
  for (const d of docs) {
    out += `${plain(d.path)}\n`;
    const width = Math.max(0, ...d.outline.map((o) => o.section.length));
    const lineWidth = Math.max(4, ...d.outline.map((o) => String(o.line ?? '').length));
    for (const o of d.outline) {
      const where = o.line === null ? '—'.padEnd(lineWidth) : String(o.line).padStart(lineWidth);
      const found = o.heading === null ? 'missing' : `${plain(o.heading)}  (${o.matchedBy.join(', ')})`;
      out += `  ${plain(o.section).padEnd(width)}  ${where}  ${found}\n`;
    }
    if (d.others.length) {
      out += `  other headings:\n`;
      for (const h of d.others) out += `    ${String(h.line).padStart(lineWidth)}  ${plain(h.heading)}${h.duplicateOf ? `  (repeats ${plain(h.duplicateOf)})` : ''}\n`;
    }
  }
  return out;
}

export function runOutline(io: CommandIO, opts: OutlineOptions): number {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}), source: COMMAND_LINE });
  const docs = targets.map((target) => {
    const from = targetOrigins(target);
    const text = repo.read(target.doc, from.doc, 'document');
    const template = resolveTemplate(target.template, (p) => repo.read(p, from.template, 'template'));
    return outlineText(text, target.doc, template);
  });
  io.out(opts.format === 'json' ? `${JSON.stringify({ files: docs })}\n` : renderPretty(docs));
  return 0;
}
