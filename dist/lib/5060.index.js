export const id = 5060;
export const ids = [5060,3937];
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
/* unused harmony export ORG_MARKER */
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
    if (!r || typeof r.repository !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(r.repository) || !Array.isArray(r.documents) || !r.documents.every(isDocumentAudit)) {
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
/* harmony import */ var _github_octokit_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66519);
/* harmony import */ var _audit_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52308);
/** `archdoc audit-plan --org ORG [--output FILE]`: the organisation audit's matrix (token from GITHUB_TOKEN, API from GITHUB_API_URL). */





function tokenPort(io) {
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('set GITHUB_TOKEN to a token that can read the organisation\'s repositories');
    return (0,_github_octokit_port_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubPort */ .n)({ token, log: (m) => io.err(`archdoc: ${m.replace(/[\r\n]+/g, ' ')}\n`) });
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
/* unused harmony exports neutralizeReferences, codeSpans */
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
        out = out.trimStart().replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
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
    const plain = (s, first) => cell ? s.split('\n').map((line, k) => escapeInline(line, first && k === 0)).join('<br>') : escapeInline(s, first);
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
