/**
 * The Markdown report of one document, shared by the sticky PR comment and the job summary.
 * It fits a size budget by dropping detail in a fixed order, and says what it dropped:
 * 1. shorten the diff (whole hunks), 2. drop the diff, 3. cut the findings table (errors first).
 */
import type { Finding } from '../core/findings.js';
import { boundPatch, documentPatch, patchStats, withoutContext, type BoundedDiff, type Measure, type StructuredPatch } from './diff.js';
import { blobLineUrl, escapeCell, escapeHtml, fenced, inlineCode, inlineText } from './markdown.js';
import { ruleDocUrl, type RuleMeta } from './rules.js';
import { clip, compareText, countFindings, countsText, plural } from './text.js';

export type ChangedKind = 'requirements' | 'document' | 'both' | 'neither';
export type Mode = 'validate' | 'fix' | 'regenerate';

export interface DriftInfo {
  /** `unknown`: drift could not be checked (then the verdict is never a pass). */
  status: 'drifted' | 'in-sync' | 'unknown';
  /** One sentence of evidence, e.g. "docs/01_requirements.md changed in abc1234, after the document's last change". */
  detail?: string;
}

/** What archdoc proposes for the document (fix or regenerate): the text at the head commit and the new text. */
interface Proposal {
  oldText: string;
  newText: string;
  /** What the change does to the diagrams, in architecture terms (Markdown, every name escaped); '' when nothing. */
  architecture?: string;
}

/** Everything about one document. Counts are derived from `findings`, so they cannot disagree. */
export interface DocumentReport {
  docPath: string;
  findings: readonly Finding[];
  /** What the pull request changed; omit outside a pull request. */
  changed?: ChangedKind;
  drift?: DriftInfo;
  proposal?: Proposal;
  /** Why no verdict could be reached, e.g. "no LLM configured". Never reported as a pass. */
  neutral?: string;
  /** The proposal was committed to the branch. */
  pushed?: { sha: string; url?: string };
  /** Facts the reader should know, in the caller's words: "No permission to comment…", "The branch moved…". */
  notes?: readonly string[];
  /** Show the whole proposed file too (archdoc cannot push it: a fork), when the size limit allows. */
  wholeFile?: boolean;
}

/** Documents a run did not check because of the cap on documents per run. */
export interface UncheckedDocuments {
  /** How many documents the configuration lists. */
  total: number;
  /** How many a run checks at most. */
  limit: number;
  /** The documents left out, in configuration order. */
  paths: readonly string[];
}

/** The run around the documents. */
export interface ReportContext {
  owner: string;
  repo: string;
  /** Commit the line links point at (the PR head, or the audited default-branch commit). */
  headSha: string;
  runUrl?: string;
  /** archdoc's version. */
  version: string;
  mode: Mode;
  /** Rule metadata, for links to each rule's documentation. */
  rules: readonly RuleMeta[];
  /** Base URL of archdoc's docs that `RuleMeta.docsPath` is relative to; without it rules are not linked. */
  docsBaseUrl?: string;
  /** The comment command prefix (action input `command`) when comment commands can answer; without it none are offered. */
  command?: string;
  /** False when archdoc cannot push to the PR branch (a fork, a read-only token): then only the diff helps. */
  canPush?: boolean;
  /** False when no LLM is configured, so `regenerate` is not offered. */
  llmConfigured?: boolean;
}

export interface Limits {
  budget: number;
  measure: Measure;
  /** Where the reader finds what this report leaves out, e.g. "the job summary". */
  elsewhere: string;
  /** Markdown heading level of the document's title. */
  level: number;
}

export interface Rendered {
  text: string;
  /** What was left out, one sentence each (empty when nothing was). */
  omissions: string[];
}

const MAX_NOTES = 20;
const MAX_NOTE = 1000;

interface Plan {
  rows: number;
  diff: { kind: 'full' } | { kind: 'bounded'; bounded: BoundedDiff } | { kind: 'dropped' };
  /** The whole proposed file is shown (it goes first when the report must shrink). */
  whole?: boolean;
}

