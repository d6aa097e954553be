/**
 * Match the template's sections to the document's headings. Everything section-related
 * (missing, order, mismatch, duplicate, and where to look for diagrams and fields) reads this.
 *
 * Each (template section, heading) pair gets a score from its words and from what the section holds
 * (match-evidence.ts). Pairs sure on their own are taken first, wherever they stand (so a section out
 * of order is still recognised, and reported by section-order); the rest are aligned in template
 * order, where a heading between the right neighbours ranks above one elsewhere. Below the
 * threshold a heading stays unmatched: an extra section is better than a misread one.
 */
import type { DocHeading, DocSection, ParsedDocument } from '../markdown/parse.js';
import type { TemplateModel, TemplateSection } from '../template/model.js';
import { headingFacts, pairScore, templateFacts, type MatchReason } from './match-evidence.js';
import { normalizeHeading, wordScore } from './match-words.js';

export { normalizeHeading } from './match-words.js';

export interface MatchedSection {
  template: TemplateSection;
  heading: DocHeading;
  section: DocSection;
  /** Heading text and level are exactly the template's. */
  exact: boolean;
  score: number;
  /** What made the match, for `archdoc outline`. */
  reasons: MatchReason[];
}

export interface SectionMatch {
  /** By template index; undefined where the template section is absent. */
  byTemplate: (MatchedSection | undefined)[];
  /** Further headings that repeat a matched template section. */
  duplicates: { template: TemplateSection; heading: DocHeading; first: MatchedSection }[];
}

/** Below this a heading is not taken for a template section at all. */
const THRESHOLD = 0.5;
/** At or above this a pair is taken wherever it stands in the document. */
const SURE = 0.85;
/** A pair out of template order needs this much evidence of its own. */
const OUT_OF_ORDER = 0.7;
const ORDER_BONUS = 0.1;

interface Pair {
  t: number;
  h: number;
  score: number;
  reasons: MatchReason[];
}

export function matchSections(template: TemplateModel, doc: ParsedDocument): SectionMatch {
  const tfacts = templateFacts(template);
  const hfacts = headingFacts(doc);
  const score: (Pair | undefined)[][] = template.sections.map((t, ti) =>
    doc.headings.map((h, hi) => {
      const p = pairScore(t, tfacts[ti], h, hfacts[hi]);
      return p.score > 0 ? { t: ti, h: hi, ...p } : undefined;
    }),
  );
  titlePair(template, doc, score);

  const byHeading = new Map<number, Pair>();
  const byTemplate = new Map<number, Pair>();
  const take = (p: Pair): void => {
    byHeading.set(p.h, p);
    byTemplate.set(p.t, p);
  };
  const free = (p: Pair): boolean => !byHeading.has(p.h) && !byTemplate.has(p.t);
  const all = score.flat().filter((p): p is Pair => !!p);
  // Best first; on ties the earlier heading (the first occurrence), then the earlier template section.
  const best = (a: Pair, b: Pair): number => b.score - a.score || a.h - b.h || a.t - b.t;

  for (const p of all.filter((x) => x.score >= SURE).sort(best)) if (free(p)) take(p);
  for (const p of alignInOrder(template, doc, score, byTemplate, byHeading)) take(p);
  for (const p of all.filter((x) => x.score >= OUT_OF_ORDER).sort(best)) if (free(p)) take(p);

  const matched: (MatchedSection | undefined)[] = template.sections.map((t) => {
    const p = byTemplate.get(t.index);
    if (!p) return undefined;
    const h = doc.headings[p.h];
    return { template: t, heading: h, section: doc.sections[p.h], exact: h.text === t.heading && h.depth === t.depth, score: p.score, reasons: p.reasons };
  });
  return { byTemplate: matched, duplicates: duplicatesOf(doc, matched, byHeading) };
}

/**
 * The document's title: its first level-1 heading stands for the template's level-1 heading, as long
 * as no heading that is recognisably another template section comes before it (a title comes first;
 * otherwise demoting a mistaken `# 5. ...` would promote whatever level-1 heading follows to title).
 */
