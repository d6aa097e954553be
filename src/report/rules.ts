/** Rule metadata as the renderers need it: links to rule docs and an importance order. */
import type { RuleMeta } from '../lint/rule.js';

export type { RuleMeta };

/**
 * Most important first. A structural problem makes every later finding less trustworthy, so it leads;
 * cosmetic findings trail. Unknown rules (from a newer catalogue or a plugin) sort after these, by name.
 */
export const RULE_IMPORTANCE: readonly string[] = [
  'requirements-drift',
  'section-missing',
  'heading-mismatch',
  'section-order',
  'section-duplicate',
  'section-empty',
  'diagram-missing',
  'diagram-type',
  'diagram-syntax',
  'c4-undefined-alias',
  'c4-duplicate-alias',
  'c4-swallowed-element',
  'field-missing',
  'endpoint-format',
  'endpoint-duplicate',
  'chat-residue',
  'mojibake',
  'placeholder',
  'diagram-title',
];

export function ruleRank(rule: string, importance: readonly string[] = RULE_IMPORTANCE): number {
  const i = importance.indexOf(rule);
  return i === -1 ? importance.length : i;
}

/** `base` + `path` with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/(?<!\/)\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Where a rule's documentation lives, or undefined when there is no base URL to build it from. */
export function ruleDocUrl(rule: string, rules: readonly RuleMeta[], docsBaseUrl: string | undefined): string | undefined {
  if (!docsBaseUrl) return undefined;
  const meta = rules.find((r) => r.name === rule);
  if (meta) return joinUrl(docsBaseUrl, meta.docsPath);
  // A rule without metadata still follows the catalogue's naming convention, if its name is safe in a URL.
  return /^[a-z0-9-]+$/.test(rule) ? joinUrl(docsBaseUrl, `docs/rules/${rule}.md`) : undefined;
}
