/**
 * pull_request and pull_request_target (opened, synchronize, reopened, ready_for_review): read the
 * document and requirements at the head commit and the config on the default branch through the API (no
 * checkout needed), apply the settings policy (SPEC §6), check, propose, push, comment.
 * A run with nothing to push makes at most 3 API calls: the snapshot, (rarely) extra files, the comment.
 *
 * Comment commands (issue-comment.ts) run the same pipeline at the head they pin: `readPullRequest`, then
 * `checkPullRequest` with the command's mode and who asked.
 */
import picomatch from 'picomatch';
import { UsageError } from '../../core/findings.js';
import { MAX_DOCUMENT_BYTES } from '../../markdown/limits.js';
import { assertRepositoryPaths, type DocumentTarget } from '../../config/resolve.js';
import type { GitHubPort, PullRequestSnapshot, RemoteFile } from '../../github/port.js';
import { GitHubApiError, ReadOnlyTokenError } from '../../github/errors.js';
import { FORMER_MARKER_PREFIX, readCommentDigest, renderComment, STICKY_MARKER, type CommandAnswer } from '../../report/comment.js';
import { uncheckedSentence, type ChangedKind, type UncheckedDocuments } from '../../report/document-report.js';
import { countFindings } from '../../report/text.js';
import { BUILTIN_TEMPLATES } from '../../template/builtin.js';
import type { ActionContext } from '../context.js';
import { DEFAULTS, type ActionInputs, type WorkflowInputs } from '../inputs.js';
import { configIn, configPaths, headConfigApplies, ignoredLine, resolveSettings } from '../settings.js';
import { dryRunPort } from '../dry-run.js';
import { capDocuments } from '../document-cap.js';
import type { RunOutcome } from '../outcome.js';
import { evaluateDocument, type DocumentOutcome } from '../../evaluate/evaluate-document.js';
import { reportContext } from '../report-context.js';
import { archdocCommitsLastHour, commitMessage, COMMITS_PER_HOUR, isArchdocCommit } from '../archdoc-commits.js';
import { answersCommentCommands } from '../command-workflow.js';
import { llmConfigured as isLlmConfigured, llmSettings } from '../llm-settings.js';

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
    { number?: number; head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } | undefined;
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
function remoteText(file: RemoteFile | undefined, path: string, at: string): string {
  if (!file || file.kind === 'missing') throw new UsageError(`${path}: not found at ${at.slice(0, 7)}`);
  if (file.kind === 'directory') throw new UsageError(`${path}: is a directory at ${at.slice(0, 7)}, not a Markdown file`);
  if (file.kind === 'binary') throw new UsageError(`${path}: is a binary file at ${at.slice(0, 7)}, not Markdown`);
  if (file.kind === 'too-large') {
    throw new UsageError(
      `${path}: too large at ${at.slice(0, 7)} (${(file.byteSize / 1024 / 1024).toFixed(1)} MB; archdoc reads files up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB)`,
    );
  }
  return file.text;
}

const isLiteral = (p: string): boolean => !picomatch.scan(p).isGlob;

function changedKind(docChanged: boolean, reqChanged: boolean): ChangedKind {
  return docChanged && reqChanged ? 'both' : docChanged ? 'document' : reqChanged ? 'requirements' : 'neither';
}

export interface PullRequestSettings {
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
export async function readPullRequest(
  ctx: ActionContext,
  given: WorkflowInputs,
  deps: Deps,
  event: { number: number; headSha?: string },
): Promise<PullRequestSettings> {
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
    // Without a head (a comment command): the head at this moment, pinned for the whole run.
    ...(event.headSha ? { headSha: event.headSha } : {}),
    paths: [...new Set(wanted)],
    requirementGlobs: [...requirements],
    marker: STICKY_MARKER,
    formerMarkerPrefix: FORMER_MARKER_PREFIX,
    defaultBranchPaths: paths,
  });
  const base = configIn(snapshot.defaultBranch.files, given);
  const head = withHeadConfig ? configIn(snapshot.files, given) : undefined;
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

/** A comment command driving the pipeline: its mode, and who asked. */
export interface CommandRequest {
  name: 'fix' | 'regenerate' | 'validate';
  /** The `command` setting, e.g. `/archdoc`. */
  prefix: string;
  login: string;
}

/** How a comment command ended, for its answer and its reaction. */
interface CommandResult {
  /** Whether what was asked was done (rocket) or not (confused). */
  done: boolean;
  sentence: string;
}

