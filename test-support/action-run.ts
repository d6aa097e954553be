/**
 * Runs the real Action (`node dist/index.js`) as a child process with the environment a GitHub runner
 * sets, pointed at a fake GitHub, and reads back what the runner would: the exit code, the outputs
 * file, the job summary, and the workflow commands (annotations, failure) on stdout.
 *
 *   const run = await runAction({ api: gh, event: 'pull_request', payload, inputs: { mode: 'fix' } });
 *   run.exitCode; run.outputs.errors; run.annotations; run.summary;
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const ACTION_ENTRY = join(ROOT, 'dist', 'index.js');

interface ActionApi {
  url: string;
  graphqlUrl: string;
  serverUrl: string;
  token: string;
}

export interface ActionRunOptions {
  api: ActionApi;
  event: string;
  payload: unknown;
  /** owner/repo; default the payload's repository.full_name. */
  repository?: string;
  /** GITHUB_SHA; default the payload's pull_request.merge_commit_sha or head sha. */
  sha?: string;
  /** Action inputs by their action.yml names (`doc-path`, `fail-on`, …). */
  inputs?: Record<string, string>;
  /** `github-token` input; default the fake's write token. */
  token?: string;
  /** Extra environment (wins over the defaults). */
  env?: Record<string, string>;
}

export interface WorkflowAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface ActionRunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The job summary markdown ('' when nothing was written). */
  summary: string;
  /** `::error` / `::warning` / `::notice` commands that carry a file (annotations on the diff). */
  annotations: WorkflowAnnotation[];
  /** Messages of `::error::` commands without a file: `core.setFailed` reasons. */
  failures: string[];
  /** Plain log lines (no workflow commands). */
  log: string[];
  /** The JSON report and SARIF files the run wrote, if any. */
  reportJson?: unknown;
  sarif?: unknown;
}

/** Environment names a real runner sets that must not leak from the test process into the child. */
const RUNNER_VARS = /^(?:GITHUB_|INPUT_|RUNNER_|ACTIONS_|ARCHDOC_)|^(?:OPENAI_API_KEY|ANTHROPIC_API_KEY|CI)$/;

export async function runAction(o: ActionRunOptions): Promise<ActionRunResult> {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'archdoc-action-'));
  try {
    const payload = o.payload as { repository?: { full_name?: string }; pull_request?: { head?: { sha?: string } } };
    const repository = o.repository ?? payload.repository?.full_name ?? '';
    const files = {
      event: join(dir, 'event.json'),
      output: join(dir, 'output'),
      summary: join(dir, 'summary.md'),
    };
    writeFileSync(files.event, JSON.stringify(o.payload));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const workspace = mkdtempSync(join(dir, 'ws-')); // an empty workspace: no checkout
    const temp = mkdtempSync(join(dir, 'tmp-'));

    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !RUNNER_VARS.test(k))) as Record<string, string>;
    const inputs: Record<string, string> = { 'github-token': o.token ?? o.api.token, ...o.inputs };
    const env: Record<string, string> = {
      ...inherited,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: o.event,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
      GITHUB_SHA: o.sha ?? payload.pull_request?.head?.sha ?? '0'.repeat(40),
      GITHUB_SERVER_URL: o.api.serverUrl,
      GITHUB_API_URL: o.api.url,
      GITHUB_GRAPHQL_URL: o.api.graphqlUrl,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'archdoc',
      GITHUB_JOB: 'archdoc',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
      // Retries wait milliseconds instead of seconds.
      ARCHDOC_RETRY_BASE_MS: '1',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
      ...o.env,
    };

    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      // Asynchronous on purpose: the fake GitHub answers from this very process.
      const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', fail);
      child.on('close', (c) => done({ code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    });

    const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
    const commands = parseCommands(stdout);
    const readJson = (path: string | undefined): unknown => {
      if (!path) return undefined;
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    };
    return {
      exitCode: code,
      stdout,
      stderr,
      outputs,
      summary: readFileSync(files.summary, 'utf8'),
      annotations: commands.annotations,
      failures: commands.failures,
      log: commands.log,
      reportJson: readJson(outputs.report),
      sarif: readJson(outputs.sarif),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER\n` entries (and legacy `name=value` lines). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i]);
    if (plain) out[plain[1]] = plain[2];
  }
  return out;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Workflow commands on stdout, split the way the runner does (`::name k=v,k=v::message`). */
export function parseCommands(stdout: string): { annotations: WorkflowAnnotation[]; failures: string[]; log: string[] } {
  const annotations: WorkflowAnnotation[] = [];
  const failures: string[] = [];
  const log: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      if (line && !line.startsWith('::')) log.push(line);
      continue;
    }
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const at = kv.indexOf('=');
          return [kv.slice(0, at), unescapeProperty(kv.slice(at + 1))];
        }),
    ) as Record<string, string>;
    const message = unescapeData(m[3]);
    if (!props.file) {
      if (m[1] === 'error') failures.push(message);
      else log.push(message);
      continue;
    }
    const num = (k: string): number | undefined => (props[k] !== undefined ? Number(props[k]) : undefined);
    annotations.push({
      level: m[1] as WorkflowAnnotation['level'],
      message,
      file: props.file,
      ...(props.title !== undefined ? { title: props.title } : {}),
      ...(num('line') !== undefined ? { line: num('line') } : {}),
      ...(num('endLine') !== undefined ? { endLine: num('endLine') } : {}),
      ...(num('col') !== undefined ? { col: num('col') } : {}),
      ...(num('endColumn') !== undefined ? { endColumn: num('endColumn') } : {}),
    });
  }
  return { annotations, failures, log };
}

type Json = Record<string, unknown>;

export interface PullRequestPayloadOptions {
  action: 'opened' | 'synchronize' | 'reopened' | 'ready_for_review';
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  headRef: string;
  baseRef?: string;
  baseSha?: string;
  /** Owner of the fork the head branch lives in (a fork pull request). */
  headOwner?: string;
}

let examples: Json[] | undefined;

/** A real `pull_request` webhook payload from @octokit/webhooks-examples, patched to point at the fake's repository. */
export function pullRequestPayload(o: PullRequestPayloadOptions): Json {
  examples ??= (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as { name: string; examples: Json[] }[]
  ).find((w) => w.name === 'pull_request')!.examples;
  const example = examples.find((e) => e.action === o.action);
  if (!example) throw new Error(`no pull_request.${o.action} example in @octokit/webhooks-examples`);
  const p = structuredClone(example) as Json & { pull_request: Json & { head: Json & { repo: Json }; base: Json & { repo: Json } }; repository: Json };
  const repoJson = (owner: string, fork: boolean): Json => ({
    ...p.repository,
    name: o.repo,
    full_name: `${owner}/${o.repo}`,
    owner: { ...(p.repository.owner as Json), login: owner },
    fork,
  });
  const base = repoJson(o.owner, false);
  const head = o.headOwner ? repoJson(o.headOwner, true) : base;
  p.repository = base;
  p.number = o.number;
  p.pull_request.number = o.number;
  p.pull_request.head = { ...p.pull_request.head, sha: o.headSha, ref: o.headRef, label: `${o.headOwner ?? o.owner}:${o.headRef}`, repo: head };
  p.pull_request.base = { ...p.pull_request.base, ref: o.baseRef ?? 'main', ...(o.baseSha ? { sha: o.baseSha } : {}), repo: base };
  return p;
}
