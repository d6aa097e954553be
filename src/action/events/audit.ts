/**
 * The drift audit (SPEC §5 "Drift audit"), on `schedule` and `workflow_dispatch`: every document of the
 * config in the checkout of the default branch is linted and checked for drift (stamp, else the order of
 * git history), and each keeps ONE issue, found again by its hidden marker and the token's authorship:
 * opened when something is wrong, updated only when the report changed, closed when all is well,
 * the same issue reopened when the problem comes back. With `mode: fix|regenerate` and `push: true`
 * the proposed document goes to a branch of its own and one pull request; never to the default branch.
 *
 * Pacing (GitHub's secondary limits: 80 content-creating requests a minute, 500 an hour, serial
 * requests preferred): the client sends one request at a time and spaces writes at least a second
 * apart (issues, comments and pull requests three), and a run makes at most a few writes per
 * document (label, issue, comment, branch, commit, pull request) for at most 20 documents.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../core/findings.js';
import type { DocumentTarget } from '../../config/resolve.js';
import type { GitHubPort, OwnIssue } from '../../github/port.js';
import { GitHubApiError, ReadOnlyTokenError } from '../../github/errors.js';
import { openRepository, type Repository } from '../../sources/repository.js';
import { escapeData } from '../../report/github.js';
import { uncheckedSentence } from '../../report/document-report.js';
import { auditIssueTitle, closingComment, isAuditIssueOf, renderAuditIssue, sameReport, type ProposalState } from '../../report/audit-issue.js';
import { countFindings } from '../../report/text.js';
import { inlineCode } from '../../report/markdown.js';
import type { DocumentOutcome } from '../../evaluate/evaluate-document.js';
import type { AuditReport, DocumentAudit } from '../../audit/report.js';
import { parseRepository } from '../../audit/merge.js';
import { VERSION } from '../../version.js';
import type { ActionContext } from '../context.js';
import type { ActionInputs, WorkflowInputs } from '../inputs.js';
import { resolveSettings } from '../settings.js';
import type { RunOutcome } from '../outcome.js';
import { capDocuments } from '../document-cap.js';
import { dryRunPort } from '../dry-run.js';
import { reportContext } from '../report-context.js';
import { checkoutConfig, evaluateWorkspaceDocument } from './workspace.js';
import { llmConfigured, llmSettings } from '../llm-settings.js';

export const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface AuditDeps {
  log: (line: string) => void;
  env: NodeJS.ProcessEnv;
  port: () => GitHubPort;
  /** `owner/repo` to audit when it is not the workflow's own repository (the organisation fan-out). */
  repository?: string;
}

const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = "archdoc's drift audit: the architecture document needs an update";

/** `archdoc/<document path slug>`: a git-safe branch name per document. */
function proposalBranch(docPath: string): string {
  // Split and join rather than trim with a regex: linear on any input.
  const slug = docPath
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .filter(Boolean)
    .join('-')
    .slice(0, 100);
  return `archdoc/${slug || 'document'}`;
}

/** The trailer line that marks archdoc's own commits on a proposal branch. */
const trailerFor = (docPath: string): string => `Archdoc-Proposal: ${proposalBranch(docPath)}`;

/** The commit the checkout is at (the audited commit); GITHUB_SHA names the workflow's repository, not always this one. */
function checkoutSha(root: string, fallback: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || fallback;
  } catch {
    return fallback;
  }
}

/** Refuses an audit of a branch other than the default one: its issues would describe the wrong branch. */
function assertDefaultBranch(ctx: ActionContext, env: NodeJS.ProcessEnv): void {
  const repository = ctx.payload.repository as { default_branch?: string } | undefined;
  const ref = env.GITHUB_REF;
  const def = repository?.default_branch;
  if (ref && def && ref.startsWith('refs/heads/') && ref !== `refs/heads/${def}`) {
    throw new UsageError(
      `the drift audit checks the default branch (${def}), but this run is on ${ref.slice('refs/heads/'.length)}: run the workflow on ${def}`,
    );
  }
}

const needsAttention = (doc: DocumentOutcome, failOn: ActionInputs['failOn']): boolean => {
  const { errors, warnings } = countFindings(doc.findings);
  return errors > 0 || (failOn === 'warning' && warnings > 0) || doc.drift?.status !== 'in-sync' || doc.neutral !== undefined;
};

