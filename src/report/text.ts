/** Small text helpers shared by the renderers. */
import type { Finding } from '../core/findings.js';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
    if (f.fixable) fixable++;
  }
  return { errors, warnings, fixable };
}

/** `n errors, m warnings` with the empty half dropped ("1 error", "2 warnings"). */
export function countsText(errors: number, warnings: number): string {
  const parts = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  return parts.join(', ') || 'no findings';
}

/** At most `max` UTF-16 units, ending in `…` when cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}

/** A repository path as git and GitHub write it: forward slashes, no leading `./` or `/`. */
export function repoPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
}
