/** The contract between regeneration and whichever LLM answers it. */

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface CompletionRequest {
  system: string;
  messages: ChatMessage[];
  maxTokens: number;
  temperature?: number;
}

export interface CompletionResult {
  text: string;
  /** True when the text is not the model's whole answer (output limit or content filter): reject it. */
  truncated: boolean;
  /** The provider's own word for why generation stopped ('stop', 'length', 'end_turn', 'max_tokens', ...). */
  finishReason: string;
  model: string;
  usage?: { inputTokens?: number; outputTokens?: number };
}

export interface LlmProvider {
  readonly name: string;
  readonly model: string;
  complete(req: CompletionRequest): Promise<CompletionResult>;
}

export type LlmErrorKind =
  'not-configured' | 'auth' | 'model-not-found' | 'quota' | 'rate-limit' | 'bad-request' | 'server' | 'timeout' | 'bad-response' | 'network';

export interface LlmErrorDetails {
  status?: number;
  retryable?: boolean;
  /** Provider name and host, for messages; never a key. */
  provider?: string;
  host?: string;
  /** How many HTTP requests were made before giving up. */
  attempts?: number;
  /** The provider's own error code or type ('insufficient_quota', 'overloaded_error', ...). */
  code?: string;
}

/** Every failure of a provider call. Messages are for users and never contain an API key. */
export class LlmError extends Error {
  readonly kind: LlmErrorKind;
  readonly status?: number;
  readonly retryable: boolean;
  readonly provider?: string;
  readonly host?: string;
  attempts?: number;
  readonly code?: string;

  constructor(kind: LlmErrorKind, message: string, details: LlmErrorDetails = {}) {
    super(message);
    this.name = 'LlmError';
    this.kind = kind;
    this.status = details.status;
    this.retryable = details.retryable ?? false;
    this.provider = details.provider;
    this.host = details.host;
    this.attempts = details.attempts;
    this.code = details.code;
  }
}

export function isLlmError(e: unknown): e is LlmError {
  return e instanceof LlmError;
}
