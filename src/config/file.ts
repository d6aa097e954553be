/** Read and validate a config file; every problem names the key and its line. */
import yaml from 'js-yaml';
import { Ajv, type ErrorObject } from 'ajv';
import { UsageError, type SeveritySetting } from '../core/findings.js';
import { CONFIG_SCHEMA } from './schema.js';
import { assertRepoPath, type PathKind } from '../sources/path-guard.js';

interface DocumentSettings {
  doc?: string;
  template?: string;
  requirements?: string[];
  rules?: Record<string, SeveritySetting>;
}

export interface FileConfig extends DocumentSettings {
  path: string;
  documents?: (DocumentSettings & { doc: string })[];
  mode?: 'validate' | 'fix' | 'regenerate';
  failOn?: 'error' | 'warning' | 'never';
  comment?: boolean;
  push?: boolean;
  dryRun?: boolean;
  /** Checked by the provider layer, which knows its names and aliases. */
  llmProvider?: string;
  llmModel?: string;
  llmBaseUrl?: string;
  maxAttempts?: number;
  command?: string;
  driftLabel?: string;
}

// Tests name the usual places through this module; they live in defaults.ts.
export { CONFIG_PATHS } from './defaults.js';

/**
 * 1-based line of a key path like ['documents', 0, 'rules', 'x'] in block-style YAML (the usual config
 * shape). Best effort: the line of the deepest segment found.
 */
function lineOfPath(text: string, path: (string | number)[]): number {
  // Read `- key: v` as `  key: v` so keys inside list items line up with their siblings.
  const lines = text.split('\n').map((l) => {
    const m = /^(\s*)((?:-\s+)+)/.exec(l);
    return m ? { dash: m[1].length, text: m[1] + ' '.repeat(m[2].length) + l.slice(m[0].length) } : { dash: -1, text: l };
  });
  const indentOf = (l: string): number => l.length - l.trimStart().length;
  let start = 0;
  let parent = -1;
  let found = 1;
  for (const seg of path) {
    let hit = -1;
    let level = -1;
    let count = -1;
    for (let i = start; i < lines.length; i++) {
      const { dash, text: l } = lines[i];
      if (!l.trim() || l.trimStart().startsWith('#')) continue;
      if (typeof seg === 'number') {
        if (dash === -1 && indentOf(l) <= parent) break;
        if (dash !== -1 && dash > parent && (level === -1 || dash === level)) {
          level = dash;
          if (++count === seg) {
            hit = i;
            break;
          }
        }
        continue;
      }
      const ind = indentOf(l);
      if (i > start && ind <= parent) break;
      if (level === -1) level = ind;
      if (ind === level && new RegExp(`^\\s*["']?${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(l)) {
        hit = i;
        break;
      }
    }
    if (hit === -1) return found;
    found = hit + 1;
    start = hit;
    parent = typeof seg === 'number' ? lines[hit].dash : indentOf(lines[hit].text);
    if (typeof seg !== 'number') start = hit + 1;
  }
  return found;
}

let validator: ReturnType<Ajv['compile']> | undefined;

function describe(e: ErrorObject, text: string, file: string): string {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  let key = path.join('.');
  let what: string;
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const inRules = path[path.length - 1] === 'rules';
    path.push(extra);
    key = path.join('.');
    what =
      extra === 'llm-api-key'
        ? 'secrets do not belong in a config file: pass llm-api-key as an input from a secret'
        : inRules
          ? 'unknown rule (run `archdoc rules` for the list)'
          : 'unknown key';
  } else if (e.keyword === 'enum') {
    what = `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
  } else if (e.keyword === 'anyOf') {
    what = 'must be a string or a list of strings';
  } else {
    what = e.message ?? 'is invalid';
  }
  return `${file}:${lineOfPath(text, path)}: ${key || '(top level)'}: ${what}`;
}

const camel = (k: string): string => k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
const list = (v: unknown): string[] | undefined =>
  v === undefined ? undefined : (Array.isArray(v) ? (v as string[]) : String(v).split(/[\n,]/)).map((s) => s.trim()).filter(Boolean);

export function parseConfig(text: string, file: string): FileConfig {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA });
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    throw new UsageError(`${file}:${(err.mark?.line ?? 0) + 1}: invalid YAML: ${err.reason ?? err.message}`);
  }
  if (data === null || data === undefined) return { path: file };
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${file}:1: the config must be a mapping of keys to values`);
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validator(data)) {
    const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if');
    // Ajv lists the branches of an anyOf before the anyOf itself, which says it better.
    const first = errors.find((e) => e.keyword === 'anyOf' && e.instancePath === errors[0].instancePath) ?? errors[0];
    throw new UsageError(describe(first, text, file));
  }
  const raw = data as Record<string, unknown>;
  checkPaths(raw, text, file);
  const out: Record<string, unknown> = { path: file };
  for (const [k, v] of Object.entries(raw)) {
    if (k === '$schema') continue;
    if (k === 'requirements') out.requirements = list(v);
    else if (k === 'documents')
      out.documents = (v as Record<string, unknown>[]).map((d) => ({ ...d, ...(d.requirements !== undefined ? { requirements: list(d.requirements) } : {}) }));
    else out[camel(k)] = v;
  }
  return out as unknown as FileConfig;
}

/**
 * Every path in the config is a repository path (SPEC §6): relative, inside, one line, and a document is
 * Markdown. Checked here, without a disk, so the CLI and the Action (which reads through the API) refuse
 * the same config the same way, naming the key and its line.
 */
function checkPaths(raw: Record<string, unknown>, text: string, file: string): void {
  const check = (value: unknown, key: (string | number)[], kind: PathKind): void => {
    if (typeof value !== 'string') return;
    // A requirements entry is named by its list, not its index: `requirements`, `documents.1.requirements`.
    const shown = (typeof key[key.length - 1] === 'number' ? key.slice(0, -1) : key).join('.');
    assertRepoPath(kind === 'glob' ? value.trim() : value, kind, { setting: shown, source: `from ${file}:${lineOfPath(text, key)}` });
  };
  const settings = (d: Record<string, unknown>, at: (string | number)[]): void => {
    check(d.doc, [...at, 'doc'], 'document');
    check(d.template, [...at, 'template'], 'file');
    const req = d.requirements;
    if (Array.isArray(req)) req.forEach((r, i) => check(r, [...at, 'requirements', i], 'glob'));
    else for (const r of list(req) ?? []) check(r, [...at, 'requirements'], 'glob');
  };
  settings(raw, []);
  if (Array.isArray(raw.documents)) raw.documents.forEach((d: Record<string, unknown>, i) => settings(d, ['documents', i]));
}
