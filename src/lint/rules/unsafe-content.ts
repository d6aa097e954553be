/**
 * Active content that must never reach a rendered document (SPEC §3, §6): raw HTML that runs or
 * redirects (`<script>`, `<iframe>`, `on*=` handlers, ...), script URLs in links and images, and
 * mermaid settings or `click` lines that turn scripting on. Read from the parsed document, so the same
 * text in a code span, a non-mermaid code block or an HTML comment is left alone. Every scan here
 * is linear in the text: the rule also guards LLM replies in the regenerate gate.
 */
import type { Nodes } from 'mdast';
import type { Rule, RuleFinding } from '../rule.js';
import { positionAt, type ParsedDocument } from '../../markdown/parse.js';

/** Elements that run code, embed other documents, restyle or redirect the page, or post data elsewhere. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'base', 'form']);
/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset']);
/** Raster images are inert as data: URLs; every other data: type (text/html, image/svg+xml, ...) is not. */
const INERT_DATA = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/;

/** Where a piece of text came from: its source line and the offset of its first character, when known. */
interface Origin {
  /** Source line of the piece's first line. */
  line: number;
  /** Offset in doc.text of the piece's first character when the piece is a verbatim slice of it. */
  offset?: number;
}

interface Hit {
  /** Index of the offending text in the piece. */
  index: number;
  message: string;
}

/** Normalises a URL the way a browser reads its scheme: entities decoded, controls and blanks dropped, lower case. */
function dangerousUrl(raw: string): string | undefined {
  // Browsers skip every control character and blank in a scheme ("java\tscript:").
  const url = [...decodeEntities(raw)]
    .filter((c) => c > ' ' && (c < '\u007f' || c > '\u009f'))
    .join('')
    .toLowerCase();
  if (url.startsWith('javascript:')) return 'a `javascript:` URL';
  if (url.startsWith('vbscript:')) return 'a `vbscript:` URL';
  if (url.startsWith('data:') && !INERT_DATA.test(url)) return `a \`${url.slice(0, url.search(/[;,]|$/))}\` URL`;
  return undefined;
}