function titlePair(template: TemplateModel, doc: ParsedDocument, score: (Pair | undefined)[][]): void {
  const title = template.sections.find((t) => t.depth === 1);
  const firstH1 = doc.headings.find((h) => h.depth === 1);
  if (!title || !firstH1) return;
  const sectionBefore = score.some((row, ti) => ti !== title.index && row.some((p) => p && p.h < firstH1.index && p.score >= THRESHOLD));
  const current = score[title.index][firstH1.index];
  if (!sectionBefore && (!current || current.score < THRESHOLD)) {
    score[title.index][firstH1.index] = { t: title.index, h: firstH1.index, score: THRESHOLD, reasons: ['title'] };
  }
}

/**
 * The best order-preserving assignment of the sections not yet matched to the headings not yet
 * taken (a weighted longest common subsequence). A pair whose heading lies between the headings of
 * the template section's matched neighbours scores a little more; one outside them a little less.
 */
function alignInOrder(
  template: TemplateModel,
  doc: ParsedDocument,
  score: (Pair | undefined)[][],
  byTemplate: ReadonlyMap<number, Pair>,
  byHeading: ReadonlyMap<number, Pair>,
): Pair[] {
  const ts = template.sections.map((t) => t.index).filter((t) => !byTemplate.has(t));
  const hs = doc.headings.map((h) => h.index).filter((h) => !byHeading.has(h));
  // Only headings with a chance of reaching the threshold take part (most headings of a long document have none).
  const viable = hs.filter((h) => ts.some((t) => (score[t][h]?.score ?? 0) >= THRESHOLD));
  if (ts.length === 0 || viable.length === 0) return [];
  const anchors = [...byTemplate.values()].sort((a, b) => a.t - b.t);
  const adjusted = (t: number, h: number): Pair | undefined => {
    const p = score[t][h];
    // Order ranks candidates; it never makes a heading a template section on its own.
    if (!p || p.score < THRESHOLD) return undefined;
    const before = anchors.filter((a) => a.t < t).at(-1)?.h ?? -1;
    const after = anchors.find((a) => a.t > t)?.h ?? Number.MAX_SAFE_INTEGER;
    const fits = before < h && h < after;
    const s = p.score + (fits ? ORDER_BONUS : -ORDER_BONUS);
    if (s < THRESHOLD) return undefined;
    return { ...p, score: Math.min(1, s), reasons: fits && !p.reasons.includes('title') ? [...p.reasons, 'order'] : p.reasons };
  };
  const n = ts.length;
  const m = viable.length;
  // best[i][j]: the best total over ts[i..] and viable[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const p = adjusted(ts[i], viable[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], p ? p.score + best[i + 1][j + 1] : 0);
    }
  }
  const out: Pair[] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    const p = adjusted(ts[i], viable[j]);
    if (p && best[i][j] === p.score + best[i + 1][j + 1]) {
      out.push(p);
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) i++;
    else j++;
  }
  return out;
}

/** Unmatched headings that read the same as a matched one (`## Context` after `## 1. Context`). */
function duplicatesOf(doc: ParsedDocument, matched: (MatchedSection | undefined)[], byHeading: ReadonlyMap<number, Pair>): SectionMatch['duplicates'] {
  const duplicates: SectionMatch['duplicates'] = [];
  for (const h of doc.headings) {
    if (byHeading.has(h.index)) continue;
    for (const m of matched) {
      if (m && normalizeHeading(m.heading.text) === normalizeHeading(h.text) && wordScore(m.template.heading, h.text) >= 0.7) {
        duplicates.push({ template: m.template, heading: h, first: m });
        break;
      }
    }
  }
  return duplicates;
}

/** Matched sections in document order. */
export function presentInDocOrder(match: SectionMatch): MatchedSection[] {
  return match.byTemplate.filter((m): m is MatchedSection => !!m).sort((a, b) => a.heading.index - b.heading.index);
}
