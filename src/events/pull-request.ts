/**
 * pull_request and pull_request_target (opened, synchronize, reopened, ready_for_review): read the
 * document and requirements at the head commit and the config on the default branch through the API (no
 * checkout needed), apply the settings policy (SPEC §6), check, propose, push, comment.
 * A run with nothing to push makes at most 3 API calls: the snapshot, (rarely) extra files, the comment.
 */
import picomatch from 'picomatch';
import { UsageError } from '../core/findings.js';
import type { FileConfig } from '../config/file.js';
import type { DocumentTarget } from '../config/resolve.js';
import type { GitHubPort, PullRequestSnapshot, RemoteFile } from '../github/port.js';
import { GitHubApiError, ReadOnlyTokenError } from '../github/errors.js';
import { readCommentDigest, renderComment, stickyMarker } from '../report/comment.js';
import type { ChangedKind } from '../report/document-report.js';
import { countFindings } from '../report/text.js';
import { VERSION } from '../version.js';
import { BUILTIN_TEMPLATES } from '../template/builtin.js';
import type { ActionContext } from '../action/context.js';
import { DEFAULTS, type ActionInputs, type WorkflowInputs } from '../action/inputs.js';
import { configPaths, headConfigApplies, ignoredLine, parseActionConfig, resolveSettings } from '../action/settings.js';
import { dryRunPort } from '../action/dry-run.js';
import type { DocumentOutcome, RunOutcome } from '../action/outcome.js';
import { evaluateDocument } from './evaluate.js';
import { reportContext } from '../action/report-context.js';

export interface PullRequestEvent {
  number: number;
  headSha: string;
  headRef: string;
  /** owner/repo of the head branch; differs from the base repository for forks. */
  headRepo?: string;
  baseRepo?: string;
}

export interface Deps {
  port: GitHubPort;
  log: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

export function pullRequestEvent(payload: Record<string, unknown>): PullRequestEvent {
  const pr = payload.pull_request as
    | { number?: number; head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } }
    | undefined;
  if (!pr?.number || !pr.head?.sha || !pr.head.ref) throw new UsageError('the event payload has no pull_request with a number and a head commit');
  return {
    number: pr.number,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    ...(pr.head.repo?.full_name ? { headRepo: pr.head.repo.full_name } : {}),
    ...(pr.base?.repo?.full_name ? { baseRepo: pr.base.repo.full_name } : {}),
  };
}

/** Text of a file read through the API, or a clear reason why it cannot be checked. */
export function remoteText(file: RemoteFile | undefined, path: string, at: string): string {
  if (!file || file.kind === 'missing') throw new UsageError(`${path}: not found at ${at.slice(0, 7)}`);
  if (file.kind === 'directory') throw new UsageError(`${path}: is a directory at ${at.slice(0, 7)}, not a Markdown file`);
  if (file.kind === 'binary') throw new UsageError(`${path}: is a binary file at ${at.slice(0, 7)}, not Markdown`);
  return file.text;
}

const isLiteral = (p: string): boolean => !picomatch.scan(p).isGlob;

function changedKind(docChanged: boolean, reqChanged: boolean): ChangedKind {
  return docChanged && reqChanged ? 'both' : docChanged ? 'document' : reqChanged ? 'requirements' : 'neither';
}

/** A config file among `paths` in `files` (the first that is text), parsed. */
function configIn(files: ReadonlyMap<string, RemoteFile>, paths: readonly string[]): FileConfig | undefined {
  const path = paths.find((p) => files.get(p)?.kind === 'text');
  const file = path ? files.get(path) : undefined;
  return file?.kind === 'text' ? parseActionConfig(file.text, file.path) : undefined;
}

interface PullRequestSettings {
  inputs: ActionInputs;
  targets: DocumentTarget[];
  snapshot: PullRequestSnapshot;
  /** Said once in the report when the head's config tried to set trusted settings. */
  note?: string;
}

/**
 * One query reads the PR, the files at its head and the config on the default branch; then the settings
 * policy (SPEC §6) decides. The head's config is read on `pull_request` only, and there changes only what is checked.
 */
