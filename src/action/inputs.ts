/** The Action's inputs (SPEC §5), read once and validated; bad values name the input. */
import * as core from '@actions/core';
import { UsageError } from '../core/findings.js';

export type Mode = 'validate' | 'fix' | 'regenerate';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  token: string;
  mode: Mode;
  docPath: string;
  requirements: string[];
  template: string;
  config: string;
  comment: boolean;
  push: boolean;
  failOn: FailOn;
  llmProvider?: string;
  llmModel?: string;
  llmApiKey?: string;
  llmBaseUrl?: string;
  maxAttempts: number;
  command: string;
  driftLabel: string;
  dryRun: boolean;
  /** Inputs the user set explicitly (a config file value then does not override them). */
  explicit: Set<string>;
}

const DEFAULTS: Record<string, string> = {
  mode: 'validate',
  'doc-path': 'docs/02_architecture.md',
  requirements: 'docs/01_requirements.md',
  template: 'architecture',
  config: '.github/archdoc.yml',
  comment: 'true',
  push: 'false',
  'fail-on': 'error',
  'max-attempts': '3',
  command: '/archdoc',
  'drift-label': 'archdoc-drift',
  'dry-run': 'false',
};

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
}

function bool(name: string, value: string): boolean {
  if (/^(?:true|yes|on|1)$/i.test(value)) return true;
  if (/^(?:false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`input ${name}: "${value}" is not true or false`);
}

export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `get` reads one input ('' when unset): @actions/core's getInput in the Action, a map in tests. */
export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): ActionInputs {
  const explicit = new Set<string>();
  const input = (name: string): string => {
    const v = get(name).trim();
    if (v !== '' && v !== DEFAULTS[name]) explicit.add(name);
    return v || DEFAULTS[name] || '';
  };
  const attempts = Number(input('max-attempts'));
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 10) {
    throw new UsageError(`input max-attempts: "${input('max-attempts')}" must be a whole number from 1 to 10`);
  }
  const command = input('command');
  if (!/^\/\S+$/.test(command)) throw new UsageError(`input command: "${command}" must start with / and contain no spaces`);
  const apiKey = input('llm-api-key');
  if (apiKey) core.setSecret(apiKey);
  const opt = (name: string): string | undefined => input(name) || undefined;
  return {
    token: input('github-token') || process.env.GITHUB_TOKEN || '',
    mode: oneOf('mode', input('mode'), ['validate', 'fix', 'regenerate'] as const),
    docPath: input('doc-path').replace(/^\.\//, ''),
    requirements: splitList(input('requirements')),
    template: input('template'),
    config: input('config').replace(/^\.\//, ''),
    comment: bool('comment', input('comment')),
    push: bool('push', input('push')),
    failOn: oneOf('fail-on', input('fail-on'), ['error', 'warning', 'never'] as const),
    ...(opt('llm-provider') ? { llmProvider: opt('llm-provider') } : {}),
    ...(opt('llm-model') ? { llmModel: opt('llm-model') } : {}),
    ...(apiKey ? { llmApiKey: apiKey } : {}),
    ...(opt('llm-base-url') ? { llmBaseUrl: opt('llm-base-url') } : {}),
    maxAttempts: attempts,
    command,
    driftLabel: input('drift-label'),
    dryRun: bool('dry-run', input('dry-run')),
    explicit,
  };
}
