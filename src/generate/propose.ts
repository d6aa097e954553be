/**
 * One call for the Action and the CLI: settings in, proposed document and its diff out. It reads no
 * files itself (the Action reads the PR's head through the API), and never writes anything.
 */
import type { SeveritySetting } from '../core/findings.js';
import { unifiedDiff } from '../report/diff.js';
import type { ReadText } from '../template/load.js';
import { createProvider, isLlmError, secretsToMask, type CreateProviderOptions, type LlmProvider } from './providers/index.js';
import { regenerate, type RegenerateOptions, type RegenerateResult } from './regenerate.js';
import { loadTemplateSource, type TemplateSource } from './template-source.js';

export interface ProposeOptions extends Omit<RegenerateOptions, 'provider' | 'notConfiguredReason' | 'template' | 'rules'> {
  /** The llm-* settings (llm-provider, llm-model, llm-api-key, llm-base-url) and the environment to read keys from. */
  llm: CreateProviderOptions;
  /** Built-in template name or path, read through readTemplate; or the template already resolved. */
  template: string | TemplateSource;
  readTemplate: ReadText;
  rules?: Record<string, SeveritySetting>;
  /** A provider built elsewhere (tests, or a caller that already made one); wins over `llm`. */
  provider?: LlmProvider;
}

export interface Proposal extends RegenerateResult {
  /** Unified diff from the current document to `text` ('' when unchanged or nothing is proposed). */
  diff: string;
  /** not-configured: the diff `archdoc fix` would make instead ('' when it changes nothing). */
  fallbackDiff?: string;
}

/**
 * Regenerate `docPath` from the requirements with the configured LLM, gated by lint, fixed and stamped.
 * status: ok (text + diff), unchanged-cached (the stamp or cache already answers), not-configured
 * (a neutral outcome: fallback holds the deterministic fix), failed (reason; nothing to write).
 * Throws UsageError for a bad template or max-attempts; provider failures come back as 'failed'.
 */
export async function proposeRegeneration(opts: ProposeOptions): Promise<Proposal> {
  const template = typeof opts.template === 'string' ? loadTemplateSource(opts.template, opts.readTemplate) : opts.template;
  const log = opts.log;
  let provider = opts.provider;
  let notConfiguredReason: string | undefined;
  if (!provider) {
    try {
      provider = createProvider({
        ...opts.llm,
        retry: {
          ...opts.llm.retry,
          onRetry: (n) => {
            opts.llm.retry?.onRetry?.(n);
            log?.(`${n.error.message}; retry ${n.attempt} of ${n.maxAttempts - 1} in ${Math.max(1, Math.round(n.delayMs / 1000))} s`);
          },
        },
      });
    } catch (e) {
      if (!isLlmError(e) || e.kind !== 'not-configured') throw e;
      notConfiguredReason = e.message;
    }
  }
  const { llm: _llm, readTemplate: _read, provider: _p, ...rest } = opts;
  // The gate refuses a reply that carries the key the provider was given (or one from the environment).
  const secrets = rest.secrets ?? secretsToMask({ apiKey: opts.llm.apiKey, env: opts.llm.env });
  const result = await regenerate({ ...rest, provider, notConfiguredReason, template, secrets });
  const before = opts.currentDoc ?? '';
  const diff = result.status === 'ok' && result.text !== undefined && result.changed ? unifiedDiff(before, result.text, opts.docPath) : '';
  const fallbackDiff = result.fallback?.changed ? unifiedDiff(before, result.fallback.text, opts.docPath) : undefined;
  return { ...result, diff, ...(fallbackDiff !== undefined ? { fallbackDiff } : {}) };
}