async function readPullRequest(ctx: ActionContext, given: WorkflowInputs, deps: Deps, event: PullRequestEvent): Promise<PullRequestSettings> {
  const paths = configPaths(given);
  const withHeadConfig = headConfigApplies(ctx.eventName);
  const docPath = given.docPath ?? DEFAULTS.docPath;
  const requirements = given.requirements ?? DEFAULTS.requirements;
  const template = given.template ?? DEFAULTS.template;
  // Unless the config input is set, look in the usual places too (as the CLI does): same query, no extra call.
  const wanted = [...(withHeadConfig ? paths : []), docPath, ...requirements.filter(isLiteral)];
  if (!BUILTIN_TEMPLATES[template]) wanted.push(template);
  const snapshot = await deps.port.loadPullRequest({
    owner: ctx.owner,
    repo: ctx.repo,
    number: event.number,
    headSha: event.headSha,
    paths: [...new Set(wanted)],
    requirementGlobs: [...requirements],
    marker: stickyMarker(docPath),
    defaultBranchPaths: paths,
  });
  const base = configIn(snapshot.defaultBranch.files, paths);
  const head = withHeadConfig ? configIn(snapshot.files, paths) : undefined;
  if (given.config !== undefined && !base && !head) {
    const where = withHeadConfig ? `at ${snapshot.readAt.slice(0, 7)} nor ` : '';
    throw new UsageError(`${given.config}: config file not found ${where}on the default branch (${snapshot.defaultBranch.name})`);
  }
  const { settings, targets, ignored } = resolveSettings({ event: ctx.eventName, inputs: given, base, head });
  let note: string | undefined;
  if (head && ignored.length) {
    deps.log(ignoredLine(head.path, ignored));
    note = `Ignored in this pull request's \`${head.path}\`: ${ignored.map((k) => `\`${k}\``).join(', ')}. Those settings come only from the workflow or the config on the default branch.`;
  }
  const changedConfig = withHeadConfig ? undefined : snapshot.changedFiles.find((f) => paths.includes(f.path));
  if (changedConfig) {
    deps.log(
      `this pull request changes ${changedConfig.path}: on ${ctx.eventName} archdoc reads its config from the default branch (${snapshot.defaultBranch.name}) only, so the change applies once merged`,
    );
  }
  return { inputs: settings, targets, snapshot, ...(note ? { note } : {}) };
}

export async function handlePullRequest(ctx: ActionContext, given: WorkflowInputs, trustedDeps: Deps, event: PullRequestEvent): Promise<RunOutcome> {
  const { inputs, targets, snapshot, note } = await readPullRequest(ctx, given, trustedDeps, event);
  // dry-run may come from the default branch's config, so the port is wrapped once the policy has decided.
  const deps = inputs.dryRun ? { ...trustedDeps, port: dryRunPort(trustedDeps.port, trustedDeps.log) } : trustedDeps;
  const { port, log } = deps;
  const coords = { owner: ctx.owner, repo: ctx.repo };
  const at = snapshot.readAt;

  // The config may name documents, templates or requirements the first query did not read: one more query.
  const files = new Map(snapshot.files);
  let requirementPaths = snapshot.requirementPaths;
  const missing = new Set<string>();
  const globs = new Set<string>();
  for (const t of targets) {
    if (!files.has(t.doc)) missing.add(t.doc);
    if (!BUILTIN_TEMPLATES[t.template] && !files.has(t.template)) missing.add(t.template);
    for (const r of t.requirements) if (!inputs.requirements.includes(r)) globs.add(r);
  }
  if (missing.size || globs.size) {
    const extra = await port.loadRepository({ ...coords, ref: at, paths: [...missing], requirementGlobs: [...globs] });
    for (const [p, f] of extra.files) files.set(p, f);
    requirementPaths = [...new Set([...requirementPaths, ...extra.requirementPaths])].sort();
  }

  const isFork = snapshot.isFork || (!!event.headRepo && !!event.baseRepo && event.headRepo !== event.baseRepo);
  const changed = snapshot.changedFiles.map((f) => f.path);
  const readText = (p: string): string => remoteText(files.get(p), p, at);
  const documents: DocumentOutcome[] = [];
  const llmConfigured = !!(inputs.llmProvider || inputs.llmApiKey || inputs.llmBaseUrl || deps.env.OPENAI_API_KEY || deps.env.ANTHROPIC_API_KEY);
  // What could not be done (a document unreadable, a write refused by GitHub): the run fails with these.
  const failures: string[] = [];
  let commitSha: string | undefined;

  for (const target of targets) {
    const isReq = picomatch(target.requirements, { dot: true });
    const reqPaths = requirementPaths.filter((p) => isReq(p));
    const requirements = reqPaths.flatMap((path) => {
      const f = files.get(path);
      return f?.kind === 'text' ? [{ path, text: f.text }] : [];
    });
    const docChanged = changed.includes(target.doc);
    const requirementsChanged = changed.filter((p) => isReq(p));
    const kind = changedKind(docChanged, requirementsChanged.length > 0);
    let doc: DocumentOutcome;
    try {
      const { driftResult: _d, ...checked } = await evaluateDocument({
        target,
        docText: readText(target.doc),
        readText,
        requirements,
        pullRequest: { docChanged, requirementsChanged },
        mode: inputs.mode,
        llm: {
          ...(inputs.llmProvider ? { provider: inputs.llmProvider } : {}),
          ...(inputs.llmModel ? { model: inputs.llmModel } : {}),
          ...(inputs.llmApiKey ? { apiKey: inputs.llmApiKey } : {}),
          ...(inputs.llmBaseUrl ? { baseUrl: inputs.llmBaseUrl } : {}),
          maxAttempts: inputs.maxAttempts,
          env: deps.env,
        },
        log,
      });
      doc = checked;
    } catch (e) {
      // Unreadable document or template: say so in the comment and the summary, and fail the run.
      if (!(e instanceof UsageError)) throw e;
      failures.push(`${target.doc} was not checked: ${e.message}`);
      documents.push({ docPath: target.doc, findings: [], changed: kind, neutral: `not checked: ${e.message}` });
      continue;
    }
    doc.changed = kind;
    const notes = [...(doc.notes ?? [])];

    if (doc.proposal && inputs.push) {
      if (inputs.dryRun) notes.push('Dry run: the proposed change was not pushed.');
      else if (isFork && !snapshot.maintainerCanModify) notes.push('This pull request comes from a fork archdoc cannot push to: apply the diff below yourself.');
      else {
        try {
          const r = await port.commitFile({
            ...(isFork && snapshot.headRepository ? snapshot.headRepository : coords),
            branch: snapshot.headRef,
            expectedHeadOid: at,
            path: target.doc,
            content: doc.proposal.newText,
            message: `docs: ${inputs.mode === 'regenerate' ? 'regenerate' : 'fix'} ${target.doc} (archdoc)\n\nProposed by archdoc ${VERSION}${ctx.runUrl ? ` in ${ctx.runUrl}` : ''}.`,
          });
          if (r.moved) notes.push(`The branch moved since ${at.slice(0, 7)}, so nothing was pushed; the next run will propose again.`);
          else {
            commitSha = r.oid;
            doc.pushed = { sha: r.oid, url: r.url };
            log(`pushed ${target.doc} as ${r.oid}`);
          }
        } catch (e) {
          if (e instanceof ReadOnlyTokenError) {
            notes.push('The token cannot push to this branch (read-only): apply the diff below yourself.');
            log(`not pushed: ${e.message}`);
          } else if (e instanceof GitHubApiError) {
            notes.push('Pushing the proposed change failed: apply the diff below yourself, or re-run the workflow.');
            failures.push(`could not push ${target.doc}: ${e.message}`);
          } else throw e;
        }
      }
    }
    if (notes.length) doc.notes = notes;
    documents.push(doc);
  }

  if (note && documents[0]) documents[0].notes = [...(documents[0].notes ?? []), note];
  const canPush = !isFork || snapshot.maintainerCanModify;
  let commentUrl: string | undefined;
  if (inputs.comment) {
    const posted = await postComments(ctx, inputs, deps, snapshot, documents, { canPush, llmConfigured, isFork });
    commentUrl = posted.url;
    failures.push(...posted.failures);
  } else log('comment: false, so no pull request comment was posted');
  return {
    settings: inputs,
    documents,
    headSha: at,
    ...(commentUrl ? { commentUrl } : {}),
    ...(commitSha ? { commitSha } : {}),
    ...(failures.length ? { failure: failures.join('; ') } : {}),
    canPush,
    llmConfigured,
  };
}

/** Nothing worth a new comment: the pull request touches neither the document nor its requirements, and the check passes. */
function quiet(doc: DocumentOutcome): boolean {
  return doc.changed === 'neither' && countFindings(doc.findings).errors === 0 && !doc.neutral && !doc.proposal;
}

async function postComments(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: Deps,
  snapshot: PullRequestSnapshot,
  documents: DocumentOutcome[],
  facts: { canPush: boolean; llmConfigured: boolean; isFork: boolean },
): Promise<{ url?: string; failures: string[] }> {
  const { port, log } = deps;
  if (facts.isFork && ctx.eventName === 'pull_request') {
    log('No comment posted: pull requests from forks get a read-only token; the findings are in the annotations and the job summary.');
    return { failures: [] };
  }
  let url: string | undefined;
  const failures: string[] = [];
  for (const doc of documents) {
    const body = renderComment({ ...reportContext(ctx, inputs, snapshot.readAt, facts), ...doc });
    const marker = stickyMarker(doc.docPath);
    try {
      const existing =
        doc.docPath === inputs.docPath ? snapshot.stickyComment : await port.findStickyComment({ owner: ctx.owner, repo: ctx.repo, number: snapshot.number, marker });
      if (!existing && quiet(doc)) {
        log(`No comment for ${doc.docPath}: this pull request changes neither the document nor its requirements, and the check passes.`);
        continue;
      }
      // Same report as last time (only the run link differs): no write at all.
      if (existing && readCommentDigest(existing.body) !== undefined && readCommentDigest(existing.body) === readCommentDigest(body)) {
        log(`sticky comment for ${doc.docPath} is already current: not updated`);
        url ??= existing.url;
        continue;
      }
      const r = await port.upsertStickyComment({ owner: ctx.owner, repo: ctx.repo, number: snapshot.number, marker, body, existing });
      log(`sticky comment for ${doc.docPath} ${r.created ? 'posted' : r.written ? 'updated' : 'unchanged'}: ${r.url}`);
      url ??= r.url || undefined;
    } catch (e) {
      if (e instanceof ReadOnlyTokenError) {
        log(`No comment posted: the token is read-only (${e.message}); the findings are in the annotations and the job summary.`);
        return { ...(url ? { url } : {}), failures };
      }
      // The check itself ran: keep going so annotations and the summary still tell the result, and fail the run.
      if (!(e instanceof GitHubApiError)) throw e;
      failures.push(`could not update the pull request comment for ${doc.docPath}: ${e.message}`);
    }
  }
  return { ...(url ? { url } : {}), failures };
}
