/**
 * Entities, attributes and relationships of an ER diagram that mermaid parsed, read from mermaid's own
 * database. The database has no positions, so each entity is located where the source first names it
 * and each relationship on the first line that names both of its ends.
 */
import type { ErAnalysis, ErAttribute, ErEntity, ErRelationship } from './types.js';

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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a whole word: entity names may contain `-`, so word boundaries are spelled out. */
function wordRe(name: string): RegExp {
  return new RegExp(`(^|[^\\w-])${escapeRegExp(name)}(?![\\w-])`);
}

/** 1-based line and column of the first whole-word occurrence of `name` after the header line. */
function locate(lines: readonly string[], names: readonly string[]): { line: number; column: number } {
  const res = names.map(wordRe);
  for (let i = 1; i < lines.length; i++) {
    const ms = res.map((re) => re.exec(lines[i]));
    if (ms.every((m) => m)) {
      const m = ms[0]!;
      return { line: i + 1, column: m.index + m[1].length + 1 };
    }
  }
  return { line: 1, column: 1 };
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
  const lines = source.split(/\r?\n/);
  const byId = new Map<string, string>();
  const entities: ErEntity[] = [];
  for (const [name, e] of raw as Map<unknown, unknown>) {
    if (typeof name !== 'string' || !isRecord(e)) continue;
    if (typeof e.id === 'string') byId.set(e.id, name);
    const alias = str(e.alias);
    entities.push({ name, ...(alias ? { alias } : {}), attributes: attributesOf(e.attributes), ...locate(lines, [name]) });
  }
  const rels: unknown = db.getRelationships();
  const relationships: ErRelationship[] = [];
  for (const r of Array.isArray(rels) ? rels : []) {
    if (!isRecord(r)) continue;
    const from = byId.get(str(r.entityA)) ?? str(r.entityA);
    const to = byId.get(str(r.entityB)) ?? str(r.entityB);
    const spec = isRecord(r.relSpec) ? r.relSpec : {};
    const cardinality = [str(spec.cardB), str(spec.relType), str(spec.cardA)].join(' ');
    relationships.push({ from, to, label: str(r.roleA), cardinality, ...locate(lines, from === to ? [from] : [from, to]) });
  }
  return { entities, relationships };
}
