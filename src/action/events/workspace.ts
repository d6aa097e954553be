/**
 * Events without a pull request (push, or any other trigger: push, schedule, workflow_dispatch, issue_comment, …): check the documents in the checked-out
 * workspace. Drift comes from the stamp, else from the order of git history (a shallow clone may not tell).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../core/findings.js';
import type { FileConfig } from '../../config/file.js';
import type { GitHubPort } from '../../github/port.js';
import { openRepository, type Repository } from '../../sources/repository.js';
import { escapeData } from '../../report/github.js';
import type { ActionContext } from '../context.js';
import type { WorkflowInputs } from '../inputs.js';
import type { DocumentTarget } from '../../config/resolve.js';
import { llmSettings } from '../llm-settings.js';
import { configIn, configPaths, resolveSettings } from '../settings.js';
import { discoverConfig } from '../../config/discover.js';

import type { RunOutcome } from '../outcome.js';
import { evaluateDocument, type DocumentEvaluation, type DocumentOutcome } from '../../evaluate/evaluate-document.js';
import { localSource } from '../../evaluate/local-source.js';
import { capDocuments } from '../document-cap.js';
import { uncheckedSentence } from '../../report/document-report.js';

/**
 * Events whose checkout is a ref that only someone with write access can choose: its config counts as
 * the default branch's. On any other event (issue_comment above all) the workspace may hold a pull
 * request's code, so the config is read from the default branch through the API.
 */
const TRUSTED_CHECKOUT_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

export interface WorkspaceDeps {
  log: (l: string) => void;
  env: NodeJS.ProcessEnv;
  /** Made only when needed: the config of an event whose checkout is not trusted. */
  port: () => GitHubPort;
}

export function checkoutConfig(repo: Repository, root: string, given: WorkflowInputs): FileConfig | undefined {
  const config = discoverConfig(given.config, (p) =>
    existsSync(resolve(root, p)) ? repo.read(p, { setting: 'config', source: 'from the workflow inputs' }, 'config file') : undefined,
  );
  if (given.config !== undefined && !config) throw new UsageError(`${given.config}: config file not found in the workspace`);
  return config;
}

async function defaultBranchConfig(ctx: ActionContext, given: WorkflowInputs, deps: WorkspaceDeps): Promise<FileConfig | undefined> {
  const paths = configPaths(given);
  const repo = await deps.port().loadRepository({ owner: ctx.owner, repo: ctx.repo, paths, requirementGlobs: [] });
  const config = configIn(repo.files, given);
  if (given.config !== undefined && !config) throw new UsageError(`${given.config}: config file not found on the default branch (${repo.defaultBranch})`);
  deps.log(`event ${ctx.eventName}: settings from the workflow inputs and the config on the default branch (${repo.defaultBranch}), not the workspace`);
  return config;
}

/**
 * One document of the checkout, evaluated as `archdoc` evaluates it: read through the path guard, drift
 * from the stamp else the order of git history (the same facts as `archdoc drift`).
 */
export function evaluateWorkspaceDocument(repo: Repository, target: DocumentTarget): DocumentEvaluation {
  const root = repo.root.path;
  if (!existsSync(resolve(root, target.doc))) {
    throw new UsageError(`${target.doc}: not found in the workspace (${root}); check out the repository first (actions/checkout) or set doc-path`);
  }
  return evaluateDocument(target, localSource(repo, target));
}

export async function handleWorkspace(ctx: ActionContext, given: WorkflowInputs, deps: WorkspaceDeps): Promise<RunOutcome> {
  const root = ctx.workspace;
  // Every read goes through the path guard, with GITHUB_WORKSPACE as the repository root.
  const repo = openRepository(root, root);
  const base = TRUSTED_CHECKOUT_EVENTS.has(ctx.eventName) ? checkoutConfig(repo, root, given) : await defaultBranchConfig(ctx, given, deps);
  const { settings: inputs, targets } = resolveSettings({ event: ctx.eventName, inputs: given, base });
  const { checked: toCheck, unchecked } = capDocuments(targets);
  if (unchecked) deps.log(uncheckedSentence(unchecked));
  const documents: DocumentOutcome[] = [];
  for (const target of toCheck) {
    const mode = inputs.mode === 'regenerate' ? 'validate' : inputs.mode;
    const { driftResult: drift, ...doc } = await evaluateWorkspaceDocument(repo, target).report(mode, llmSettings(inputs, deps.env), deps.log);
    // Escaped: paths are the repository's text, and a line break in one must not start a workflow command.
    if (drift.state === 'unknown') deps.log(escapeData(`archdoc: ${target.doc}: drift could not be checked: ${drift.reason.replace(/`/g, '')}`));
    documents.push(doc);
  }
  return { settings: inputs, documents, headSha: ctx.sha, ...(unchecked ? { unchecked, failure: uncheckedSentence(unchecked) } : {}) };
}