export async function handleAudit(ctx0: ActionContext, given: WorkflowInputs, deps: AuditDeps): Promise<RunOutcome> {
  let ctx = ctx0;
  if (deps.repository) {
    ctx = { ...ctx, ...parseRepository(deps.repository, 'input repository') };
  } else assertDefaultBranch(ctx, deps.env);
  const root = ctx.workspace;
  const repository = openRepository(root, root);
  const { settings, targets } = resolveSettings({ event: ctx.eventName, inputs: given, base: checkoutConfig(repository, root, given) });
  const { checked, unchecked } = capDocuments(targets);
  const log = deps.log;
  if (unchecked) log(uncheckedSentence(unchecked));
  const sha = checkoutSha(root, ctx.sha);
  const port = settings.dryRun ? dryRunPort(deps.port(), log) : deps.port();
  const coords = { owner: ctx.owner, repo: ctx.repo };
  const rctx = { ...reportContext(ctx, settings, sha, { canPush: settings.push, llmConfigured: llmConfigured(settings, deps.env) }), serverUrl: ctx.serverUrl };

  const documents: DocumentOutcome[] = [];
  for (const target of checked) documents.push(await auditDocument(repository, target, settings, deps));

  const audit: AuditReport = { repository: `${ctx.owner}/${ctx.repo}`, sha, documents: [], writes: 0 };
  const failures: string[] = unchecked ? [uncheckedSentence(unchecked)] : [];
  let issues: OwnIssue[] | undefined;
  let labelReady = false;
  let issueUrl: string | undefined;
  for (const doc of documents) {
    const wrong = needsAttention(doc, settings.failOn);
    const counts = countFindings(doc.findings);
    const entry: DocumentAudit = {
      path: doc.docPath,
      errors: counts.errors,
      warnings: counts.warnings,
      drift: doc.drift?.status ?? 'unknown',
      needsAttention: wrong,
    };
    audit.documents.push(entry);
    try {
      issues ??= await port.findOwnIssues({ ...coords, label: settings.driftLabel });
      const existing = issues.find((i) => isAuditIssueOf(i.body, doc.docPath));
      if (!wrong) {
        if (existing?.state === 'open') {
          await port.closeIssue({ ...coords, number: existing.number, comment: closingComment(doc.docPath, rctx) });
          audit.writes += 2;
          entry.issue = { number: existing.number, url: existing.url, action: 'closed' };
          log(escapeData(`audit: ${doc.docPath}: all is well; closed issue #${existing.number}`));
        } else log(escapeData(`audit: ${doc.docPath}: all is well`));
        continue;
      }
      const proposal = doc.proposal && doc.proposal.newText !== doc.proposal.oldText ? await propose(port, coords, settings, doc, audit, log) : undefined;
      if (proposal?.kind === 'pull-request') entry.pullRequest = proposal.url;
      const body = renderAuditIssue({ ctx: rctx, doc, ...(proposal ? { proposal } : {}) });
      if (existing?.state === 'open' && sameReport(body, existing.body)) {
        entry.issue = { number: existing.number, url: existing.url, action: 'unchanged' };
        log(escapeData(`audit: ${doc.docPath}: issue #${existing.number} is already current`));
      } else {
        if (!existing && !labelReady) {
          audit.writes += (await port.ensureLabel({ ...coords, name: settings.driftLabel, color: LABEL_COLOR, description: LABEL_DESCRIPTION })).created
            ? 1
            : 0;
          labelReady = true;
        }
        const r = await port.upsertIssue({ ...coords, label: settings.driftLabel, title: auditIssueTitle(doc.docPath), body, existing: existing ?? null });
        if (r.action !== 'unchanged') audit.writes++;
        entry.issue = { number: r.issue.number, url: r.issue.url, action: r.action };
        // Later documents look the issue up in the same list: never a second issue for the same document.
        if (!existing) issues.push({ ...r.issue, state: 'open' });
        log(escapeData(`audit: ${doc.docPath}: issue #${r.issue.number} ${r.action}`));
      }
      issueUrl ??= entry.issue.url || undefined;
    } catch (e) {
      if (e instanceof ReadOnlyTokenError) {
        failures.push(`the token cannot write issues (give the workflow \`issues: write\`): ${e.message}`);
        break;
      }
      if (!(e instanceof GitHubApiError || e instanceof UsageError)) throw e;
      failures.push(`${doc.docPath}: could not update its audit issue: ${e.message}`);
    }
  }
  log(`audit: ${audit.writes} write request(s) to GitHub for ${documents.length} document(s)`);
  writeAuditReport(ctx.outputDir, audit);
  return {
    settings,
    documents,
    headSha: sha,
    ...(unchecked ? { unchecked } : {}),
    ...(issueUrl ? { issueUrl } : {}),
    ...(failures.length ? { failure: failures.join('; ') } : {}),
  };
}

