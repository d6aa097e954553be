/** The LLM settings of a run, from its effective settings (SPEC §6: inputs or the default branch's config) and the environment. */
import type { LlmSettings } from '../evaluate/evaluate-document.js';
import type { ActionInputs } from './inputs.js';

export function llmSettings(inputs: ActionInputs, env: NodeJS.ProcessEnv): LlmSettings {
  return {
    ...(inputs.llmProvider ? { provider: inputs.llmProvider } : {}),
    ...(inputs.llmModel ? { model: inputs.llmModel } : {}),
    ...(inputs.llmApiKey ? { apiKey: inputs.llmApiKey } : {}),
    ...(inputs.llmBaseUrl ? { baseUrl: inputs.llmBaseUrl } : {}),
    maxAttempts: inputs.maxAttempts,
    env,
  };
}

/** Whether regenerate could reach an LLM: otherwise reports do not offer it. */
export function llmConfigured(inputs: ActionInputs, env: NodeJS.ProcessEnv): boolean {
  return !!(inputs.llmProvider || inputs.llmApiKey || inputs.llmBaseUrl || env.OPENAI_API_KEY || env.ANTHROPIC_API_KEY);
}
