/**
 * pull_request (opened, synchronize, reopened, ready_for_review): read the document, config and
 * requirements at the head commit through the API (no checkout needed), check, propose, push, comment.
 * A run with nothing to push makes at most 3 API calls: the snapshot, (rarely) extra files, the comment.
 */
import picomatch from 'picomatch';
import { UsageError } from '../core/findings.js';
import type { GitHubPort, PullRequestSnapshot, RemoteFile } from '../github/port.js';
import { ReadOnlyTokenError } from '../github/errors.js';
import { readCommentDigest, renderComment, stickyMarker } from '../report/comment.js';
import type { ChangedKind } from '../report/document-report.js';
import { RULE_METAS } from '../lint/catalogue.js';
import { VERSION } from '../version.js';
import { BUILTIN_TEMPLATES } from '../template/builtin.js';
import type { ActionContext } from '../action/context.js';
import type { ActionInputs } from '../action/inputs.js';
import { actionTargets, effectiveInputs, parseActionConfig } from '../action/settings.js';
import type { DocumentOutcome, RunOutcome } from '../action/outcome.js';
import { evaluateDocument } from './evaluate.js';

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
  const wanted = [given.config, given.docPath, ...given.requirements.filter(isLiteral)];
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
  const configFile = snapshot.files.get(given.config);
  const configText = configFile?.kind === 'text' ? configFile.text : undefined;
  if (!configText && given.explicit.has('config')) throw new UsageError(`${given.config}: config file not found at ${at.slice(0, 7)}`);
  const cfg = parseActionConfig(configText, given.config);
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
  let commitSha: string | undefined;
  let commentUrl: string | undefined;

  for (const target of targets) {
    const isReq = picomatch(target.requirements, { dot: true });
    const reqPaths = requirementPaths.filter((p) => isReq(p));
    const requirements = reqPaths.flatMap((path) => {
      const f = files.get(path);
      return f?.kind === 'text' ? [{ path, text: f.text }] : [];
    });
    const docChanged = changed.includes(target.doc);
    const requirementsChanged = changed.filter((p) => isReq(p));
    const docText = readText(target.doc);
    const outcome = await evaluateDocument({
      target,
      docText,
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
    const { driftResult: _d, ...doc } = outcome;
    doc.changed = changedKind(docChanged, requirementsChanged.length > 0);
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
          if (!(e instanceof ReadOnlyTokenError)) throw e;
          notes.push('The token cannot push to this branch (read-only): apply the diff below yourself.');
          log(`not pushed: ${e.message}`);
        }
      }
    }
    if (notes.length) doc.notes = notes;
    documents.push(doc);
  }

  const canPush = !isFork || snapshot.maintainerCanModify;
  if (inputs.comment) {
    commentUrl = await postComments(ctx, inputs, deps, snapshot, documents, { canPush, llmConfigured, isFork });
  } else log('comment: false, so no pull request comment was posted');
  return { documents, headSha: at, ...(commentUrl ? { commentUrl } : {}), ...(commitSha ? { commitSha } : {}), canPush, llmConfigured };
}

async function postComments(
  ctx: ActionContext,
  inputs: ActionInputs,
  deps: Deps,
  snapshot: PullRequestSnapshot,
  documents: DocumentOutcome[],
  facts: { canPush: boolean; llmConfigured: boolean; isFork: boolean },
): Promise<string | undefined> {
  const { port, log } = deps;
  if (facts.isFork && ctx.eventName === 'pull_request') {
    log('No comment posted: pull requests from forks get a read-only token; the findings are in the annotations and the job summary.');
    return undefined;
  }
  let url: string | undefined;
  for (const doc of documents) {
    const body = renderComment({
      owner: ctx.owner,
      repo: ctx.repo,
      headSha: snapshot.readAt,
      ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
      version: VERSION,
      mode: inputs.mode,
      rules: RULE_METAS,
      docsBaseUrl: `https://github.com/archdoc/archdoc/blob/v${VERSION}/`,
      command: inputs.command,
      canPush: facts.canPush,
      llmConfigured: facts.llmConfigured,
      ...doc,
    });
    const marker = stickyMarker(doc.docPath);
    const existing = doc.docPath === inputs.docPath ? snapshot.stickyComment : await port.findStickyComment({ owner: ctx.owner, repo: ctx.repo, number: snapshot.number, marker });
    // Same report as last time (only the run link differs): no write at all.
    if (existing && readCommentDigest(existing.body) !== undefined && readCommentDigest(existing.body) === readCommentDigest(body)) {
      log(`sticky comment for ${doc.docPath} is already current: not updated`);
      url ??= existing.url;
      continue;
    }
    try {
      const r = await port.upsertStickyComment({ owner: ctx.owner, repo: ctx.repo, number: snapshot.number, marker, body, existing });
      log(`sticky comment for ${doc.docPath} ${r.created ? 'posted' : r.written ? 'updated' : 'unchanged'}: ${r.url}`);
      url ??= r.url || undefined;
    } catch (e) {
      if (!(e instanceof ReadOnlyTokenError)) throw e;
      log(`No comment posted: the token is read-only (${e.message}); the findings are in the annotations and the job summary.`);
      return undefined;
    }
  }
  return url;
}
