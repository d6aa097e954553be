/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift, 2 when it could not tell. */
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { localSource } from '../evaluate/local-source.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import type { CommandIO } from './io.js';

export interface DriftOptions {
  doc?: string;
  requirements: string[];
  template?: string;
  config?: string;
  format: 'pretty' | 'json';
}

export async function runDrift(io: CommandIO, opts: DriftOptions): Promise<number> {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, {
    ...(opts.doc ? { files: [opts.doc] } : {}),
    ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    source: COMMAND_LINE,
  });
  const results = targets.map((t) => {
    const evaluation = evaluateDocument(t, localSource(repo, t, { requirementsNamed: opts.requirements.length > 0 }));
    return { doc: t.doc, requirements: evaluation.requirements().map((r) => r.path), ...evaluation.drift() };
  });
  const plain = (s: string): string => s.replace(/`/g, '');
  if (opts.format === 'json') io.out(JSON.stringify({ documents: results, drift: results.some((r) => r.drift) }, null, 2) + '\n');
  else for (const r of results) if (r.state !== 'unknown') io.out(`${r.doc}: ${r.drift ? 'drift' : 'no drift'} (${r.basis}): ${plain(r.reason)}\n`);
  // "Could not tell" is never "no drift": one line each on stderr, and exit 2.
  const unknown = results.filter((r) => r.state === 'unknown');
  for (const r of unknown) io.err(`archdoc: ${r.doc}: could not tell whether the requirements changed after the document: ${plain(r.reason)}\n`);
  return unknown.length ? 2 : results.some((r) => r.drift) ? 1 : 0;
}
