/**
 * A real HTTP server on 127.0.0.1 that speaks OpenAI Chat Completions (incl. Azure deployment
 * paths) and Anthropic Messages, answers from a script and records every request.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Protocol = 'openai' | 'anthropic' | 'unknown';

export interface ScriptedReply {
  /** HTTP status (default 200). */
  status?: number;
  /** Assistant text, wrapped in the protocol the request used. */
  text?: string;
  /** Protocol-native: 'stop' | 'length' | 'content_filter' (OpenAI), 'end_turn' | 'max_tokens' (Anthropic). */
  finishReason?: string;
  /** An exact JSON body (wins over text). */
  body?: unknown;
  /** An exact raw body, e.g. malformed JSON (wins over body). */
  raw?: string;
  headers?: Record<string, string>;
  /** Never answer (until the server closes): for timeouts. */
  hang?: boolean;
  /** Send the body in pieces of this many bytes, as a streamed answer arrives, stopping when the client goes away. */
  chunkBytes?: number;
  model?: string;
  usage?: { inputTokens: number; outputTokens: number };
}

export type Reply = ScriptedReply | ((req: RecordedRequest) => ScriptedReply);

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
  rawBody: string;
  protocol: Protocol;
  /** Bytes of the response body handed to the socket, and whether all of it was (set as the answer goes out). */
  response: { bytesSent: number; complete: boolean };
}

export interface FakeLlm {
  /** http://127.0.0.1:PORT */
  url: string;
  /** `${url}/v1`: base URL for OpenAI-compatible clients. */
  openaiBaseUrl: string;
  /** `${url}`: base URL for Anthropic clients (they add /v1/messages). */
  anthropicBaseUrl: string;
  requests: RecordedRequest[];
  /** Queue more replies, used in order. */
  reply(...replies: Reply[]): void;
  /** Replies not used yet. */
  pending(): number;
  close(): Promise<void>;
}

function protocolOf(path: string): Protocol {
  if (/\/v1\/messages$/.test(path)) return 'anthropic';
  if (/\/chat\/completions$/.test(path)) return 'openai';
  return 'unknown';
}

function successBody(protocol: Protocol, r: ScriptedReply, req: RecordedRequest): unknown {
  const requested = (req.body as { model?: unknown } | null)?.model;
  const model = r.model ?? (typeof requested === 'string' ? requested : 'fake-model');
  const usage = r.usage ?? { inputTokens: 11, outputTokens: 7 };
  if (protocol === 'anthropic') {
    return {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      model,
      content: [{ type: 'text', text: r.text ?? '' }],
      stop_reason: r.finishReason ?? 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: usage.inputTokens, output_tokens: usage.outputTokens },
    };
  }
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: r.text ?? '' }, finish_reason: r.finishReason ?? 'stop' }],
    usage: { prompt_tokens: usage.inputTokens, completion_tokens: usage.outputTokens, total_tokens: usage.inputTokens + usage.outputTokens },
  };
}

/** An OpenAI-style error reply: `{error:{message,type,param,code}}`. */
export function openAiError(
  status: number,
  message: string,
  extra: { code?: string; type?: string; param?: string; headers?: Record<string, string> } = {},
): ScriptedReply {
  return {
    status,
    headers: extra.headers,
    body: { error: { message, type: extra.type ?? 'invalid_request_error', param: extra.param ?? null, code: extra.code ?? null } },
  };
}

/** An Anthropic-style error reply: `{type:'error', error:{type,message}}`. */
export function anthropicError(
  status: number,
  type: string,
  message: string,
  extra: { headers?: Record<string, string>; errorCode?: string } = {},
): ScriptedReply {
  const error: Record<string, unknown> = { type, message };
  if (extra.errorCode) error.details = { error_code: extra.errorCode };
  return { status, headers: extra.headers, body: { type: 'error', error, request_id: 'req_fake' } };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

/** Writes `body` piece by piece, waiting for the client to read each, until done or the client hangs up. */
async function stream(res: ServerResponse, status: number, body: Buffer, size: number, out: RecordedRequest['response'], headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  let gone = false;
  res.on('close', () => (gone = true));
  for (let at = 0; at < body.length && !gone; at += size) {
    const piece = body.subarray(at, at + size);
    out.bytesSent += piece.length;
    if (!res.write(piece))
      await new Promise<void>((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
  }
  if (!gone) {
    res.end();
    out.complete = true;
  }
}

export async function startFakeLlm(initial: Reply[] = []): Promise<FakeLlm> {
  const queue: Reply[] = [...initial];
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown = rawBody;
      try {
        body = JSON.parse(rawBody);
      } catch {
        // keep the raw text
      }
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        headers: req.headers,
        body,
        rawBody,
        protocol: protocolOf(u.pathname),
        response: { bytesSent: 0, complete: false },
      };
      requests.push(rec);
      if (rec.protocol === 'unknown') {
        send(res, 404, JSON.stringify({ error: { message: `fake-llm: no route ${rec.method} ${rec.path}`, type: 'not_found' } }));
        return;
      }
      const next = queue.shift();
      if (!next) {
        send(res, 500, JSON.stringify({ error: { message: 'fake-llm: no scripted reply left', type: 'server_error' } }));
        return;
      }
      const r = typeof next === 'function' ? next(rec) : next;
      if (r.hang) return; // answered never; close() drops the socket
      const status = r.status ?? 200;
      const text = r.raw ?? JSON.stringify(r.body ?? successBody(rec.protocol, r, rec));
      if (r.chunkBytes) {
        void stream(res, status, Buffer.from(text), r.chunkBytes, rec.response, r.headers);
        return;
      }
      rec.response = { bytesSent: Buffer.byteLength(text), complete: true };
      send(res, status, text, r.headers);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: url,
    requests,
    reply: (...replies) => void queue.push(...replies),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
