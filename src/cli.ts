#!/usr/bin/env node
/** The `archdoc` command: parse arguments, hand over to one command module, map outcomes to exit codes. */
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './core/findings.js';
import { VERSION } from './version.js';
import { CONFIG_PATHS, DEFAULT_DOC, DEFAULT_REQUIREMENTS, DEFAULT_TEMPLATE } from './config/defaults.js';
import type { CommandIO } from './commands/io.js';
// Commands load on use: `lint` never pays for the LLM providers or the fixer.
import type { runRegenerate } from './commands/regenerate.js';
import type { runDrift } from './commands/drift.js';
import type { runTrace } from './commands/trace.js';
import type { runDiff } from './commands/diff.js';

const io: CommandIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  color:
    process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb' ? true : !!process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0',
};

let exitCode = 0;
const set = (code: number): void => {
  exitCode = Math.max(exitCode, code);
};

const program = new Command()
  .name('archdoc')
  .description("Keep a repository's architecture document true to its template and its requirements.")
  .version(VERSION, '-v, --version')
  .exitOverride()
  .configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    // Usage mistakes in one line, like every other failure.
    outputError: (message, write) =>
      write(
        `archdoc: ${message
          .replace(/^error: /, '')
          .trim()
          .replace(/(?<!\s)\s*\n\s*/g, ' ')} (see archdoc --help)\n`,
      ),
  });

// Help texts name the real defaults, from the one place each lives.
const DOC = `document (default: the config's, else ${DEFAULT_DOC})`;
const TEMPLATE = `built-in template name (architecture, requirements, security) or a Markdown skeleton / kit prompt file (default: the config's, else ${DEFAULT_TEMPLATE})`;
const CONFIG = `config file (default: the first of ${CONFIG_PATHS.join(', ')} that exists)`;
const REQUIREMENTS = `requirements files, globs (repeatable; default: the config's, else ${DEFAULT_REQUIREMENTS.join(', ')})`;

const format = (choices: string[]) => new Option('--format <format>', 'output format').choices(choices).default('pretty');

program
  .command('lint')
  .description('check documents against the template (exit 1 on errors)')
  .argument('[files...]', `documents or quoted globs ('docs/**/*.md') to check (default: the config's, else ${DEFAULT_DOC})`)
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .addOption(format(['pretty', 'json', 'sarif', 'github']))
  .option('--strict', 'also run the heuristic rules that are off by default')
  .action(async (files: string[], opts: { template?: string; config?: string; format: string }) => {
    set(await (await import('./commands/lint.js')).runLint(io, { files, ...opts, format: opts.format as 'pretty' | 'json' | 'sarif' | 'github' }));
  });

program
  .command('fix')
  .description('repair what can be repaired without an LLM')
  .argument('[file]', DOC)
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .addOption(new Option('--write', 'write the fixed document in place').conflicts('diff'))
  .option('--diff', 'print a unified diff instead of the document')
  .action(async (file: string | undefined, opts: { template?: string; config?: string; write?: boolean; diff?: boolean }) => {
    set(await (await import('./commands/fix.js')).runFix(io, { file, ...opts }));
  });

