/**
 * The Action's inputs (SPEC §5), read once and validated; bad values name the input. An input is set
 * exactly when the workflow gives it a non-empty value (action.yml gives no `default:`), so a value equal
 * to the default still wins over any config file. Defaults are applied by the settings policy, after it.
 */
import * as core from '@actions/core';
import { UsageError } from '../core/findings.js';
import { DEFAULT_CONFIG, DEFAULT_DOC, DEFAULT_REQUIREMENTS, DEFAULT_TEMPLATE } from '../config/defaults.js';

import type { Mode } from '../report/document-report.js';
type FailOn = 'error' | 'warning' | 'never';

/** The effective settings of a run: inputs, then a config file, then the documented defaults. */
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
}

/** What the workflow set: a field is present only when its input is non-empty. */
export type WorkflowInputs = { token: string } & Partial<Omit<ActionInputs, 'token'>>;

/** The documented defaults (action.yml descriptions, README), applied when neither an input nor a config sets a value. */
export const DEFAULTS = {
  mode: 'validate',
  docPath: DEFAULT_DOC,
  requirements: DEFAULT_REQUIREMENTS,
  template: DEFAULT_TEMPLATE,
  config: DEFAULT_CONFIG,
  comment: true,
  push: false,
  failOn: 'error',
  maxAttempts: 3,
  command: '/archdoc',
  driftLabel: 'archdoc-drift',
  dryRun: false,
} as const satisfies Partial<Readonly<ActionInputs>>;

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

function attempts(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new UsageError(`input max-attempts: "${value}" must be a whole number from 1 to 10`);
  return n;
}

function command(value: string): string {
  if (!/^\/\S+$/.test(value)) throw new UsageError(`input command: "${value}" must start with / and contain no spaces`);
  return value;
}

const path = (value: string): string => value.replace(/^\.\//, '');

/** How each input is read when set: its field and its parser. */
const PARSERS: { [K in keyof Omit<ActionInputs, 'token'>]-?: [string, (value: string) => NonNullable<ActionInputs[K]>] } = {
  mode: ['mode', (v) => oneOf('mode', v, ['validate', 'fix', 'regenerate'] as const)],
  docPath: ['doc-path', path],
  requirements: ['requirements', splitList],
  template: ['template', (v) => v],
  config: ['config', path],
  comment: ['comment', (v) => bool('comment', v)],
  push: ['push', (v) => bool('push', v)],
  failOn: ['fail-on', (v) => oneOf('fail-on', v, ['error', 'warning', 'never'] as const)],
  llmProvider: ['llm-provider', (v) => v],
  llmModel: ['llm-model', (v) => v],
  llmApiKey: ['llm-api-key', (v) => v],
  llmBaseUrl: ['llm-base-url', (v) => v],
  maxAttempts: ['max-attempts', attempts],
  command: ['command', command],
  driftLabel: ['drift-label', (v) => v],
  dryRun: ['dry-run', (v) => bool('dry-run', v)],
};

/** `get` reads one input ('' when unset): @actions/core's getInput in the Action, a map in tests. */
export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): WorkflowInputs {
  const apiKey = get('llm-api-key').trim();
  if (apiKey) core.setSecret(apiKey);
  const out: Record<string, unknown> = { token: get('github-token').trim() || process.env.GITHUB_TOKEN || '' };
  for (const [field, [name, parse]] of Object.entries(PARSERS)) {
    const value = get(name).trim();
    if (value !== '') out[field] = (parse as (v: string) => unknown)(value);
  }
  return out as WorkflowInputs;
}
