/**
 * A template as regeneration needs it: the model (for the gate), the file's text (for the stamp's hash)
 * and the two parts of the prompt it contributes, the task and the required structure.
 */
import { parseDocument } from '../markdown/parse.js';
import { contentHash } from '../drift/stamp.js';
import { BUILTIN_TEMPLATES } from '../template/builtin.js';
import { resolveTemplate, type ReadText } from '../template/load.js';
import { extractSkeleton } from '../template/parse-template.js';
import type { TemplateModel } from '../template/model.js';

export interface TemplateSource {
  /** Built-in name or the path it was read from. */
  name: string;
  /** The template file's whole text (for a built-in, archdoc's skeleton). */
  text: string;
  model: TemplateModel;
  builtin: boolean;
}

/**
 * The one template resolution of archdoc (every command and event reaches it through the document's
 * evaluation): a built-in by name, else the file, read once; its model and its text.
 */
export function loadTemplateSource(spec: string, readText: ReadText): TemplateSource {
  let read: string | undefined;
  const model = resolveTemplate(spec, (p) => (read = readText(p)));
  return read === undefined ? { name: spec, text: BUILTIN_TEMPLATES[spec], model, builtin: true } : { name: spec, text: read, model, builtin: false };
}

/** What the stamp records as `template`: whitespace-insensitive at line ends, like the requirements' hashes. */
export function templateHash(t: TemplateSource): string {
  return contentHash(t.text);
}

/** The skeleton the document must follow (a kit prompt file's `## Output Structure` part). */
export function templateStructure(t: TemplateSource): string {
  return extractSkeleton(t.text).trim();
}

// archdoc's own task text for its built-ins (the kit's prose is not copied).
const BUILTIN_TASKS: Record<string, string> = {
  architecture: [
    'Write the architecture design document for the system that the requirements describe.',
    'Show its system context and its containers as C4 diagrams, its data model as an ER diagram,',
    'its API design with the key endpoints, and its cross-cutting concerns (observability, error handling,',
    'caching, resilience). Every decision should follow from the requirements; where they are silent,',
    'choose a conventional, defensible option and name it concretely (a product or a technique, not a category).',
  ].join(' '),
  requirements:
    'Write the requirements specification for the product described in the material below: its purpose and stakeholders, functional and non-functional requirements with measurable targets, and its constraints and assumptions.',
  security:
    'Write the security and compliance strategy for the system described in the material below: its threat model, authentication and authorization, data protection, and the compliance obligations that follow from the requirements.',
};

// Sections and lines of a kit prompt that speak to the chat user, not to the writer of the document.
const CHAT_HEADING = /^(?:after generation|after you (?:are done|finish)|next steps?|hand-?off|when (?:you are )?(?:done|finished))\b/i;
const CHAT_LINE = /\btell the user\b|\bcopy (?:the )?response\b|\bpaste (?:it )?and save\b|\bclick the\b.+\bbutton\b|\bnext steps\b|^\s*>\s*(?:✅|âœ)/i;

/**
 * An ATX heading line's level and text: what /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/ captured, without its
 * lazy text and the closing `\s*#*\s*` trading characters (quadratic on a long line).
 */
function atxHeading(line: string): { depth: number; text: string } | undefined {
  const open = /^\s{0,3}(#{1,6})\s+/.exec(line);
  if (!open) return undefined;
  const rest = line.slice(open[0].length).trimEnd();
  let end = rest.length;
  while (end > 0 && rest[end - 1] === '#') end--;
  const text = rest.slice(0, end).trimEnd();
  return /[\n\r\u2028\u2029]/.test(text) ? undefined : { depth: open[1].length, text };
}

/**
 * The template's task: a kit prompt's text before `## Output Structure`, without its chat instructions;
 * for a built-in (or a bare skeleton) archdoc's own words.
 */
export function templateTask(t: TemplateSource): string {
  const fallback = BUILTIN_TASKS[t.name] ?? genericTask(t.model);
  if (t.builtin) return fallback;
  const doc = parseDocument(t.text, t.name);
  const out = doc.headings.find((h) => /^output structure$/i.test(h.text));
  if (!out) return fallback;
  const lines = t.text.slice(0, out.startOffset).split(/\r?\n/);
  const kept: string[] = [];
  let skipDepth = 0;
  for (const line of lines) {
    const h = atxHeading(line);
    if (h) {
      if (skipDepth && h.depth > skipDepth) continue;
      skipDepth = CHAT_HEADING.test(h.text) ? h.depth : 0;
      if (skipDepth) continue;
    } else if (skipDepth) continue;
    if (CHAT_LINE.test(line) || /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) continue;
    kept.push(line);
  }
  const task = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return task || fallback;
}

function genericTask(model: TemplateModel): string {
  const top = model.sections[0]?.heading ?? 'the document';
  return `Write the document "${top}" from the material below, following the required structure exactly.`;
}