/** Lint and drift first; the proposal (an LLM call for regenerate) only for a document that needs one. */
async function auditDocument(repository: Repository, target: DocumentTarget, settings: ActionInputs, deps: AuditDeps): Promise<DocumentOutcome> {
  // One evaluation: the proposal reuses the drift and the findings of the check.
  const evaluation = evaluateWorkspaceDocument(repository, target);
  const llm = llmSettings(settings, deps.env);
  const { driftResult: drift, ...checked } = await evaluation.report('validate', llm, deps.log);
  if (drift.state === 'unknown') deps.log(escapeData(`archdoc: ${target.doc}: drift could not be checked: ${drift.reason.replace(/`/g, '')}`));
  if (settings.mode === 'validate' || !needsAttention(checked, settings.failOn)) return checked;
  const { driftResult: _d, ...proposed } = await evaluation.report(settings.mode, llm, deps.log);
  return proposed;
}

/** The proposal branch and its one pull request (`push: true`), or why there is none. */
async function propose(
  port: GitHubPort,
  coords: { owner: string; repo: string },
  settings: ActionInputs,
  doc: DocumentOutcome,
  audit: AuditReport,
  log: (l: string) => void,
): Promise<ProposalState> {
  const branch = proposalBranch(doc.docPath);
  if (!settings.push)
    return {
      kind: 'not-pushed',
      reason: `set \`push: true\` and the audit opens a pull request with the ${settings.mode === 'regenerate' ? 'regenerated' : 'fixed'} document.`,
    };
  const what = settings.mode === 'regenerate' ? 'regenerate' : 'fix';
  try {
    const r = await port.proposeChange({
      ...coords,
      branch,
      path: doc.docPath,
      content: doc.proposal!.newText,
      commitMessage: `docs: ${what} ${doc.docPath} (archdoc audit)\n\nProposed by archdoc ${VERSION}'s drift audit.\n\n${trailerFor(doc.docPath)}`,
      title: `archdoc: ${what} ${inlineCode(doc.docPath)}`,
      body: `archdoc's drift audit found that ${inlineCode(doc.docPath)} needs an update and proposes this change. Its audit issue (label ${inlineCode(settings.driftLabel)}) has the report.\n\narchdoc updates this branch on later audits while only archdoc commits to it; commit to it yourself and archdoc leaves it alone.`,
      trailer: trailerFor(doc.docPath),
    });
    switch (r.status) {
      case 'proposed':
        audit.writes += (r.commitOid ? 1 : 0) + (r.pullRequest.created ? 2 : 0);
        log(escapeData(`audit: ${doc.docPath}: pull request #${r.pullRequest.number} ${r.pullRequest.created ? 'opened' : 'updated'} from ${branch}`));
        return { kind: 'pull-request', url: r.pullRequest.url, number: r.pullRequest.number, branch, created: r.pullRequest.created };
      case 'foreign':
        log(escapeData(`audit: ${doc.docPath}: ${branch} has commits archdoc did not make: left alone`));
        return { kind: 'foreign', branch, ...(r.pullRequest ? { url: r.pullRequest.url } : {}) };
      case 'moved':
        return { kind: 'moved', branch };
      case 'unchanged':
        return { kind: 'not-pushed', reason: 'the default branch already has the proposed text.' };
    }
  } catch (e) {
    if (!(e instanceof GitHubApiError || e instanceof UsageError)) throw e;
    return { kind: 'not-pushed', reason: `proposing the change failed: ${e.message}` };
  }
}

/** audit.json next to report.json: which repository, which commit, and each document's issue (for `archdoc audit-merge`). */
function writeAuditReport(dir: string, report: AuditReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'audit.json'), `${JSON.stringify(report, null, 2)}\n`);
}