export interface PullRequestRun extends RunOutcome {
  /** Set when `request` was given. */
  result?: CommandResult;
}

export async function handlePullRequest(ctx: ActionContext, given: WorkflowInputs, deps: Deps, event: PullRequestEvent): Promise<RunOutcome> {
  const read = await readPullRequest(ctx, given, deps, event);
  // Loop guard: a head that is archdoc's own commit (a PAT or App token's commits start workflows) is
  // checked, but nothing is proposed, pushed or commented, so archdoc never answers itself.
  const head = read.snapshot.recentCommits.at(-1);
  const own = head?.oid === read.snapshot.readAt && isArchdocCommit(head.message);
  if (own) deps.log(`the head commit ${read.snapshot.readAt.slice(0, 7)} is archdoc's own: checked only; nothing is proposed, pushed or commented`);
  const inputs: ActionInputs = own ? { ...read.inputs, mode: 'validate', push: false, comment: false } : read.inputs;
  return checkPullRequest(ctx, deps, { ...read, inputs }, event);
}

/**
 * Check every configured document at the snapshot's head, propose, commit (`inputs.push`), and answer in
 * the one sticky comment (`inputs.comment`). With `request`, the comment says who asked and what came of it.
 */
export async function checkPullRequest(
  ctx: ActionContext,
  trustedDeps: Deps,
  read: PullRequestSettings,
  event: { headRepo?: string; baseRepo?: string },
  request?: CommandRequest,
): Promise<PullRequestRun> {
  const { inputs, targets, snapshot, note } = read;
  // dry-run may come from the default branch's config, so the port is wrapped once the policy has decided.
  const deps = inputs.dryRun ? { ...trustedDeps, port: dryRunPort(trustedDeps.port, trustedDeps.log) } : trustedDeps;
  const { port, log } = deps;
  const coords = { owner: ctx.owner, repo: ctx.repo };
  const at = snapshot.readAt;
  // Every path stays inside the repository (SPEC §6), and the cap on documents per run: those beyond it
  // are not read, not checked, and the run says so and fails.
  const { checked: toCheck, unchecked } = capDocuments(assertRepositoryPaths(targets));

  // The config may name documents, templates or requirements the first query did not read: one more query.
  const files = new Map(snapshot.files);
  let requirementPaths = snapshot.requirementPaths;
  const missing = new Set<string>();
  const globs = new Set<string>();
  for (const t of toCheck) {
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
  const llmConfigured = isLlmConfigured(inputs, deps.env);
  // What could not be done (a document unreadable, a write refused by GitHub): the run fails with these.
  const failures: string[] = [];
  if (unchecked) {
    log(uncheckedSentence(unchecked));
    failures.push(uncheckedSentence(unchecked));
  }

  for (const target of toCheck) {
    const isReq = picomatch(target.requirements, { dot: true });
    const reqPaths = requirementPaths.filter((p) => isReq(p));
    const requirements = reqPaths.flatMap((path) => {
      const f = files.get(path);
      return f?.kind === 'text' ? [{ path, text: f.text }] : [];
    });
    const tooLarge = reqPaths.find((p) => files.get(p)?.kind === 'too-large');
    const docChanged = changed.includes(target.doc);
    const requirementsChanged = changed.filter((p) => isReq(p));
    const kind = changedKind(docChanged, requirementsChanged.length > 0);
    let doc: DocumentOutcome;
    try {
      // A requirements file over the size cap: the document cannot be checked against it.
      if (tooLarge) remoteText(files.get(tooLarge), tooLarge, at);
      const source = {
        docText: readText(target.doc),
        readText,
        requirements: () => requirements,
        driftFacts: () => ({ pullRequest: { docChanged, requirementsChanged } }),
      };
      const { driftResult: _d, ...checked } = await evaluateDocument(target, source).report(inputs.mode, llmSettings(inputs, deps.env), log);
      doc = checked;
    } catch (e) {
      // Unreadable document or template: say so in the comment and the summary, and fail the run.
      if (!(e instanceof UsageError)) throw e;
      failures.push(`${target.doc} was not checked: ${e.message}`);
      documents.push({ docPath: target.doc, findings: [], changed: kind, neutral: `not checked: ${e.message}` });
      continue;
    }
    doc.changed = kind;
    documents.push(doc);
  }

  if (note && documents[0]) documents[0].notes = [...(documents[0].notes ?? []), note];

  let commitSha: string | undefined;
  let pushResult: PushResult | undefined;
  const proposed = documents.filter((d) => d.proposal);
  if (proposed.length && inputs.push) {
    pushResult = await pushProposals(ctx, inputs, deps, { snapshot, isFork, coords }, proposed, request);
    commitSha = pushResult.commitSha;
    failures.push(...pushResult.failures);
  }

  const canPush = !isFork || snapshot.maintainerCanModify;
  // Comment commands are offered where a workflow on the default branch answers them (and, of course, in their own answer).
  const command = request || answersCommentCommands(snapshot.defaultBranch.workflows) ? inputs.command : undefined;
  const result = request ? commandResult(inputs, request, documents, failures, pushResult) : undefined;
  const answer: CommandAnswer | undefined =
    request && result ? { command: `${request.prefix} ${request.name}`, login: request.login, result: result.sentence } : undefined;
  let commentUrl: string | undefined;
  if (inputs.comment) {
    const report = { documents, ...(unchecked ? { unchecked } : {}), ...(answer ? { request: answer } : {}) };
    const posted = await postComment(ctx, inputs, deps, snapshot, report, { canPush, llmConfigured, isFork, ...(command ? { command } : {}) });
    commentUrl = posted.url;
    failures.push(...posted.failures);
  } else log('comment: false, so no pull request comment was posted');
  return {
    settings: inputs,
    documents,
    ...(unchecked ? { unchecked } : {}),
    headSha: at,
    ...(commentUrl ? { commentUrl } : {}),
    ...(commitSha ? { commitSha } : {}),
    ...(failures.length ? { failure: failures.join('; ') } : {}),
    canPush,
    llmConfigured,
    ...(command ? { command } : {}),
    ...(result ? { result } : {}),
  };
}

/** One sentence for the requester: what was done, or why not and how to retry. */
function commandResult(
  inputs: ActionInputs,
  request: CommandRequest,
  documents: DocumentOutcome[],
  failures: string[],
  push: PushResult | undefined,
): CommandResult {
  const again = `Comment \`${request.prefix} ${request.name}\` again to retry.`;
  if (failures.length) return { done: false, sentence: `Failed: ${failures.join('; ')}. ${again}` };
  if (request.name === 'validate') return { done: true, sentence: 'Checked the documents at the head of this pull request; the report is below.' };
  if (push?.commitSha) return { done: true, sentence: `Committed \`${push.commitSha.slice(0, 7)}\` to this branch.` };
  if (push?.refused) return { done: false, sentence: `${push.refused}` };
  const unchanged = documents.every((d) => !d.proposal && !d.neutral);
  if (unchanged) return { done: true, sentence: 'Already up to date: nothing to commit.' };
  if (inputs.dryRun) return { done: true, sentence: 'Dry run: nothing was committed.' };
  return { done: false, sentence: 'Nothing was committed: see the notes below.' };
}

interface PushResult {
  commitSha?: string;
  failures: string[];
  /** Why nothing was committed although it could have been (moved branch, hourly bound, fork): the requester's answer. */
  refused?: string;
}

/**
 * `push: true` or a comment command: every proposed document in ONE verified commit on top of the head the
 * run read. Two commits would race each other (the second always finds the branch moved); if the branch
 * moved before this one, nothing is pushed and every document says so.
 */
async function pushProposals(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: Deps,
  pr: { snapshot: PullRequestSnapshot; isFork: boolean; coords: { owner: string; repo: string } },
  proposed: DocumentOutcome[],
  request?: CommandRequest,
): Promise<PushResult> {
  const { snapshot, isFork } = pr;
  const at = snapshot.readAt;
  const note = (text: string): void => {
    for (const d of proposed) d.notes = [...(d.notes ?? []), text];
  };
  const retry = request ? ` Comment \`${request.prefix} ${request.name}\` again to retry.` : ' The next run will propose again.';
  if (inputs.dryRun) {
    note('Dry run: the proposed change was not pushed.');
    return { failures: [] };
  }
  if (isFork && !snapshot.maintainerCanModify) {
    const why = 'This pull request comes from a fork archdoc cannot push to (maintainers may not edit it): apply the change below yourself.';
    note(why);
    for (const d of proposed) d.wholeFile = true;
    return { failures: [], refused: why };
  }
  // Loop guard: a bound on archdoc's commits per pull request per hour, whatever starts the runs.
  const recent = archdocCommitsLastHour(snapshot.recentCommits, Date.now());
  if (recent >= COMMITS_PER_HOUR) {
    const why = `archdoc already committed ${recent} times to this pull request in the last hour (the limit is ${COMMITS_PER_HOUR}): nothing was committed. Apply the change below yourself, or try again later.`;
    note(why);
    deps.log(why);
    return { failures: [], refused: why };
  }
  const paths = proposed.map((d) => d.docPath);
  const action = inputs.mode === 'regenerate' ? 'regenerate' : 'fix';
  try {
    const r = await deps.port.commitFiles({
      ...(isFork && snapshot.headRepository ? snapshot.headRepository : pr.coords),
      branch: snapshot.headRef,
      expectedHeadOid: at,
      files: proposed.map((d) => ({ path: d.docPath, content: d.proposal!.newText })),
      message: commitMessage({
        action,
        paths,
        ...(request ? { requested: { login: request.login, command: `${request.prefix} ${request.name}`, number: snapshot.number } } : {}),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
      }),
    });
    if (r.moved) {
      const now = r.headOid ? ` to \`${r.headOid.slice(0, 7)}\`` : '';
      const why = `The branch moved${now} since archdoc read \`${at.slice(0, 7)}\`, so nothing was committed.${retry}`;
      note(why);
      deps.log(why);
      return { failures: [], refused: why };
    }
    for (const d of proposed) d.pushed = { sha: r.oid, url: r.url };
    deps.log(`pushed ${paths.join(', ')} as ${r.oid}`);
    return { commitSha: r.oid, failures: [] };
  } catch (e) {
    if (e instanceof ReadOnlyTokenError) {
      const why = 'The token cannot push to this branch (read-only): apply the diff below yourself.';
      note(why);
      deps.log(`not pushed: ${e.message}`);
      return { failures: [], refused: why };
    }
    if (!(e instanceof GitHubApiError || e instanceof UsageError)) throw e;
    note('Pushing the proposed change failed: apply the diff below yourself, or re-run the workflow.');
    return { failures: [`could not push ${paths.length === 1 ? paths[0] : `${paths.length} documents`}: ${e.message}`] };
  }
}

/** Nothing worth a new comment: the pull request touches neither the document nor its requirements, and the check passes. */
function quiet(doc: DocumentOutcome): boolean {
  return doc.changed === 'neither' && countFindings(doc.findings).errors === 0 && !doc.neutral && !doc.proposal;
}

/** The one sticky comment for every document of the run (SPEC §6: at most one comment per pull request). */
async function postComment(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: Deps,
  snapshot: PullRequestSnapshot,
  report: { documents: DocumentOutcome[]; unchecked?: UncheckedDocuments; request?: CommandAnswer },
  facts: { canPush: boolean; llmConfigured: boolean; isFork: boolean; command?: string },
): Promise<{ url?: string; failures: string[] }> {
  const { port, log } = deps;
  if (facts.isFork && ctx.eventName === 'pull_request') {
    log('No comment posted: pull requests from forks get a read-only token; the findings are in the annotations and the job summary.');
    return { failures: [] };
  }
  const existing = snapshot.stickyComment;
  if (!existing && !report.request && !report.unchecked && report.documents.every(quiet)) {
    log('No comment: this pull request changes neither the documents nor their requirements, and the check passes.');
    return { failures: [] };
  }
  const body = renderComment({ ...reportContext(ctx, inputs, snapshot.readAt, facts), ...report });
  // Same report as last time (only the run link differs): no write at all.
  const digest = readCommentDigest(body);
  if (existing && readCommentDigest(existing.body) === digest) {
    log('The sticky comment is already current: not updated');
    return { url: existing.url, failures: [] };
  }
  try {
    const r = await port.upsertStickyComment({ owner: ctx.owner, repo: ctx.repo, number: snapshot.number, marker: STICKY_MARKER, body, existing });
    log(`sticky comment ${r.created ? 'posted' : r.written ? 'updated' : 'unchanged'}: ${r.url}`);
    return { ...(r.url ? { url: r.url } : {}), failures: [] };
  } catch (e) {
    if (e instanceof ReadOnlyTokenError) {
      log(`No comment posted: the token is read-only (${e.message}); the findings are in the annotations and the job summary.`);
      return { failures: [] };
    }
    // The check itself ran: annotations and the summary still tell the result, and the run fails.
    if (!(e instanceof GitHubApiError)) throw e;
    return { failures: [`could not update the pull request comment: ${e.message}`] };
  }
}
