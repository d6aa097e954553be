/**
 * What a heading's words say about which template section it is: content words reduced to a small
 * shared vocabulary (plurals folded, common Spanish, Portuguese, French, Russian and Chinese terms mapped
 * to the English word), weighted so that generic words ("model", "design", "system") never carry a
 * match on their own.
 */

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'c4',
  'level',
  'nivel',
  'nível',
  'niveau',
  'уровень',
  'diagram',
  'de',
  'la',
  'el',
  'los',
  'las',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'y',
  'e',
  'et',
  'du',
  'des',
  'le',
  'les',
  'и',
  'в',
  'на',
]);

/** Words that many sections share: a match needs more than these. */
const GENERIC = new Set(['model', 'design', 'architecture', 'system', 'strategy', 'overview', 'view', 'key', 'high', 'main', 'document', 'summary']);

/** Word beginnings (any language) and the English word they stand for; tried in order, first wins. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['contenedor', 'container'],
  ['contêiner', 'container'],
  ['conteiner', 'container'],
  ['conteneur', 'container'],
  ['контейнер', 'container'],
  ['contexto', 'context'],
  ['contexte', 'context'],
  ['контекст', 'context'],
  ['datos', 'data'],
  ['dados', 'data'],
  ['données', 'data'],
  ['данн', 'data'],
  ['modelo', 'model'],
  ['modèle', 'model'],
  ['модел', 'model'],
  ['diseño', 'design'],
  ['desenho', 'design'],
  ['projeto', 'design'],
  ['проектир', 'design'],
  ['дизайн', 'design'],
  ['estrateg', 'strategy'],
  ['stratég', 'strategy'],
  ['стратег', 'strategy'],
  ['sistema', 'system'],
  ['système', 'system'],
  ['систем', 'system'],
  ['arquitect', 'architecture'],
  ['arquitet', 'architecture'],
  ['архитектур', 'architecture'],
  ['tecnol', 'technology'],
  ['technolog', 'technology'],
  ['технолог', 'technology'],
  ['tech', 'technology'],
  ['pila', 'stack'],
  ['pilha', 'stack'],
  ['стек', 'stack'],
  ['endpoint', 'endpoint'],
  ['эндпоинт', 'endpoint'],
  ['transvers', 'crosscutting'],
  ['сквозн', 'crosscutting'],
  ['aspect', 'concern'],
  ['аспект', 'concern'],
  ['preocupa', 'concern'],
  ['concern', 'concern'],
];

/** Chinese (and Japanese) terms: no spaces to split on, so they are looked for anywhere in the heading. */
const CJK: readonly (readonly [string, string])[] = [
  ['上下文', 'context'],
  ['语境', 'context'],
  ['コンテキスト', 'context'],
  ['容器', 'container'],
  ['コンテナ', 'container'],
  ['数据', 'data'],
  ['データ', 'data'],
  ['模型', 'model'],
  ['モデル', 'model'],
  ['技术栈', 'technology stack'],
  ['技术', 'technology'],
  ['接口', 'api'],
  ['端点', 'endpoint'],
  ['横切', 'crosscutting'],
  ['关注点', 'concern'],
  ['系统', 'system'],
  ['架构', 'architecture'],
  ['设计', 'design'],
  ['策略', 'strategy'],
];

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

/** Each `(...)` replaced by a space, without rescanning from every unclosed `(`. */
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

function canonical(word: string): string {
  for (const [prefix, to] of PREFIXES) if (word.startsWith(prefix)) return to;
  // English plurals: `containers`, `concerns`, `endpoints` (not `class`, `status`).
  return word.length > 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

/** Content words of a heading, in the shared vocabulary. */
export function headingWords(text: string): Set<string> {
  const core = normalizeHeading(dropParentheticals(text)).replace(/\bcross cutting\b/g, 'crosscutting');
  const t = new Set(
    core
      .split(' ')
      .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w))
      .map(canonical),
  );
  for (const [term, to] of CJK) if (core.includes(term)) for (const w of to.split(' ')) t.add(w);
  return t;
}

const weight = (w: string): number => (GENERIC.has(w) ? 0.3 : 1);
const sum = (ws: Iterable<string>): number => [...ws].reduce((s, w) => s + weight(w), 0);

/** A heading's text with its normalized form and content words, worked out once (matching scores every pair). */
export interface HeadingTerms {
  text: string;
  normalized: string;
  words: Set<string>;
}

export function headingTerms(text: string): HeadingTerms {
  return { text, normalized: normalizeHeading(text), words: headingWords(text) };
}

/**
 * How far the words alone say a heading is a template section: 0 (nothing shared) to 1 (the same
 * words as written). Shared generic words count for little, so `C4 model` is not `Data Model`.
 */
export function wordScore(templateHeading: string, docHeading: string): number {
  return termScore(headingTerms(templateHeading), headingTerms(docHeading));
}

/** wordScore of a template heading's and a document heading's terms. */
export function termScore(t: HeadingTerms, d: HeadingTerms): number {
  if (t.normalized === d.normalized && t.normalized !== '') return d.text === t.text ? 1 : 0.95;
  const ta = t.words;
  const tb = d.words;
  const shared = [...ta].filter((w) => tb.has(w));
  const sharedWeight = sum(shared);
  if (sharedWeight === 0) return 0; // nothing shared, or no content words on one side
  let score = sharedWeight / sum(new Set([...ta, ...tb]));
  // `API Design` for `API Design Strategy`: every word of the shorter one is in the longer one, and not only generic ones.
  if (shared.length === Math.min(ta.size, tb.size) && sharedWeight >= 1) score = Math.max(score, 0.75);
  return Math.min(score, 0.9);
}
