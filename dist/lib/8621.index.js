export const id = 8621;
export const ids = [8621,5304];
export const modules = {

/***/ 74639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ mergeReports),
/* harmony export */   MH: () => (/* binding */ collectReports),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tq: () => (/* binding */ renderOrgReport),
/* harmony export */   yB: () => (/* binding */ upsertTrackingIssue)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54285);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65655);
/**
 * The organisation report: the per-repository audit.json files (each matrix job's artefact) merged
 * into one table, for the job summary and, optionally, one tracking issue. Repository text is escaped.
 */





/** The hidden first line of the organisation's tracking issue. */
const ORG_MARKER = '<!-- archdoc:audit-org -->';
const MAX_DEPTH = 4;
function isDocumentAudit(d) {
    const x = d;
    return !!x && typeof x.path === 'string' && typeof x.errors === 'number' && typeof x.warnings === 'number' && typeof x.drift === 'string';
}
function readReport(file) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: not a JSON audit report (${e.message})`);
    }
    const r = data;
    if (!r ||
        typeof r.repository !== 'string' ||
        !/^[^/\s]+\/[^/\s]+$/.test(r.repository) ||
        !Array.isArray(r.documents) ||
        !r.documents.every(isDocumentAudit)) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: not an archdoc audit report (expected repository and documents)`);
    }
    return { repository: r.repository, sha: typeof r.sha === 'string' ? r.sha : '', documents: r.documents, writes: typeof r.writes === 'number' ? r.writes : 0 };
}
/** Every audit.json under `dirs` (artefact downloads nest one folder per artefact). */
function collectReports(dirs) {
    const files = [];
    const walk = (dir, depth) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
            if (st.isDirectory() && depth < MAX_DEPTH)
                walk(path, depth + 1);
            else if (st.isFile() && name === 'audit.json')
                files.push(path);
        }
    };
    for (const dir of dirs) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
        }
        catch {
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dir}: no such folder of audit reports`);
        }
        if (!st.isDirectory())
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dir}: not a folder of audit reports`);
        walk(dir, 0);
    }
    if (files.length === 0)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no audit.json found under ${dirs.join(', ')}: download the audit jobs' artefacts first`);
    // One report per repository: a re-run job's later artefact replaces the earlier one.
    const byRepo = new Map();
    for (const f of files) {
        const r = readReport(f);
        byRepo.set(r.repository.toLowerCase(), r);
    }
    return [...byRepo.values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
}
function mergeReports(reports, planned = []) {
    const seen = new Set(reports.map((r) => r.repository.toLowerCase()));
    return {
        repositories: reports,
        missing: planned.filter((p) => !seen.has(p.toLowerCase())),
        attention: reports.reduce((n, r) => n + r.documents.filter((d) => d.needsAttention).length, 0),
    };
}
function verdict(d) {
    if (d.errors || d.warnings)
        return `❌ ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .countsText */ .WN)(d.errors, d.warnings)}${d.drift === 'drifted' ? ' (drift)' : ''}`;
    if (d.drift === 'unknown')
        return '⏸ drift could not be told';
    return d.needsAttention ? '⚠️ needs attention' : '✅ pass';
}
const link = (label, url) => (url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${label}](${url})` : '—');
function renderOrgReport(report, org) {
    const docs = report.repositories.reduce((n, r) => n + r.documents.length, 0);
    const out = [
        `## archdoc organisation audit${org ? ` · ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(org, 100)}` : ''}`,
        '',
        `${report.repositories.length} ${report.repositories.length === 1 ? 'repository' : 'repositories'}, ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(docs, 'document')}; ${report.attention} need${report.attention === 1 ? 's' : ''} attention.`,
        '',
        '| Repository | Document | Verdict | Issue | Pull request |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const r of report.repositories) {
        for (const d of r.documents) {
            const issue = d.issue && d.issue.action !== 'none' ? link(`issue ${d.issue.action}`, d.issue.url) : '—';
            out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(r.repository, 200)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(d.path), 300)} | ${verdict(d)} | ${issue} | ${link('proposal', d.pullRequest)} |`);
        }
        if (r.documents.length === 0)
            out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(r.repository, 200)} | — | no documents checked | — | — |`);
    }
    for (const m of report.missing)
        out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(m, 200)} | — | ⏸ no report (its audit job failed) | — | — |`);
    return `${out.join('\n')}\n`;
}
/** The one tracking issue of the organisation audit in `where`: found by its marker among the token's own issues, updated in place. */
async function upsertTrackingIssue(port, where, table, label = 'archdoc-audit') {
    const body = `${ORG_MARKER}\n${table}`;
    const existing = (await port.findOwnIssues({ ...where, label })).find((i) => i.body.startsWith(`${ORG_MARKER}\n`));
    if (!existing)
        await port.ensureLabel({ ...where, name: label, color: '0e8a16', description: "archdoc's organisation audit report" });
    const r = await port.upsertIssue({ ...where, label, title: 'archdoc organisation audit', body, existing: existing ?? null });
    return { url: r.issue.url, action: r.action };
}
function parseRepository(value, what) {
    const [owner, repo, extra] = value.trim().split('/');
    if (!owner || !repo || extra !== undefined)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what}: "${value}" is not owner/name`);
    return { owner, repo };
}


