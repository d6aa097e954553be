/**
 * One document, whatever the entry point (every `archdoc` command, every Action event): its target and a
 * source of bytes in; the parts of its outcome out: template, requirements, drift verdict, findings with
 * the outline, the fix, the regeneration, the report. Each part is computed once and only when asked
 * for, so `lint` never runs the fixer, only a regeneration calls an LLM, and `drift` parses nothing.
 * Nothing here knows whether the bytes came from the disk or the API.
 */
import type { DocumentTarget } from '../config/resolve.js';
import { UsageError, type FileReport, type Finding, type OutlineEntry } from '../core/findings.js';
import { checkDrift, driftFinding, driftUnknownFinding, type DriftInput, type DriftResult } from '../drift/drift.js';
import { readStamp, type SourceFile } from '../drift/stamp.js';
import { fixText, type FixResult } from '../fix/fix.js';
import { lintText } from '../lint/lint.js';
import { loadModel } from '../model/load.js';
import { renderSemanticDiff } from '../model/render-diff.js';
import { proposeRegeneration, type ProposeOptions, type Proposal as Regeneration } from '../generate/propose.js';
import { loadTemplateSource, type TemplateSource } from '../generate/template-source.js';
import type { ReadText } from '../template/load.js';
import type { DocumentReport, DriftInfo, Mode } from '../report/document-report.js';
import { documentOutline, type DocumentOutline } from './outline.js';

/** Where a document's bytes come from: the disk through the path guard, or a commit through the API. */
export interface DocumentSource {
  /** The document's text; undefined when there is none yet (only a regeneration may start from nothing). */
  docText: string | undefined;
  /** Reads the template file, when the target names one. */
  readText: ReadText;
  /** The requirements files of the target's globs; called at most once, when a part needs them. */
  requirements: () => SourceFile[];
  /** The drift facts besides the texts (the globs, the pull request's changes, git history). */
  driftFacts?: (requirements: SourceFile[]) => Omit<DriftInput, 'docText' | 'requirements'>;
}

export interface EvaluationSettings {
  /**
   * How drift enters the findings. `verdict` (the Action): an error when drifted; "could not tell" is the
   * report's drift status. `findings` (`archdoc lint`, which has no verdict besides its findings): "could
   * not tell" is a warning, and nothing is said when the rule is off or there is nothing to drift from
   * (no stamp, no requirements files).
   */
  drift?: 'verdict' | 'findings';
  /** Run the off-by-default (heuristic) rules too. */
  strict?: boolean;
}

/** One document's verdict, and its proposed text in fix/regenerate mode: what the Action reports. */
export interface DocumentOutcome extends DocumentReport {
  /** The document's text as checked (for SARIF fingerprints). */
  text?: string;
  /** How the document's headings map onto the template (SPEC §5), for the JSON report. */
  outline?: OutlineEntry[];
}

export interface LlmSettings {
  provider?: string;
  model?: string;
  apiKey?: string;
  baseUrl?: string;
  maxAttempts: number;
  env: NodeJS.ProcessEnv;
}

/** What a regeneration needs besides the document: the LLM, and for the CLI its cache and clock. */
type RegenerateRequest = Pick<ProposeOptions, 'llm' | 'maxAttempts' | 'cache' | 'force' | 'now' | 'log'>;

export interface DocumentEvaluation {
  readonly target: DocumentTarget;
  template(): TemplateSource;
  requirements(): SourceFile[];
  drift(): DriftResult;
  /** Findings (drift among them, per `EvaluationSettings.drift`) with the outline. */
  findings(): Promise<FileReport>;
  /** The outline alone: parse and match, no rule. */
  outline(): DocumentOutline;
  fix(): Promise<FixResult>;
  regenerate(request: RegenerateRequest): Promise<Regeneration>;
  /** The document's architecture model (diagrams, elements, relations). */
  model(): ReturnType<typeof loadModel>;
  /** The Action's report of the document in `mode`: drift, findings, and the proposal the mode asks for. */
  report(mode: Mode, llm: LlmSettings, log: (line: string) => void): Promise<DocumentOutcome & { driftResult: DriftResult }>;
}

function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}

