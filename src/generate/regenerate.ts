/**
 * The regeneration gate: ask the LLM, extract the document, lint it; on errors send the findings back
 * (bounded by maxAttempts); then apply the deterministic fix and stamp the result. What comes out has
 * no error findings, or nothing comes out.
 */
import { UsageError, type Finding, type SeveritySetting } from '../core/findings.js';
import { createRedactor } from '../core/redact.js';
import { applyStamp, requirementHashes, type SourceFile } from '../drift/stamp.js';
import { fixText } from '../fix/fix.js';
import { lintText } from '../lint/lint.js';
import { DocumentLimitError } from '../markdown/limits.js';
import { isLlmError, type ChatMessage, type CompletionResult, type LlmErrorKind, type LlmProvider } from './providers/types.js';
import { cacheKey, stampMatches, type ResultCache } from './cache.js';
import { extractDocument } from './extract.js';
import { buildPrompt, DEFAULT_MAX_INPUT_TOKENS, type Prompt } from './prompt.js';
import { templateHash, type TemplateSource } from './template-source.js';
import { citedCount, requirementsOf } from '../model/requirements.js';

const DEFAULT_MAX_ATTEMPTS = 3;
/** Room for a long architecture document (≈5k tokens) plus a reasoning model's thinking. */
const DEFAULT_MAX_OUTPUT_TOKENS = 16_000;
/** Findings listed in one repair message; the rest are counted. */
const MAX_LISTED_FINDINGS = 40;

export interface RegenerateOptions {
  /** Undefined when none is configured: the result is then 'not-configured' with the deterministic fix as fallback. */
  provider: LlmProvider | undefined;
  /** Why there is no provider (createProvider's message), for the result's reason. */
  notConfiguredReason?: string;
  template: TemplateSource;
  requirements: SourceFile[];
  /** The document as it is now; undefined when it does not exist yet. */
  currentDoc?: string;
  docPath: string;
  /** LLM rounds before giving up (default 3, at most 10). */
  maxAttempts?: number;
  rules?: Record<string, SeveritySetting>;
  now?: () => Date;
  maxInputTokens?: number;
  maxOutputTokens?: number;
  /** The command line's cache folder. */
  cache?: ResultCache;
  /** Ask the LLM even when the stamp or the cache already has the answer. */
  force?: boolean;
  /** Progress lines for people (stderr in the CLI, the log in the Action). */
  log?: (line: string) => void;
  /** Keys the reply must not carry in any form (it would be committed): such a reply ends the run. */
  secrets?: readonly string[];
}

type RegenerateStatus = 'ok' | 'failed' | 'not-configured' | 'unchanged-cached';

interface AttemptRecord {
  attempt: number;
  /** accepted: passed the gate (possibly after archdoc's own fix); the others were sent back or ended the run. */
  outcome: 'accepted' | 'findings' | 'truncated' | 'no-document' | 'secret';
  finishReason: string;
  /** Error findings in the extracted reply (before archdoc's fix). */
  errors: number;
  /** What extraction removed from the reply. */
  removed: string[];
}

