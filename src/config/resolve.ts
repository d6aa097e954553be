/** Config file + command-line or Action inputs -> the documents to check, each with its settings. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SeveritySetting } from '../core/findings.js';
import { CONFIG_PATHS, parseConfig, type FileConfig } from './file.js';
import { readTextFile } from '../sources/files.js';

export const DEFAULT_DOC = 'docs/02_architecture.md';
export const DEFAULT_TEMPLATE = 'architecture';
export const DEFAULT_REQUIREMENTS = ['docs/01_requirements.md'];

export interface DocumentTarget {
  doc: string;
  template: string;
  requirements: string[];
  rules: Record<string, SeveritySetting>;
}

/** The config file named explicitly (must exist), else the first of the usual places that exists. */
export function loadConfigFile(ruleNames: readonly string[], explicit?: string, cwd = '.'): FileConfig | undefined {
  const path = explicit ?? CONFIG_PATHS.map((p) => join(cwd, p)).find((p) => existsSync(p));
  if (!path) return undefined;
  return parseConfig(readTextFile(path, 'config file'), path, ruleNames);
}

export interface TargetOverrides {
  /** Documents named on the command line / in the `doc-path` input: they replace the config's list. */
  files?: string[];
  template?: string;
  requirements?: string[];
}

export function documentTargets(cfg: FileConfig | undefined, over: TargetOverrides = {}): DocumentTarget[] {
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
  }));
  if (over.files?.length) {
    return over.files.map((doc) => {
      const configured = fromConfig?.find((d) => d.doc === doc);
      return configured ?? { doc, ...base };
    });
  }
  if (fromConfig?.length) return fromConfig;
  return [{ doc: cfg?.doc ?? DEFAULT_DOC, ...base }];
}
