/**
 * Semantic diff of two documents' diagrams: what changed in architecture terms. Pure.
 * Diagrams pair up first by identical source (a block moved without change is no change), then by
 * section, then by type; C4 elements pair by alias, then by label (a new alias); ER entities by name.
 */
import { normalizeHeading } from '../lint/match.js';
import type { DiagramModel, DocumentModel, ModelElement, ModelEntity, ModelRelation, ModelRelationship } from './model.js';
import { fold } from './names.js';

export type SemanticChange =
  | { kind: 'type-changed'; from: string; to: string }
  | { kind: 'title-changed'; from: string; to: string }
  | { kind: 'element-added' | 'element-removed'; alias: string; label: string; elementKind: string }
  | { kind: 'element-renamed'; alias: string; from: string; to: string }
  | { kind: 'alias-changed'; label: string; from: string; to: string }
  | { kind: 'technology-changed'; subject: string; from: string; to: string }
  | { kind: 'relation-added' | 'relation-removed'; from: string; to: string; label: string }
  | { kind: 'relation-relabelled'; from: string; to: string; was: string; now: string }
  | { kind: 'entity-added' | 'entity-removed'; name: string }
  | { kind: 'attribute-added' | 'attribute-removed'; entity: string; name: string; type: string }
  | { kind: 'attribute-changed'; entity: string; name: string; from: string; to: string }
  | { kind: 'relationship-added' | 'relationship-removed'; from: string; to: string; label: string }
  | { kind: 'source-changed'; type: string };

export interface DiagramDiff {
  status: 'added' | 'removed' | 'changed';
  /** Section of the new diagram (of the old one when removed). */
  section: string;
  type: string;
  changes: SemanticChange[];
}

export interface SemanticDiff {
  diagrams: DiagramDiff[];
}