export interface RegenerateResult {
  status: RegenerateStatus;
  /** ok: the new, fixed, stamped document; unchanged-cached: the current one. Never set otherwise. */
  text?: string;
  /** Whether `text` differs from the current document (a new stamp counts). */
  changed: boolean;
  /** Rounds of the gate that ran. */
  attempts: number;
  /** LLM calls made (provider.complete; HTTP retries inside a call are not counted here). */
  calls: number;
  /** ok: what remains (warnings only); failed: the errors of the last reply. */
  findings: Finding[];
  /** One or two sentences for people. */
  reason: string;
  cached?: 'stamp' | 'folder';
  rounds: AttemptRecord[];
  prompt?: { inputTokens: number; trimmed: string[] };
  usage: { inputTokens: number; outputTokens: number };
  /** Deterministic repairs applied after the gate. */
  fixesApplied: number;
  /** The provider call that failed, or 'prompt' when the inputs do not fit the budget. */
  error?: { kind: LlmErrorKind | 'prompt'; message: string };
  /** not-configured: what `archdoc fix` would make of the current document instead. */
  fallback?: { text: string; changed: boolean; applied: number; remaining: Finding[] };
  provider?: string;
  model?: string;
  /** ok: how many of the requirements' ids (`FR-1`, `US-003`, ...) the new document cites. */
  traced?: { cited: number; total: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const errorsOf = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

function formatFinding(f: Finding): string {
  return `${f.line}:${f.column} ${f.rule}: ${f.message}`;
}

/** The user message of a repair round: every error, where it is, and what to answer. */
function repairMessage(errors: Finding[]): string {
  const listed = errors.slice(0, MAX_LISTED_FINDINGS).map((f) => `- ${formatFinding(f)}`);
  const more = errors.length > listed.length ? [`- … and ${errors.length - listed.length} more`] : [];
  return [
    `archdoc checked the document you wrote and found ${plural(errors.length, 'error')} (line:column rule: message, lines counted from your document's first heading):`,
    ...listed,
    ...more,
    '',
    'Fix every one of them and answer with the whole corrected document (not only the changed parts), with nothing before or after it.',
  ].join('\n');
}

const TRUNCATED_NOTE =
  'Note: a previous answer was cut off at the output limit. Write the complete document more concisely (shorter descriptions, no repetition), and keep every required section.';

function noDocumentMessage(template: TemplateSource): string {
  const first = template.model.sections[0];
  const heading = first ? `\`${'#'.repeat(first.depth)} ${first.heading}\`` : 'its first heading';
  return `Your answer contained no Markdown document. Answer with the complete document only, starting with ${heading}.`;
}

const stampTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function toCrlfLike(text: string, like: string | undefined): string {
  return like !== undefined && /\r\n/.test(like) && !/(?:^|[^\r])\n/.test(like) ? text.replace(/\r?\n/g, '\r\n') : text;
}

export async function regenerate(opts: RegenerateOptions): Promise<RegenerateResult> {
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 10) {
    throw new UsageError(`max-attempts must be a whole number from 1 to 10, not ${String(opts.maxAttempts)}`);
  }
  const log = opts.log ?? (() => undefined);
  const secrets = createRedactor(opts.secrets ?? []);
  const lintOpts = { template: opts.template.model, rules: opts.rules };
  // The gate's own settings: a config may turn unsafe-content off for lint, never for what an LLM wrote (SPEC §6).
  const gateOpts = { ...lintOpts, rules: { ...opts.rules, 'unsafe-content': 'error' as const } };
  const base = {
    changed: false,
    attempts: 0,
    calls: 0,
    findings: [] as Finding[],
    rounds: [] as AttemptRecord[],
    usage: { inputTokens: 0, outputTokens: 0 },
    fixesApplied: 0,
  };

  const provider = opts.provider;
  if (!provider) {
    const fallback =
      opts.currentDoc !== undefined
        ? await fixText(opts.currentDoc, opts.docPath, lintOpts).then((r) => ({
            text: r.text,
            changed: r.changed,
            applied: r.applied.length,
            remaining: r.remaining,
          }))
        : undefined;
    return {
      ...base,
      status: 'not-configured',
      // The provider layer's own fallback note is replaced by the concrete one.
      reason: `${(opts.notConfiguredReason ?? 'no LLM provider is configured').replace(/;\s*without an LLM\b[^;]*$/i, '')}. Without an LLM, \`archdoc fix\` repairs what can be repaired deterministically${fallback ? (fallback.changed ? ` (${plural(fallback.applied, 'repair')} for ${opts.docPath})` : `; it would change nothing in ${opts.docPath}`) : ''}.`,
      ...(fallback ? { fallback } : {}),
    };
  }
  const who = { provider: provider.name, model: provider.model };
  const tHash = templateHash(opts.template);

  // The Action's cache: the document says it was made from exactly these inputs by this model.
  if (!opts.force && opts.currentDoc !== undefined && stampMatches(opts.currentDoc, opts.requirements, tHash, provider.model)) {
    const findings = (await lintText(opts.currentDoc, opts.docPath, gateOpts)).findings;
    if (errorsOf(findings).length === 0) {
      return {
        ...base,
        ...who,
        status: 'unchanged-cached',
        text: opts.currentDoc,
        findings,
        cached: 'stamp',
        reason: `${opts.docPath} is up to date: its stamp records these requirements, this template and ${provider.model}, and it passes lint; nothing to regenerate`,
      };
    }
    log(`${opts.docPath}: the stamp matches but the document has lint errors; regenerating`);
  }

  const maxInputTokens = opts.maxInputTokens ?? DEFAULT_MAX_INPUT_TOKENS;
  const key = opts.cache
    ? cacheKey({
        requirements: opts.requirements,
        templateHash: tHash,
        currentDoc: opts.currentDoc,
        provider: provider.name,
        model: provider.model,
        maxInputTokens,
      })
    : undefined;
  if (opts.cache && key && !opts.force) {
    const hit = opts.cache.get(key);
    if (hit) {
      const findings = (await lintText(hit.text, opts.docPath, gateOpts)).findings;
      // Rules may have changed since: a cached document must still pass today's gate.
      if (errorsOf(findings).length === 0) {
        return {
          ...base,
          ...who,
          status: 'ok',
          text: hit.text,
          changed: hit.text !== opts.currentDoc,
          findings,
          cached: 'folder',
          reason: `the same inputs were regenerated with ${hit.model} at ${hit.created}; reused that result without calling the LLM`,
        };
      }
    }
  }

  let prompt: Prompt;
  try {
    prompt = buildPrompt({ template: opts.template, requirements: opts.requirements, currentDoc: opts.currentDoc, docPath: opts.docPath, maxInputTokens });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { ...base, ...who, status: 'failed', reason: `${e.message}; nothing was written`, error: { kind: 'prompt', message: e.message } };
  }
  const promptInfo = { inputTokens: prompt.inputTokens, trimmed: prompt.trimmed };
  for (const t of prompt.trimmed) log(`input budget: ${t}`);
  log(`asking ${provider.name} (${provider.model}); prompt ≈${prompt.inputTokens.toLocaleString('en-US')} tokens`);

  const rounds: AttemptRecord[] = [];
  const usage = { inputTokens: 0, outputTokens: 0 };
  let messages: ChatMessage[] = [{ role: 'user', content: prompt.user }];
  let calls = 0;
  let accepted: string | undefined;
  let gateFixes = 0;
  let lastErrors: Finding[] = [];
  let lastProblem = '';
  const fail = (reason: string, extra: Partial<RegenerateResult> = {}): RegenerateResult => ({
    ...base,
    ...who,
    status: 'failed',
    attempts: rounds.length,
    calls,
    rounds,
    usage,
    prompt: promptInfo,
    findings: lastErrors,
    reason: `${reason}; nothing was written`,
    ...extra,
  });

  for (let attempt = 1; attempt <= maxAttempts && accepted === undefined; attempt++) {
    let reply: CompletionResult;
    try {
      calls++;
      reply = await provider.complete({ system: prompt.system, messages, maxTokens: opts.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS, temperature: 0 });
    } catch (e) {
      if (!isLlmError(e)) throw e;
      const after = rounds.length ? ` after ${plural(rounds.length, 'round')}` : '';
      return fail(`the LLM call failed${after}: ${e.message}`, { error: { kind: e.kind, message: e.message } });
    }
    usage.inputTokens += reply.usage?.inputTokens ?? 0;
    usage.outputTokens += reply.usage?.outputTokens ?? 0;

    // A reply that echoes a key (raw, base64, URL-encoded, hex) would put it in the document: refuse it outright.
    if (secrets.contains(reply.text)) {
      rounds.push({ attempt, outcome: 'secret', finishReason: reply.finishReason, errors: 0, removed: [] });
      lastErrors = [];
      log(`attempt ${attempt}: the reply contains the LLM API key (raw or encoded); it is never proposed`);
      return fail(`the LLM's reply contains the LLM API key (raw or encoded), so it was refused`);
    }

    if (reply.truncated) {
      rounds.push({ attempt, outcome: 'truncated', finishReason: reply.finishReason, errors: 0, removed: [] });
      lastErrors = [];
      lastProblem = `the reply was cut off (${reply.finishReason})`;
      log(`attempt ${attempt}: ${lastProblem}; a cut-off reply is never used`);
      // A filter or a full context window answers the same way again; only an output limit is worth another try.
      if (reply.finishReason === 'content_filter' || reply.finishReason === 'model_context_window_exceeded') break;
      const last = messages[messages.length - 1];
      messages = [
        ...messages.slice(0, -1),
        { role: 'user', content: last.content.includes(TRUNCATED_NOTE) ? last.content : `${last.content}\n\n${TRUNCATED_NOTE}` },
      ];
      continue;
    }

    const extracted = extractDocument(reply.text);
    if (!extracted.text) {
      rounds.push({ attempt, outcome: 'no-document', finishReason: reply.finishReason, errors: 0, removed: extracted.removed });
      lastErrors = [];
      lastProblem = 'the reply contained no document';
      log(`attempt ${attempt}: ${lastProblem}`);
      messages = [
        ...messages,
        { role: 'assistant', content: reply.text.slice(0, 4000) || '(empty)' },
        { role: 'user', content: noDocumentMessage(opts.template) },
      ];
      continue;
    }
    if (extracted.removed.length) log(`attempt ${attempt}: removed ${extracted.removed.join(', ')}`);

    let errors: Finding[];
    try {
      errors = errorsOf((await lintText(extracted.text, opts.docPath, gateOpts)).findings);
    } catch (e) {
      // Beyond archdoc's structural limits: never parsed, sent back like a finding (and never quoted whole).
      if (!(e instanceof DocumentLimitError)) throw e;
      rounds.push({ attempt, outcome: 'findings', finishReason: reply.finishReason, errors: 1, removed: extracted.removed });
      lastErrors = [];
      lastProblem = `archdoc could not check the reply: ${e.message}`;
      log(`attempt ${attempt}: ${lastProblem}`);
      messages = [
        ...messages,
        { role: 'assistant', content: extracted.text.slice(0, 4000) },
        { role: 'user', content: `${lastProblem}. Answer with the whole document, shorter and plainer, with nothing before or after it.` },
      ];
      continue;
    }
    if (errors.length === 0) {
      accepted = extracted.text;
    } else if (errors.every((f) => f.fixable)) {
      // What the deterministic fix can repair is not worth a call, if its result passes the same gate.
      const fixed = await fixText(extracted.text, opts.docPath, gateOpts);
      if (errorsOf(fixed.remaining).length === 0) {
        accepted = fixed.text;
        gateFixes = fixed.applied.length;
      }
    }
    rounds.push({
      attempt,
      outcome: accepted !== undefined ? 'accepted' : 'findings',
      finishReason: reply.finishReason,
      errors: errors.length,
      removed: extracted.removed,
    });
    if (accepted !== undefined) {
      log(`attempt ${attempt}: passed the gate${errors.length ? ` (${plural(errors.length, 'error')} repaired by archdoc fix)` : ''}`);
      break;
    }
    lastErrors = errors;
    lastProblem = `${plural(errors.length, 'error')} remained (${errors
      .slice(0, 3)
      .map((f) => `${f.rule} at ${f.line}:${f.column}`)
      .join(', ')}${errors.length > 3 ? ', …' : ''})`;
    log(`attempt ${attempt}: ${lastProblem}${attempt < maxAttempts ? '; sending the findings back' : ''}`);
    messages = [...messages, { role: 'assistant', content: extracted.text }, { role: 'user', content: repairMessage(errors) }];
  }

  if (accepted === undefined) {
    return fail(
      `the LLM's document did not pass the gate after ${plural(rounds.length, 'attempt')}: ${lastProblem}. Run \`archdoc fix\` for a deterministic repair, or try again with another model or a higher max-attempts`,
    );
  }

  const fixed = await fixText(accepted, opts.docPath, gateOpts);
  const fixesApplied = gateFixes + fixed.applied.length;
  const generated = stampTime((opts.now ?? (() => new Date()))());
  const stamped = applyStamp(toCrlfLike(fixed.text, opts.currentDoc), {
    requirements: requirementHashes(opts.requirements),
    template: tHash,
    model: provider.model,
    generated,
  });
  const final = (await lintText(stamped, opts.docPath, gateOpts)).findings;
  if (errorsOf(final).length) {
    lastErrors = errorsOf(final);
    return fail(`the fixed and stamped document still has ${plural(lastErrors.length, 'error')} (${lastErrors.map((f) => f.rule).join(', ')})`);
  }
  if (opts.cache && key && !opts.cache.set(key, { text: stamped, model: provider.model, created: generated })) {
    log('could not write the regeneration cache; the result is not remembered');
  }
  const changed = stamped !== opts.currentDoc;
  const ids = requirementsOf(opts.requirements);
  const traced = { cited: citedCount(ids, stamped), total: ids.length };
  if (ids.length) log(`the document cites ${traced.cited} of ${traced.total} requirement ids`);
  return {
    traced,
    ...base,
    ...who,
    status: 'ok',
    text: stamped,
    changed,
    attempts: rounds.length,
    calls,
    rounds,
    usage,
    prompt: promptInfo,
    findings: final,
    fixesApplied,
    reason: `${provider.model} wrote a document that passed the gate in ${plural(rounds.length, 'attempt')} (${plural(calls, 'LLM call')})${fixesApplied ? `; archdoc fix applied ${plural(fixesApplied, 'repair')}` : ''}${changed ? '' : '; it is identical to the current document'}`,
  };
}
