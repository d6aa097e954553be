/**
 * What archdoc learns about one mermaid diagram. All positions are 1-based and relative to the
 * diagram source as given (the first line of a code block's content is line 1).
 */

type DiagramErrorKind =
  /** mermaid's parser (jison or langium) rejected a token. */
  | 'parse'
  /** mermaid's lexer found text it does not recognise. */
  | 'lexical'
  /** No known diagram keyword (or an empty diagram). */
  | 'unknown-type'
  /** The `---` front matter is not valid YAML. */
  | 'front-matter'
  /** mermaid rejected the diagram without a position (e.g. a semantic check in its database). */
  | 'other'
  /** archdoc refused to run mermaid: the input is too large or would make mermaid's regexes crawl. */
  | 'limit'
  /** mermaid itself could not be loaded or crashed unexpectedly. */
  | 'internal';

export interface DiagramError {
  line: number;
  column: number;
  message: string;
  kind: DiagramErrorKind;
  /** mermaid's own message, unchanged (its line numbers count from the preprocessed text). */
  mermaidMessage?: string;
}

export interface C4Element {
  alias: string;
  /** The macro as written: `Person`, `System_Ext`, `Container_Boundary`, `Deployment_Node`, ... */
  kind: string;
  /** Position of the alias. */
  line: number;
  column: number;
  boundary: boolean;
  /** What mermaid made of the element's arguments (`label` defaults to ''). */
  label: string;
  technology?: string;
  description?: string;
  /** Alias of the enclosing boundary, if any. */
  parent?: string;
}

export interface C4Relation {
  /** The macro as written: `Rel`, `BiRel`, `Rel_Up`, `RelIndex`, ... */
  kind: string;
  from: string;
  to: string;
  /** Position of the macro. */
  line: number;
  column: number;
  fromColumn: number;
  toColumn: number;
  /** Lines of the aliases (differ from `line` only when an argument list spans lines). */
  fromLine: number;
  toLine: number;
  /** The label argument as written (trimmed); absent when the relation has none. */
  label?: string;
  technology?: string;
}

export interface SwallowedElement {
  alias: string;
  /** The macro written on the swallowed line (`System`, `Rel`, ...). */
  kind: string;
  line: number;
  column: number;
  /** Alias of the declaration that absorbed the line (for a relation: its `from`). */
  into: string;
  /** Macro and line of the absorbing declaration. */
  intoKind: string;
  intoLine: number;
}

export interface C4Analysis {
  /** Every declaration in source order (duplicates kept: mermaid itself merges them). */
  elements: C4Element[];
  relations: C4Relation[];
  swallowed: SwallowedElement[];
}

export interface ErAttribute {
  type: string;
  name: string;
  /** `PK`, `FK`, `UK` as mermaid read them. */
  keys: string[];
  comment: string;
}

export interface ErEntity {
  /** The entity's name as used in relationships. */
  name: string;
  /** `p[Person]`: the display alias, when given. */
  alias?: string;
  attributes: ErAttribute[];
  /** Where the entity is first named in the diagram source. */
  line: number;
  column: number;
}

export interface ErRelationship {
  from: string;
  to: string;
  label: string;
  /** mermaid's cardinalities and identification, e.g. `ONLY_ONE`, `ZERO_OR_MORE`, `IDENTIFYING`. */
  cardinality: string;
  line: number;
  column: number;
}

export interface ErAnalysis {
  entities: ErEntity[];
  relationships: ErRelationship[];
}

export interface DiagramAnalysis {
  /** Keyword as written on the first diagram line: 'C4Context', 'erDiagram', 'graph', ... ('' if none). */
  type: string;
  /** mermaid's id for the detected type ('c4', 'er', 'flowchart-v2', ...) when it parsed. */
  mermaidType?: string;
  title?: string;
  titleLine?: number;
  /** mermaid could not parse it (or archdoc refused to try, kind 'limit'). */
  error?: DiagramError;
  /** Present for C4 diagrams that mermaid parsed. */
  c4?: C4Analysis;
  /** Present for ER diagrams that mermaid parsed. */
  er?: ErAnalysis;
  /** archdoc's own analysis failed after mermaid accepted the diagram (a bug in archdoc, not in the diagram). */
  internal?: string;
}
