export const id = 3828;
export const ids = [3828];
export const modules = {

/***/ 43728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ bodyUnderHeading),
/* harmony export */   MZ: () => (/* binding */ fixUnlessInCode),
/* harmony export */   Wq: () => (/* binding */ insertBeforeOffset),
/* harmony export */   em: () => (/* binding */ bodyStartOffset),
/* harmony export */   fU: () => (/* binding */ afterLine),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   pB: () => (/* binding */ isBlankLine),
/* harmony export */   ru: () => (/* binding */ sectionSkeleton),
/* harmony export */   st: () => (/* binding */ endInsertionOffset),
/* harmony export */   uA: () => (/* binding */ insertAfterLine)
/* harmony export */ });
/* harmony import */ var _markdown_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27059);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65425);


const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
/** Offset of the start of the line after `line` (1-based), or the end of the text. */
function afterLine(doc, line) {
    return doc.lineStarts[line] ?? doc.text.length;
}
function isBlankLine(doc, line) {
    return (doc.lines[line - 1] ?? '').trim() === '';
}
/** 1-based line holding an offset. */
function lineAt(doc, offset) {
    return (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(doc.lineStarts, offset).line;
}
/** Insert whole lines (`block`, without final newline) after `line`; a last line without newline is ended first. */
function insertAfterLine(doc, line, block, o) {
    const at = afterLine(doc, line);
    let text = at === doc.text.length && doc.text !== '' && !doc.text.endsWith('\n') ? '\n' : '';
    if (o.blankBefore && at > 0)
        text += '\n';
    text += `${block}\n`;
    if (o.blankAfter && at < doc.text.length && !isBlankLine(doc, line + 1))
        text += '\n';
    return { start: at, end: at, text };
}
/** Insert whole lines before the line starting at `offset` (a line start, or the end of the text). */
function insertBeforeOffset(doc, offset, block) {
    const { text } = doc;
    let prefix = '';
    if (offset > 0) {
        if (text[offset - 1] !== '\n')
            prefix = '\n\n';
        else if (!isBlankLine(doc, lineAt(doc, offset - 1)))
            prefix = '\n';
    }
    const suffix = offset < text.length ? '\n\n' : '\n';
    return { start: offset, end: offset, text: `${prefix}${block}${suffix}` };
}
/**
 * Whether text inserted at `offset` would land inside a code block. One left open runs on in Markdown
 * (to the end of the text, or to a bare fence meant for a later block), wherever lint reads it as ending.
 */
function insideCodeAt(doc, offset) {
    return doc.codeBlocks.some((c) => offset > c.startOffset && (offset < c.endOffset || !c.closed));
}
/**
 * The edits, or a finding that says it cannot be fixed: when one would write into code, or would add a
 * code fence to a document with a fence left open (which fence pairs with which would change, and text
 * far away would turn into code or out of it).
 */
function fixUnlessInCode(doc, edits) {
    const intoCode = edits.some((e) => e.start === e.end && insideCodeAt(doc, e.start));
    const fenceIntoBrokenText = doc.codeBlocks.some((c) => !c.closed) && edits.some((e) => /^[^\S\n\r\u2028\u2029]*(?:```|~~~)/m.test(e.text));
    return intoCode || fenceIntoBrokenText ? { fixable: false } : { fix: edits };
}
function isListLine(line) {
    return LIST_ITEM.test(line);
}
/** A section's skeleton body as it goes under its heading: lists follow directly (as in the template), other content after a blank line. */
function bodyUnderHeading(body) {
    const b = body.replace(/\r\n?/g, '\n').trimEnd();
    if (b === '')
        return '';
    return (isListLine(b) ? '\n' : '\n\n') + b;
}
/** The template's skeleton of one section, heading included, without a final newline. */
function sectionSkeleton(t) {
    return (0,_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .headingLine */ .F5)(t.depth, t.heading) + bodyUnderHeading(t.body);
}
/** Start of the first non-blank line after the front matter (the end of the text when there is none). */
function bodyStartOffset(doc) {
    let line = doc.bodyStartLine;
    while (line <= doc.lines.length && isBlankLine(doc, line))
        line++;
    return doc.lineStarts[line - 1] ?? doc.text.length;
}
/** Where content appended at the end of a document goes: before a trailing HTML comment (e.g. archdoc's stamp). */
function endInsertionOffset(doc) {
    let last = doc.lines.length;
    while (last > 0 && isBlankLine(doc, last))
        last--;
    if (last === 0)
        return doc.text.length;
    if (!/-->\s*$/.test(doc.lines[last - 1]))
        return doc.text.length;
    let first = last;
    while (first > 0 && !doc.lines[first - 1].includes('<!--'))
        first--;
    if (first === 0 || !/^\s*<!--/.test(doc.lines[first - 1]))
        return doc.text.length;
    return doc.lineStarts[first - 1];
}


/***/ }),

/***/ 65425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ listItemsIn),
/* harmony export */   F5: () => (/* binding */ headingLine),
/* harmony export */   MP: () => (/* binding */ diagramsIn),
/* harmony export */   UD: () => (/* binding */ ownRange),
/* harmony export */   ov: () => (/* binding */ hasContent),
/* harmony export */   r4: () => (/* binding */ inRange),
/* harmony export */   t4: () => (/* binding */ fullRange)
/* harmony export */ });
/** The section's own content: after its heading, up to the next heading of any level. */
function ownRange(m) {
    return { start: m.heading.endOffset, end: m.section.ownEndOffset };
}
/** The section with its subsections: up to the next heading of the same or a higher level. */
function fullRange(m) {
    return { start: m.heading.endOffset, end: m.section.fullEndOffset };
}
function inRange(x, r) {
    return x.startOffset >= r.start && x.startOffset < r.end;
}
function diagramsIn(ctx, r) {
    return ctx.diagrams.filter((d) => inRange(d.block, r));
}
function listItemsIn(ctx, r) {
    return ctx.doc.listItems.filter((i) => inRange(i, r));
}
/** Markdown heading line for a template section, e.g. `## 3. Data Model`. */
function headingLine(depth, text) {
    return `${'#'.repeat(depth)} ${text}`;
}
/** Whether a range holds anything but blank lines, HTML comments and headings. */
function hasContent(text, r) {
    const body = text
        .slice(r.start, r.end)
        .replace(/<!--[\s\S]*?-->/g, '')
        .split('\n')
        .filter((l) => !/^\s{0,3}#{1,6}(?:\s|$)/.test(l));
    return body.some((l) => l.trim() !== '');
}


/***/ }),

/***/ 48007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ scanLines),
/* harmony export */   b3: () => (/* binding */ rawHtmlEnd),
/* harmony export */   of: () => (/* binding */ findBoundaries)
/* harmony export */ });
/**
 * One linear pass over a document's lines, without parsing: which lines are code (fenced blocks and
 * the HTML blocks that run across blank lines: comments, `<script>`, `<pre>`, ...), which open a
 * fence, and where a new top-level block starts with every container closed (the places the parser
 * may be restarted). Used to cut the parse into chunks and to measure the document before parsing.
 */