/** Blank lines and indentation do not change a diagram. */
function canonical(source: string): string {
  return source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

type Pair = [DiagramModel, DiagramModel];

function pairDiagrams(old: DiagramModel[], now: DiagramModel[]): { pairs: Pair[]; removed: DiagramModel[]; added: DiagramModel[] } {
  const left = [...old];
  const right = [...now];
  const pairs: Pair[] = [];
  const take = (same: (a: DiagramModel, b: DiagramModel) => boolean): void => {
    for (const a of [...left]) {
      const j = right.findIndex((b) => same(a, b));
      if (j < 0) continue;
      pairs.push([a, right[j]]);
      right.splice(j, 1);
      left.splice(left.indexOf(a), 1);
    }
  };
  take((a, b) => canonical(a.source) === canonical(b.source));
  take((a, b) => a.section !== '' && normalizeHeading(a.section) === normalizeHeading(b.section));
  take((a, b) => a.type === b.type);
  return { pairs, removed: left, added: right };
}

const sameText = (a: string | undefined, b: string | undefined): boolean => (a ?? '').trim() === (b ?? '').trim();

function firstByAlias(elements: ModelElement[]): Map<string, ModelElement> {
  const m = new Map<string, ModelElement>();
  for (const e of elements) if (!m.has(e.alias)) m.set(e.alias, e);
  return m;
}

function diffElements(old: ModelElement[], now: ModelElement[], out: SemanticChange[]): Map<string, string> {
  const before = firstByAlias(old);
  const after = firstByAlias(now);
  const renamedAlias = new Map<string, string>();
  const gone = [...before.values()].filter((e) => !after.has(e.alias));
  const fresh = [...after.values()].filter((e) => !before.has(e.alias));
  const compareTech = (a: ModelElement, b: ModelElement): void => {
    if (!sameText(a.technology, b.technology)) out.push({ kind: 'technology-changed', subject: b.alias, from: a.technology ?? '', to: b.technology ?? '' });
  };
  for (const [alias, b] of after) {
    const a = before.get(alias);
    if (!a) continue;
    if (!sameText(a.label, b.label)) out.push({ kind: 'element-renamed', alias, from: a.label, to: b.label });
    compareTech(a, b);
  }
  for (const a of [...gone]) {
    const j = fresh.findIndex((b) => a.label !== '' && fold(a.label) === fold(b.label));
    if (j < 0) continue;
    const b = fresh.splice(j, 1)[0];
    gone.splice(gone.indexOf(a), 1);
    renamedAlias.set(a.alias, b.alias);
    out.push({ kind: 'alias-changed', label: b.label, from: a.alias, to: b.alias });
    compareTech(a, b);
  }
  for (const a of gone) out.push({ kind: 'element-removed', alias: a.alias, label: a.label, elementKind: a.kind });
  for (const b of fresh) out.push({ kind: 'element-added', alias: b.alias, label: b.label, elementKind: b.kind });
  return renamedAlias;
}

function diffRelations(old: ModelRelation[], now: ModelRelation[], aliases: Map<string, string>, out: SemanticChange[]): void {
  const key = (from: string, to: string): string => `${from}\u0000${to}`;
  const before = new Map<string, ModelRelation>();
  for (const r of old) before.set(key(aliases.get(r.from) ?? r.from, aliases.get(r.to) ?? r.to), r);
  const after = new Map<string, ModelRelation>();
  for (const r of now) after.set(key(r.from, r.to), r);
  for (const [k, a] of before) {
    const b = after.get(k);
    if (!b) {
      out.push({ kind: 'relation-removed', from: a.from, to: a.to, label: a.label ?? '' });
      continue;
    }
    if (!sameText(a.label, b.label)) out.push({ kind: 'relation-relabelled', from: b.from, to: b.to, was: a.label ?? '', now: b.label ?? '' });
    if (!sameText(a.technology, b.technology))
      out.push({ kind: 'technology-changed', subject: `${b.from} -> ${b.to}`, from: a.technology ?? '', to: b.technology ?? '' });
  }
  for (const [k, b] of after) if (!before.has(k)) out.push({ kind: 'relation-added', from: b.from, to: b.to, label: b.label ?? '' });
}

function diffEntities(old: ModelEntity[], now: ModelEntity[], out: SemanticChange[]): void {
  const before = new Map(old.map((e) => [e.name, e]));
  const after = new Map(now.map((e) => [e.name, e]));
  for (const name of before.keys()) if (!after.has(name)) out.push({ kind: 'entity-removed', name });
  for (const name of after.keys()) if (!before.has(name)) out.push({ kind: 'entity-added', name });
  for (const [name, b] of after) {
    const a = before.get(name);
    if (!a) continue;
    const was = new Map(a.attributes.map((x) => [x.name, x]));
    const is = new Map(b.attributes.map((x) => [x.name, x]));
    for (const [n, x] of was) if (!is.has(n)) out.push({ kind: 'attribute-removed', entity: name, name: n, type: x.type });
    for (const [n, x] of is) {
      const y = was.get(n);
      if (!y) out.push({ kind: 'attribute-added', entity: name, name: n, type: x.type });
      else if (y.type !== x.type) out.push({ kind: 'attribute-changed', entity: name, name: n, from: y.type, to: x.type });
    }
  }
}

function diffRelationships(old: ModelRelationship[], now: ModelRelationship[], out: SemanticChange[]): void {
  const key = (r: ModelRelationship): string => `${r.from}\u0000${r.to}\u0000${r.label}`;
  const before = new Set(old.map(key));
  const after = new Set(now.map(key));
  for (const r of old) if (!after.has(key(r))) out.push({ kind: 'relationship-removed', from: r.from, to: r.to, label: r.label });
  for (const r of now) if (!before.has(key(r))) out.push({ kind: 'relationship-added', from: r.from, to: r.to, label: r.label });
}

function diffPair(a: DiagramModel, b: DiagramModel): SemanticChange[] {
  if (canonical(a.source) === canonical(b.source)) return [];
  const out: SemanticChange[] = [];
  if (a.type !== b.type) out.push({ kind: 'type-changed', from: a.type || '(none)', to: b.type || '(none)' });
  if (!sameText(a.title, b.title)) out.push({ kind: 'title-changed', from: a.title ?? '', to: b.title ?? '' });
  if (a.c4 || b.c4) {
    const aliases = diffElements(a.c4?.elements ?? [], b.c4?.elements ?? [], out);
    diffRelations(a.c4?.relations ?? [], b.c4?.relations ?? [], aliases, out);
  }
  if (a.er || b.er) {
    diffEntities(a.er?.entities ?? [], b.er?.entities ?? [], out);
    diffRelationships(a.er?.relationships ?? [], b.er?.relationships ?? [], out);
  }
  // Without a model (a flowchart, a diagram mermaid cannot parse) all archdoc can say is that the text changed.
  const modelled = (d: DiagramModel): boolean => d.c4 !== undefined || d.er !== undefined;
  if (out.length === 0 && !(modelled(a) && modelled(b))) out.push({ kind: 'source-changed', type: b.type || a.type || '(none)' });
  return out;
}

export function semanticDiff(old: DocumentModel, now: DocumentModel): SemanticDiff {
  const { pairs, removed, added } = pairDiagrams(old.diagrams, now.diagrams);
  // In the new document's order; removed diagrams last.
  const found: { order: number; diff: DiagramDiff }[] = [];
  for (const [a, b] of pairs) {
    const changes = diffPair(a, b);
    if (changes.length) found.push({ order: b.index, diff: { status: 'changed', section: b.section, type: b.type, changes } });
  }
  for (const d of added) found.push({ order: d.index, diff: { status: 'added', section: d.section, type: d.type, changes: [] } });
  found.sort((x, y) => x.order - y.order);
  const gone = removed.map((d): DiagramDiff => ({ status: 'removed', section: d.section, type: d.type, changes: [] }));
  return { diagrams: [...found.map((f) => f.diff), ...gone] };
}
