/**
 * The settings policy of SPEC §6, in one place: the workflow's inputs, the config file on the default
 * branch and the config file at a pull request's head -> the effective settings and the documents to check.
 *
 * - Trusted settings (they reach a secret, an endpoint or a write) come from the inputs or the
 *   default branch's config, never from a pull request's head, on every event.
 * - The head's config may change only what is checked, and only on `pull_request`.
 * - An input the workflow sets always wins; the documented defaults apply when nothing sets a value.
 */
import { parseConfig, type FileConfig } from '../config/file.js';
import { configCandidates, discoverConfig } from '../config/discover.js';
import type { RemoteFile } from '../github/port.js';
import { documentTargets, type DocumentTarget } from '../config/resolve.js';
import { DEFAULTS, type ActionInputs, type WorkflowInputs } from './inputs.js';

/** Trusted settings by config key, with their field: from the inputs or the default branch's config only. */
export const TRUSTED_SETTINGS = {
  mode: 'mode',
  push: 'push',
  'dry-run': 'dryRun',
  comment: 'comment',
  'llm-provider': 'llmProvider',
  'llm-model': 'llmModel',
  'llm-base-url': 'llmBaseUrl',
  'max-attempts': 'maxAttempts',
  command: 'command',
  'drift-label': 'driftLabel',
} as const satisfies Record<string, keyof FileConfig & keyof ActionInputs>;

/** The config keys that change only what is checked: the head's config may set them on `pull_request`. */
export const CHECKED_SETTINGS = ['doc', 'template', 'requirements', 'documents', 'rules', 'fail-on'] as const;

/** The one event whose head config is read: a `pull_request` job holds no secrets and a read-only token for forks. */
export const headConfigApplies = (event: string): boolean => event === 'pull_request';

export interface SettingsSources {
  event: string;
  inputs: WorkflowInputs;
  /** The config file on the default branch (schedule, workflow_dispatch, push: the checked-out ref). */
  base?: FileConfig;
  /** The config file at the pull request's head; consulted on `pull_request` only. */
  head?: FileConfig;
}

export interface EffectiveSettings {
  settings: ActionInputs;
  targets: DocumentTarget[];
  /** Trusted config keys the head's config set: ignored, to be said once in the log. */
  ignored: string[];
}

export function resolveSettings({ event, inputs, base, head }: SettingsSources): EffectiveSettings {
  const fromHead = headConfigApplies(event) ? head : undefined;
  // What is checked follows the head's config when the pull request has one (it may add or move documents).
  const checked = fromHead ?? base;
  const settings: ActionInputs = {
    token: inputs.token,
    mode: inputs.mode ?? base?.mode ?? DEFAULTS.mode,
    docPath: inputs.docPath ?? DEFAULTS.docPath,
    requirements: inputs.requirements ?? [...DEFAULTS.requirements],
    template: inputs.template ?? DEFAULTS.template,
    config: inputs.config ?? DEFAULTS.config,
    comment: inputs.comment ?? base?.comment ?? DEFAULTS.comment,
    push: inputs.push ?? base?.push ?? DEFAULTS.push,
    failOn: inputs.failOn ?? checked?.failOn ?? DEFAULTS.failOn,
    ...optional('llmProvider', inputs.llmProvider ?? base?.llmProvider),
    ...optional('llmModel', inputs.llmModel ?? base?.llmModel),
    ...optional('llmApiKey', inputs.llmApiKey),
    ...optional('llmBaseUrl', inputs.llmBaseUrl ?? base?.llmBaseUrl),
    maxAttempts: inputs.maxAttempts ?? base?.maxAttempts ?? DEFAULTS.maxAttempts,
    command: inputs.command ?? base?.command ?? DEFAULTS.command,
    driftLabel: inputs.driftLabel ?? base?.driftLabel ?? DEFAULTS.driftLabel,
    dryRun: inputs.dryRun ?? base?.dryRun ?? DEFAULTS.dryRun,
  };
  const targets = documentTargets(checked, {
    ...(inputs.docPath !== undefined ? { files: [inputs.docPath] } : {}),
    ...(inputs.template !== undefined ? { template: inputs.template } : {}),
    ...(inputs.requirements !== undefined ? { requirements: inputs.requirements } : {}),
  });
  const ignored = head ? Object.entries(TRUSTED_SETTINGS).flatMap(([key, field]) => (head[field] !== undefined ? [key] : [])) : [];
  return { settings, targets, ignored: ignored.sort() };
}

function optional<K extends 'llmProvider' | 'llmModel' | 'llmApiKey' | 'llmBaseUrl'>(key: K, value: string | undefined): Partial<Pick<ActionInputs, K>> {
  return value ? ({ [key]: value } as Partial<Pick<ActionInputs, K>>) : {};
}

/** Where a config file is looked for: the `config` input alone when set, else the usual places (as the CLI does). */
export function configPaths(inputs: WorkflowInputs): string[] {
  return [...configCandidates(inputs.config)];
}

/** The config file of a commit read through the API (`files` holds `configPaths`), found as everywhere else. */
export function configIn(files: ReadonlyMap<string, RemoteFile>, inputs: WorkflowInputs): FileConfig | undefined {
  return discoverConfig(inputs.config, (p) => {
    const file = files.get(p);
    return file?.kind === 'text' ? file.text : undefined;
  });
}

export function parseActionConfig(text: string | undefined, path: string): FileConfig | undefined {
  return text === undefined ? undefined : parseConfig(text, path);
}

/** The one log line for a head config that tried to set trusted settings. */
export function ignoredLine(path: string, keys: readonly string[]): string {
  return (
    `${path} at the pull request head sets ${keys.join(', ')}: ignored. These settings reach secrets, endpoints or writes, ` +
    'so they come only from the workflow inputs or the config file on the default branch; a pull request may change only what is checked.'
  );
}
