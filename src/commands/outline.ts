/** `archdoc outline`: how the document's headings map onto the template (SPEC §5), for people or tools. */
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { showControls as plain } from '../core/log-line.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { localSource } from '../evaluate/local-source.js';
import type { DocumentOutline } from '../evaluate/outline.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import type { CommandIO } from './io.js';

export interface OutlineOptions {
  files: string[];
  template?: string;
  config?: string;
  format: 'pretty' | 'json';
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
      for (const h of d.others)
        out += `    ${String(h.line).padStart(lineWidth)}  ${plain(h.heading)}${h.duplicateOf ? `  (repeats ${plain(h.duplicateOf)})` : ''}\n`;
    }
  }
  return out;
}

export function runOutline(io: CommandIO, opts: OutlineOptions): number {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}), source: COMMAND_LINE });
  // Parse and match only: the outline without running the rules (no diagram is parsed by mermaid).
  const docs = targets.map((target) => evaluateDocument(target, localSource(repo, target)).outline());
  io.out(opts.format === 'json' ? `${JSON.stringify({ files: docs })}\n` : renderPretty(docs));
  return 0;
}
