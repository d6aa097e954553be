/** The config file's schema (.archdoc.yml / .github/archdoc.yml): the Action's inputs plus per-rule severities. */

const severity = { enum: ['off', 'warning', 'error'] } as const;
const globs = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } as const;

export function configSchema(ruleNames: readonly string[]) {
  const rules = {
    type: 'object',
    propertyNames: { enum: [...ruleNames] },
    additionalProperties: severity,
  } as const;
  const documentProps = {
    doc: { type: 'string', minLength: 1 },
    template: { type: 'string', minLength: 1 },
    requirements: globs,
    rules,
  } as const;
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...documentProps,
      documents: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', additionalProperties: false, required: ['doc'], properties: documentProps },
      },
      mode: { enum: ['validate', 'fix', 'regenerate'] },
      'fail-on': { enum: ['error', 'warning', 'never'] },
      comment: { type: 'boolean' },
      push: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'llm-provider': { type: 'string', minLength: 1 },
      'llm-model': { type: 'string', minLength: 1 },
      'llm-base-url': { type: 'string', pattern: '^https?://' },
      'max-attempts': { type: 'integer', minimum: 1, maximum: 10 },
      command: { type: 'string', pattern: '^/\\S+$' },
      'drift-label': { type: 'string', minLength: 1, maxLength: 50 },
    },
  } as const;
}
