/**
 * Requirements traceability: the identifiers a requirements document defines (`F-001`, `FR-12`, `US-003`,
 * `NFR-2`; numbered headings like `### 2.1 Sign-in` when it has no such ids) and where an architecture
 * document cites each one. An id is defined where it opens a heading, a list item, a table row or a line;
 * a mention inside prose (`see FR-3`) is a reference, not a definition.
 */
import type { SourceFile } from '../drift/stamp.js';
import type { DocumentModel } from './model.js';
import type { ParsedDocument } from '../markdown/parse.js';

export interface Requirement {
  id: string;
  /** The rest of the defining line, trimmed and shortened. */
  title: string;
  path: string;
  line: number;
}

export interface Citation {
  line: number;
  /** Text of the nearest heading above the citation ('' before the first heading). */
  section: string;
  /** When the citation sits in a diagram: its type and the element, relation or entity on that line. */
  diagram?: { type: string; element?: string };
}

export interface TraceRow extends Requirement {
  citations: Citation[];
}

const ID = '[A-Z]{1,6}-\\d{1,5}(?:\\.\\d{1,3})*';
/** Optional heading marks, bullet, task box or table pipe; optional emphasis or bracket; then the id. */
const DEFINITION = new RegExp(
  `^\\s{0,8}(?:#{1,6}[ \\t]+|[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?|\\d{1,4}[.)][ \\t]+|\\|[ \\t]*)?(?:\\*\\*|__|\\[|\`)?(${ID})(?![\\w-])(.*)$`,
);
const NUMBERED_HEADING = /^#{2,6}[ \t]+(\d{1,3}(?:\.\d{1,3})+)\.?[ \t]+(\S.*)$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

function titleOf(rest: string): string {
  // A table row's title is its next cell.
  const t = rest
    .replace(/^[\s*_`\]|:.)–—-]+/, '')
    .split('|')[0]
    .trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((l, i) => {
    const f = FENCE.exec(l);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && l.trim() === f[1]) fence = undefined;
    } else if (f) fence = f[1];
    else out.push({ text: l, line: i + 1 });
  });
  return out;
}

function idsOf(file: SourceFile): Requirement[] {
  const lines = proseLines(file.text);
  const out: Requirement[] = [];
  for (const l of lines) {
    const m = DEFINITION.exec(l.text);
    if (m) out.push({ id: m[1], title: titleOf(m[2]), path: file.path, line: l.line });
  }
  if (out.length > 0) return out;
  // No prefixed ids: the numbered subsections are the requirements.
  for (const l of lines) {
    const m = NUMBERED_HEADING.exec(l.text);
    if (m) out.push({ id: m[1], title: titleOf(m[2]), path: file.path, line: l.line });
  }
  return out;
}

/** Every requirement the files define, first definition of each id, in file order. */
export function requirementsOf(files: readonly SourceFile[]): Requirement[] {
  const seen = new Set<string>();
  return files.flatMap(idsOf).filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Anything shaped like an id; `FR-1` is not cited by `FR-12` or `FR-1.2`, nor `2.1` by `12.1` or `2.10`. */
const CITED = new RegExp(`(?<![\\w.-])(${ID}|\\d{1,3}(?:\\.\\d{1,3})+)(?![\\w-]|\\.\\d)`, 'g');

/** Every id-shaped token of a line. */
function tokensOf(line: string): string[] {
  return Array.from(line.matchAll(CITED), (m) => m[1]);
}

function diagramAt(model: DocumentModel, doc: ParsedDocument, line: number): Citation['diagram'] {
  const block = doc.codeBlocks.find((b) => b.lang === 'mermaid' && line > b.line && line <= b.endLine);
  if (!block) return undefined;
  const d = model.diagrams.find((x) => x.line === block.line);
  if (!d) return { type: '' };
  const c4 = d.c4?.elements.find((e) => e.line === line) ?? d.c4?.relations.find((r) => r.line === line);
  const element = c4 ? ('alias' in c4 ? c4.alias : `${c4.from} -> ${c4.to}`) : d.er?.entities.find((e) => e.line === line)?.name;
  return { type: d.type, ...(element ? { element } : {}) };
}

/** The traceability matrix: each requirement with the places in the document that cite it. */
export function traceMatrix(requirements: readonly Requirement[], doc: ParsedDocument, model: DocumentModel): TraceRow[] {
  const rows = requirements.map((r) => ({ ...r, citations: [] as Citation[] }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const headingLines = new Set(doc.headings.map((h) => h.line));
  let h = -1;
  doc.lines.forEach((text, i) => {
    const line = i + 1;
    while (h + 1 < doc.headings.length && doc.headings[h + 1].line <= line) h++;
    const cited = new Set(tokensOf(text).filter((id) => byId.has(id)));
    for (const id of cited) {
      // A numbered id (`2.1`) in a heading is the document's own section number, not a citation.
      if (/^\d/.test(id) && headingLines.has(line)) continue;
      const diagram = diagramAt(model, doc, line);
      byId.get(id)!.citations.push({ line, section: h >= 0 ? doc.headings[h].text : '', ...(diagram ? { diagram } : {}) });
    }
  });
  return rows;
}

/** How many distinct requirement ids a text cites (the regenerate gate reports it). */
export function citedCount(requirements: readonly Requirement[], text: string): number {
  const ids = new Set(requirements.map((r) => r.id));
  return new Set(
    text
      .split('\n')
      .flatMap(tokensOf)
      .filter((id) => ids.has(id)),
  ).size;
}
