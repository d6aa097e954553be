/**
 * Match the template's sections to the document's headings. Everything section-related
 * (missing, order, mismatch, duplicate, and where to look for diagrams and fields) reads this.
 */
import type { DocHeading, DocSection, ParsedDocument } from '../markdown/parse.js';
import type { TemplateModel, TemplateSection } from '../template/model.js';

export interface MatchedSection {
  template: TemplateSection;
  heading: DocHeading;
  section: DocSection;
  /** Heading text and level are exactly the template's. */
  exact: boolean;
  score: number;
}

export interface SectionMatch {
  /** By template index; undefined where the template section is absent. */
  byTemplate: (MatchedSection | undefined)[];
  /** Further headings that repeat a matched template section. */
  duplicates: { template: TemplateSection; heading: DocHeading; first: MatchedSection }[];
}

const THRESHOLD = 0.5;

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'c4', 'level', 'diagram', 'de', 'la', 'del', 'y', 'e']);

/** Heading text without numbering, emphasis, punctuation or case: `## 4. API Design` -> `api design`. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(?:section\s+)?(?:\d+(?:\.\d+)*[.):]?|[ivx]+[.):])\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/[*_`~]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function numberOf(text: string): string | undefined {
  return /^\s*(\d+(?:\.\d+)*)[.):]?\s/.exec(text)?.[1];
}

/** Each `(...)` replaced by a space, as text.replace(/\([^)]*\)/g, ' ') did, without rescanning from every unclosed `(`. */
function dropParentheticals(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open + 1);
    if (close === -1) break;
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return out + text.slice(from);
}

const tokenCache = new Map<string, Set<string>>();

/** Content words of a heading (memoised: every template section is scored against every heading). */
function tokens(text: string): Set<string> {
  let t = tokenCache.get(text);
  if (!t) {
    const core = normalizeHeading(dropParentheticals(text));
    t = new Set(core.split(' ').filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w)));
    if (tokenCache.size > 10_000) tokenCache.clear();
    tokenCache.set(text, t);
  }
  return t;
}

/** How recognisably a document heading is a template section: 0 (not at all) to 1 (same words). */
export function headingScore(template: TemplateSection, heading: DocHeading): number {
  const a = normalizeHeading(template.heading);
  const b = normalizeHeading(heading.text);
  // Same words: the heading as written (text, then level) breaks ties between such candidates.
  if (a === b) return 0.9 + (heading.text === template.heading ? 0.06 : 0) + (heading.depth === template.depth ? 0.03 : 0);
  const ta = tokens(template.heading);
  const tb = tokens(heading.text);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  if (shared === 0) return 0;
  let score = shared / new Set([...ta, ...tb]).size;
  // "API Design" for "API Design Strategy": every word of the shorter one is in the longer one.
  if (shared === Math.min(ta.size, tb.size)) score = Math.max(score, 0.7);
  if (score < THRESHOLD) return 0;
  // Numbering and level only rank candidates that already share their words.
  const n = numberOf(template.heading);
  if (n && n === numberOf(heading.text)) score += 0.15;
  if (template.depth === heading.depth) score += 0.05;
  return Math.min(score, 0.89);
}

export function matchSections(template: TemplateModel, doc: ParsedDocument): SectionMatch {
  const byTemplate: (MatchedSection | undefined)[] = template.sections.map(() => undefined);
  const used = new Set<number>();
  const pairs: { t: TemplateSection; h: DocHeading; score: number }[] = [];
  for (const t of template.sections) {
    for (const h of doc.headings) {
      const score = headingScore(t, h);
      if (score >= THRESHOLD) pairs.push({ t, h, score });
    }
  }
  // The document's title: its first level-1 heading stands for the template's level-1 heading, as long
  // as no heading that is recognisably another template section comes before it (a title comes first;
  // otherwise demoting a mistaken `# 5. ...` would promote whatever level-1 heading follows to title).
  const title = template.sections.find((t) => t.depth === 1);
  const firstH1 = doc.headings.find((h) => h.depth === 1);
  const sectionBefore = firstH1 && pairs.some((p) => p.t !== title && p.h.index < firstH1.index);
  if (title && firstH1 && !sectionBefore && !pairs.some((p) => p.t === title && p.h === firstH1)) {
    pairs.push({ t: title, h: firstH1, score: THRESHOLD });
  }
  pairs.sort(
    (x, y) =>
      y.score - x.score ||
      // Prefer the heading whose position fits template order (the first occurrence on ties).
      x.h.index - y.h.index ||
      x.t.index - y.t.index,
  );
  for (const p of pairs) {
    if (byTemplate[p.t.index] || used.has(p.h.index)) continue;
    used.add(p.h.index);
    byTemplate[p.t.index] = {
      template: p.t,
      heading: p.h,
      section: doc.sections[p.h.index],
      exact: p.h.text === p.t.heading && p.h.depth === p.t.depth,
      score: p.score,
    };
  }
  const duplicates: SectionMatch['duplicates'] = [];
  for (const h of doc.headings) {
    if (used.has(h.index)) continue;
    for (const m of byTemplate) {
      if (m && normalizeHeading(m.heading.text) === normalizeHeading(h.text) && headingScore(m.template, h) >= 0.7) {
        duplicates.push({ template: m.template, heading: h, first: m });
        break;
      }
    }
  }
  return { byTemplate, duplicates };
}

/** Matched sections in document order. */
export function presentInDocOrder(match: SectionMatch): MatchedSection[] {
  return match.byTemplate.filter((m): m is MatchedSection => !!m).sort((a, b) => a.heading.index - b.heading.index);
}
