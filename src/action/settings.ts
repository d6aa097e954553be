/** Inputs + config file -> the effective settings: an input the user set wins over the config, the config over defaults. */
import { parseConfig, type FileConfig } from '../config/file.js';
import { documentTargets, type DocumentTarget } from '../config/resolve.js';
import { RULE_NAMES } from '../lint/catalogue.js';
import type { ActionInputs } from './inputs.js';

export function parseActionConfig(text: string | undefined, path: string): FileConfig | undefined {
  return text === undefined ? undefined : parseConfig(text, path, RULE_NAMES);
}

export function effectiveInputs(inputs: ActionInputs, cfg: FileConfig | undefined): ActionInputs {
  if (!cfg) return inputs;
  const pick = <K extends keyof ActionInputs>(input: string, key: K, value: ActionInputs[K] | undefined): Partial<ActionInputs> =>
    inputs.explicit.has(input) || value === undefined ? {} : { [key]: value };
  return {
    ...inputs,
    ...pick('mode', 'mode', cfg.mode),
    ...pick('fail-on', 'failOn', cfg.failOn),
    ...pick('comment', 'comment', cfg.comment),
    ...pick('push', 'push', cfg.push),
    ...pick('dry-run', 'dryRun', cfg.dryRun),
    ...pick('llm-provider', 'llmProvider', cfg.llmProvider),
    ...pick('llm-model', 'llmModel', cfg.llmModel),
    ...pick('llm-base-url', 'llmBaseUrl', cfg.llmBaseUrl),
    ...pick('max-attempts', 'maxAttempts', cfg.maxAttempts),
    ...pick('command', 'command', cfg.command),
    ...pick('drift-label', 'driftLabel', cfg.driftLabel),
  };
}

export function actionTargets(inputs: ActionInputs, cfg: FileConfig | undefined): DocumentTarget[] {
  return documentTargets(cfg, {
    ...(inputs.explicit.has('doc-path') || !cfg ? { files: [inputs.docPath] } : {}),
    ...(inputs.explicit.has('template') || !cfg ? { template: inputs.template } : {}),
    ...(inputs.explicit.has('requirements') || !cfg ? { requirements: inputs.requirements } : {}),
  });
}
