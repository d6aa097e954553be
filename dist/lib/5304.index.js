export const id = 5304;
export const ids = [5304];
export const modules = {

/***/ 52308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ planAudit)
/* harmony export */ });
/* unused harmony exports MATRIX_LIMIT, chunkMatrix */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31954);
/**
 * The organisation audit's plan: which repositories hold an archdoc config or the default document,
 * as a `strategy.matrix` for GitHub Actions (the fan-out is GitHub's own; archdoc schedules nothing).
 *
 * How: the organisation's repository list (REST, 100 a page; archived and disabled ones skipped: an
 * archived repository takes no issues), then one GraphQL query per 50 repositories asking, by alias,
 * whether each candidate path exists on the default branch. Not code search: it indexes only some
 * repositories (not forks, not large or recently created ones), lags behind pushes, and has its own low
 * rate limit (10 requests a minute); the list is exact and costs ⌈n/100⌉ + ⌈n/50⌉ requests.
 */


/** Where a repository that uses archdoc has something: its config in any usual place, or the default document. */
const AUDIT_PATHS = [..._config_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_PATHS */ .iE, _config_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DOC */ .rE];
/** GitHub runs at most 256 jobs from one matrix. */
const MATRIX_LIMIT = 256;
/** Chunks the reusable workflow has jobs for (4 × 256 = 1,024 repositories). */
const MAX_CHUNKS = 4;
function chunkMatrix(repositories, size = MATRIX_LIMIT) {
    const chunks = [];
    for (let i = 0; i < repositories.length; i += size)
        chunks.push({ include: repositories.slice(i, i + size).map((repository) => ({ repository })) });
    return chunks;
}
async function planAudit(port, org, maxChunks = MAX_CHUNKS) {
    if (!/^[a-z0-9][a-z0-9-]{0,38}$/i.test(org))
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${org}" is not an organisation name`);
    const all = await port.listOrgRepositories({ org });
    const live = all.filter((r) => !r.archived && !r.disabled);
    const present = await port.filesPresent({ repositories: live, paths: AUDIT_PATHS });
    const repositories = live
        .map((r) => `${r.owner}/${r.repo}`)
        .filter((name) => (present.get(name)?.length ?? 0) > 0)
        .sort();
    const chunks = chunkMatrix(repositories);
    if (chunks.length > maxChunks) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${org} has ${repositories.length} repositories to audit, more than ${maxChunks} matrices of ${MATRIX_LIMIT} jobs: split the organisation audit (for example by repository topic) or add audit jobs to the workflow`);
    }
    return {
        org,
        repositories,
        chunks,
        chunkCount: chunks.length,
        skipped: {
            archived: all.filter((r) => r.archived).length,
            disabled: all.filter((r) => r.disabled && !r.archived).length,
            withoutArchdoc: live.length - repositories.length,
        },
    };
}


/***/ }),

/***/ 63937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAuditPlan: () => (/* binding */ runAuditPlan),
/* harmony export */   tokenPort: () => (/* binding */ tokenPort)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _github_octokit_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83461);
/* harmony import */ var _audit_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52308);
/** `archdoc audit-plan --org ORG [--output FILE]`: the organisation audit's matrix (token from GITHUB_TOKEN, API from GITHUB_API_URL). */





function tokenPort(io) {
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb("set GITHUB_TOKEN to a token that can read the organisation's repositories");
    return (0,_github_octokit_port_js__WEBPACK_IMPORTED_MODULE_3__.createGitHubPort)({ token, log: (m) => io.err(`archdoc: ${m.replace(/[\r\n]+/g, ' ')}\n`) });
}
async function runAuditPlan(io, opts) {
    const plan = await (0,_audit_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planAudit */ .Fu)(tokenPort(io), opts.org);
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    if (!opts.output) {
        io.out(json);
        return 0;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, opts.output), json);
    const { archived, disabled, withoutArchdoc } = plan.skipped;
    io.out(`${plan.repositories.length} repositories to audit in ${plan.chunkCount} matrix chunk(s); skipped ${archived} archived, ${disabled} disabled, ${withoutArchdoc} without archdoc\n`);
    return 0;
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   kU: () => (/* binding */ ReadOnlyTokenError),
/* harmony export */   pb: () => (/* binding */ apiError)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/** Failures of GitHub calls, named by the call so a log line alone says what went wrong where. */

class GitHubApiError extends Error {
    call;
    status;
    attempts;
    reason;
    graphqlErrors;
    constructor(details, hint) {
        super(formatMessage(details, hint));
        this.name = 'GitHubApiError';
        this.call = details.call;
        this.status = details.status;
        this.attempts = details.attempts;
        this.reason = details.reason;
        this.graphqlErrors = details.graphqlErrors ?? [];
    }
}
/**
 * The token may read but not write here (typically a pull request from a fork, or `permissions:` without
 * write scopes). Callers fall back to annotations and the job summary instead of failing the run.
 */
class ReadOnlyTokenError extends GitHubApiError {
    constructor(details) {
        super(details, 'the token cannot write to this repository (read-only token, e.g. a pull request from a fork)');
        this.name = 'ReadOnlyTokenError';
    }
}
function formatMessage(d, hint) {
    const outcome = d.status !== undefined ? `${d.status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[d.status] ?? 'Error'}` : 'failed';
    const tries = `after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
    const reason = d.reason ? `: ${d.reason}` : '';
    return `GitHub API call failed: ${d.call} -> ${outcome} ${tries}${reason}${hint ? ` (${hint})` : ''}`;
}
const READ_ONLY = /Resource not accessible by (?:integration|personal access token)/i;
/** GitHub's wording when a token lacks write access (REST 403 body or GraphQL FORBIDDEN error). */
function isReadOnlyRefusal(message) {
    return READ_ONLY.test(message);
}
/** The error to throw for an error body: read-only refusals on writes become ReadOnlyTokenError. */
function apiError(details, isWrite) {
    const forbidden = details.status === 403 || details.graphqlErrors?.some((e) => e.type === 'FORBIDDEN');
    if (isWrite && forbidden && isReadOnlyRefusal(details.reason))
        return new ReadOnlyTokenError(details);
    return new GitHubApiError(details);
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


/***/ })

};
