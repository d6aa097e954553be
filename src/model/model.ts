/**
 * The document model across sections: what the architecture says, independent of where it is written.
 * C4 elements and relations per diagram (with boundaries), ER entities and relationships, endpoints and
 * the technology stack. Built from what the linter already parsed and what mermaid already analysed.
 */
import type { C4Element, C4Relation, ErEntity, ErRelationship } from '../mermaid/types.js';

/** Positions in the model are document positions (1-based), not positions inside a diagram. */
interface Located {
  line: number;
  column: number;
}

export type ModelElement = C4Element & Located;
export type ModelRelation = C4Relation & Located;
export type ModelEntity = ErEntity & Located;
export type ModelRelationship = ErRelationship & Located;

export interface DiagramModel {
  /** Position among the document's mermaid blocks (0-based). */
  index: number;
  /** Keyword on the first diagram line (`C4Context`, `erDiagram`, `graph`, ...), '' if none. */
  type: string;
  title?: string;
  /** Text of the nearest heading above the block ('' before the first heading). */
  section: string;
  /** Document line of the opening fence. */
  line: number;
  /** The block's source, for telling an unchanged diagram from a changed one. */
  source: string;
  /** Whether mermaid parsed it. */
  parsed: boolean;
  c4?: { elements: ModelElement[]; relations: ModelRelation[] };
  er?: { entities: ModelEntity[]; relationships: ModelRelationship[] };
}

export interface ModelEndpoint extends Located {
  method: string;
  path: string;
  description: string;
}

export interface StackField extends Located {
  label: string;
  value: string;
}

export interface DocumentModel {
  diagrams: DiagramModel[];
  endpoints: ModelEndpoint[];
  stack: StackField[];
}
