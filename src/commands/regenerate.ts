/**
 * `archdoc regenerate`: the LLM writes the document anew from the requirements; archdoc gates it.
 * Exit 0: a document passed the gate (or the stamp/cache says nothing changed); 1: the gate failed and
 * nothing was written; 2: bad usage, no provider configured, or the LLM call itself failed.
 */
import { UsageError } from '../core/findings.js';
import { documentTargets, loadConfigFile } from '../config/resolve.js';
import { COMMAND_LINE } from '../sources/path-guard.js';
import { openRepository } from '../sources/repository.js';
import { folderCache } from '../generate/cache.js';
import type { Proposal } from '../generate/propose.js';
import { secretsToMask } from '../generate/providers/index.js';
import { evaluateDocument } from '../evaluate/evaluate-document.js';
import { localSource, targetOrigins } from '../evaluate/local-source.js';
import type { CommandIO } from './io.js';

export interface RegenerateCliOptions {
  doc?: string;
  requirements: string[];
  template?: string;
  config?: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
  maxAttempts?: number;
  cacheDir?: string;
  /** false with --no-cache. */
  cache?: boolean;
  force?: boolean;
  write?: boolean;
  diff?: boolean;
  /** For tests: the clock of the stamp. */
  now?: () => Date;
}

const CLI_HINT = 'On the command line: --provider, --model and --base-url, with the key in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...).';

/** Keys never reach the terminal, not even inside a document an LLM echoed one into. */
function masked(io: CommandIO, secrets: string[]): CommandIO {
  const mask = (s: string) => secrets.reduce((t, k) => (k.length >= 4 ? t.split(k).join('***') : t), s);
  return { ...io, out: (s) => io.out(mask(s)), err: (s) => io.err(mask(s)) };
}

export async function runRegenerate(rawIo: CommandIO, opts: RegenerateCliOptions): Promise<number> {
  const io = masked(rawIo, secretsToMask({ env: rawIo.env }));
  if (opts.write && opts.diff) throw new UsageError('--write and --diff cannot be combined');
  const repo = openRepository(io.cwd);
  const cfg = loadConfigFile(repo, opts.config);
  const targets = documentTargets(cfg, {
    ...(opts.doc ? { files: [opts.doc] } : {}),
    ...(opts.template ? { template: opts.template } : {}),
    ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    source: COMMAND_LINE,
  });
  if (targets.length > 1) {
    throw new UsageError(`the config lists ${targets.length} documents (${targets.map((t) => t.doc).join(', ')}): name one with --doc`);
  }
  const target = targets[0];
  const from = targetOrigins(target);
  // Every path is checked before the LLM hears anything: the document (and that it may be written), the cache folder.
  if (opts.write) repo.writableDocument(target.doc, from.doc);
  const cache = opts.cache !== false ? folderCache(repo.path(opts.cacheDir ?? '.archdoc-cache', { setting: '--cache-dir', source: COMMAND_LINE })) : undefined;
  const evaluation = evaluateDocument(target, localSource(repo, target, { requirementsNamed: opts.requirements.length > 0, documentMayBeMissing: true }));
  if (evaluation.requirements().length === 0) {
    throw new UsageError(`no requirements files found (${target.requirements.join(', ')}): name them with --requirements`);
  }
  const log = (line: string) => io.err(`archdoc: ${line}\n`);

  const result: Proposal = await evaluation.regenerate({
    llm: { provider: opts.provider ?? cfg?.llmProvider, model: opts.model ?? cfg?.llmModel, baseUrl: opts.baseUrl ?? cfg?.llmBaseUrl, env: io.env },
    maxAttempts: opts.maxAttempts ?? cfg?.maxAttempts,
    ...(cache ? { cache } : {}),
    force: opts.force,
    log,
    ...(opts.now ? { now: opts.now } : {}),
  });

  switch (result.status) {
    case 'not-configured':
      io.err(`archdoc: ${result.reason}\n${CLI_HINT}\n`);
      return 2;
    case 'failed':
      for (const f of result.findings.slice(0, 20)) io.err(`  ${target.doc}:${f.line}:${f.column} ${f.rule}: ${f.message}\n`);
      io.err(`archdoc: ${result.reason}\n`);
      // The gate said no: 1. The call itself failed (key, model, quota, network, budget): 2.
      return result.error ? 2 : 1;
    default:
      break;
  }
  const text = result.text ?? '';
  log(result.reason);
  if (opts.write) {
    if (result.changed) {
      // A first document may need its folder: writeDocument makes it.
      repo.writeDocument(target.doc, text, from.doc);
      log(`wrote ${target.doc}`);
    } else log(`${target.doc} unchanged`);
  } else if (opts.diff) {
    io.out(result.diff);
  } else {
    io.out(text);
  }
  return 0;
}
