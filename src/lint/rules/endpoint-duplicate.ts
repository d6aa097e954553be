import type { Rule, RuleFinding } from '../rule.js';
import { patternBullets } from '../endpoints.js';

/** `GET /users/` and `get /users` are the same endpoint; `{id}` and `:id` are the same parameter. */
function endpointKey(code: string): string {
  const [method, ...rest] = code.split(/\s+/);
  const path = rest.join(' ').replace(/\/+$/, '').replace(/\{[^}]+\}|:[A-Za-z_]\w*|<[^>]+>/g, '{}');
  return `${method.toUpperCase()} ${path || '/'}`;
}

export const endpointDuplicate: Rule = {
  name: 'endpoint-duplicate',
  description: 'The same method and path are listed twice.',
  severity: 'warning',
  fixable: false,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { bullets } of patternBullets(ctx)) {
      const first = new Map<string, number>();
      for (const b of bullets) {
        if (!b.code || b.problem || ctx.template.placeholderCode.includes(b.code)) continue;
        const key = endpointKey(b.code);
        const line = first.get(key);
        if (line === undefined) first.set(key, b.item.line);
        else out.push({ message: `Endpoint \`${b.code}\` is already listed at line ${line}: keep one.`, line: b.item.line, column: b.item.column });
      }
    }
    return out;
  },
};
