/** The Action's orchestration: inputs and context in, one handler per event, delivery, exit status. */
import * as core from '@actions/core';
import { UsageError } from '../core/findings.js';
import { createGitHubClient } from '../github/client.js';
import { createOctokitPort } from '../github/octokit-port.js';
import type { GitHubPort } from '../github/port.js';
import { secretsToMask } from '../generate/providers/index.js';
import { handlePullRequest, pullRequestEvent } from '../events/pull-request.js';
import { handleWorkspace } from '../events/workspace.js';
import { readContext } from './context.js';
import { readInputs } from './inputs.js';
import { deliver } from './deliver.js';
import type { RunOutcome } from './outcome.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Reads and writes alike: the handlers apply `dry-run` once the settings policy has decided it. */
function makePort(token: string, log: (l: string) => void): GitHubPort {
  if (!token) throw new UsageError('no GitHub token: set the github-token input (the default is the workflow token)');
  return createOctokitPort(createGitHubClient({ token, log }));
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = (line: string): void => core.info(line);
  try {
    const inputs = readInputs();
    // readInputs masked llm-api-key already; keys from the environment are masked here.
    for (const s of secretsToMask({ env })) if (s !== inputs.llmApiKey) core.setSecret(s);
    const ctx = readContext(env);
    let outcome: RunOutcome;
    if (PR_EVENTS.has(ctx.eventName)) {
      outcome = await handlePullRequest(ctx, inputs, { port: makePort(inputs.token, log), log, env }, pullRequestEvent(ctx.payload));
    } else {
      log(`event ${ctx.eventName}: checking the documents in the workspace`);
      outcome = await handleWorkspace(ctx, inputs, { log, env, port: () => makePort(inputs.token, log) });
    }
    const result = await deliver(ctx, outcome);
    if (result.failed) core.setFailed(result.reason ?? 'archdoc failed');
    else log('archdoc: no findings at the fail-on level');
  } catch (e) {
    // A run that could not check is never a pass: fail with the reason (and the call, for API failures).
    const message = e instanceof Error ? e.message : String(e);
    core.setFailed(e instanceof UsageError ? message : `archdoc could not check the document: ${message}`);
    if (env.ARCHDOC_DEBUG && e instanceof Error && e.stack) core.debug(e.stack);
  }
}