/**
 * The end marker of the HTML block `text` opens, when it is of a kind that runs across blank lines.
 * The marker may share characters with the opening, as micromark reads them: `<?>` and `<!-->` are closed.
 */
function rawHtmlEnd(text) {
    // CommonMark kinds 1-5, each with what ends it. (Built per call, like the scanner's patterns below: a
    // module-level constant is out of reach of the mutation run, which does not reload modules.)
    const kinds = [
        [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
        [/^ {0,3}<!--/, /-->/],
        [/^ {0,3}<\?/, /\?>/],
        [/^ {0,3}<![a-z]/i, />/],
        [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
    ];
    return kinds.find(([open]) => open.test(text))?.[1];
}
function scanLines(text, visit) {
    const FENCE = /^ {0,3}(`{3,}|~{3,})/;
    /** A line that may continue a list or a quote after a blank line: indented, a marker, or `>`. */
    const CONTINUES = /^(?:[\t >]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
    const ATX = /^#{1,6}(?:[ \t]|$)/;
    let fence;
    let rawEnd;
    let blankBefore = false;
    let index = 0;
    for (let at = 0; at < text.length; index++) {
        const nl = text.indexOf('\n', at);
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(at, end);
        const blank = line.trim() === '';
        const out = { text: line, index, at, kind: 'code', boundary: false };
        if (fence) {
            const f = FENCE.exec(line);
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) {
                fence = undefined;
                out.kind = 'fence';
            }
        }
        else if (rawEnd) {
            if (rawEnd.test(line))
                rawEnd = undefined;
        }
        else {
            const f = FENCE.exec(line);
            if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
                fence = f[1];
                out.kind = 'fence';
                out.lang = line.slice(f[0].length).trim().split(/\s/, 1)[0].toLowerCase();
            }
            else {
                out.kind = 'markdown';
                out.boundary = at > 0 && (ATX.test(line) || (blankBefore && !blank && !CONTINUES.test(line)));
                const end = rawHtmlEnd(line);
                if (end && !end.test(line))
                    rawEnd = end;
            }
        }
        visit(out);
        blankBefore = blank;
        at = end + 1;
    }
}
/** Line-start offsets where parsing may restart (0 first), ascending. */
function findBoundaries(text) {
    const offsets = [0];
    scanLines(text, (l) => {
        if (l.boundary)
            offsets.push(l.at);
    });
    return offsets;
}


/***/ }),

/***/ 55337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ DocumentLimitError),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   ev: () => (/* binding */ checkDocumentLimits)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48007);
/**
 * Structural limits checked before a document is parsed (SPEC §6): beyond them micromark and mermaid
 * leave their fast paths (measured with scripts on generated inputs; see the numbers by each limit),
 * or overflow the stack. One linear pass over the lines; a refusal names the limit and the line.
 */


/**
 * Documents, templates and requirements larger than this are refused wherever they come from (file,
 * API, LLM reply). An architecture document is a few KB; lint and fix of 1 MB take about a second.
 */
const MAX_DOCUMENT_BYTES = 1024 * 1024;
/**
 * Containers (quotes and list items) open on one line. micromark's cost grows with depth times size,
 * a 2,000-deep list line took 4 s and ~4,000 levels overflow the stack; real documents nest 2 or 3 deep.
 */
const MAX_NESTING = 32;
/** Characters in one line outside code: a 1 MB line of words took 2.4 s to parse; prose lines are a few hundred. */
const MAX_LINE_CHARS = 64 * 1024;
/**
 * Characters in one block the parser cannot be restarted inside (a list, a quote, a table or a
 * paragraph with no heading or unindented paragraph after a blank line): micromark is slow on big
 * lists and tables (1 MB of nested list: 39 s), so the parse is cut into chunks, and this bounds a chunk.
 */
const MAX_BLOCK_CHARS = 128 * 1024;
/**
 * Emphasis, link and code marks in one paragraph: micromark matches them by splicing its event list,
 * quadratic in their number (`*` x 4,000 around a word took 2.4 s, 30,000 never ended); prose has dozens.
 */
const MAX_INLINE_MARKS = 5_000;
/**
 * List items per document: micromark tokenizes each item as a document of its own, about 130 µs an
 * item (256 KB of short nested items, 30,000 of them, took 4 s of CPU to lint); a document lists hundreds.
 */
const MAX_LIST_ITEMS = 5_000;
/** ```mermaid blocks per document: each costs a mermaid parse (10,000 tiny ones took 47 s); a document has a handful. */
const MAX_DIAGRAMS = 50;
/** Characters of all diagrams together (one may have up to 50,000: src/mermaid/limits.ts); ~0.3 s per 50 KB. */
const MAX_DIAGRAM_CHARS_TOTAL = 200_000;
/** A document archdoc refuses to check: the message names the file, the line and the limit. */
class DocumentLimitError extends _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
}
const kb = (n) => `${Math.round(n / 1024)} KB`;
/**
 * Containers open on a line: its quote markers, plus the list items still open from earlier lines
 * (kept as their content columns, relative to the quote markers) and those it opens itself.
 */
function nestingOf(line, open, items) {
    let i = 0;
    let col = 0;
    let quotes = 0;
    const advance = () => {
        col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
        i++;
    };
    const blanks = () => {
        while (line[i] === ' ' || line[i] === '\t')
            advance();
    };
    for (blanks(); line[i] === '>'; blanks()) {
        quotes++;
        i++;
        col = 0;
    }
    // A line less indented than an item's content closes that item (a lazy continuation line is counted as closing it).
    while (open.length && col < open[open.length - 1])
        open.pop();
    for (;;) {
        if (line[i] === '>') {
            quotes++;
            i++;
            blanks();
            continue;
        }
        const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
        if (!marker)
            break;
        for (let k = 0; k < marker[0].length; k++)
            advance();
        for (let spaces = 0; (line[i] === ' ' || line[i] === '\t') && spaces < 4; spaces++)
            advance();
        open.push(col);
        items.count++;
    }
    return open.length + quotes;
}
function inlineMarks(line) {
    // (In here rather than a module constant, where the mutation run could not reach it.)
    const marks = '*_[]`<~';
    let n = 0;
    for (let i = 0; i < line.length; i++)
        if (marks.includes(line[i]))
            n++;
    return n;
}
function firstViolation(text) {
    let found;
    const open = [];
    const items = { count: 0 };
    let diagrams = 0;
    let diagramChars = 0;
    let inDiagram = false;
    let block = 0;
    let blockLine = 1;
    let marks = 0;
    let marksLine = 1;
    (0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .scanLines */ .JH)(text, (l) => {
        if (found)
            return;
        const line = l.index + 1;
        if (l.kind === 'fence') {
            // An opening fence has a language (maybe ''), a closing one none: either way the diagram, if any, is over.
            inDiagram = l.lang === 'mermaid';
            if (inDiagram && ++diagrams > MAX_DIAGRAMS)
                found = { line, message: `more than ${MAX_DIAGRAMS} mermaid diagrams; archdoc checks up to ${MAX_DIAGRAMS} per document` };
            return;
        }
        if (l.kind === 'code') {
            if (inDiagram && (diagramChars += l.text.length + 1) > MAX_DIAGRAM_CHARS_TOTAL) {
                found = {
                    line,
                    message: `the diagrams hold more than ${kb(MAX_DIAGRAM_CHARS_TOTAL)} together; archdoc checks up to ${kb(MAX_DIAGRAM_CHARS_TOTAL)} of mermaid per document`,
                };
            }
            return;
        }
        if (l.text.length > MAX_LINE_CHARS) {
            found = { line, message: `line is ${kb(l.text.length)} long; archdoc reads lines up to ${kb(MAX_LINE_CHARS)} (outside code blocks)` };
            return;
        }
        if (l.text.trim() === '') {
            marks = 0;
            return;
        }
        // A heading or a list item starts a paragraph of its own.
        if (/^[\s>]*(?:#|[-*+][ \t]|\d{1,9}[.)][ \t])/.test(l.text) || marks === 0) {
            marks = 0;
            marksLine = line;
        }
        marks += inlineMarks(l.text);
        if (marks > MAX_INLINE_MARKS) {
            found = {
                line: marksLine,
                message: `a paragraph with more than ${MAX_INLINE_MARKS.toLocaleString('en-US')} emphasis, link and code marks (* _ [ ] \` < ~); archdoc reads up to ${MAX_INLINE_MARKS.toLocaleString('en-US')} per paragraph`,
            };
            return;
        }
        const depth = nestingOf(l.text, open, items);
        if (depth > MAX_NESTING) {
            found = { line, message: `lists and quotes nested ${depth > 999 ? 'over 999' : depth} deep; archdoc reads nesting up to ${MAX_NESTING} levels` };
            return;
        }
        if (items.count > MAX_LIST_ITEMS) {
            found = {
                line,
                message: `more than ${MAX_LIST_ITEMS.toLocaleString('en-US')} list items; archdoc reads up to ${MAX_LIST_ITEMS.toLocaleString('en-US')} per document`,
            };
            return;
        }
        if (l.boundary) {
            block = 0;
            blockLine = line;
        }
        block += l.text.length + 1;
        if (block > MAX_BLOCK_CHARS) {
            found = {
                line: blockLine,
                message: `a block (list, quote, table or paragraph) runs on for more than ${kb(MAX_BLOCK_CHARS)} from here without a break; archdoc reads blocks up to ${kb(MAX_BLOCK_CHARS)} (start a new section or an unindented paragraph)`,
            };
        }
    });
    return found;
}
/** Throws DocumentLimitError (`<path>:<line>: <limit>`) when the text is beyond a structural limit. */
function checkDocumentLimits(text, path) {
    if (text.length > MAX_DOCUMENT_BYTES) {
        throw new DocumentLimitError(`${path}: ${(text.length / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    }
    const v = firstViolation(text);
    if (v)
        throw new DocumentLimitError(`${path}:${v.line}: ${v.message}`);
}


/***/ }),

/***/ 27059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p4: () => (/* binding */ computeLineStarts),
  Tp: () => (/* binding */ parseDocument),
  t$: () => (/* binding */ positionAt)
});

// UNUSED EXPORTS: parseMarkdown, parseMarkdownWhole, within

// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var lib = __webpack_require__(23900);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 46 modules
var remark_parse_lib = __webpack_require__(45276);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var syntax = __webpack_require__(57749);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js
var mdast_util_gfm_table_lib = __webpack_require__(37421);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var lib_syntax = __webpack_require__(91197);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js
var mdast_util_gfm_task_list_item_lib = __webpack_require__(86303);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
var micromark_extension_gfm_strikethrough_lib_syntax = __webpack_require__(1680);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-strikethrough/lib/index.js
var mdast_util_gfm_strikethrough_lib = __webpack_require__(60870);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var micromark_extension_gfm_footnote_lib_syntax = __webpack_require__(22429);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-footnote/lib/index.js
var mdast_util_gfm_footnote_lib = __webpack_require__(66807);
;// CONCATENATED MODULE: ./src/markdown/gfm.ts








function remarkGfmStructure() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push((0,syntax/* gfmTable */.x)(), (0,lib_syntax/* gfmTaskListItem */.J)(), (0,micromark_extension_gfm_strikethrough_lib_syntax/* gfmStrikethrough */.K)(), (0,micromark_extension_gfm_footnote_lib_syntax/* gfmFootnote */.r)());
    (data.fromMarkdownExtensions ??= []).push((0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)(), (0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)(), (0,mdast_util_gfm_strikethrough_lib/* gfmStrikethroughFromMarkdown */.p)(), (0,mdast_util_gfm_footnote_lib/* gfmFootnoteFromMarkdown */.i)());
}

// EXTERNAL MODULE: ./src/markdown/blocks.ts
var blocks = __webpack_require__(48007);
// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
;// CONCATENATED MODULE: ./src/markdown/parse.ts
/**
 * Markdown -> a document model with positions: headings, sections, code blocks, list items.
 * Built on remark (mdast); everything carries 1-based lines and 0-based offsets into the source.
 */





const processor = (0,lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(remarkGfmStructure);
/** remark over the whole text at once (the reference the chunked parse must agree with). */
function parseMarkdownWhole(text) {
    return processor.parse(text);
}
/** Blank out YAML/TOML front matter (keeping offsets) so remark does not read it as a setext heading. */
function maskFrontMatter(text) {
    const m = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
    if (!m)
        return { masked: text, endLine: 1 };
    const block = m[0];
    const lines = block.split('\n').length - (block.endsWith('\n') ? 1 : 0);
    return { masked: block.replace(/[^\r\n]/g, ' ') + text.slice(block.length), endLine: lines + 1 };
}
function computeLineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of an offset. */
function positionAt(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
function plainText(node) {
    if ('value' in node && typeof node.value === 'string')
        return node.value;
    if ('children' in node)
        return node.children.map(plainText).join('');
    return '';
}
function spanOf(node) {
    const p = node.position;
    if (!p || p.start.offset === undefined || p.end.offset === undefined) {
        return { line: 1, column: 1, endLine: 1, startOffset: 0, endOffset: 0 };
    }
    return { line: p.start.line, column: p.start.column, endLine: p.end.line, startOffset: p.start.offset, endOffset: p.end.offset };
}
/** Each parse has a fixed setup cost, and micromark's grows faster than linearly with the lists in one parse: a few KB each. */
const CHUNK_BYTES = 4 * 1024;
/** Restart offsets at least `chunkBytes` apart, chosen from the places where every block is closed. */
function chunkStarts(text, chunkBytes) {
    const starts = [0];
    for (const at of (0,blocks/* findBoundaries */.of)(text))
        if (at - starts[starts.length - 1] >= chunkBytes)
            starts.push(at);
    return starts;
}
/**
 * Whether a chunk's parse ended with every block closed, as a parse of the whole text would be at that
 * point: the line scan can be fooled (a fence inside a list item looks like a top-level one), so a
 * chunk whose last block is fenced code without its closing fence, or HTML running to the end, is
 * not a place to restart.
 */
function cleanEnd(part, chunk) {
    // The block that ends the chunk may sit at the end of a list or quote: look at the innermost last one.
    let last = part.children[part.children.length - 1];
    while (last && (last.type === 'list' || last.type === 'listItem' || last.type === 'blockquote') && last.children.length) {
        last = last.children[last.children.length - 1];
    }
    if (!last || (last.type !== 'code' && last.type !== 'html'))
        return true;
    const endOffset = last.position?.end.offset ?? chunk.length;
    if (last.type === 'html') {
        // HTML of the kinds that run on (comments, <script>) ends at its end marker; any other at a blank line.
        const end = (0,blocks/* rawHtmlEnd */.b3)(last.value);
        return end ? end.test(last.value) : /\n[ \t]*\r?\n/.test(chunk.slice(endOffset));
    }
    const startOffset = last.position?.start.offset ?? 0;
    const body = chunk.slice(startOffset, endOffset);
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(body);
    if (!open)
        return true; // indented code ends at any unindented line
    const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim();
    return body.includes('\n') && lastLine[0] === open[1][0] && /^(?:`+|~+)$/.test(lastLine) && lastLine.length >= open[1].length;
}
/** The text up to the end of its last line with anything but blanks on it (line ending included). */
function withoutTrailingBlankLines(chunk) {
    let end = chunk.length;
    while (end > 0) {
        const start = end >= 2 ? chunk.lastIndexOf('\n', end - 2) + 1 : 0;
        if (chunk.slice(start, end).trim() !== '')
            break;
        end = start;
    }
    return chunk.slice(0, end);
}
function shiftPositions(node, lines, offset) {
    const p = node.position;
    if (p) {
        p.start = { ...p.start, line: p.start.line + lines, offset: (p.start.offset ?? 0) + offset };
        p.end = { ...p.end, line: p.end.line + lines, offset: (p.end.offset ?? 0) + offset };
    }
    if ('children' in node)
        for (const c of node.children)
            shiftPositions(c, lines, offset);
}
/**
 * remark over the whole text, chunk by chunk: micromark's cost grows faster than linearly with the
 * number of lists in one parse, so a 1 MB document parsed whole takes many times ten 100 KB ones.
 * (Cost: a reference definition only resolves links within its own chunk.)
 */
function parseMarkdown(text, chunkBytes = CHUNK_BYTES) {
    const starts = chunkStarts(text, chunkBytes);
    if (starts.length === 1)
        return processor.parse(text);
    const root = { type: 'root', children: [] };
    let line = 0;
    for (let i = 0; i < starts.length; i++) {
        let chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
        // Blank lines before a restart belong to no block; left in, an open code block inside a list would take them.
        let part = processor.parse(i + 1 < starts.length ? withoutTrailingBlankLines(chunk) : chunk);
        if (i + 1 < starts.length && !cleanEnd(part, chunk)) {
            // The scan was fooled: the rest is parsed at once, as a whole parse would see it.
            chunk = text.slice(starts[i]);
            part = processor.parse(chunk);
            starts.length = i + 1;
        }
        for (const child of part.children) {
            shiftPositions(child, line, starts[i]);
            root.children.push(child);
        }
        for (let j = chunk.indexOf('\n'); j !== -1; j = chunk.indexOf('\n', j + 1))
            line++;
    }
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: positionEnd(text) };
    return root;
}
function positionEnd(text) {
    const lastNl = text.lastIndexOf('\n');
    return { line: text.split('\n').length, column: text.length - lastNl, offset: text.length };
}
function parseDocument(text, path = 'document.md') {
    // Refused before parsing: beyond these, micromark crawls or overflows the stack.
    (0,limits/* checkDocumentLimits */.ev)(text, path);
    const { masked, endLine } = maskFrontMatter(text);
    const root = parseMarkdown(masked);
    const lineStarts = computeLineStarts(text);
    const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const headings = [];
    const codeBlocks = [];
    const listItems = [];
    const visit = (node, nesting) => {
        switch (node.type) {
            case 'heading': {
                const h = node;
                // Blanks and line breaks read as one blank, as a browser shows them: a setext heading may span lines.
                headings.push({ ...spanOf(h), depth: h.depth, text: plainText(h).replace(/\s+/g, ' ').trim(), index: headings.length });
                return;
            }
            case 'code': {
                const c = node;
                const span = spanOf(c);
                // The block starts at its fence, which may follow a quote's or a list item's markers on its line.
                const line = lines[span.line - 1] ?? '';
                const fenceLine = line.slice(span.column - 1);
                const fenced = /^(?:```|~~~)/.test(fenceLine);
                // The closing fence sits behind as many quote markers as the opening one.
                const lastLine = withoutQuoteMarkers(lines[span.endLine - 1] ?? '', line.slice(0, span.column - 1).split('>').length - 1).trim();
                // Closed only by a fence of the same character, at least as long as the opening one.
                const opening = /^(`+|~+)/.exec(fenceLine)?.[1] ?? '```';
                const closing = /^(`+|~+)\s*$/.exec(lastLine)?.[1];
                const closed = fenced && span.endLine > span.line && !!closing && closing[0] === opening[0] && closing.length >= opening.length;
                codeBlocks.push({
                    ...span,
                    lang: (c.lang ?? '').toLowerCase(),
                    meta: c.meta ?? '',
                    value: c.value,
                    contentLine: fenced ? span.line + 1 : span.line,
                    indent: fenced ? span.column - 1 : 0,
                    closed: fenced ? closed : true,
                });
                return;
            }
            case 'listItem': {
                const li = node;
                const first = li.children[0];
                if (first && first.type === 'paragraph') {
                    const s = spanOf(first);
                    listItems.push({ ...spanOf(li), raw: text.slice(s.startOffset, s.endOffset), children: first.children, nesting });
                }
                for (const child of li.children)
                    visit(child, child.type === 'list' ? nesting + 1 : nesting);
                return;
            }
            default:
                if ('children' in node)
                    for (const child of node.children)
                        visit(child, nesting);
        }
    };
    for (const child of root.children)
        visit(child, 0);
    const sections = headings.map((h, i) => {
        const next = headings[i + 1];
        const ownEndOffset = next ? next.startOffset : text.length;
        let fullEndOffset = text.length;
        for (let j = i + 1; j < headings.length; j++) {
            if (headings[j].depth <= h.depth) {
                fullEndOffset = headings[j].startOffset;
                break;
            }
        }
        return {
            heading: h,
            ownEndOffset,
            fullEndOffset,
            ownEndLine: endLineOf(lineStarts, ownEndOffset, text.length),
            fullEndLine: endLineOf(lineStarts, fullEndOffset, text.length),
        };
    });
    return { path, text, lines, lineStarts, root, headings, sections, codeBlocks, listItems, bodyStartLine: endLine };
}
function withoutQuoteMarkers(line, quotes) {
    let rest = line;
    for (let i = 0; i < quotes; i++)
        rest = rest.replace(/^[ \t]*>/, '');
    return rest;
}
/** The last line that belongs to a range ending (exclusively) at `offset`. */
function endLineOf(lineStarts, offset, length) {
    if (offset >= length)
        return lineStarts.length;
    return positionAt(lineStarts, Math.max(0, offset - 1)).line;
}
/** Whether an offset range lies within [start, end). */
function within(span, start, end) {
    return span.startOffset >= start && span.startOffset < end;
}


/***/ }),

/***/ 47123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xq: () => (/* binding */ extractSkeleton),
  cn: () => (/* binding */ parseField),
  QC: () => (/* binding */ parseTemplate)
});

// EXTERNAL MODULE: ./src/markdown/parse.ts + 1 modules
var parse = __webpack_require__(27059);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
;// CONCATENATED MODULE: ./src/template/fences.ts
/**
 * Fenced blocks in a template's text, found line by line. This replaces two regular expressions
 * (/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm and its mermaid twin) that rescanned the rest of the text from
 * every fence without a closing one: quadratic on a hostile template. The matches are the same,
 * including the blank lines before an opening fence and after a closing one that the regexes took along.
 */
function isLineEnd(c) {
    return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}
function isSpace(c) {
    return c !== undefined && /\s/.test(c);
}
/** Lines as `^` and `$` see them with the `m` flag: split at every line terminator. */
function linesOf(text) {
    const out = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        if (i === text.length || isLineEnd(text[i])) {
            out.push({ start, text: text.slice(start, i) });
            start = i + 1;
        }
    }
    return out;
}
/** Offset of a line's first non-blank character. */
function firstNonBlank(line) {
    return line.start + line.text.length - line.text.trimStart().length;
}
/** Where `^\s*` starts for a token at `at`: the first line start in the whitespace before it, not before `from`. */
function blankStart(text, at, from) {
    let q = at;
    while (q > from && isSpace(text[q - 1]))
        q--;
    while (q < at && q > 0 && !isLineEnd(text[q - 1]))
        q++;
    return q;
}
/** Where greedy `\s*$` (flag `m`) from `from` ends: the end of the text or the last line end in the blank run. */
function blankEnd(text, from) {
    let w = from;
    while (w < text.length && isSpace(text[w]))
        w++;
    if (w === text.length)
        return w;
    for (let p = w - 1; p >= from; p--)
        if (isLineEnd(text[p]))
            return p;
    return from; // not reached: callers start on a closing fence line, which ends at a line end or the end
}
/** Line indices whose whole (trimmed) text is a fence, by fence. */
function fenceLines(lines, isFence) {
    const out = new Map();
    lines.forEach((line, i) => {
        const t = line.text.trim();
        if (!isFence(t))
            return;
        const list = out.get(t) ?? [];
        list.push(i);
        out.set(t, list);
    });
    return out;
}
/** The first entry of a sorted list of line indices whose line starts at or after `offset`. */
function firstFrom(list, lines, offset) {
    if (!list)
        return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lines[list[mid]].start >= offset)
            hi = mid;
        else
            lo = mid + 1;
    }
    return list[lo];
}
/** The text without its ``` / ~~~ blocks (what `text.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, '')` returned). */
function stripFences(text) {
    const lines = linesOf(text);
    const closers = fenceLines(lines, (t) => t === '```' || t === '~~~');
    let out = '';
    let from = 0;
    for (let i = 0; i < lines.length; i++) {
        const at = firstNonBlank(lines[i]);
        const fence = text.slice(at, at + 3);
        if (fence !== '```' && fence !== '~~~')
            continue;
        const close = firstFrom(closers.get(fence), lines, lines[i + 1]?.start ?? Infinity);
        if (close === undefined)
            continue;
        out += text.slice(from, blankStart(text, at, from));
        from = blankEnd(text, firstNonBlank(lines[close]) + 3);
        i = close;
    }
    return out + text.slice(from);
}
/**
 * The first mermaid block replaced by `replacement(indent, fence)`: what
 * `text.replace(/^(\s*)(```+|~~~+)\s*mermaid[^\n]*\n[\s\S]*?^\s*\2\s*$/m, ...)` did.
 */
function replaceMermaidFence(text, replacement) {
    const lines = linesOf(text);
    const closers = fenceLines(lines, (t) => /^(?:`{3,}|~{3,})$/.test(t));
    let newline = -1;
    for (const line of lines) {
        const at = firstNonBlank(line);
        const mark = text[at];
        if (mark !== '`' && mark !== '~')
            continue;
        let runEnd = at;
        while (text[runEnd] === mark)
            runEnd++;
        if (runEnd - at < 3)
            continue;
        let word = runEnd;
        while (isSpace(text[word]))
            word++;
        if (!text.startsWith('mermaid', word))
            continue;
        if (newline < word + 7)
            newline = text.indexOf('\n', word + 7);
        if (newline === -1)
            return text;
        const fence = text.slice(at, runEnd);
        const close = firstFrom(closers.get(fence), lines, newline + 1);
        if (close === undefined)
            continue;
        const start = blankStart(text, at, 0);
        const end = blankEnd(text, firstNonBlank(lines[close]) + fence.length);
        return text.slice(0, start) + replacement(text.slice(start, at), fence) + text.slice(end);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/template/parse-template.ts
/** Skeleton Markdown -> template model (SPEC §2). Pure: text in, model out. */



// `\s*((?:\S.*)?)$` captures what `\s*(.*)$` did without the two quantifiers trading spaces (quadratic).
const FIELD = /^\*\*([^*]+)\*\*\s*:\s*((?:\S.*)?)$|^\*\*([^*]+?):\*\*\s*((?:\S.*)?)$/;
const PATTERN = /^`([^`]+)`\s*[-–—:]\s*((?:\S.*)?)$/;
/**
 * The `[...]` spans of a text, as /\[[^\]\n]+\]/g (or /\[[^\]]+\]/g across lines) matched them, in one pass:
 * the regex rescanned the rest of the line from every `[` that had no `]` after it.
 */
function bracketSpans(text, acrossLines) {
    const out = [];
    for (let open = text.indexOf('['); open !== -1;) {
        let close = open + 1;
        while (close < text.length && text[close] !== ']' && (acrossLines || text[close] !== '\n'))
            close++;
        if (text[close] === ']' && close > open + 1)
            out.push(text.slice(open, close + 1));
        open = text.indexOf('[', close);
    }
    return out;
}
function parseField(raw) {
    const m = FIELD.exec(raw.trim());
    if (!m)
        return undefined;
    return m[1] !== undefined ? { label: m[1].trim(), value: m[2].trim() } : { label: m[3].trim(), value: m[4].trim() };
}
/** The skeleton part of a template file: the `Output Structure` section up to the next `---`, or all of it. */
function extractSkeleton(text) {
    const doc = (0,parse/* parseDocument */.Tp)(text);
    const start = doc.headings.find((h) => /^output structure$/i.test(h.text));
    if (!start)
        return text;
    const after = doc.root.children.find((n) => n.type === 'thematicBreak' && (n.position?.start.offset ?? 0) > start.endOffset);
    const end = after?.position?.start.offset ?? text.length;
    return text.slice(start.endOffset, end).replace(/^\r?\n/, '');
}
function diagramOf(doc, start, end) {
    const block = doc.codeBlocks.find((c) => c.lang === 'mermaid' && c.startOffset >= start && c.startOffset < end);
    if (!block)
        return undefined;
    const lines = block.value.split('\n').map((l) => l.trim());
    const first = lines.find((l) => l && !l.startsWith('%%'));
    if (!first)
        return undefined;
    const type = first.split(/\s+/)[0];
    const titleLine = lines.find((l) => /^title\s+\S/.test(l));
    const title = titleLine?.replace(/^title\s+/, '').trim();
    const skeleton = [first, ...(title ? [`    title ${title}`] : []), '    %% ...'].join('\n');
    return { type, ...(title ? { title } : {}), skeleton };
}
function parseTemplate(text, name) {
    const skeleton = extractSkeleton(text);
    const doc = (0,parse/* parseDocument */.Tp)(skeleton, name);
    if (doc.headings.length === 0) {
        throw new findings/* UsageError */.eb(`template ${name}: no headings found; a template is a Markdown skeleton with the required headings`);
    }
    const sections = [];
    const placeholders = new Set();
    const placeholderCode = new Set();
    const stack = [];
    for (const s of doc.sections) {
        const h = s.heading;
        const start = h.endOffset;
        const end = s.ownEndOffset;
        const fields = [];
        const patterns = [];
        for (const item of doc.listItems) {
            if (item.startOffset < start || item.startOffset >= end)
                continue;
            const field = parseField(item.raw);
            if (field) {
                fields.push({ label: field.label, placeholder: field.value });
                continue;
            }
            const p = PATTERN.exec(item.raw.trim());
            if (p && bracketSpans(p[1], true).length > 0) {
                const tokens = p[1]
                    .trim()
                    .split(/\s+/)
                    .map((t) => t.replace(/^\[|\]$/g, '').toLowerCase());
                patterns.push({ code: p[1], tokens, description: p[2].trim(), example: `- ${item.raw.trim()}` });
                placeholderCode.add(p[1]);
            }
        }
        const ownText = skeleton.slice(start, end);
        const prose = stripFences(ownText).replace(/`[^`\n]*`/g, '');
        for (const span of bracketSpans(prose, false))
            placeholders.add(span);
        while (stack.length && stack[stack.length - 1].depth >= h.depth)
            stack.pop();
        const parent = stack[stack.length - 1];
        const diagram = diagramOf(doc, start, end);
        const section = {
            index: sections.length,
            depth: h.depth,
            heading: h.text,
            ...(parent ? { parent: parent.index } : {}),
            ...(diagram ? { diagram } : {}),
            fields,
            patterns,
            freeContent: /^[^\S\n\r\u2028\u2029]*\.\.\.[^\S\n\r\u2028\u2029]*$/m.test(prose),
            body: skeletonBody(ownText, diagram),
        };
        sections.push(section);
        stack.push(section);
    }
    // Task boxes (`[ ]`, `[x]`) and brackets of blanks hold nothing to fill in.
    for (const p of [...placeholders])
        if (!p.slice(1, -1).trim() || p === '[x]')
            placeholders.delete(p);
    return { name, sections, placeholders: [...placeholders], placeholderCode: [...placeholderCode] };
}
/** The section's own skeleton with its diagram reduced to type and title: illustrations are not content to insert. */
function skeletonBody(ownText, diagram) {
    const body = ownText.replace(/^\s*\n/, '').trimEnd();
    if (!diagram)
        return body;
    return replaceMermaidFence(body, (indent, fence) => `${indent}${fence}mermaid\n${diagram.skeleton}\n${indent}${fence}`);
}


/***/ })

};