program
  .command('regenerate')
  .description('write the document anew from the requirements with an LLM, then validate and fix it')
  .option('--doc <file>', DOC)
  .option('--requirements <glob>', REQUIREMENTS, (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .option(
    '--provider <provider>',
    'LLM provider: openai, anthropic, azure-openai, gemini, groq, openrouter, ollama, vllm, openai-compatible (default: from the base URL, the model or the key set)',
  )
  .option('--model <model>', 'model name (Azure: the deployment)')
  .option('--base-url <url>', 'API base URL (OpenAI-compatible servers, Azure, Ollama, ...)')
  .option('--max-attempts <n>', 'LLM rounds before giving up (default 3)', (v: string) => Number(v))
  .option('--cache-dir <dir>', 'where identical requests are remembered', '.archdoc-cache')
  .option('--no-cache', 'neither read nor write the cache folder')
  .option('--force', 'ask the LLM even when the stamp or the cache says nothing changed')
  .addOption(new Option('--write', 'write the document in place').conflicts('diff'))
  .option('--diff', 'print a unified diff instead of the document')
  .action(async (opts: Parameters<typeof runRegenerate>[1]) => {
    set(await (await import('./commands/regenerate.js')).runRegenerate(io, opts));
  });

program
  .command('drift')
  .description('say whether the requirements changed since the document was written (exit 1 on drift)')
  .option('--doc <file>', DOC)
  .option('--requirements <glob>', REQUIREMENTS, (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .addOption(format(['pretty', 'json']))
  .action(async (opts: Parameters<typeof runDrift>[1]) => {
    set(await (await import('./commands/drift.js')).runDrift(io, opts));
  });

program
  .command('trace')
  .description('print which sections and diagram elements cite each requirement id')
  .option('--doc <file>', DOC)
  .option('--requirements <glob>', REQUIREMENTS, (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .addOption(format(['pretty', 'json']))
  .action(async (opts: Parameters<typeof runTrace>[1]) => {
    set(await (await import('./commands/trace.js')).runTrace(io, opts));
  });

program
  .command('diff')
  .description('say what changed in the diagrams between two versions of the document, in architecture terms')
  .argument('<base>', 'a file, a git revision (reads the document at it) or REV:PATH')
  .argument('<head>', 'a file, a git revision or REV:PATH')
  .option('--doc <file>', `document path read at a revision (default: the config's, else ${DEFAULT_DOC})`)
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .addOption(format(['pretty', 'json']))
  .action(async (base: string, head: string, opts: Parameters<typeof runDiff>[3]) => {
    set(await (await import('./commands/diff.js')).runDiff(io, base, head, opts));
  });

program
  .command('outline')
  .description("show how the document's headings map onto the template's sections")
  .argument('[files...]', `documents (default: the config's, else ${DEFAULT_DOC})`)
  .option('--template <name|path>', TEMPLATE)
  .option('--config <path>', CONFIG)
  .addOption(format(['pretty', 'json']))
  .action(async (files: string[], opts: { template?: string; config?: string; format: string }) => {
    set((await import('./commands/outline.js')).runOutline(io, { files, ...opts, format: opts.format as 'pretty' | 'json' }));
  });

program
  .command('rules')
  .description('list the rules with their default severity and fixability')
  .addOption(format(['pretty', 'json']))
  .action(async (opts: { format: string }) => {
    set((await import('./commands/rules.js')).runRules(io, { format: opts.format as 'pretty' | 'json' }));
  });

program
  .command('init')
  .description('write the workflows (pull request check, comment commands, weekly audit), a config and (if absent) a skeleton document')
  .option('--force', 'overwrite existing workflows and config (never the document)')
  .action(async (opts: { force?: boolean }) => {
    set((await import('./commands/init.js')).runInit(io, opts));
  });

program
  .command('audit-plan')
  .description("list an organisation's repositories that use archdoc, as a GitHub Actions matrix (token: GITHUB_TOKEN)")
  .requiredOption('--org <org>', 'the organisation')
  .option('--output <file>', 'write the plan (JSON) to this file instead of stdout')
  .action(async (opts: { org: string; output?: string }) => {
    set(await (await import('./commands/audit-plan.js')).runAuditPlan(io, opts));
  });

program
  .command('audit-merge')
  .description("merge the audit jobs' audit.json reports into one organisation report")
  .argument('<dirs...>', 'folders holding the downloaded artefacts')
  .option('--plan <file>', 'the audit plan, to name repositories whose job left no report')
  .option('--output <file>', 'write the merged report (JSON) to this file')
  .option('--issue <owner/repo>', 'keep one tracking issue with the report in this repository (token: GITHUB_TOKEN)')
  .action(async (dirs: string[], opts: { plan?: string; output?: string; issue?: string }) => {
    set(await (await import('./commands/audit-merge.js')).runAuditMerge(io, { dirs, ...opts }));
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes were already explained by commander.
      set(e.exitCode === 0 ? 0 : 2);
    } else if (e instanceof UsageError) {
      io.err(`archdoc: ${e.message}\n`);
      set(2);
    } else {
      io.err(`archdoc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.ARCHDOC_DEBUG) io.err(`${(e as Error).stack ?? ''}\n`);
      set(2);
    }
  }
  process.exitCode = exitCode;
}

void main();
