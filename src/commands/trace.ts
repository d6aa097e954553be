/** `archdoc trace`: the traceability matrix, each requirement with the sections and diagram elements that cite it. */
import { UsageError } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import { requirementsOf, traceMatrix, type Citation, type TraceRow } from '../model/requirements.js';
import { plain } from '../model/terminal.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { localSource } from '../evaluate/local-source.js';
import type { CommandIO } from './io.js';

export interface TraceOptions {
  doc?: string;
  requirements: string[];
  template?: string;
  config?: string;
  format: 'pretty' | 'json';
}

interface TraceResult {
  doc: string;
  requirements: string[];
  matrix: TraceRow[];
}

function where(c: Citation): string {
  const d = c.diagram ? ` ${c.diagram.type}${c.diagram.element ? ` ${c.diagram.element}` : ''}` : '';
  return `${c.line}${c.section ? ` ${c.section}` : ''}${d}`;
}

function renderPretty(results: TraceResult[]): string {
  let out = '';
  for (const r of results) {
    const cited = r.matrix.filter((x) => x.citations.length > 0).length;
    out += `${plain(r.doc)} (requirements: ${r.requirements.map(plain).join(', ')})\n`;
    const width = Math.max(0, ...r.matrix.map((x) => x.id.length));
    for (const x of r.matrix) {
      const cites = x.citations.length ? x.citations.map((c) => plain(where(c))).join('; ') : 'untraced';
      out += `  ${x.id.padEnd(width)}  ${cites}\n`;
    }
    const untraced = r.matrix.filter((x) => x.citations.length === 0).map((x) => x.id);
    out += `${cited} of ${r.matrix.length} requirements cited${untraced.length ? `; untraced: ${untraced.join(', ')}` : ''}\n`;
  }
  return out;
}

function toJson(results: TraceResult[]): string {
  const documents = results.map((r) => ({
    doc: r.doc,
    requirements: r.requirements,
    matrix: r.matrix.map((x) => ({ id: x.id, title: x.title, source: { path: x.path, line: x.line }, citations: x.citations })),
    untraced: r.matrix.filter((x) => x.citations.length === 0).map((x) => x.id),
  }));
  return JSON.stringify({ documents }, null, 2) + '\n';
}

export async function runTrace(io: CommandIO, opts: TraceOptions): Promise<number> {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, {
    ...(opts.doc ? { files: [opts.doc] } : {}),
    ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    ...(opts.template ? { template: opts.template } : {}),
    source: COMMAND_LINE,
  });
  const results: TraceResult[] = [];
  for (const t of targets) {
    const evaluation = evaluateDocument(t, localSource(repo, t, { requirementsNamed: opts.requirements.length > 0 }));
    const requirements = evaluation.requirements();
    if (requirements.length === 0) throw new UsageError(`no requirements file found (${t.requirements.join(', ')}): name one with --requirements`);
    const { ctx, model } = await evaluation.model();
    results.push({ doc: t.doc, requirements: requirements.map((r) => r.path), matrix: traceMatrix(requirementsOf(requirements), ctx.doc, model) });
  }
  io.out(opts.format === 'json' ? toJson(results) : renderPretty(results));
  return 0;
}
