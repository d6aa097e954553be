/** The template model: what a skeleton Markdown file requires of a document (SPEC §2). */

export interface RequiredDiagram {
  /** The diagram keyword as the template writes it, e.g. `C4Context`, `erDiagram`. */
  type: string;
  /** The template's `title ...` text, when its diagram has one (a title is then required). */
  title?: string;
  /** The skeleton's diagram source (first line and title; illustrations dropped), for inserting. */
  skeleton: string;
}

export interface RequiredField {
  label: string;
  /** The template's placeholder value, e.g. `[Framework, State Management]`. */
  placeholder: string;
}

/** A bullet shape such as `` `[Method] [Path]` - [Description] ``: the section needs at least one. */
export interface BulletPattern {
  /** The code span as written in the template, e.g. `[Method] [Path]`. */
  code: string;
  /** One entry per space-separated token of the code span: its placeholder name, lower case. */
  tokens: string[];
  /** The placeholder after the separator, e.g. `[Description]`. */
  description: string;
  /** The whole bullet line as the template writes it (for inserting). */
  example: string;
}

export interface TemplateSection {
  /** Position in template order (0-based). */
  index: number;
  depth: number;
  /** Heading text exactly as the template writes it. */
  heading: string;
  /** Index of the enclosing template section, if any. */
  parent?: number;
  diagram?: RequiredDiagram;
  fields: RequiredField[];
  patterns: BulletPattern[];
  /** Whether the skeleton says `...` (free content) for this section. */
  freeContent: boolean;
  /** The skeleton of this section's own content (without its heading), for inserting. */
  body: string;
}

export interface TemplateModel {
  /** `architecture` for the built-in, or the file path. */
  name: string;
  sections: TemplateSection[];
  /** Every bracketed placeholder text the template uses, e.g. `[Description]`. */
  placeholders: string[];
  /** Code spans of bullet patterns (`[Method] [Path]`): left in a document, they are placeholders. */
  placeholderCode: string[];
}
