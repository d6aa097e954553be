/**
 * pull_request (opened, synchronize, reopened, ready_for_review): read the document, config and
 * requirements at the head commit through the API (no checkout needed), check, propose, push, comment.
 * A run with nothing to push makes at most 3 API calls: the snapshot, (rarely) extra files, the comment.
 */
import picomatch from 'picomatch';
import { UsageError } from '../core/findings.js';
import { CONFIG_PATHS } from '../config/file.js';
import { assertRepositoryPaths } from '../config/resolve.js';
import type { GitHubPort, PullRequestSnapshot, RemoteFile } from '../github/port.js';
import { GitHubApiError, ReadOnlyTokenError } from '../github/errors.js';
import { FORMER_MARKER_PREFIX, readCommentDigest, renderComment, STICKY_MARKER } from '../report/comment.js';
import { uncheckedSentence, type ChangedKind, type UncheckedDocuments } from '../report/document-report.js';
import { countFindings } from '../report/text.js';
import { VERSION } from '../version.js';
import { BUILTIN_TEMPLATES } from '../template/builtin.js';
import type { ActionContext } from '../action/context.js';
import type { ActionInputs } from '../action/inputs.js';
import { actionTargets, effectiveInputs, parseActionConfig } from '../action/settings.js';
import { capDocuments } from '../action/document-cap.js';
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

export async function handlePullRequest(ctx: ActionContext, given: ActionInputs, deps: Deps, event: PullRequestEvent): Promise<RunOutcome> {
  const { port, log } = deps;
  const coords = { owner: ctx.owner, repo: ctx.repo };
  // One query: the PR's changed files, the config, the document, the requirements and the sticky comment.
  // Unless the config input is set, look in the usual places too (as the CLI does): same query, no extra call.
  const configPaths = given.explicit.has('config') ? [given.config] : [...new Set([given.config, ...CONFIG_PATHS])];
  const wanted = [...configPaths, given.docPath, ...given.requirements.filter(isLiteral)];
  if (!BUILTIN_TEMPLATES[given.template]) wanted.push(given.template);
  const snapshot = await port.loadPullRequest({
    ...coords,
    number: event.number,
    headSha: event.headSha,
    paths: [...new Set(wanted)],
    requirementGlobs: given.requirements,
    marker: STICKY_MARKER,
    formerMarkerPrefix: FORMER_MARKER_PREFIX,
  });
  const at = snapshot.readAt;
  const configPath = configPaths.find((p) => snapshot.files.get(p)?.kind === 'text');
  const configFile = configPath ? snapshot.files.get(configPath) : undefined;
  const configText = configFile?.kind === 'text' ? configFile.text : undefined;
  if (configText === undefined && given.explicit.has('config')) throw new UsageError(`${given.config}: config file not found at ${at.slice(0, 7)}`);
  const cfg = parseActionConfig(configText, configPath ?? given.config);
  const inputs = effectiveInputs(given, cfg);
  const targets = assertRepositoryPaths(actionTargets(inputs, cfg));
  // The cap on documents per run: those beyond it are not read, not checked, and the run says so and fails.
  const { checked: toCheck, unchecked } = capDocuments(targets);

  // The config may name documents, templates or requirements the first query did not read: one more query.
  const files = new Map(snapshot.files);
  let requirementPaths = snapshot.requirementPaths;
  const missing = new Set<string>();
  const globs = new Set<string>();
  for (const t of toCheck) {
    if (!files.has(t.doc)) missing.add(t.doc);
    if (!BUILTIN_TEMPLATES[t.template] && !files.has(t.template)) missing.add(t.template);
    for (const r of t.requirements) if (!given.requirements.includes(r)) globs.add(r);
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
    documents.push(doc);
  }

  let commitSha: string | undefined;
  const proposed = documents.filter((d) => d.proposal);
  if (proposed.length && inputs.push) {
    const pushed = await pushProposals(ctx, inputs, deps, { snapshot, isFork, coords }, proposed);
    commitSha = pushed.commitSha;
    failures.push(...pushed.failures);
  }

  const canPush = !isFork || snapshot.maintainerCanModify;
  let commentUrl: string | undefined;
  if (inputs.comment) {
    const posted = await postComment(ctx, inputs, deps, snapshot, { documents, ...(unchecked ? { unchecked } : {}) }, { canPush, llmConfigured, isFork });
    commentUrl = posted.url;
    failures.push(...posted.failures);
  } else log('comment: false, so no pull request comment was posted');
  return {
    documents,
    ...(unchecked ? { unchecked } : {}),
    headSha: at,
    ...(commentUrl ? { commentUrl } : {}),
    ...(commitSha ? { commitSha } : {}),
    ...(failures.length ? { failure: failures.join('; ') } : {}),
    canPush,
    llmConfigured,
  };
}