/** `cell`: for a table cell (the job summary's overview). */
export function verdictLine(doc: DocumentReport, cell = false): string {
  const { errors, warnings } = countFindings(doc.findings);
  if (errors) return `❌ **${countsText(errors, warnings)}**`;
  const unchecked =
    doc.neutral ?? (doc.drift?.status === 'unknown' ? `drift could not be checked${doc.drift.detail ? `: ${doc.drift.detail}` : ''}` : undefined);
  if (unchecked !== undefined) return `⏸ **Neutral:** ${oneLine(unchecked, cell)}${warnings ? ` (${plural(warnings, 'warning')})` : ''}`;
  if (warnings) return `⚠️ **Warnings only:** ${plural(warnings, 'warning')}, no errors`;
  return doc.drift?.status === 'drifted' ? '✅ **Pass** (but see drift below)' : '✅ **Pass:** the document follows its template';
}

const CHANGED: Record<ChangedKind, string> = {
  requirements: 'the requirements, not the document',
  document: 'the document, not the requirements',
  both: 'both the requirements and the document',
  neither: 'neither the requirements nor the document',
};

function driftLine(drift: DriftInfo): string {
  const detail = drift.detail ? ` ${oneLine(drift.detail)}` : '';
  switch (drift.status) {
    case 'drifted':
      return `⚠️ the requirements changed since the document was generated or last updated.${detail}`;
    case 'in-sync':
      return `none: the document is up to date with its requirements.${detail}`;
    case 'unknown':
      return `⏸ not checked.${detail}`;
  }
}

/** Caller-supplied prose for one line of Markdown: bounded, HTML-safe, no line breaks to break a list or table. */
function oneLine(text: string, cell = false): string {
  return inlineText(text, MAX_NOTE, cell);
}

/** Errors first, then by line: the order the table is cut in. */
function tableOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

// Diffing a long document is the slow part, and the job summary may render a document twice.
const patches = new WeakMap<Proposal, { path: string; patch: StructuredPatch }>();
function patchFor(proposal: Proposal, path: string): StructuredPatch {
  const hit = patches.get(proposal);
  if (hit?.path === path) return hit.patch;
  const patch = documentPatch(proposal.oldText, proposal.newText, path);
  patches.set(proposal, { path, patch });
  return patch;
}

export function renderDocumentReport(ctx: ReportContext, doc: DocumentReport, limits: Limits): Rendered {
  const findings = tableOrder(doc.findings);
  const rows = findings.map((f) => findingRow(ctx, doc.docPath, f));
  const patch = doc.proposal ? patchFor(doc.proposal, doc.docPath) : undefined;
  const render = (plan: Plan): Rendered => assemble(ctx, doc, findings, rows, patch, plan, limits);
  const fits = (r: Rendered) => limits.measure(r.text) <= limits.budget;

  if (doc.wholeFile && patch?.hunks.length) {
    const withFile = render({ rows: rows.length, diff: { kind: 'full' }, whole: true });
    if (fits(withFile)) return withFile;
  }
  const whole = render({ rows: rows.length, diff: { kind: 'full' } });
  if (fits(whole)) return whole;

  if (patch && patch.hunks.length) {
    const shortened = shortenDiff(patch, rows.length, render, limits);
    if (shortened) return shortened;
    // One change every few lines makes a single giant hunk; without context lines it splits into many
    // small ones, of which the first few may still fit.
    const bare = withoutContext(patch);
    const bareReport = shortenDiff(bare, rows.length, (plan) => assemble(ctx, doc, findings, rows, patch, plan, limits, bare), limits);
    if (bareReport) return bareReport;
  }

  const noDiff = render({ rows: rows.length, diff: { kind: 'dropped' } });
  if (fits(noDiff)) return noDiff;

  // The most rows that fit (binary search: each render is linear in the table size).
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(render({ rows: mid, diff: { kind: 'dropped' } }))) lo = mid;
    else hi = mid - 1;
  }
  const cut = render({ rows: lo, diff: { kind: 'dropped' } });
  return fits(cut) ? cut : hardCut(cut, limits);
}

/**
 * The reports of several documents within one budget, in their order. Small reports first, each taking
 * what it needs from an equal share of what is left, so one huge document cannot crowd out the others.
 * `separator`: what joining two reports costs.
 */
