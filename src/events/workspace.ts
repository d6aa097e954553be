/**
 * Events without a pull request (push, or any other trigger): check the documents in the checked-out
 * workspace. Drift comes from the stamp, else from the order of git history (a shallow clone may not tell).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import { CONFIG_PATHS } from '../config/file.js';
import { readTextFile } from '../sources/files.js';
import { localDriftInput } from '../drift/local.js';
import { escapeData } from '../report/github.js';
import type { ActionContext } from '../action/context.js';
import type { ActionInputs } from '../action/inputs.js';
import { actionTargets, effectiveInputs, parseActionConfig } from '../action/settings.js';
import type { DocumentOutcome, RunOutcome } from '../action/outcome.js';
import { evaluateDocument } from './evaluate.js';

export async function handleWorkspace(ctx: ActionContext, given: ActionInputs, deps: { log: (l: string) => void; env: NodeJS.ProcessEnv }): Promise<RunOutcome> {
  const root = ctx.workspace;
  const at = (p: string): string => resolve(root, p);
  const configPath = given.explicit.has('config') ? given.config : [given.config, ...CONFIG_PATHS].find((p) => existsSync(at(p)));
  if (configPath && !existsSync(at(configPath))) throw new UsageError(`${configPath}: config file not found in the workspace`);
  const cfg = configPath ? parseActionConfig(readTextFile(at(configPath), 'config file'), configPath) : undefined;
  const inputs = effectiveInputs(given, cfg);
  const targets = actionTargets(inputs, cfg);
  const documents: DocumentOutcome[] = [];
  for (const target of targets) {
    if (!existsSync(at(target.doc))) {
      throw new UsageError(`${target.doc}: not found in the workspace (${root}); check out the repository first (actions/checkout) or set doc-path`);
    }
    const docText = readTextFile(at(target.doc), 'document');
    // The same drift facts as `archdoc drift`: requirements on disk, git history by commit order.
    const { requirements, requirementGlobs, history } = localDriftInput(root, target, docText);
    const { driftResult: drift, ...doc } = await evaluateDocument({
      target,
      docText,
      readText: (p) => readTextFile(at(p), 'template'),
      requirements,
      ...(requirementGlobs ? { requirementGlobs } : {}),
      ...(history ? { history } : {}),
      mode: inputs.mode === 'regenerate' ? 'validate' : inputs.mode,
      llm: { maxAttempts: inputs.maxAttempts, env: deps.env },
      log: deps.log,
    });
    // Escaped: paths are the repository's text, and a line break in one must not start a workflow command.
    if (drift.state === 'unknown') deps.log(escapeData(`archdoc: ${target.doc}: drift could not be checked: ${drift.reason.replace(/`/g, '')}`));
    documents.push(doc);
  }
  return { documents, headSha: ctx.sha };
}