/***/ }),

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

/***/ 5060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAuditMerge: () => (/* binding */ runAuditMerge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _audit_merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74639);
/* harmony import */ var _audit_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63937);
/**
 * `archdoc audit-merge DIR... [--plan FILE] [--output FILE] [--issue OWNER/REPO]`: one organisation
 * report from the audit jobs' audit.json artefacts: a table in the job summary (or on stdout), the merged
 * JSON, and optionally one tracking issue.
 */





function planned(io, file) {
    if (!file)
        return [];
    try {
        const plan = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8'));
        if (Array.isArray(plan.repositories) && plan.repositories.every((r) => typeof r === 'string'))
            return plan.repositories;
    }
    catch (e) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: cannot read the audit plan (${e.message})`);
    }
    throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: not an audit plan (no repositories list)`);
}
async function runAuditMerge(io, opts) {
    if (opts.dirs.length === 0)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('name at least one folder of audit reports');
    const where = opts.issue ? (0,_audit_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepository */ .SU)(opts.issue, '--issue') : undefined;
    const report = (0,_audit_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeReports */ .C1)((0,_audit_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .collectReports */ .MH)(opts.dirs.map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, d))), planned(io, opts.plan));
    const table = (0,_audit_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .renderOrgReport */ .Tq)(report);
    if (io.env.GITHUB_STEP_SUMMARY)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(io.env.GITHUB_STEP_SUMMARY, table);
    else
        io.out(table);
    if (opts.output)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, opts.output), `${JSON.stringify(report, null, 2)}\n`);
    if (where) {
        const r = await (0,_audit_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .upsertTrackingIssue */ .yB)((0,_audit_plan_js__WEBPACK_IMPORTED_MODULE_4__.tokenPort)(io), where, table);
        io.err(`archdoc: tracking issue ${r.action}: ${r.url}\n`);
    }
    return 0;
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


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   VA: () => (/* binding */ blobLineUrl),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony export codeSpans */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);
/**
 * Safe pieces of GitHub-flavoured Markdown built from text we do not control (messages quote the
 * document, paths come from a pull request's config). Such text never renders as HTML, an image, a
 * link, an @-mention or an issue reference: every character that could start one is escaped, and the
 * only Markdown kept is a code span, paired the way CommonMark pairs backtick strings.
 */

/**
 * GitHub links `@user`, `@org/team`, `#1`, `owner/repo#1`, `owner/repo@sha` and `GH-1` in rendered text
 * (notifying people and back-linking other repositories); a zero-width space after the sigil stops it.
 */
