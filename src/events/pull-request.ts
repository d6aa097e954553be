/**
 * pull_request (opened, synchronize, reopened, ready_for_review): read the document, config and
 * requirements at the head commit through the API (no checkout needed), check, propose, push, comment.
 * A run with nothing to push makes at most 3 API calls: the snapshot, (rarely) extra files, the comment.
 */
import picomatch from 'picomatch';
import { UsageError } from '../core/findings.js';
import { MAX_DOCUMENT_BYTES } from '../markdown/limits.js';
import { CONFIG_PATHS } from '../config/file.js';
import type { GitHubPort, PullRequestSnapshot, RemoteFile } from '../github/port.js';
import { GitHubApiError, ReadOnlyTokenError } from '../github/errors.js';
import { readCommentDigest, renderComment, stickyMarker } from '../report/comment.js';
import type { ChangedKind } from '../report/document-report.js';
import { countFindings } from '../report/text.js';
import { VERSION } from '../version.js';
import { BUILTIN_TEMPLATES } from '../template/builtin.js';
import type { ActionContext } from '../action/context.js';
import type { ActionInputs } from '../action/inputs.js';
import { actionTargets, effectiveInputs, parseActionConfig } from '../action/settings.js';
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
  if (file.kind === 'too-large') {
    throw new UsageError(`${path}: too large at ${at.slice(0, 7)} (${(file.byteSize / 1024 / 1024).toFixed(1)} MB; archdoc reads files up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB)`);
  }
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
    marker: stickyMarker(given.docPath),
  });
  const at = snapshot.readAt;
  const configPath = configPaths.find((p) => snapshot.files.get(p)?.kind === 'text');
  const configFile = configPath ? snapshot.files.get(configPath) : undefined;
  const configText = configFile?.kind === 'text' ? configFile.text : undefined;
  if (configText === undefined && given.explicit.has('config')) throw new UsageError(`${given.config}: config file not found at ${at.slice(0, 7)}`);
  const cfg = parseActionConfig(configText, configPath ?? given.config);
  const inputs = effectiveInputs(given, cfg);
  const targets = actionTargets(inputs, cfg);

  // The config may name documents, templates or requirements the first query did not read: one more query.
  const files = new Map(snapshot.files);
  let requirementPaths = snapshot.requirementPaths;
  const missing = new Set<string>();
  const globs = new Set<string>();
  for (const t of targets) {
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
  let commitSha: string | undefined;

  for (const target of targets) {
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
      if (tooLarge) remoteText(files.get(tooLarge), tooLarge, at);
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

  const canPush = !isFork || snapshot.maintainerCanModify;
  let commentUrl: string | undefined;
  if (inputs.comment) {
    const posted = await postComments(ctx, inputs, deps, snapshot, documents, { canPush, llmConfigured, isFork });
    commentUrl = posted.url;
    failures.push(...posted.failures);
  } else log('comment: false, so no pull request comment was posted');
  return {
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
