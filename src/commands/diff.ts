/** `archdoc diff BASE HEAD`: what changed in the diagrams, in architecture terms. BASE/HEAD are files or git revisions. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository, type Repository } from '../sources/repository.js';
import { showAtRevision } from '../sources/revision.js';
import { semanticDiff } from '../model/diff.js';
import { renderDiffText } from '../model/render-diff.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { targetOrigins } from '../evaluate/local-source.js';
import type { CommandIO } from './io.js';

export interface DiffOptions {
  doc?: string;
  template?: string;
  config?: string;
  format: 'pretty' | 'json';
}

/**
 * An existing file is read from disk; `REV:PATH` is PATH at REV; anything else is a revision, read at the
 * document's path (`archdoc diff main HEAD`).
 */
function readSide(io: CommandIO, repo: Repository, spec: string, docPath: string): { label: string; text: string } {
  // A file on disk goes through the path guard like every other read; a revision is read from git's objects.
  if (existsSync(resolve(io.cwd, spec))) return { label: spec, text: repo.read(spec, { setting: 'document', source: COMMAND_LINE }, 'document') };
  const colon = spec.indexOf(':');
  if (colon > 0) {
    const [rev, path] = [spec.slice(0, colon), spec.slice(colon + 1)];
    return { label: spec, text: showAtRevision(io.cwd, rev, path) };
  }
  try {
    return { label: `${spec}:${docPath}`, text: showAtRevision(io.cwd, spec, docPath) };
  } catch (e) {
    throw new UsageError(`${spec}: no such file, and not a revision with ${docPath} (${e instanceof Error ? e.message : String(e)})`);
  }
}

export async function runDiff(io: CommandIO, base: string, head: string, opts: DiffOptions): Promise<number> {
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const target = documentTargets(cfg, {
    ...(opts.doc ? { files: [opts.doc] } : {}),
    ...(opts.template ? { template: opts.template } : {}),
    source: COMMAND_LINE,
  })[0];
  const readText = (p: string): string => repo.read(p, targetOrigins(target).template, 'template');
  // Each side is a document of its own (named by its label), evaluated against the target's template.
  const model = async (side: { label: string; text: string }) =>
    (await evaluateDocument({ ...target, doc: side.label }, { docText: side.text, readText, requirements: () => [] }).model()).model;
  const a = readSide(io, repo, base, target.doc);
  const b = readSide(io, repo, head, target.doc);
  const diff = semanticDiff(await model(a), await model(b));
  io.out(opts.format === 'json' ? JSON.stringify({ base: a.label, head: b.label, ...diff }, null, 2) + '\n' : renderDiffText(diff));
  return 0;
}
