import type { Rule, RuleFinding } from '../rule.js';
import { patternBullets } from '../endpoints.js';

/**
 * Each parameter (`{id}`, `:id`, `<id>`) as `{}`: what path.replace(/\{[^}]+\}|:[A-Za-z_]\w*|<[^>]+>/g, '{}')
 * did, in one pass (the regex rescanned the rest of the path from every `{` or `<` left open).
 */
function paramsAsBraces(path: string): string {
  const known = new Map<string, number>();
  /** The first `close` at or after `from`: searches only move forward, so the path is scanned once per kind. */
  const closeFrom = (close: string, from: number): number => {
    let at = known.get(close);
    if (at === undefined || (at !== -1 && at < from)) known.set(close, (at = path.indexOf(close, from)));
    return at;
  };
  let out = '';
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    let end = -1; // exclusive end of a parameter starting at i
    if (c === '{' || c === '<') {
      const close = closeFrom(c === '{' ? '}' : '>', i + 1);
      if (close > i + 1) end = close + 1;
    } else if (c === ':' && /[a-z_]/i.test(path[i + 1] ?? '')) {
      end = i + 2;
      while (end < path.length && /\w/.test(path[end])) end++;
    }
    if (end === -1) out += path[i++];
    else {
      out += '{}';
      i = end;
    }
  }
  return out;
}

/** `GET /users/` and `get /users` are the same endpoint; `{id}` and `:id` are the same parameter (`GET /` keys as `GET `). */
function endpointKey(code: string): string {
  const [method, ...rest] = code.split(/\s+/);
  return `${method.toUpperCase()} ${paramsAsBraces(rest.join(' ').replace(/(?<!\/)\/+$/, ''))}`;
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
