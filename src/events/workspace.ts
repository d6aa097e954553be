/**
 * Events without a pull request (push, or any other trigger): check the documents in the checked-out
 * workspace. Drift comes from the stamp, else from git history.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import { CONFIG_PATHS } from '../config/file.js';
import { openRepository } from '../sources/repository.js';
import { isGitRepo, lastChange } from '../sources/git.js';
import type { ActionContext } from '../action/context.js';
import type { ActionInputs } from '../action/inputs.js';
import { actionTargets, effectiveInputs, parseActionConfig } from '../action/settings.js';
import type { DocumentOutcome, RunOutcome } from '../action/outcome.js';
import { evaluateDocument } from './evaluate.js';
import { capDocuments } from '../action/document-cap.js';
import { uncheckedSentence } from '../report/document-report.js';

export async function handleWorkspace(ctx: ActionContext, given: ActionInputs, deps: { log: (l: string) => void; env: NodeJS.ProcessEnv }): Promise<RunOutcome> {
  const root = ctx.workspace;
  // Every read goes through the path guard, with GITHUB_WORKSPACE as the repository root.
  const repo = openRepository(root, root);
  const input = (setting: string, source = 'from the workflow inputs') => ({ setting, source });
  const at = (p: string): string => resolve(root, p);
  const configPath = given.explicit.has('config') ? given.config : [given.config, ...CONFIG_PATHS].find((p) => existsSync(at(p)));
  if (configPath && !existsSync(at(configPath))) throw new UsageError(`${configPath}: config file not found in the workspace`);
  const cfg = configPath ? parseActionConfig(repo.read(configPath, input('config'), 'config file'), configPath) : undefined;
  const inputs = effectiveInputs(given, cfg);
  const targets = actionTargets(inputs, cfg);
  const { checked: toCheck, unchecked } = capDocuments(targets);
  if (unchecked) deps.log(uncheckedSentence(unchecked));
  const git = isGitRepo(root);
  const documents: DocumentOutcome[] = [];
  for (const target of toCheck) {
    if (!existsSync(at(target.doc))) {
      throw new UsageError(`${target.doc}: not found in the workspace (${root}); check out the repository first (actions/checkout) or set doc-path`);
    }
    const docText = repo.read(target.doc, input('document', target.from?.doc), 'document');
    const requirements = repo.requirements(target.requirements, input('requirements', target.from?.requirements), false);
    const { driftResult: _d, ...doc } = await evaluateDocument({
      target,
      docText,
      readText: (p) => repo.read(p, input('template', target.from?.template), 'template'),
      requirements,
      ...(git
        ? { history: { docTime: lastChange(root, target.doc), requirementTimes: Object.fromEntries(requirements.map((r) => [r.path, lastChange(root, r.path)])) } }
        : {}),
      mode: inputs.mode === 'regenerate' ? 'validate' : inputs.mode,
      llm: { maxAttempts: inputs.maxAttempts, env: deps.env },
      log: deps.log,
    });
    documents.push(doc);
  }
  return { documents, headSha: ctx.sha, ...(unchecked ? { unchecked, failure: uncheckedSentence(unchecked) } : {}) };
}
