/** Regeneration: what the Action and the CLI call. See README.md in this folder. */
export { proposeRegeneration, type ProposeOptions, type Proposal } from './propose.js';
export { regenerate, repairMessage, formatFinding, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_OUTPUT_TOKENS, type RegenerateOptions, type RegenerateResult, type RegenerateStatus, type AttemptRecord } from './regenerate.js';
export { buildPrompt, estimateTokens, withoutStamp, SYSTEM_PROMPT, DEFAULT_MAX_INPUT_TOKENS, type Prompt, type PromptInput } from './prompt.js';
export { extractDocument, type Extraction } from './extract.js';
export { folderCache, cacheKey, stampMatches, PROMPT_VERSION, type ResultCache, type CacheEntry } from './cache.js';
export { loadTemplateSource, templateHash, templateTask, templateStructure, type TemplateSource } from './template-source.js';
