/** Bullets of a pattern section (`` `METHOD /path` - description ``), parsed. */
import type { DocListItem } from '../markdown/parse.js';
import type { BulletPattern } from '../template/model.js';
import type { RuleContext } from './rule.js';
import type { MatchedSection } from './match.js';
import { listItemsIn, ownRange } from './scope.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'];

export interface PatternBullet {
  item: DocListItem;
  code?: string;
  description?: string;
  /** Why it does not fit the pattern, if it does not. */
  problem?: string;
}

// `\s*((?:\S.*)?)$` captures what `\s*(.*)$` did, without the two quantifiers trading spaces (quadratic).
const SHAPE = /^`([^`]+)`\s*[-–—:]\s*((?:\S.*)?)$/;

function checkBullet(raw: string, pattern: BulletPattern): { code?: string; description?: string; problem?: string } {
  const m = SHAPE.exec(raw.trim());
  if (!m) return { problem: `it is not of the form \`\` ${pattern.example.replace(/^- /, '')} \`\`` };
  const code = m[1].trim();
  const description = m[2].trim();
  const parts = code.split(/\s+/);
  if (parts.length !== pattern.tokens.length) {
    return { code, description, problem: `\`${code}\` is not of the form \`${pattern.code}\`` };
  }
  for (let i = 0; i < parts.length; i++) {
    const token = pattern.tokens[i];
    if (/method|verb/.test(token) && !HTTP_METHODS.includes(parts[i])) {
      return { code, description, problem: `\`${parts[i]}\` is not an HTTP method in upper case (${HTTP_METHODS.slice(0, 5).join(', ')}, ...)` };
    }
    if (/path|route|url|endpoint/.test(token) && !parts[i].startsWith('/')) {
      return { code, description, problem: `its path \`${parts[i]}\` does not start with \`/\`` };
    }
  }
  if (!description) return { code, description, problem: 'it has no description after the separator' };
  return { code, description };
}

/** Top-level bullets in the own content of each section that carries a bullet pattern. */
export function patternBullets(ctx: RuleContext): { m: MatchedSection; pattern: BulletPattern; bullets: PatternBullet[] }[] {
  return ctx.match.byTemplate.flatMap((m) => {
    if (!m || m.template.patterns.length === 0) return [];
    const pattern = m.template.patterns[0];
    const items = listItemsIn(ctx, ownRange(m)).filter((i) => i.nesting === 0);
    return [{ m, pattern, bullets: items.map((item) => ({ item, ...checkBullet(item.raw, pattern) })) }];
  });
}