export function fitReports(
  ctx: ReportContext,
  documents: readonly DocumentReport[],
  budget: number,
  limits: Omit<Limits, 'budget'>,
  separator: number,
): string[] {
  let left = budget - separator * documents.length;
  const texts = new Array<string>(documents.length);
  const order = documents
    .map((doc, i) => {
      const full = renderDocumentReport(ctx, doc, { ...limits, budget: Infinity }).text;
      return { doc, i, full, size: limits.measure(full) };
    })
    .sort((a, b) => a.size - b.size || a.i - b.i);
  order.forEach(({ doc, i, full, size }, k) => {
    const share = Math.floor(left / (order.length - k));
    texts[i] = size <= share ? full : renderDocumentReport(ctx, doc, { ...limits, budget: Math.max(0, share) }).text;
    left -= limits.measure(texts[i]);
  });
  return texts;
}

/** How many documents were left out and which (the first few), in one Markdown paragraph. */
export function uncheckedNotice(u: UncheckedDocuments): string {
  const SHOWN = 10;
  const listed = u.paths.slice(0, SHOWN).map((p) => inlineCode(clip(p, 200)));
  const more = u.paths.length > SHOWN ? `, and ${u.paths.length - SHOWN} more` : '';
  return `⏸ ${uncheckedSentence(u)}. Not checked: ${listed.join(', ')}${more}. Run ${inlineCode('archdoc lint')} locally to check them all.`;
}

/** The same fact as plain text, for the log and the failure reason. */
export function uncheckedSentence(u: UncheckedDocuments): string {
  return `${u.paths.length} of ${u.total} documents were not checked: archdoc checks at most ${u.limit} documents per run (the first ${u.limit} the configuration lists)`;
}

/**
 * The report with as much of `shown` as fits next to the full table, or undefined when not one hunk fits.
 * Room = budget minus everything else (measured with a stand-in diff and the longest note it can carry);
 * the fence around the real diff may be a little longer, so correct and retry.
 */
function shortenDiff(shown: StructuredPatch, rows: number, render: (plan: Plan) => Rendered, limits: Limits): Rendered | undefined {
  const stand: BoundedDiff = { text: 'x', totalHunks: shown.hunks.length, shownHunks: 1, omitted: patchStats(shown), note: 'x'.repeat(200) };
  let room = limits.budget - limits.measure(render({ rows, diff: { kind: 'bounded', bounded: stand } }).text);
  for (let attempt = 0; attempt < 3 && room > 0; attempt++) {
    const bounded = boundPatch(shown, room, limits.measure);
    if (bounded.shownHunks === 0) return undefined;
    const r = render({ rows, diff: { kind: 'bounded', bounded } });
    const over = limits.measure(r.text) - limits.budget;
    if (over <= 0) return r;
    room -= over;
  }
  return undefined;
}

/** Last resort when even the skeleton is too big (absurdly long paths or notes): cut at a line and say so. */
function hardCut(r: Rendered, limits: Limits): Rendered {
  const notice = `\n\n_…the rest of this report was cut to stay within the size limit. See ${limits.elsewhere}._\n`;
  let text = r.text;
  const room = limits.budget - limits.measure(notice);
  while (text && limits.measure(text) > room) {
    const cutAt = text.lastIndexOf('\n', Math.min(text.length - 1, Math.floor(room)));
    text = cutAt > 0 ? text.slice(0, cutAt) : text.slice(0, Math.max(0, Math.floor(room / 4)));
  }
  return { text: text + notice, omissions: [...r.omissions, 'the end of the report'] };
}

function findingRow(ctx: ReportContext, docPath: string, f: Finding): string {
  const severity = f.severity === 'error' ? '❌ error' : '⚠️ warning';
  const docUrl = ruleDocUrl(f.rule, ctx.rules, ctx.docsBaseUrl);
  const rule = docUrl ? `[${escapeCell(f.rule, 100)}](${docUrl})` : escapeCell(f.rule, 100);
  const line = `[${f.line}](${blobLineUrl(ctx.owner, ctx.repo, ctx.headSha, docPath, f.line, f.endLine)})`;
  return `| ${severity} | ${rule} | ${line} | ${escapeCell(f.message)} |`;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}

