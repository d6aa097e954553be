/** Anthropic Messages API (`POST {base}/v1/messages`), spoken over fetch. */
import { badResponse, type CallContext } from './errors.js';
import { num, record, str } from './json.js';
import { postJson, type TransportOptions } from './transport.js';
import type { CompletionRequest, CompletionResult, LlmProvider } from './types.js';

const ANTHROPIC_VERSION = '2023-06-01';
const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

export interface AnthropicOptions extends TransportOptions {
  model: string;
  apiKey?: string;
  /** API root without `/v1` (a trailing `/v1` is tolerated). Default https://api.anthropic.com. */
  baseUrl?: string;
  keyHint?: string;
  name?: string;
}

// Both mean the model had more to say than it was allowed to.
const TRUNCATING = new Set(['max_tokens', 'model_context_window_exceeded']);

function anthropicMessagesUrl(baseUrl = ANTHROPIC_BASE_URL): string {
  return `${baseUrl.replace(/(?<!\/)\/+$/, '').replace(/\/v1$/, '')}/v1/messages`;
}

export class AnthropicProvider implements LlmProvider {
  readonly name: string;
  readonly model: string;
  private readonly url: string;
  private readonly ctx: CallContext;

  constructor(private readonly opts: AnthropicOptions) {
    this.name = opts.name ?? 'anthropic';
    this.model = opts.model;
    this.url = anthropicMessagesUrl(opts.baseUrl);
    this.ctx = {
      provider: this.name,
      host: new URL(this.url).host,
      model: opts.model,
      keyHint: opts.keyHint ?? 'llm-api-key / ANTHROPIC_API_KEY',
      secrets: opts.apiKey ? [opts.apiKey] : [],
    };
  }

  body(req: CompletionRequest): Record<string, unknown> {
    const body: Record<string, unknown> = {
      model: this.model,
      max_tokens: req.maxTokens,
      system: req.system,
      messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
    };
    if (req.temperature !== undefined) body.temperature = req.temperature;
    return body;
  }

  async complete(req: CompletionRequest): Promise<CompletionResult> {
    const headers: Record<string, string> = { 'anthropic-version': ANTHROPIC_VERSION };
    if (this.opts.apiKey) headers['x-api-key'] = this.opts.apiKey;
    const json = await postJson({ url: this.url, headers, body: this.body(req) }, this.ctx, this.opts);
    return this.parse(json);
  }

  private parse(json: unknown): CompletionResult {
    const top = record(json);
    if (!top || !Array.isArray(top.content)) throw badResponse(this.ctx, 'no content array in the reply');
    const texts = top.content
      .map((block) => record(block))
      .filter((b) => b?.type === 'text')
      .map((b) => (typeof b?.text === 'string' ? b.text : ''));
    const finishReason = str(top.stop_reason) ?? 'unknown';
    const truncated = TRUNCATING.has(finishReason);
    if (texts.length === 0 && !truncated) {
      throw badResponse(this.ctx, `no text block in content (stop_reason '${finishReason}')`);
    }
    const usage = record(top.usage);
    return {
      text: texts.join(''),
      truncated,
      finishReason,
      model: str(top.model) ?? this.model,
      usage: usage ? { inputTokens: num(usage.input_tokens), outputTokens: num(usage.output_tokens) } : undefined,
    };
  }
}
