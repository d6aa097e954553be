/**
 * OpenAI-compatible Chat Completions: OpenAI, Azure OpenAI, Gemini's OpenAI endpoint, Groq,
 * OpenRouter, Ollama, vLLM. Speaks the documented protocol over fetch (no SDK: see README in this folder).
 */
import { badResponse, type CallContext } from './errors.js';
import { num, record, str } from './json.js';
import { postJson, type TransportOptions } from './transport.js';
import { LlmError, type CompletionRequest, type CompletionResult, type LlmProvider } from './types.js';

/**
 * OpenAI deprecated `max_tokens` and its reasoning models reject it; many compatible servers
 * (Ollama, vLLM, Groq, older Azure api-versions) only know `max_tokens`.
 */
export type MaxTokensField = 'max_tokens' | 'max_completion_tokens';

export interface OpenAiCompatibleOptions extends TransportOptions {
  /** Display name used in messages: 'openai', 'azure-openai', 'groq', ... */
  name: string;
  model: string;
  /** The full chat-completions URL (including any `?api-version=`). */
  url: string;
  apiKey?: string;
  /** How the key travels: `Authorization: Bearer` (OpenAI and most) or `api-key` (Azure). */
  auth: 'bearer' | 'api-key';
  maxTokensField: MaxTokensField;
  /** Switch to the other field once when the server says the one sent is unsupported (default true). */
  adaptMaxTokensField?: boolean;
  /** For "check ..." hints in messages. */
  keyHint?: string;
  modelWord?: 'model' | 'deployment';
  headers?: Record<string, string>;
}

// OpenAI's reasoning models accept only the default temperature; sending another is a 400.
function acceptsTemperature(model: string): boolean {
  return !/^(?:o\d|gpt-5)(?!.*chat)/i.test(model.replace(/^.*\//, ''));
}

const UNSUPPORTED = /unsupported|not supported|unrecognized|unknown|extra (?:inputs|fields)|not permitted|not allowed|invalid (?:field|param)/i;

export class OpenAiCompatibleProvider implements LlmProvider {
  readonly name: string;
  readonly model: string;
  private maxTokensField: MaxTokensField;
  private readonly ctx: CallContext;

  constructor(private readonly opts: OpenAiCompatibleOptions) {
    this.name = opts.name;
    this.model = opts.model;
    this.maxTokensField = opts.maxTokensField;
    this.ctx = {
      provider: opts.name,
      host: new URL(opts.url).host,
      model: opts.model,
      keyHint: opts.keyHint ?? 'llm-api-key',
      modelWord: opts.modelWord,
      secrets: opts.apiKey ? [opts.apiKey] : [],
    };
  }

  async complete(req: CompletionRequest): Promise<CompletionResult> {
    try {
      return await this.send(req);
    } catch (e) {
      if (!(e instanceof LlmError) || !this.rejectsField(e, this.maxTokensField) || this.opts.adaptMaxTokensField === false) throw e;
      // Remembered for later calls on this provider.
      this.maxTokensField = this.maxTokensField === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
      return await this.send(req);
    }
  }

  private rejectsField(e: LlmError, field: MaxTokensField): boolean {
    return e.kind === 'bad-request' && e.status === 400 && e.message.includes(field) && UNSUPPORTED.test(e.message);
  }

  /** The request body exactly as sent; exported through tests of the wire format. */
  body(req: CompletionRequest): Record<string, unknown> {
    const body: Record<string, unknown> = {
      model: this.model,
      messages: [{ role: 'system', content: req.system }, ...req.messages.map((m) => ({ role: m.role, content: m.content }))],
      [this.maxTokensField]: req.maxTokens,
    };
    if (req.temperature !== undefined && acceptsTemperature(this.model)) body.temperature = req.temperature;
    return body;
  }

  private async send(req: CompletionRequest): Promise<CompletionResult> {
    const headers: Record<string, string> = { ...this.opts.headers };
    if (this.opts.apiKey) {
      if (this.opts.auth === 'api-key') headers['api-key'] = this.opts.apiKey;
      else headers.authorization = `Bearer ${this.opts.apiKey}`;
    }
    const json = await postJson({ url: this.opts.url, headers, body: this.body(req) }, this.ctx, this.opts);
    return this.parse(json);
  }

  private parse(json: unknown): CompletionResult {
    const top = record(json);
    const choices = top?.choices;
    const choice = Array.isArray(choices) ? record(choices[0]) : undefined;
    const message = record(choice?.message);
    if (!choice || !message) throw badResponse(this.ctx, 'no choices[0].message in the reply');
    const finishReason = str(choice.finish_reason) ?? 'unknown';
    // Azure's content filter can cut an answer short, like the length limit does.
    const truncated = finishReason === 'length' || finishReason === 'content_filter';
    const text = contentText(message.content);
    if (text === undefined && !truncated) {
      const refusal = str(message.refusal);
      throw badResponse(this.ctx, refusal ? `the model refused: ${refusal}` : `no text in choices[0].message.content (finish_reason '${finishReason}')`);
    }
    const usage = record(top?.usage);
    return {
      text: text ?? '',
      truncated,
      finishReason,
      model: str(top?.model) ?? this.model,
      usage: usage ? { inputTokens: num(usage.prompt_tokens), outputTokens: num(usage.completion_tokens) } : undefined,
    };
  }
}

/** A string, or (some compatible servers) an array of `{type:'text', text}` parts. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const parts = content.map((p) => str(record(p)?.text)).filter((t): t is string => t !== undefined);
  return parts.length ? parts.join('') : undefined;
}
