/**
 * One document, whatever the event: drift, lint, and in fix/regenerate mode the proposed text.
 * Bytes come in as arguments; nothing here knows whether they came from the API or the disk.
 */
import type { DocumentTarget } from '../config/resolve.js';
import { checkText } from '../app/check.js';
import { checkDrift, driftFinding, type DriftInput, type DriftResult } from '../drift/drift.js';
import type { SourceFile } from '../drift/stamp.js';
import { fixText } from '../fix/fix.js';
import { loadModel } from '../model/load.js';
import { renderSemanticDiff } from '../model/render-diff.js';
import { proposeRegeneration } from '../generate/propose.js';
import type { ReadText } from '../template/load.js';
import type { DocumentReport, DriftInfo, Mode } from '../report/document-report.js';

/** One document's verdict, and its proposed text in fix/regenerate mode. */
export interface DocumentOutcome extends DocumentReport {
  /** The document's text as checked (for SARIF fingerprints). */
  text?: string;
}

export interface LlmSettings {
  provider?: string;
  model?: string;
  apiKey?: string;
  baseUrl?: string;
  maxAttempts: number;
  env: NodeJS.ProcessEnv;
}

export interface EvaluateInput {
  target: DocumentTarget;
  docText: string;
  readText: ReadText;
  requirements: SourceFile[];
  /** The drift facts besides the texts (see DriftInput): the globs, the pull request's changes, git history. */
  requirementGlobs?: DriftInput['requirementGlobs'];
  pullRequest?: DriftInput['pullRequest'];
  history?: DriftInput['history'];
  mode: Mode;
  llm: LlmSettings;
  log: (line: string) => void;
}

export function driftInfo(d: DriftResult): DriftInfo {
  const status = d.state;
  const reason = d.reason.replace(/`/g, '');
  // The report prints the evidence after a sentence of its own ("…last updated. <detail>"), except for
  // `unknown`, where it follows "drift could not be checked:".
  const detail = status === 'unknown' ? reason : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${/[.!?]$/.test(reason) ? '' : '.'}`;
  return { status, detail };
}

export async function evaluateDocument(input: EvaluateInput): Promise<DocumentOutcome & { driftResult: DriftResult }> {
  const { target, docText } = input;
  const drift = checkDrift({
    docText,
    requirements: input.requirements,
    ...(input.requirementGlobs ? { requirementGlobs: input.requirementGlobs } : {}),
    ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
    ...(input.history ? { history: input.history } : {}),
  });
  const extra = driftFinding(drift);
  const checked = await checkText(docText, target, input.readText, extra ? [extra] : [], { requirements: input.requirements });
  const outcome: DocumentOutcome & { driftResult: DriftResult } = {
    docPath: target.doc,
    findings: checked.findings,
    drift: driftInfo(drift),
    text: docText,
    driftResult: drift,
  };
  if (input.mode === 'fix') {
    const fixed = await fixText(docText, target.doc, { template: checked.template, rules: target.rules });
    if (fixed.changed) outcome.proposal = { oldText: docText, newText: fixed.text };
  } else if (input.mode === 'regenerate') {
    const r = await proposeRegeneration({
      llm: {
        ...(input.llm.provider ? { provider: input.llm.provider } : {}),
        ...(input.llm.model ? { model: input.llm.model } : {}),
        ...(input.llm.apiKey ? { apiKey: input.llm.apiKey } : {}),
        ...(input.llm.baseUrl ? { baseUrl: input.llm.baseUrl } : {}),
        env: input.llm.env,
      },
      template: target.template,
      readTemplate: input.readText,
      rules: target.rules,
      requirements: input.requirements,
      currentDoc: docText,
      docPath: target.doc,
      maxAttempts: input.llm.maxAttempts,
      log: input.log,
    });
    input.log(`regenerate: ${r.status} after ${r.calls} LLM call(s): ${r.reason}`);
    if (r.status === 'ok' && r.text !== undefined && r.changed) outcome.proposal = { oldText: docText, newText: r.text };
    else if (r.status === 'unchanged-cached') outcome.notes = [`Regeneration skipped: ${r.reason}`];
    else if (r.status === 'not-configured') {
      outcome.neutral = `no LLM is configured, so nothing was regenerated (${r.reason}); the deterministic fix is proposed instead`;
      if (r.fallback?.changed) outcome.proposal = { oldText: docText, newText: r.fallback.text };
    } else if (r.status === 'failed') {
      outcome.neutral = `regeneration failed: ${r.reason}; nothing was proposed`;
    }
  }
  if (outcome.proposal) {
    const [before, after] = await Promise.all([loadModel(outcome.proposal.oldText, target.doc, checked.template), loadModel(outcome.proposal.newText, target.doc, checked.template)]);
    outcome.proposal.architecture = renderSemanticDiff(before.model, after.model);
  }
  return outcome;
}
