/** What GitHub tells the Action about the run: the event, its payload, the repository and where things live. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/findings.js';

export interface ActionContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  /** The commit the workflow runs on (GITHUB_SHA). */
  sha: string;
  serverUrl: string;
  runUrl?: string;
  workspace: string;
  /** Where the JSON report and the SARIF file go. */
  outputDir: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!eventName || !owner || !repo) {
    throw new UsageError('GITHUB_EVENT_NAME and GITHUB_REPOSITORY are not set: archdoc runs as a GitHub Action here; use the archdoc CLI elsewhere');
  }
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(e as Error).message}`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/(?<!\/)\/+$/, '');
  return {
    eventName,
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    serverUrl,
    ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    outputDir: `${env.RUNNER_TEMP ?? env.GITHUB_WORKSPACE ?? process.cwd()}/archdoc`,
  };
}
