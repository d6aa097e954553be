/** The Action's orchestration: inputs and context in, one handler per event, delivery, exit status. */
import * as core from '@actions/core';
import { UsageError } from '../core/findings.js';
import type { GitHubPort } from '../github/port.js';
import { secretsToMask } from '../generate/providers/index.js';
import { logLine } from '../core/log-line.js';
import { createRedactor, type Redactor } from '../core/redact.js';
import { handlePullRequest, pullRequestEvent } from './events/pull-request.js';
import { handleWorkspace } from './events/workspace.js';
import { handleIssueComment } from './events/issue-comment.js';
import { AUDIT_EVENTS, handleAudit } from './events/audit.js';
import { readOrgModeInputs, runOrgMode } from './events/audit-org.js';
import { readContext } from './context.js';
import { readInputs } from './inputs.js';
import { redactingPort } from './redacting-port.js';
import { deliver } from './deliver.js';
import type { RunOutcome } from './outcome.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Reads and writes alike: the handlers apply `dry-run` once the settings policy has decided it.
 * Octokit loads on the first call, so runs that make none (a push checked in the workspace, a comment
 * that is no command) do not compile it.
 */
function makePort(token: string, log: (l: string) => void, secrets: Redactor): GitHubPort {
  if (!token) throw new UsageError('no GitHub token: set the github-token input (the default is the workflow token)');
  let loaded: Promise<GitHubPort> | undefined;
  const port = (): Promise<GitHubPort> => (loaded ??= import('../github/octokit-port.js').then((m) => m.createGitHubPort({ token, log })));
  const lazy = new Proxy({} as GitHubPort, {
    // Every port method is async; `then` stays undefined so the port itself is never taken for a promise.
    get: (_target, method) =>
      typeof method !== 'string' || method === 'then'
        ? undefined
        : (input: never) => port().then((p) => (p[method as keyof GitHubPort] as (i: never) => Promise<unknown>)(input)),
  });
  return redactingPort(lazy, secrets);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Every log line is redacted and made one line that cannot be a workflow command (SPEC §6).
  let secrets = createRedactor([]);
  const log = (line: string): void => core.info(logLine(secrets.redact(line)));
  try {
    const inputs = readInputs();
    secrets = createRedactor([...secretsToMask({ apiKey: inputs.llmApiKey, env }), inputs.token]);
    // readInputs masked llm-api-key already; its encoded forms, the token and keys from the environment here.
    for (const s of secrets.forms) if (s !== inputs.llmApiKey) core.setSecret(s);
    const ctx = readContext(env);
    const orgMode = readOrgModeInputs();
    if (orgMode) return await runOrgMode(orgMode, () => makePort(inputs.token, log, secrets), ctx.outputDir, log);
    let outcome: RunOutcome;
    if (PR_EVENTS.has(ctx.eventName)) {
      outcome = await handlePullRequest(ctx, inputs, { port: makePort(inputs.token, log, secrets), log, env }, pullRequestEvent(ctx.payload));
    } else if (ctx.eventName === 'issue_comment') {
      outcome = await handleIssueComment(ctx, inputs, { port: makePort(inputs.token, log, secrets), log, env });
    } else if (AUDIT_EVENTS.has(ctx.eventName)) {
      const repository = core.getInput('repository').trim();
      log(`event ${ctx.eventName}: drift audit of the default branch${repository ? ` of ${repository}` : ''}`);
      outcome = await handleAudit(ctx, inputs, { log, env, port: () => makePort(inputs.token, log, secrets), ...(repository ? { repository } : {}) });
    } else {
      log(`event ${ctx.eventName}: checking the documents in the workspace`);
      outcome = await handleWorkspace(ctx, inputs, { log, env, port: () => makePort(inputs.token, log, secrets) });
    }
    const result = await deliver(ctx, outcome, secrets.redact);
    if (result.failed) core.setFailed(secrets.redact(result.reason ?? 'archdoc failed'));
    else log('archdoc: no findings at the fail-on level');
  } catch (e) {
    // A run that could not check is never a pass: fail with the reason (and the call, for API failures).
    const message = e instanceof Error ? e.message : String(e);
    core.setFailed(secrets.redact(e instanceof UsageError ? message : `archdoc could not check the document: ${message}`));
    if (env.ARCHDOC_DEBUG && e instanceof Error && e.stack) core.debug(logLine(secrets.redact(e.stack)));
  }
}