function neutralizeReferences(text) {
    return text.replace(/([@#])(?=[a-z0-9])/gi, '$1\u200b').replace(/\b(GH)(?=-\d)/gi, '$1\u200b');
}
/** One line: each line trimmed, joined by single spaces (a split, not a regex, so long blank runs stay linear). */
function flatten(text) {
    return text
        .split(/\r\n?|\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join(' ');
}
/** Text for an HTML context (inside a tag such as `<summary>`): entities, one line, no references. */
function escapeHtml(text) {
    const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    // References first: the entities added after contain `#`.
    return neutralizeReferences(flatten(text)).replace(/[&<>"']/g, (c) => entities[c]);
}
// Always escaped: emphasis, strikethrough, code, links and images, HTML and entities, tables, math, headings.
const ALWAYS = /[\\`*_~[\]<>&|$#!]/;
/**
 * Plain text as Markdown inline content that renders as exactly that text. `lineStart`: the text may
 * open a line (a list item, a table cell), so leading block syntax (`-`, `1.`, `=`) is escaped too.
 * Newlines become spaces.
 */
function escapeInline(text, lineStart = true) {
    const t = /[\r\n]/.test(text) ? flatten(text) : text;
    let out = '';
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        const next = t[i + 1] ?? '';
        // `:` and `.` only where an autolink needs them (`http://`, `mailto:x`, `www.x`, `host.tld`).
        const escape = ALWAYS.test(c) || (c === ':' && /\S/.test(next)) || (c === '.' && /[a-z0-9]/i.test(next));
        out += escape ? `\\${c}` : c;
    }
    if (lineStart)
        out = out
            .trimStart()
            .replace(/^([-+=])/, '\\$1')
            .replace(/^(\d+)([.)])/, '$1\\$2');
    return neutralizeReferences(out);
}
/** Code spans as CommonMark finds them: a backtick string closes at the next one of equal length; an unmatched one is literal text. */
function codeSpans(text) {
    const runs = Array.from(text.matchAll(/`+/g), (m) => ({ at: m.index, len: m[0].length }));
    const nextSame = new Array(runs.length).fill(-1);
    const seen = new Map();
    for (let i = runs.length - 1; i >= 0; i--) {
        nextSame[i] = seen.get(runs[i].len) ?? -1;
        seen.set(runs[i].len, i);
    }
    const spans = [];
    for (let i = 0; i < runs.length; i++) {
        const j = nextSame[i];
        if (j === -1)
            continue;
        spans.push({ start: runs[i].at, end: runs[j].at + runs[j].len });
        i = j;
    }
    return spans;
}
/**
 * Untrusted text with its code spans kept as code spans (their content renders literally) and
 * everything else escaped. `cell`: for a GFM table cell, where pipes split cells even inside code and
 * line breaks become `<br>`; otherwise line breaks become spaces.
 */
function inlineMarkdown(text, cell) {
    let out = '';
    let last = 0;
    const plain = (s, first) => cell
        ? s
            .split('\n')
            .map((line, k) => escapeInline(line, first && k === 0))
            .join('<br>')
        : escapeInline(s, first);
    for (const span of codeSpans(text)) {
        out += plain(text.slice(last, span.start), last === 0);
        const code = text.slice(span.start, span.end).replace(/\n/g, ' ');
        // `\|` cannot be written inside a code span in a table cell (GFM drops the backslash): show such a span as text.
        if (cell && code.includes('\\') && code.includes('|'))
            out += escapeInline(code, false);
        else
            out += cell ? code.replace(/\|/g, '\\|') : code;
        last = span.end;
    }
    return out + plain(text.slice(last), last === 0);
}
/** One line of Markdown from untrusted prose (a note, a reason): bounded, escaped, code spans kept; `cell`: safe in a table cell. */
function inlineText(text, maxLength = 1000, cell = false) {
    return inlineMarkdown((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(flatten(text), maxLength), cell);
}
/** One GFM table cell: pipes escaped, line breaks as `<br>`, code spans kept, everything else escaped. */
function escapeCell(text, maxLength = 1000) {
    return inlineMarkdown((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(text.replace(/\r\n?/g, '\n').trim(), maxLength), true);
}
/** A code fence longer than any backtick run inside `body`, so the body cannot close it early. */
function fenced(body, info = '') {
    const longest = Math.max(0, ...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${body.endsWith('\n') || body === '' ? body : `${body}\n`}${fence}`;
}
/** `text` as an inline code span, whatever backticks it contains. */
function inlineCode(text) {
    const t = text.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...Array.from(t.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${t}${pad}${ticks}`;
}
/** Percent-encoding that also encodes the characters that end or break a Markdown link destination. */
const encodeSegment = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** https://github.com/{owner}/{repo}/blob/{sha}/{path}#L{line}[-L{endLine}] */
function blobLineUrl(owner, repo, sha, path, line, endLine) {
    const p = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(path).split('/').map(encodeSegment).join('/');
    const range = endLine && endLine > line ? `-L${endLine}` : '';
    return `https://github.com/${encodeSegment(owner)}/${encodeSegment(repo)}/blob/${encodeSegment(sha)}/${p}#L${line}${range}`;
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function countFindings(findings) {
    let errors = 0;
    let warnings = 0;
    let fixable = 0;
    for (const f of findings) {
        if (f.severity === 'error')
            errors++;
        else
            warnings++;
        if (f.fixable)
            fixable++;
    }
    return { errors, warnings, fixable };
}
/** `n errors, m warnings` with the empty half dropped ("1 error", "2 warnings"). */
function countsText(errors, warnings) {
    const parts = [];
    if (errors)
        parts.push(plural(errors, 'error'));
    if (warnings)
        parts.push(plural(warnings, 'warning'));
    return parts.join(', ') || 'no findings';
}
/** At most `max` UTF-16 units, ending in `…` when cut, never splitting a surrogate pair. */
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}
/** A repository path as git and GitHub write it: forward slashes, no leading `./` or `/`. */
function repoPath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
}


/***/ })

};