/** Numeric character references and the named ones that can spell a scheme (`&colon;`, `&Tab;`, `&NewLine;`). */
function decodeEntities(s: string): string {
  return s.replace(
    /&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?|&(colon|Tab|NewLine);/gi,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      // Blanks and controls (`&Tab;`, `&#0;`) are dropped by the caller like the browser does: decode them to nothing.
      if (name) return name.toLowerCase() === 'colon' ? ':' : name === 'Tab' || name === 'NewLine' ? '' : whole;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isNameChar = (c: string | undefined) => !isSpace(c) && c !== '>' && c !== '/' && c !== '=' && c !== '"' && c !== "'";

/**
 * The active HTML in a piece of raw HTML, in one pass: comments, doctypes and CDATA are skipped,
 * tags are read with their attributes (quoted values included), so `<script>` inside a comment or
 * an attribute value is not a tag.
 */
function scanHtml(html: string): Hit[] {
  const hits: Hit[] = [];
  let i = html.indexOf('<');
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      // `<!-->` and `<!--->` already close the comment (HTML's abrupt closing): search from the `<` itself.
      const end = html.indexOf('-->', i);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const closing = html[i + 1] === '/';
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    while (j < html.length && /[\w:-]/.test(html[j])) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    if (!/^[a-z]/.test(name)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (!closing) tagHits(i, name, hits);
    j = readAttributes(html, j, closing ? undefined : { tag: name, hits });
    i = html.indexOf('<', j);
  }
  return hits;
}

function tagHits(at: number, name: string, hits: Hit[]): void {
  if (ACTIVE_TAGS.has(name)) {
    hits.push({ index: at, message: `Raw \`<${name}>\` element: active content must never reach a rendered document; remove it.` });
  }
}

/** Reads attributes from `j` to the tag's `>`; returns the offset after it (or the end). Reports what is active. */
function readAttributes(html: string, start: number, report: { tag: string; hits: Hit[] } | undefined): number {
  let j = start;
  let httpEquiv = false;
  while (j < html.length) {
    while (isSpace(html[j])) j++;
    if (j >= html.length) break;
    if (html[j] === '>') {
      j++;
      break;
    }
    const nameAt = j;
    while (j < html.length && isNameChar(html[j])) j++;
    if (j === nameAt) j++; // a `/`, a stray quote or `=`: step over it
    const attr = html.slice(nameAt, j).toLowerCase();
    while (isSpace(html[j])) j++;
    let value: string | undefined;
    if (html[j] === '=') {
      j++;
      while (isSpace(html[j])) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const end = html.indexOf(q, j + 1);
        value = html.slice(j + 1, end === -1 ? html.length : end);
        j = end === -1 ? html.length : end + 1;
      } else {
        const from = j;
        while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
        value = html.slice(from, j);
      }
    }
    if (!report || !attr) continue;
    if (/^on[a-z]/.test(attr)) {
      report.hits.push({
        index: nameAt,
        message: `Event-handler attribute \`${attr}\` on \`<${report.tag}>\`: it runs script; remove it.`,
      });
    } else if (value !== undefined && URL_ATTRIBUTES.has(attr)) {
      const what = dangerousUrl(value);
      if (what)
        report.hits.push({
          index: nameAt,
          message: `\`${attr}\` with ${what} on \`<${report.tag}>\`: it runs script; remove it or use an https: link.`,
        });
    } else if (attr === 'http-equiv' && report.tag === 'meta') httpEquiv = true;
  }
  if (httpEquiv && report) {
    report.hits.push({ index: start - report.tag.length - 1, message: '`<meta http-equiv>`: it can redirect or reconfigure the page; remove it.' });
  }
  return j;
}

/** Lines of a diagram source that turn scripting on: securityLevel changes and `click` callbacks or script links. */
function scanMermaid(source: string): Hit[] {
  const hits: Hit[] = [];
  // Front matter (`---\nconfig:\n  securityLevel: loose\n---`) and `%%{init: ...}%%` directives carry configuration.
  const front = /^\s*---[ \t]*\r?\n/.exec(source);
  if (front) {
    const end = source.indexOf('\n---', front[0].length - 1);
    securityHits(source, front.index, end === -1 ? source.length : end, hits);
  }
  for (let at = source.indexOf('%%{'); at !== -1;) {
    const end = source.indexOf('}%%', at + 3);
    securityHits(source, at, end === -1 ? source.length : end, hits);
    if (end === -1) break;
    at = source.indexOf('%%{', end + 3);
  }
  let offset = 0;
  for (const line of source.split('\n')) {
    const hit = clickHit(line);
    if (hit) hits.push({ ...hit, index: offset + hit.index });
    offset += line.length + 1;
  }
  return hits;
}

function securityHits(source: string, from: number, to: number, hits: Hit[]): void {
  const re = /securitylevel["']?\s*[:=]\s*["']?([\w-]*)/gi;
  const region = source.slice(from, to);
  for (let m = re.exec(region); m; m = re.exec(region)) {
    if (m[1].toLowerCase() === 'strict') continue;
    hits.push({
      index: from + m.index,
      message: `mermaid configuration sets securityLevel to "${m[1]}": only the default "strict" keeps scripts and raw HTML out of the rendered diagram; remove the setting.`,
    });
  }
}

/** `click A call fn()`, `click A fn`, `callback A "fn"`: callbacks; `click A href "javascript:..."`, `link A "..."`: links checked for script URLs. */
function clickHit(line: string): Hit | undefined {
  const m = /^(\s*)(click|callback|link)[ \t]+(\S+)[ \t]*/i.exec(line);
  if (!m) return undefined;
  const keyword = m[2].toLowerCase();
  const rest = line.slice(m[0].length);
  const index = m[1].length;
  const quoted = /^(?:href[ \t]+)?["']([^"']*)/i.exec(rest);
  if (keyword === 'callback' || (keyword === 'click' && !quoted && rest.trim() !== '')) {
    return {
      index,
      message: `mermaid \`${keyword}\` callback: it calls a script function when the node is clicked; remove it (a plain \`click ${m[3]} href "https://..."\` link is allowed).`,
    };
  }
  const what = quoted ? dangerousUrl(quoted[1]) : undefined;
  if (!what) return undefined;
  return {
    index,
    message: `mermaid \`${keyword}\` with ${what}: it runs script when the node is clicked; remove it or link to an https: address.`,
  };
}

/** Line and column of `index` in a piece of text that came from `origin`. */
function locate(doc: ParsedDocument, piece: string, origin: Origin, index: number): { line: number; column: number } {
  if (origin.offset !== undefined) return positionAt(doc.lineStarts, origin.offset + index);
  const before = piece.slice(0, index);
  const k = before.split('\n').length - 1;
  const pieceLine = piece.split('\n')[k].replace(/\r$/, '');
  const col = index - (before.lastIndexOf('\n') + 1);
  const raw = doc.lines[origin.line - 1 + k] ?? '';
  // A container's prefix (`> `, list indentation) is stripped from the piece's lines, never from their ends.
  const prefix = raw.endsWith(pieceLine) ? raw.length - pieceLine.length : 0;
  return { line: origin.line + k, column: prefix + col + 1 };
}

function findingsIn(doc: ParsedDocument, piece: string, origin: Origin, hits: Hit[]): RuleFinding[] {
  return hits.map((h) => ({ ...locate(doc, piece, origin, h.index), message: h.message }));
}

/** The parser gives every node its position; a container's prefix makes the source differ from the value. */
function originOf(doc: ParsedDocument, node: Nodes, value: string): Origin {
  const { start, end } = node.position!;
  const offset = start.offset!;
  return doc.text.slice(offset, end.offset) === value ? { line: start.line, offset } : { line: start.line };
}

function urlMessage(type: 'link' | 'image' | 'definition', what: string): string {
  if (type === 'image') return `Image with ${what}: it is no image and may run script; use an https: image.`;
  const kind = type === 'definition' ? 'Link reference definition' : 'Link';
  return `${kind} to ${what}: it runs script when followed; remove it or link to an https: address.`;
}

export function findUnsafeContent(doc: ParsedDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  // Iterative walk: however deep the document nests, no recursion.
  const stack: Nodes[] = [doc.root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html') {
      out.push(...findingsIn(doc, node.value, originOf(doc, node, node.value), scanHtml(node.value)));
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const what = dangerousUrl(node.url);
      const p = node.position!.start;
      if (what) out.push({ line: p.line, column: p.column, message: urlMessage(node.type, what) });
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  for (const block of doc.codeBlocks) {
    if (block.lang !== 'mermaid') continue;
    out.push(...findingsIn(doc, block.value, { line: block.contentLine }, scanMermaid(block.value)));
  }
  // Left unsorted: the lint engine sorts every rule's findings, and fix only counts them.
  return out;
}

export const unsafeContent: Rule = {
  name: 'unsafe-content',
  description:
    'Active content that must never reach a rendered document: raw `<script>`/`<iframe>`, `on*=` handlers, `javascript:` links, mermaid `%%{init}%%` changing `securityLevel`, `click` callbacks.',
  severity: 'error',
  fixable: false,
  // GitHub code scanning files SARIF results of rules tagged `security` as security alerts.
  tags: ['security'],
  check: (ctx) => findUnsafeContent(ctx.doc),
};
