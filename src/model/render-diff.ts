/**
 * The semantic diff for people: one phrasing, two renderings. The terminal gets plain text; the PR comment
 * gets Markdown in which every name and label from the documents is escaped (a pull request is hostile).
 */
import { inlineCode, inlineText } from '../report/markdown.js';
import { semanticDiff, type DiagramDiff, type SemanticChange, type SemanticDiff } from './diff.js';
import type { DocumentModel } from './model.js';
import { plain } from './terminal.js';

interface Style {
  /** An alias, a type, an entity name. */
  code(s: string): string;
  /** A label or a description. */
  text(s: string): string;
}

/** Labels are sentences at most; longer ones are cut so a hostile document cannot flood the output. */
const MAX_TEXT = 120;
/** Changes listed per diagram before "... and N more". */
const MAX_CHANGES = 40;

function clipped(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

const TERMINAL: Style = {
  code: (s) => plain(clipped(s)),
  text: (s) => `"${plain(clipped(s))}"`,
};

const MARKDOWN: Style = {
  code: (s) => inlineCode(clipped(s)),
  text: (s) => `"${inlineText(clipped(s))}"`,
};

function labelled(st: Style, label: string): string {
  return label ? ` ${st.text(label)}` : '';
}

function technology(st: Style, t: string): string {
  return t ? st.text(t) : 'none';
}

/** One change as one line (without a list marker). */
function describeChange(c: SemanticChange, st: Style): string {
  switch (c.kind) {
    case 'type-changed':
      return `diagram type changed: ${st.code(c.from)} → ${st.code(c.to)}`;
    case 'title-changed':
      return `title changed: ${st.text(c.from)} → ${st.text(c.to)}`;
    case 'element-added':
      return `added ${c.elementKind} ${st.code(c.alias)}${labelled(st, c.label)}`;
    case 'element-removed':
      return `removed ${c.elementKind} ${st.code(c.alias)}${labelled(st, c.label)}`;
    case 'element-renamed':
      return `renamed ${st.code(c.alias)}: ${st.text(c.from)} → ${st.text(c.to)}`;
    case 'alias-changed':
      return `${st.text(c.label)} has a new alias: ${st.code(c.from)} → ${st.code(c.to)}`;
    case 'technology-changed':
      return `technology of ${st.code(c.subject)} changed: ${technology(st, c.from)} → ${technology(st, c.to)}`;
    case 'relation-added':
      return `added relation ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
    case 'relation-removed':
      return `removed relation ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
    case 'relation-relabelled':
      return `relation ${st.code(c.from)} → ${st.code(c.to)} relabelled: ${st.text(c.was)} → ${st.text(c.now)}`;
    case 'entity-added':
      return `added entity ${st.code(c.name)}`;
    case 'entity-removed':
      return `removed entity ${st.code(c.name)}`;
    case 'attribute-added':
      return `added attribute ${st.code(`${c.entity}.${c.name}`)} (${st.code(c.type)})`;
    case 'attribute-removed':
      return `removed attribute ${st.code(`${c.entity}.${c.name}`)} (${st.code(c.type)})`;
    case 'attribute-changed':
      return `attribute ${st.code(`${c.entity}.${c.name}`)} changed type: ${st.code(c.from)} → ${st.code(c.to)}`;
    case 'relationship-added':
      return `added relationship ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
    case 'relationship-removed':
      return `removed relationship ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
    case 'source-changed':
      return `the ${st.code(c.type)} diagram's text changed (archdoc models C4 and ER diagrams only)`;
  }
}

function heading(d: DiagramDiff, st: Style): string {
  const where = d.section ? ` in ${st.text(d.section)}` : '';
  return `${st.code(d.type || 'diagram')}${where}: ${d.status}`;
}

function changeLines(d: DiagramDiff, st: Style): string[] {
  const lines = d.changes.slice(0, MAX_CHANGES).map((c) => describeChange(c, st));
  if (d.changes.length > MAX_CHANGES) lines.push(`… and ${d.changes.length - MAX_CHANGES} more`);
  return lines;
}

/** For the terminal (`archdoc diff`). */
export function renderDiffText(diff: SemanticDiff): string {
  if (diff.diagrams.length === 0) return 'No architecture changes in the diagrams.\n';
  return diff.diagrams.map((d) => [heading(d, TERMINAL), ...changeLines(d, TERMINAL).map((l) => `  ${l}`)].join('\n')).join('\n') + '\n';
}

/** The Markdown section of the diff (empty when no diagram changed in architecture terms). */
function renderDiffMarkdown(diff: SemanticDiff): string {
  if (diff.diagrams.length === 0) return '';
  const blocks = diff.diagrams.map((d) => [`**${heading(d, MARKDOWN)}**`, ...changeLines(d, MARKDOWN).map((l) => `- ${l}`)].join('\n'));
  return `### Architecture changes\n\n${blocks.join('\n\n')}\n`;
}

/** What the PR comment places above the text diff: the semantic diff of two versions of the document, in Markdown. */
export function renderSemanticDiff(old: DocumentModel, now: DocumentModel): string {
  return renderDiffMarkdown(semanticDiff(old, now));
}
