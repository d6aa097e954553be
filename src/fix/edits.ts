/** Choosing and applying the rules' text edits: groups apply whole or not at all, and never overlap. */
import type { Finding, TextEdit } from '../core/findings.js';

/** One repair: the edits of one or more findings that carry the very same fix. */
export interface EditGroup {
  edits: TextEdit[];
  findings: Finding[];
  /** Rewrites a stretch as a whole (moves text inside it): nothing else may even touch its ends. */
  exclusive?: boolean;
}

/**
 * Overlapping ranges conflict, as do two insertions at one point (their order would be a guess) and an
 * insertion inside a replaced range. An insertion at either end of a replacement is fine: it goes
 * before or after the replaced text.
 */
export function conflicts(a: TextEdit, b: TextEdit, touching = false): boolean {
  if (touching) return a.start <= b.end && b.start <= a.end;
  const aInsert = a.start === a.end;
  const bInsert = b.start === b.end;
  if (aInsert && bInsert) return a.start === b.start;
  if (aInsert) return b.start < a.start && a.start < b.end;
  if (bInsert) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The findings' fixes as groups: identical fixes merge, edits that change nothing are dropped. */
export function editGroups(text: string, findings: readonly Finding[]): EditGroup[] {
  const byKey = new Map<string, EditGroup>();
  for (const f of findings) {
    if (!f.fixable || !f.fix?.length) continue;
    const edits = f.fix
      .filter((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length && text.slice(e.start, e.end) !== e.text)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (edits.length === 0) continue;
    // A group whose own edits collide is a rule bug; it is left alone rather than guessed at.
    if (edits.some((e, i) => i > 0 && conflicts(edits[i - 1], e))) continue;
    const key = JSON.stringify(edits);
    const group = byKey.get(key);
    if (group) group.findings.push(f);
    else byKey.set(key, { edits, findings: [f] });
  }
  return [...byKey.values()];
}

/** Accept groups in the given order while they do not conflict with those already accepted. */
export function selectGroups(groups: readonly EditGroup[]): { accepted: EditGroup[]; deferred: EditGroup[] } {
  const accepted: EditGroup[] = [];
  const deferred: EditGroup[] = [];
  // Accepted edits sorted by (start, end): only the neighbours of a new edit can conflict with it, so a
  // binary search keeps this fast for the thousands of edits a large, badly decoded file can bring.
  const taken: TextEdit[] = [];
  const wholesale: TextEdit[] = []; // exclusive edits: few, long, and nothing may touch them
  const indexOf = (e: TextEdit): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = taken[mid];
      if (t.start < e.start || (t.start === e.start && t.end < e.end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const clashes = (e: TextEdit, exclusive: boolean): boolean => {
    // Accepted edits do not overlap, so past the one before `e` only those starting inside it matter.
    for (let i = Math.max(0, indexOf({ start: e.start, end: e.start, text: '' }) - 1); i < taken.length && taken[i].start <= e.end; i++) {
      if (conflicts(e, taken[i], exclusive)) return true;
    }
    return wholesale.some((t) => conflicts(e, t, true));
  };
  for (const g of groups) {
    if (g.edits.some((e) => clashes(e, !!g.exclusive))) deferred.push(g);
    else {
      accepted.push(g);
      for (const edit of g.edits) {
        if (g.exclusive) wholesale.push(edit);
        else taken.splice(indexOf(edit), 0, edit);
      }
    }
  }
  return { accepted, deferred };
}

/** Apply non-conflicting edits in one pass over the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text);
    at = Math.max(at, e.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