/**
 * `push: true`: every proposed document in ONE verified commit on top of the head the run read. Two
 * commits would race each other (the second always finds the branch moved); if the branch moved
 * before this one, nothing is pushed and every document says so.
 */
async function pushProposals(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: Deps,
  pr: { snapshot: PullRequestSnapshot; isFork: boolean; coords: { owner: string; repo: string } },
  proposed: DocumentOutcome[],
): Promise<{ commitSha?: string; failures: string[] }> {
  const { snapshot, isFork } = pr;
  const at = snapshot.readAt;
  const note = (text: string): void => {
    for (const d of proposed) d.notes = [...(d.notes ?? []), text];
  };
  if (inputs.dryRun) {
    note('Dry run: the proposed change was not pushed.');
    return { failures: [] };
  }
  if (isFork && !snapshot.maintainerCanModify) {
    note('This pull request comes from a fork archdoc cannot push to: apply the diff below yourself.');
    return { failures: [] };
  }
  const what = proposed.length === 1 ? proposed[0].docPath : `${proposed.length} documents`;
  const list = proposed.length === 1 ? '' : `${proposed.map((d) => `- ${d.docPath}`).join('\n')}\n\n`;
  try {
    const r = await deps.port.commitFiles({
      ...(isFork && snapshot.headRepository ? snapshot.headRepository : pr.coords),
      branch: snapshot.headRef,
      expectedHeadOid: at,
      files: proposed.map((d) => ({ path: d.docPath, content: d.proposal!.newText })),
      message: `docs: ${inputs.mode === 'regenerate' ? 'regenerate' : 'fix'} ${what} (archdoc)\n\n${list}Proposed by archdoc ${VERSION}${ctx.runUrl ? ` in ${ctx.runUrl}` : ''}.`,
    });
    if (r.moved) {
      note(`The branch moved since ${at.slice(0, 7)}, so nothing was pushed; the next run will propose again.`);
      return { failures: [] };
    }
    for (const d of proposed) d.pushed = { sha: r.oid, url: r.url };
    deps.log(`pushed ${proposed.map((d) => d.docPath).join(', ')} as ${r.oid}`);
    return { commitSha: r.oid, failures: [] };
  } catch (e) {
    if (e instanceof ReadOnlyTokenError) {
      note('The token cannot push to this branch (read-only): apply the diff below yourself.');
      deps.log(`not pushed: ${e.message}`);
      return { failures: [] };
    }
    if (!(e instanceof GitHubApiError || e instanceof UsageError)) throw e;
    note('Pushing the proposed change failed: apply the diff below yourself, or re-run the workflow.');
    return { failures: [`could not push ${what}: ${e.message}`] };
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
  report: { documents: DocumentOutcome[]; unchecked?: UncheckedDocuments },
  facts: { canPush: boolean; llmConfigured: boolean; isFork: boolean },
): Promise<{ url?: string; failures: string[] }> {
  const { port, log } = deps;
  if (facts.isFork && ctx.eventName === 'pull_request') {
    log('No comment posted: pull requests from forks get a read-only token; the findings are in the annotations and the job summary.');
    return { failures: [] };
  }
  const existing = snapshot.stickyComment;
  if (!existing && !report.unchecked && report.documents.every(quiet)) {
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