function driftInfo(d: DriftResult): DriftInfo {
  const status = d.state;
  const reason = d.reason.replace(/`/g, '');
  // The report prints the evidence after a sentence of its own ("…last updated. <detail>"), except for
  // `unknown`, where it follows "drift could not be checked:".
  const detail = status === 'unknown' ? reason : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${/[.!?]$/.test(reason) ? '' : '.'}`;
  return { status, detail };
}

export function evaluateDocument(target: DocumentTarget, source: DocumentSource, settings: EvaluationSettings = {}): DocumentEvaluation {
  const text = (): string => {
    if (source.docText === undefined) throw new UsageError(`${target.doc}: no such document`);
    return source.docText;
  };
  const template = once(() => loadTemplateSource(target.template, source.readText));
  const requirements = once(source.requirements);
  const drift = once(() => checkDrift({ docText: text(), requirements: requirements(), ...source.driftFacts?.(requirements()) }));
  const model = once(() => loadModel(text(), target.doc, template().model));

  const driftFindings = (): Finding[] => {
    if (settings.drift !== 'findings') return [drift()].flatMap((d) => driftFinding(d) ?? []);
    if (target.rules['requirements-drift'] === 'off') return [];
    if (requirements().length === 0 && !readStamp(text())) return [];
    const f = driftFinding(drift()) ?? driftUnknownFinding(drift());
    return f ? [f] : [];
  };

  const findings = once(async (): Promise<FileReport> => {
    // Drift first: its reads (requirements, git) fail before the template's, as they always have.
    const extraFindings = driftFindings();
    const traced = settings.strict || (target.rules['requirement-untraced'] ?? 'off') !== 'off';
    const result = await lintText(text(), target.doc, {
      template: template().model,
      rules: target.rules,
      extraFindings,
      ...(settings.strict ? { strict: true } : {}),
      ...(traced ? { requirements: requirements() } : {}),
    });
    return { path: target.doc, findings: result.findings, outline: result.outline };
  });

  const fix = once(() => fixText(text(), target.doc, { template: template().model, rules: target.rules }));

  const regenerate = (request: RegenerateRequest): Promise<Regeneration> =>
    proposeRegeneration({
      ...request,
      template: template(),
      readTemplate: source.readText,
      rules: target.rules,
      requirements: requirements(),
      currentDoc: source.docText,
      docPath: target.doc,
    });

  const evaluation: DocumentEvaluation = {
    target,
    template,
    requirements,
    drift,
    findings,
    outline: once(() => documentOutline(text(), target.doc, template().model)),
    fix,
    regenerate,
    model,
    async report(mode, llm, log) {
      const d = drift();
      const checked = await findings();
      const outcome: DocumentOutcome & { driftResult: DriftResult } = {
        docPath: target.doc,
        findings: checked.findings,
        ...(checked.outline ? { outline: checked.outline } : {}),
        drift: driftInfo(d),
        text: text(),
        driftResult: d,
      };
      if (mode === 'fix') {
        const fixed = await fix();
        if (fixed.changed) outcome.proposal = { oldText: text(), newText: fixed.text };
      } else if (mode === 'regenerate') {
        Object.assign(outcome, await regenerationReport(evaluation, text(), llm, log));
      }
      if (outcome.proposal) {
        const [before, after] = await Promise.all([model(), loadModel(outcome.proposal.newText, target.doc, template().model)]);
        outcome.proposal.architecture = renderSemanticDiff(before.model, after.model);
      }
      return outcome;
    },
  };
  return evaluation;
}

/** A regeneration as the report tells it: a proposal, a note, or a neutral verdict that is never a pass. */
async function regenerationReport(
  evaluation: DocumentEvaluation,
  oldText: string,
  llm: LlmSettings,
  log: (line: string) => void,
): Promise<Partial<DocumentOutcome>> {
  const r = await evaluation.regenerate({
    llm: {
      ...(llm.provider ? { provider: llm.provider } : {}),
      ...(llm.model ? { model: llm.model } : {}),
      ...(llm.apiKey ? { apiKey: llm.apiKey } : {}),
      ...(llm.baseUrl ? { baseUrl: llm.baseUrl } : {}),
      env: llm.env,
    },
    maxAttempts: llm.maxAttempts,
    log,
  });
  log(`regenerate: ${r.status} after ${r.calls} LLM call(s): ${r.reason}`);
  if (r.status === 'ok' && r.text !== undefined && r.changed) return { proposal: { oldText, newText: r.text } };
  if (r.status === 'unchanged-cached') return { notes: [`Regeneration skipped: ${r.reason}`] };
  if (r.status === 'not-configured') {
    const neutral = `no LLM is configured, so nothing was regenerated (${r.reason}); the deterministic fix is proposed instead`;
    return { neutral, ...(r.fallback?.changed ? { proposal: { oldText, newText: r.fallback.text } } : {}) };
  }
  if (r.status === 'failed') return { neutral: `regeneration failed: ${r.reason}; nothing was proposed` };
  return {};
}
