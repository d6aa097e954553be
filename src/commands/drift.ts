/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift. */
import { checkDrift } from '../drift/drift.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { RULE_NAMES } from '../lint/catalogue.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import { isGitRepo, lastChange } from '../sources/git.js';
import { targetOrigins } from './origins.js';
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
  const cfg = loadConfigFile(RULE_NAMES, repo, opts.config);
  const targets = documentTargets(cfg, {
    ...(opts.doc ? { files: [opts.doc] } : {}),
    ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    source: COMMAND_LINE,
  });
  const results = targets.map((t) => {
    const from = targetOrigins(t);
    const docText = repo.read(t.doc, from.doc, 'document');
    const requirements = repo.requirements(t.requirements, from.requirements, opts.requirements.length > 0);
    const history = isGitRepo(io.cwd)
      ? { docTime: lastChange(io.cwd, t.doc), requirementTimes: Object.fromEntries(requirements.map((r) => [r.path, lastChange(io.cwd, r.path)])) }
      : undefined;
    return { doc: t.doc, requirements: requirements.map((r) => r.path), ...checkDrift({ docText, requirements, ...(history ? { history } : {}) }) };
  });
  if (opts.format === 'json') io.out(JSON.stringify({ documents: results, drift: results.some((r) => r.drift) }, null, 2) + '\n');
  else for (const r of results) io.out(`${r.doc}: ${r.drift ? 'drift' : 'no drift'} (${r.basis}): ${r.reason.replace(/`/g, '')}\n`);
  return results.some((r) => r.drift) ? 1 : 0;
}
