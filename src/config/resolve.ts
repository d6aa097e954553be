/** Config file + command-line or Action inputs -> the documents to check, each with its settings. */
import type { SeveritySetting } from '../core/findings.js';
import type { FileConfig } from './file.js';
import { DEFAULT_DOC, DEFAULT_REQUIREMENTS, DEFAULT_TEMPLATE } from './defaults.js';
import { discoverConfig } from './discover.js';
import { assertRepoPath, COMMAND_LINE } from '../sources/path-guard.js';
import type { Repository } from '../sources/repository.js';

// Tests and older imports name the defaults through this module; they live in defaults.ts.
export { DEFAULT_DOC, DEFAULT_REQUIREMENTS, DEFAULT_TEMPLATE } from './defaults.js';

export interface DocumentTarget {
  doc: string;
  template: string;
  requirements: string[];
  rules: Record<string, SeveritySetting>;
  /** Where each path came from (`from .archdoc.yml`, `from the command line`, `by default`), for refusals. */
  from?: { doc: string; template: string; requirements: string };
}

const FOUND = { setting: 'config', source: 'found in the repository' };

/** The config file named explicitly (must exist), else the first of the usual places that exists; read through the path guard. */
export function loadConfigFile(repo: Repository, explicit?: string): FileConfig | undefined {
  // A file named on the command line must exist: its read throws the path guard's reason.
  if (explicit) return discoverConfig(explicit, (p) => repo.read(p, { setting: 'config', source: COMMAND_LINE }, 'config file'));
  return discoverConfig(undefined, (p) => (repo.exists(p, FOUND) ? repo.read(p, FOUND, 'config file') : undefined));
}

export interface TargetOverrides {
  /** Documents named on the command line / in the `doc-path` input: they replace the config's list. */
  files?: string[];
  template?: string;
  requirements?: string[];
  /** Where the overrides came from (default: the Action's inputs). */
  source?: string;
}

export function documentTargets(cfg: FileConfig | undefined, over: TargetOverrides = {}): DocumentTarget[] {
  const given = over.source ?? 'from the workflow inputs';
  const inConfig = `from ${cfg?.path ?? 'the config'}`;
  // The source of one setting: the override, else the config (document or top level), else the default.
  const source = (override: unknown, ...configured: unknown[]): string =>
    override !== undefined ? given : configured.some((v) => v !== undefined) ? inConfig : 'by default';
  const base = {
    template: over.template ?? cfg?.template ?? DEFAULT_TEMPLATE,
    requirements: over.requirements ?? cfg?.requirements ?? DEFAULT_REQUIREMENTS,
    rules: cfg?.rules ?? {},
  };
  const fromConfig = cfg?.documents?.map((d) => ({
    doc: d.doc,
    template: over.template ?? d.template ?? base.template,
    requirements: over.requirements ?? d.requirements ?? base.requirements,
    rules: { ...base.rules, ...(d.rules ?? {}) },
    from: {
      doc: inConfig,
      template: source(over.template, d.template, cfg.template),
      requirements: source(over.requirements, d.requirements, cfg.requirements),
    },
  }));
  const from = { template: source(over.template, cfg?.template), requirements: source(over.requirements, cfg?.requirements) };
  if (over.files?.length) {
    return over.files.map((doc) => {
      const configured = fromConfig?.find((d) => d.doc === doc);
      return configured ?? { doc, ...base, from: { doc: given, ...from } };
    });
  }
  if (fromConfig?.length) return fromConfig;
  return [{ doc: cfg?.doc ?? DEFAULT_DOC, ...base, from: { doc: source(undefined, cfg?.doc), ...from } }];
}

/**
 * The pure path check (no disk) for every path of the targets, for the Action, which reads through the
 * API: the document, the template and each requirements glob must be repository paths (relative, no
 * `..` out, one line; a document ends in `.md`). Config values were checked when the config was parsed;
 * this also covers the workflow's inputs. Returns the targets, or throws the one-line refusal.
 */
export function assertRepositoryPaths(targets: DocumentTarget[]): DocumentTarget[] {
  for (const t of targets) {
    const from = t.from ?? { doc: 'from the workflow inputs', template: 'from the workflow inputs', requirements: 'from the workflow inputs' };
    assertRepoPath(t.doc, 'document', { setting: 'document', source: from.doc });
    assertRepoPath(t.template, 'file', { setting: 'template', source: from.template });
    for (const r of t.requirements) assertRepoPath(r, 'glob', { setting: 'requirements', source: from.requirements });
  }
  return targets;
}
