/**
 * Entities, attributes and relationships of an ER diagram that mermaid parsed, read from mermaid's own
 * database. The database has no positions, so each entity is located where the source first names it
 * and each relationship on the first line that names both of its ends.
 */
import type { ErAnalysis, ErAttribute, ErEntity, ErRelationship } from './types.js';
import { diagramHeader } from './detect.js';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function attributesOf(list: unknown): ErAttribute[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((a) => ({
    type: str(a.type),
    name: str(a.name),
    keys: Array.isArray(a.keys) ? a.keys.filter((k): k is string => typeof k === 'string') : [],
    comment: str(a.comment),
  }));
}

interface Place {
  line: number;
  column: number;
}

/**
 * Where each word (entity names may contain `-`) occurs after the header line, comment lines left out
 * (front matter and comments may name an entity): one pass, then lookups.
 */
function wordIndex(source: string): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  const headerLine = diagramHeader(source)?.line ?? 1;
  source.split(/\r?\n/).forEach((text, i) => {
    if (i < headerLine || /^\s*%%/.test(text)) return;
    for (const m of text.matchAll(/[\w-]+/g)) {
      const list = index.get(m[0]) ?? [];
      if (list.length === 0) index.set(m[0], list);
      if (list.at(-1)?.line !== i + 1) list.push({ line: i + 1, column: m.index + 1 });
    }
  });
  return index;
}

/** The first line that names all of `names` (position of the first name); 1:1 when none does. */
function locate(index: Map<string, Place[]>, names: readonly string[]): Place {
  const [first, ...rest] = names.map((n) => index.get(n) ?? []);
  const others = rest.map((list) => new Set(list.map((p) => p.line)));
  return first.find((p) => others.every((lines) => lines.has(p.line))) ?? { line: 1, column: 1 };
}

/**
 * @param diagram what mermaidAPI.getDiagramFromText returned for `source`.
 * @returns undefined when the diagram object does not look like mermaid 11's ER diagram.
 */
export function extractEr(diagram: unknown, source: string): ErAnalysis | undefined {
  if (!isRecord(diagram) || !isRecord(diagram.db)) return undefined;
  const { db } = diagram;
  if (typeof db.getEntities !== 'function' || typeof db.getRelationships !== 'function') return undefined;
  const raw: unknown = db.getEntities();
  if (!(raw instanceof Map)) return undefined;
  const index = wordIndex(source);
  const byId = new Map<string, string>();
  const entities: ErEntity[] = [];
  for (const [name, e] of raw as Map<unknown, unknown>) {
    if (typeof name !== 'string' || !isRecord(e)) continue;
    if (typeof e.id === 'string') byId.set(e.id, name);
    const alias = str(e.alias);
    entities.push({ name, ...(alias ? { alias } : {}), attributes: attributesOf(e.attributes), ...locate(index, [name]) });
  }
  const rels: unknown = db.getRelationships();
  const relationships: ErRelationship[] = [];
  for (const r of Array.isArray(rels) ? rels : []) {
    if (!isRecord(r)) continue;
    const from = byId.get(str(r.entityA)) ?? str(r.entityA);
    const to = byId.get(str(r.entityB)) ?? str(r.entityB);
    const spec = isRecord(r.relSpec) ? r.relSpec : {};
    const cardinality = [str(spec.cardB), str(spec.relType), str(spec.cardA)].join(' ');
    relationships.push({ from, to, label: str(r.roleA), cardinality, ...locate(index, from === to ? [from] : [from, to]) });
  }
  return { entities, relationships };
}