function assemble(
  ctx: ReportContext,
  doc: DocumentReport,
  findings: readonly Finding[],
  rows: readonly string[],
  patch: StructuredPatch | undefined,
  plan: Plan,
  limits: Limits,
  /** The patch the bounded diff was cut from, when it is not `patch` (a context-free variant). */
  shownPatch: StructuredPatch = patch!,
): Rendered {
  const out: string[] = [];
  const omissions: string[] = [];
  const sub = limits.level + 1;

  out.push(heading(limits.level, `archdoc · ${inlineCode(doc.docPath)}`), '', verdictLine(doc), '');

  const facts: string[] = [];
  const { errors } = countFindings(doc.findings);
  if (errors && doc.neutral) facts.push(`- **Not checked:** ${oneLine(doc.neutral)}`);
  if (doc.changed) facts.push(`- **This pull request changes:** ${CHANGED[doc.changed]}.`);
  if (doc.drift) facts.push(`- **Drift:** ${driftLine(doc.drift)}`);
  if (doc.pushed) {
    const sha = inlineCode(doc.pushed.sha.slice(0, 7));
    facts.push(`- **Committed:** the proposed document was pushed to this branch as ${doc.pushed.url ? `[${sha}](${doc.pushed.url})` : sha}.`);
  }
  if (facts.length) out.push(...facts, '');

  const notes = (doc.notes ?? []).slice(0, MAX_NOTES).map((n) => `- ${oneLine(n)}`);
  if ((doc.notes?.length ?? 0) > MAX_NOTES) notes.push(`- …and ${(doc.notes?.length ?? 0) - MAX_NOTES} more notes.`);
  if (notes.length) out.push('**Notes**', '', ...notes, '');

  if (rows.length) {
    out.push(heading(sub, 'Findings'), '');
    if (plan.rows > 0) {
      out.push('| Severity | Rule | Line | Message |', '| --- | --- | --- | --- |', ...rows.slice(0, plan.rows), '');
    }
    if (plan.rows < rows.length) {
      const left = countFindings(findings.slice(plan.rows));
      const what = `${plural(rows.length - plan.rows, 'finding')} (${countsText(left.errors, left.warnings)})`;
      out.push(
        `_Showing ${plan.rows} of ${rows.length} findings, errors first; ${what} left out to stay within the size limit. See ${limits.elsewhere} for the rest._`,
        '',
      );
      omissions.push(`${what} from the findings table`);
    }
  }

  let diffComplete = false;
  if (doc.proposal && patch) {
    out.push(heading(sub, 'Proposed change'), '');
    // Above the text diff: a mermaid block's diff is hard to read, its architecture summary is not.
    if (doc.proposal.architecture) out.push(doc.proposal.architecture.replace(/^### Architecture changes\n/, '**In architecture terms**\n'), '');
    const stats = patchStats(patch);
    if (patch.hunks.length === 0) {
      out.push(`No change: the ${ctx.mode === 'regenerate' ? 'regenerated' : 'fixed'} document is identical to the current one.`, '');
    } else {
      const summary = `${escapeHtml(doc.docPath)}: +${stats.added} −${stats.removed} lines`;
      const diffText = plan.diff.kind === 'full' ? boundPatch(patch, Infinity).text : plan.diff.kind === 'bounded' ? plan.diff.bounded.text : '';
      if (diffText) {
        out.push(`<details><summary>${summary}</summary>`, '', fenced(diffText, 'diff'), '', '</details>', '');
      }
      if (plan.whole) {
        const lines = doc.proposal.newText.split('\n').length - (doc.proposal.newText.endsWith('\n') ? 1 : 0);
        out.push(
          `<details><summary>The whole proposed ${escapeHtml(doc.docPath)} (${plural(lines, 'line')})</summary>`,
          '',
          fenced(doc.proposal.newText, 'markdown'),
          '',
          '</details>',
          '',
        );
      } else if (doc.wholeFile) {
        out.push(`_The whole proposed file was left out to stay within the size limit._`, '');
        omissions.push('the whole proposed file');
      }
      if (plan.diff.kind === 'full') diffComplete = true;
      else if (plan.diff.kind === 'bounded') {
        const bare = shownPatch !== patch ? ' Context lines are left out too.' : '';
        out.push(`_${inlineText(plan.diff.bounded.note)}${bare} See ${limits.elsewhere} for the full diff._`, '');
        omissions.push(`${plural(plan.diff.bounded.totalHunks - plan.diff.bounded.shownHunks, 'hunk')} of the diff`);
      } else {
        out.push(`_The proposed diff (${summary}) was left out to stay within the size limit. See ${limits.elsewhere} for it._`, '');
        omissions.push('the diff');
      }
    }
  }

  const apply = howToApply(ctx, doc, patch, { diffComplete, wholeFile: !!plan.whole }, limits.elsewhere);
  if (apply.length) out.push(heading(sub, 'How to apply'), '', ...apply, '');

  return { text: out.join('\n'), omissions };
}

function howToApply(
  ctx: ReportContext,
  doc: DocumentReport,
  patch: StructuredPatch | undefined,
  shown: { diffComplete: boolean; wholeFile: boolean },
  elsewhere: string,
): string[] {
  const { diffComplete } = shown;
  if (doc.pushed) return [];
  const cmd = ctx.command;
  const { errors, warnings, fixable } = countFindings(doc.findings);
  const lines: string[] = [];
  const hasChange = !!patch && patch.hunks.length > 0;
  const canPush = ctx.canPush !== false;

  if (hasChange) {
    if (!canPush) lines.push('- archdoc cannot push to this branch (a fork or a read-only token): apply the change yourself.');
    else if (!cmd)
      lines.push(`- Set ${inlineCode('push: true')} in the workflow and archdoc commits proposed changes to the branch itself (a verified commit).`);
    else if (ctx.mode === 'regenerate') {
      lines.push(
        `- Comment ${inlineCode(`${cmd} regenerate`)} on this pull request to regenerate the document and commit it to its branch (the LLM may word it differently from this proposal).`,
      );
    } else lines.push(`- Comment ${inlineCode(`${cmd} fix`)} on this pull request to commit the proposed change to its branch.`);
    if (!diffComplete) lines.push(`- The complete diff is in ${elsewhere}.`);
    if (diffComplete) {
      lines.push(
        `- Or locally: save the diff above as ${inlineCode('archdoc.patch')} and run ${inlineCode('git apply archdoc.patch')} at the repository root.`,
      );
    }
    if (ctx.mode !== 'regenerate' && (!diffComplete || !canPush)) lines.push(`- Or locally: run ${inlineCode(`archdoc fix --write ${doc.docPath}`)}.`);
    if (shown.wholeFile) lines.push(`- Or replace ${inlineCode(doc.docPath)} with the whole proposed file above.`);
  } else if (fixable > 0 && ctx.mode === 'validate') {
    const n = fixable === errors + warnings ? 'All findings' : `${fixable} of the findings`;
    if (canPush && cmd) lines.push(`- ${n} can be fixed automatically: comment ${inlineCode(`${cmd} fix`)} to commit the fix to this branch.`);
    else lines.push(`- ${n} can be fixed automatically (${inlineCode('mode: fix')} proposes the fix here).`);
    lines.push(
      `- Or locally: run ${inlineCode(`archdoc fix --write ${doc.docPath}`)} (${inlineCode('--diff')} instead of ${inlineCode('--write')} to preview).`,
    );
  }
  const needsRewrite = errors > 0 || doc.drift?.status === 'drifted';
  if (needsRewrite && ctx.mode !== 'regenerate' && ctx.llmConfigured !== false && canPush) {
    lines.push(
      cmd
        ? `- To rewrite the document from the requirements with the configured LLM, comment ${inlineCode(`${cmd} regenerate`)}.`
        : `- To rewrite the document from the requirements with the configured LLM, set ${inlineCode('mode: regenerate')} or run ${inlineCode(`archdoc regenerate --write --doc ${doc.docPath}`)}.`,
    );
  }
  if (lines[0]?.startsWith('- Or locally: ')) lines[0] = lines[0].replace('- Or locally: ', '- Locally: ');
  return lines;
}
