/**
 * What a document heading's section holds, and how strongly that (with its words, numbering, "Level N"
 * cue and level) says it is one template section: the score of one (template section, heading) pair.
 * Structure speaks every language: a C4Context block, `**Frontend**` bullets or `GET /path` bullets
 * identify a section whatever its heading says.
 */
import type { DocHeading, ParsedDocument } from '../markdown/parse.js';
import type { TemplateModel, TemplateSection } from '../template/model.js';
import { diagramKeyword } from '../mermaid/detect.js';
import { fieldsIn, sameLabel } from './fields.js';
import { headingTerms, termScore, type HeadingTerms } from './match-words.js';
import { HTTP_METHODS } from './endpoints.js';

/** One reason a heading was taken for a template section (shown by `archdoc outline`); `order`: it lies between its neighbours' headings. */
export type MatchReason = 'title' | 'text' | 'words' | 'diagram' | 'fields' | 'endpoints' | 'level' | 'number' | 'order';

export interface HeadingFacts {
  terms: HeadingTerms;
  /** Diagram keywords of the mermaid blocks in the heading's own content (else in its subsections). */
  diagrams: string[];
  /** `**Label**` bullets in its own content. */
  labels: string[];
  /** Bullets shaped like `` `GET /path` ``. */
  endpoints: number;
  /** The "Level N" (`Nivel 2`, `Уровень 1`, `L1`, ...) it names, if any. */
  level?: number;
  /** Its leading number (`2.` in `## 2. Containers`). */
  number?: string;
}

export interface PairScore {
  score: number;
  reasons: MatchReason[];
}

const ENDPOINT = new RegExp(`^\`?(?:${HTTP_METHODS.join('|')})\\s+/`);
const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** The C4 level a heading names: `Level 1`, `C4 L2`, `Nivel 1`, `Nível 2`, `Уровень 1`, `第一层`, `层级 2`. */
export function levelCue(text: string): number | undefined {
  const m =
    /(?:^|[^\p{L}])(?:level|nivel|nível|niveau|ebene|уровень|l)\s*(?:[-:]\s*)?([1-4])(?!\p{N})/iu.exec(text) ??
    /(?:级别|层级|层次|レベル)\s*([1-4一二三四])|第\s*([1-4一二三四])\s*[层级]/u.exec(text);
  if (!m) return undefined;
  const d = m[1] ?? m[2];
  return CJK_DIGITS[d] ?? Number(d);
}

/** `2` for `2. Containers`, `2)`, `2 -`; undefined when the heading is not numbered. */
export function leadingNumber(text: string): string | undefined {
  return /^\s*(?:section\s+)?(\d+)(?:\.\d+)*[.):]?\s/i.exec(text)?.[1];
}

/** Index of the first item starting at or after `offset` (items sorted by start). */
function lowerBound(items: readonly { startOffset: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items starting in [start, end), found by binary search (documents may hold thousands of headings). */
function between<T extends { startOffset: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i].startOffset < end; i++) out.push(items[i]);
  return out;
}

/** The facts of every heading's section. */
export function headingFacts(doc: ParsedDocument): HeadingFacts[] {
  const mermaid = doc.codeBlocks.filter((c) => c.lang === 'mermaid').sort((a, b) => a.startOffset - b.startOffset);
  const items = [...doc.listItems].sort((a, b) => a.startOffset - b.startOffset);
  return doc.headings.map((h) => {
    const section = doc.sections[h.index];
    let blocks = between(mermaid, h.endOffset, section.ownEndOffset);
    // A section whose diagram sits under a subheading of its own (`### Diagram`), not a title over everything.
    if (blocks.length === 0 && h.depth > 1) blocks = between(mermaid, h.endOffset, section.fullEndOffset).slice(0, 1);
    return {
      terms: headingTerms(h.text),
      diagrams: blocks.map((b) => diagramKeyword(b.value).toLowerCase()).filter((k) => k !== ''),
      labels: fieldsIn(doc, { start: h.endOffset, end: section.ownEndOffset }).map((f) => f.label),
      endpoints: between(items, h.endOffset, section.ownEndOffset).filter((i) => ENDPOINT.test(i.raw.trim())).length,
      ...optional('level', levelCue(h.text)),
      ...optional('number', leadingNumber(h.text)),
    };
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

/** Template facts the scores compare against: each section's diagram and C4 level. */
export interface TemplateFacts {
  terms: HeadingTerms;
  level?: number;
  number?: string;
  /**
   * Diagram types that other sections of the template require (its own type among them when another section
   * shares it: that never counts against a section, whose own type is looked for first).
   */
  othersDiagrams: Set<string>;
  /** Field labels that other sections of the template require. */
  othersLabels: string[];
}

export function templateFacts(template: TemplateModel): TemplateFacts[] {
  return template.sections.map((t) => {
    const others = template.sections.filter((o) => o !== t);
    return {
      terms: headingTerms(t.heading),
      ...optional('level', levelCue(t.heading)),
      ...optional('number', leadingNumber(t.heading)),
      othersDiagrams: new Set(others.flatMap((o) => (o.diagram ? [o.diagram.type.toLowerCase()] : []))),
      othersLabels: others.flatMap((o) => o.fields.map((f) => f.label)),
    };
  });
}

/** The score of reading `h` as `t`: words, then what the section holds, its numbering, level cue and depth. */
export function pairScore(t: TemplateSection, tf: TemplateFacts, h: DocHeading, hf: HeadingFacts): PairScore {
  const reasons: MatchReason[] = [];
  const words = termScore(tf.terms, hf.terms);
  let score = words;
  if (words === 1 && h.depth === t.depth) reasons.push('text');
  else if (words >= 0.5) reasons.push('words');

  let structure = 0;
  if (t.diagram) {
    const want = t.diagram.type.toLowerCase();
    if (hf.diagrams.includes(want)) {
      structure += 0.55;
      reasons.push('diagram');
    } else if (hf.diagrams.length > 0 && hf.diagrams.every((d) => tf.othersDiagrams.has(d))) structure -= 0.6;
  } else if (hf.diagrams.length > 0 && hf.diagrams.every((d) => tf.othersDiagrams.has(d))) structure -= 0.4;

  const mine = t.fields.filter((f) => hf.labels.some((l) => sameLabel(l, f.label))).length;
  const theirs = hf.labels.filter((l) => tf.othersLabels.some((o) => sameLabel(o, l))).length;
  if (mine > 0 && (mine >= 2 || t.fields.length === 1)) {
    structure += 0.3 + (0.4 * mine) / t.fields.length;
    reasons.push('fields');
  } else if (mine === 0 && theirs >= 2) structure -= 0.5;

  if (t.patterns.length > 0 && hf.endpoints > 0) {
    structure += 0.5;
    reasons.push('endpoints');
  }
  score += structure;

  if (tf.level !== undefined && hf.level !== undefined) {
    if (tf.level === hf.level) {
      score += 0.4;
      reasons.push('level');
    } else score -= 0.7;
  }
  // Numbering only ranks what already has evidence of its own (documents renumber freely).
  if (tf.number !== undefined && tf.number === hf.number && score > 0) {
    score += 0.15;
    reasons.push('number');
  }
  if (h.depth === t.depth) score += 0.05;
  else if (t.depth === 1 || h.depth === 1) score -= 0.15;
  // What a section holds says little about a subsection of some other section (an ER diagram of roles under `### RBAC`).
  else if (words < 0.5 && h.depth > t.depth) score -= 0.15;
  return { score: Math.max(0, Math.min(1, score)), reasons };
}
