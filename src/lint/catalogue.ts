/** Rule metadata for reports, config validation and `archdoc rules`. */
import { RULES } from './rules/index.js';
import { docsPathOf, type RuleMeta } from './rule.js';

/** Rules whose facts come from outside the document (the requirements' history), run by the drift check. */
const CONTEXT_RULES: readonly RuleMeta[] = [
  {
    name: 'requirements-drift',
    description: 'The requirements changed since the document was generated or last updated.',
    severity: 'error',
    fixable: false,
    docsPath: docsPathOf('requirements-drift'),
  },
];

export const RULE_METAS: readonly RuleMeta[] = [
  ...RULES.map((r) => ({
    name: r.name,
    description: r.description,
    severity: r.severity,
    fixable: r.fixable,
    ...(r.offByDefault ? { offByDefault: true } : {}),
    ...(r.tags ? { tags: r.tags } : {}),
    docsPath: docsPathOf(r.name),
  })),
  ...CONTEXT_RULES,
];

export const RULE_NAMES: readonly string[] = RULE_METAS.map((r) => r.name);
