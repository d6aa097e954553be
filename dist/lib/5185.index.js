export const id = 5185;
export const ids = [5185];
export const modules = {

/***/ 32653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReport: () => (/* binding */ renderReport),
/* harmony export */   runLint: () => (/* binding */ runLint)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _drift_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22320);
/* harmony import */ var _drift_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26113);
/* harmony import */ var _drift_stamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80128);
/* harmony import */ var _app_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51923);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68270);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63990);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69322);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(73382);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8861);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32794);
/* harmony import */ var _report_pretty_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7108);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(10643);
/* harmony import */ var _report_github_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(97611);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(311);
/** `archdoc lint`: check documents and print findings in the chosen format. */
















function renderReport(report, format, io, sources) {
    switch (format) {
        case 'json':
            return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_11__/* .renderJson */ .h)(report) + '\n';
        case 'sarif':
            return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_10__/* .renderSarif */ .WH)(report, { rules: _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_6__/* .RULE_METAS */ ._T, version: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .xv, informationUri: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .HOMEPAGE */ .py, sources, root: io.cwd }) + '\n';
        case 'github':
            return (0,_report_github_js__WEBPACK_IMPORTED_MODULE_13__/* .renderWorkflowCommands */ .e5)(report);
        default:
            return (0,_report_pretty_js__WEBPACK_IMPORTED_MODULE_14__/* .renderPretty */ .l)(report, { color: io.color });
    }
}
/**
 * The same drift verdict as `archdoc drift`: an error when drifted, a warning when it could not tell.
 * Nothing when the rule is off, or when there is nothing to drift from (no stamp, no requirements files).
 */
function lintDrift(io, repo, target, text) {
    if (target.rules['requirements-drift'] === 'off')
        return [];
    const requirements = repo.requirements(target.requirements, (0,_origins_js__WEBPACK_IMPORTED_MODULE_9__/* .targetOrigins */ .z)(target).requirements, false);
    const input = (0,_drift_local_js__WEBPACK_IMPORTED_MODULE_2__/* .localDriftInput */ .t)(io.cwd, target, text, requirements);
    if (input.requirements.length === 0 && !(0,_drift_stamp_js__WEBPACK_IMPORTED_MODULE_3__/* .readStamp */ .UL)(text))
        return [];
    const result = (0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDrift */ .o4)(input);
    const f = (0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftFinding */ .rl)(result) ?? (0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftUnknownFinding */ .vC)(result);
    return f ? [f] : [];
}
// Quoted globs (archdoc lint 'docs/**/*.md') expanded through the path guard, since no shell did; a file
// whose name only looks like a pattern ([draft].md) is taken as it is. A glob matching nothing is an error.
function expandFiles(repo, files) {
    const origin = { setting: 'document', source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND_LINE */ .rD };
    const expanded = files.flatMap((f) => {
        if (!(0,tinyglobby__WEBPACK_IMPORTED_MODULE_15__/* .isDynamicPattern */ .ey)(f) || repo.exists(f, origin))
            return [f];
        const found = repo.glob(f, origin);
        if (found.length === 0)
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${f}: no file matches this pattern`);
        return found;
    });
    return [...new Set(expanded)];
}
async function runLint(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_8__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .documentTargets */ .g8)(cfg, { files: expandFiles(repo, opts.files), ...(opts.template ? { template: opts.template } : {}), source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMAND_LINE */ .rD });
    const files = [];
    const sources = {};
    for (const target of targets) {
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_9__/* .targetOrigins */ .z)(target);
        const text = repo.read(target.doc, from.doc, 'document');
        const traced = opts.strict || (target.rules['requirement-untraced'] ?? 'off') !== 'off';
        const requirements = traced ? repo.requirements(target.requirements, from.requirements, false) : undefined;
        const more = { ...(opts.strict ? { strict: true } : {}), ...(requirements ? { requirements } : {}) };
        const result = await (0,_app_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkText */ .q)(text, target, (p) => repo.read(p, from.template, 'template'), lintDrift(io, repo, target, text), more);
        files.push(result.report);
        sources[target.doc] = text;
    }
    const report = (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(files);
    io.out(renderReport(report, opts.format, io, sources));
    return report.errors > 0 ? 1 : 0;
}


/***/ }),

/***/ 8861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ targetOrigins)
/* harmony export */ });
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84791);

function targetOrigins(target) {
    const from = target.from ?? { doc: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_LINE */ .rD, template: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_LINE */ .rD, requirements: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_LINE */ .rD };
    return {
        doc: { setting: 'document', source: from.doc },
        template: { setting: 'template', source: from.template },
        requirements: { setting: 'requirements', source: from.requirements },
    };
}


/***/ }),

/***/ 80128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   UL: () => (/* binding */ readStamp),
/* harmony export */   WE: () => (/* binding */ requirementHashes),
/* harmony export */   mx: () => (/* binding */ applyStamp)
/* harmony export */ });
/* unused harmony export formatStamp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The stamp: an HTML comment at the end of a generated document recording what it was generated from
 * (requirements and template hashes, model, time). `archdoc drift` and `requirements-drift` read it.
 */

const PREFIX = '<!-- archdoc:stamp ';
const STAMP_RE = /<!-- archdoc:stamp (\{.*?\}) -->[ \t]*(?:\r?\n)?/;
/** Content hash that ignores line endings and trailing spaces, so a checkout on Windows is not drift. */
function contentHash(text) {
    const normal = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((l) => l.trimEnd())
        .join('\n')
        .trim();
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normal).digest('hex').slice(0, 16)}`;
}
function requirementHashes(files) {
    const out = {};
    for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path)))
        out[f.path] = contentHash(f.text);
    return out;
}
function formatStamp(stamp) {
    // `--` must not appear inside an HTML comment; JSON lets us escape it.
    const json = JSON.stringify(stamp).replace(/--/g, '-\\u002d');
    return `${PREFIX}${json} -->`;
}
function readStamp(text) {
    const idx = text.lastIndexOf(PREFIX);
    if (idx === -1)
        return undefined;
    const m = STAMP_RE.exec(text.slice(idx));
    if (!m)
        return undefined;
    try {
        const data = JSON.parse(m[1]);
        if (!data || typeof data.requirements !== 'object' || typeof data.template !== 'string')
            return undefined;
        const line = text.slice(0, idx).split('\n').length;
        return { stamp: data, line, start: idx, end: idx + m[0].length };
    }
    catch {
        return undefined;
    }
}
/** The document with its stamp replaced (or appended after one blank line). */
function applyStamp(text, stamp) {
    const found = readStamp(text);
    const body = (found ? text.slice(0, found.start) + text.slice(found.end) : text).trimEnd();
    const nl = text.includes('\r\n') ? '\r\n' : '\n';
    return `${body}${nl}${nl}${formatStamp(stamp)}${nl}`;
}


/***/ }),

/***/ 38307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44637);
/**
 * Replace a file's content atomically: a temp file in the same directory, flushed to disk, renamed over
 * the original. A reader sees the old file or the new one, never half of one; the mode, a UTF-8 byte
 * order mark and the file behind a symlink are kept.
 */




const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function startsWithBom(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(3);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function writeFileAtomic(path, text) {
    let target = path;
    let mode = 0o644;
    let bom = false;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).mode & 0o7777;
        bom = startsWithBom(target);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw failure(path, e);
    }
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.archdoc-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', mode);
        try {
            const body = Buffer.from(text, 'utf8');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bom ? Buffer.concat([BOM, body]) : body);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode); // the umask may have narrowed it
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    catch (e) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
        }
        catch {
            // never created, or already renamed
        }
        throw failure(path, e);
    }
    syncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
}
/** Make the rename itself durable; not every platform can open a directory, and then there is nothing to do. */
function syncDirectory(dir) {
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        // Windows: directories cannot be fsynced; the rename is still atomic.
    }
}
function failure(path, e) {
    const code = e.code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? e.message);
    return new _core_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${path}: cannot write (${why})`);
}


/***/ }),

/***/ 55136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ lintText),
/* harmony export */   l$: () => (/* binding */ lintContext)
/* harmony export */ });
/* unused harmony export parseForLint */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27059);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5108);
/* harmony import */ var _chat_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21147);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50049);
/** Run the rule catalogue over one document: parse -> match -> diagrams -> rules -> findings. */





/** Parse, seeing through a whole-document code-fence wrapper so the document inside is still checked. */
function parseForLint(text, path) {
    const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const residue = (0,_chat_js__WEBPACK_IMPORTED_MODULE_4__/* .findChatResidue */ .h)(lines);
    if (!residue.wrapper)
        return (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, path);
    const doc = (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)((0,_chat_js__WEBPACK_IMPORTED_MODULE_4__/* .maskWrapper */ .O)(text, (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLineStarts */ .p4)(text), residue), path);
    return { ...doc, text, lines };
}
async function analyzeAll(doc) {
    const blocks = doc.codeBlocks.filter((c) => c.lang === 'mermaid');
    if (blocks.length === 0)
        return [];
    // Loaded only now: documents without diagrams never pay for mermaid.
    const { analyzeDiagrams } = await __webpack_require__.e(/* import() */ 669).then(__webpack_require__.bind(__webpack_require__, 40669));
    const analyses = await analyzeDiagrams(blocks.map((b) => b.value));
    return blocks.map((block, i) => ({ block, analysis: analyses[i] }));
}
function toFinding(rule, f, severity) {
    return {
        rule: rule.name,
        severity,
        message: f.message,
        line: Math.max(1, f.line),
        column: Math.max(1, f.column),
        ...(f.endLine !== undefined && f.endLine > f.line ? { endLine: f.endLine } : {}),
        fixable: f.fixable ?? rule.fixable,
        ...(f.fix ? { fix: f.fix } : {}),
    };
}
/** Everything the rules read about one document (also what the document model is built from). */
async function lintContext(text, path, template, requirements) {
    const doc = parseForLint(text, path);
    return { doc, template, match: (0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .matchSections */ .Gp)(template, doc), diagrams: await analyzeAll(doc), ...(requirements ? { requirements } : {}) };
}
async function lintText(text, path, options) {
    const ctx = await lintContext(text, path, options.template, options.requirements);
    const { doc } = ctx;
    const findings = [];
    for (const rule of _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y) {
        const setting = options.rules?.[rule.name];
        if (setting === 'off')
            continue;
        if (rule.offByDefault && setting === undefined && !options.strict)
            continue;
        const severity = setting ?? rule.severity;
        for (const f of rule.check(ctx))
            findings.push(toFinding(rule, f, severity));
    }
    for (const f of options.extraFindings ?? []) {
        const setting = options.rules?.[f.rule];
        if (setting === 'off')
            continue;
        findings.push(setting ? { ...f, severity: setting } : f);
    }
    const maxLine = Math.max(1, doc.lines.length);
    for (const f of findings) {
        f.line = Math.min(f.line, maxLine);
        if (f.endLine !== undefined)
            f.endLine = Math.min(f.endLine, maxLine);
    }
    return { doc, findings: findings.sort(_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg) };
}


/***/ }),

/***/ 7108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ renderPretty)
/* harmony export */ });
/* harmony import */ var _core_log_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89864);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);


const plain = (s) => s;
const ansi = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
function renderPretty(report, options) {
    const c = options.color;
    const red = c ? ansi(31, 39) : plain;
    const yellow = c ? ansi(33, 39) : plain;
    const green = c ? ansi(32, 39) : plain;
    const dim = c ? ansi(2, 22) : plain;
    const bold = c ? ansi(1, 22) : plain;
    const underline = c ? ansi(4, 24) : plain;
    const rows = [];
    for (const file of report.files) {
        if (file.findings.length === 0)
            continue;
        rows.push(file.findings.map((f) => ({
            loc: `${clean(file.path)}:${f.line}:${f.column}`,
            severity: f.severity,
            rule: clean(f.rule),
            message: f.message,
        })));
    }
    const all = rows.flat();
    // Widths are measured on the uncoloured text so escape codes never break the alignment.
    const locWidth = Math.max(0, ...all.map((r) => r.loc.length));
    const sevWidth = all.some((r) => r.severity === 'warning') ? 'warning'.length : 'error'.length;
    const ruleWidth = Math.max(0, ...all.map((r) => r.rule.length));
    const messageIndent = ' '.repeat(locWidth + sevWidth + ruleWidth + 6);
    const out = [];
    for (const group of rows) {
        for (const r of group) {
            const sev = (r.severity === 'error' ? red : yellow)(r.severity.padEnd(sevWidth));
            const message = clean(r.message).split('\n').join(`\n${messageIndent}`);
            out.push(`${underline(r.loc)}${' '.repeat(locWidth - r.loc.length)}  ${sev}  ${dim(r.rule.padEnd(ruleWidth))}  ${message}`);
        }
        out.push('');
    }
    const { errors, warnings, fixable } = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(report.files.flatMap((x) => x.findings));
    if (errors + warnings === 0) {
        out.push(green('✔ no problems'));
    }
    else {
        const counts = `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(errors, 'error')}, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}`;
        const fix = fixable ? dim(` (${fixable} fixable with \`archdoc fix\`)`) : '';
        out.push(errors ? bold(red(`✖ ${counts}`)) + fix : bold(yellow(`⚠ ${counts}`)) + fix);
    }
    return `${out.join('\n')}\n`;
}
/**
 * Messages quote the document, which may hold escape sequences (CSI, OSC-8 links), other control
 * characters or bidi overrides; printed raw they would restyle, rewrite or disguise the user's terminal.
 * Newlines survive (as line breaks).
 */
function clean(text) {
    return (0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .m)(text.replace(/\r\n?/g, '\n'));
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


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES)
/* harmony export */ });
/* unused harmony export decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44637);
/** Read a document from disk with every failure turned into one clear line (SPEC §6: bounded inputs). */


/** Documents larger than this are refused: an architecture document is a few KB; 10 MB is a mistake. */
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes -> text, refusing binary content and invalid UTF-8 with the place it goes wrong. */
function decodeText(bytes, name) {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0))
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: looks like a binary file (it contains NUL bytes), not Markdown`);
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        // Find the first bad byte for the message: decode growing prefixes cheaply by lines.
        let line = 1;
        let start = 0;
        for (let i = 0; i <= bytes.length; i++) {
            if (i === bytes.length || bytes[i] === 0x0a) {
                try {
                    utf8.decode(bytes.subarray(start, i));
                }
                catch {
                    break;
                }
                line++;
                start = i + 1;
            }
        }
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}:${line}: not valid UTF-8 text; save the file as UTF-8`);
    }
}
function readTextFile(path, what = 'file') {
    let size;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (st.isDirectory())
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: is a directory; give the path of a Markdown ${what}`);
        size = st.size;
    }
    catch (e) {
        if (e instanceof _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw e;
        const code = e.code;
        if (code === 'ENOENT')
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: no such ${what}`);
        if (code === 'EACCES')
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: permission denied`);
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: cannot read (${code ?? e.message})`);
    }
    if (size > MAX_DOCUMENT_BYTES) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: ${(size / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    }
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (e) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: cannot read (${e.code ?? e.message})`);
    }
    return decodeText(bytes, path);
}


/***/ }),

/***/ 69322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository),
  H: () => (/* binding */ repositoryRoot)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/fix/write-file.ts
var write_file = __webpack_require__(38307);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/sources/path-guard.ts
var path_guard = __webpack_require__(84791);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
;// CONCATENATED MODULE: ./src/sources/requirements.ts
/**
 * Requirements files named by globs, read from disk, never from outside the repository: a pattern may
 * not be absolute or use `..`, its fixed folder may not lead out through a symlink, the walk does not
 * follow symlinks (a symlinked requirements file is named literally), and every match is checked again.
 */







const SETTINGS = { setting: 'requirements', source: 'from the settings' };
/** Paths the globs name (relative to `cwd` for globs, as written for literals), sorted. A literal path that does not exist is an error when `strict`. */
function expandRequirements(cwd, globs, strict, scope = {}) {
    const root = scope.root ?? (0,path_guard/* rootAt */.sb)(cwd);
    const origin = scope.origin ?? SETTINGS;
    const paths = new Set();
    for (const g of globs) {
        if ((0,dist/* isDynamicPattern */.ey)(g)) {
            (0,path_guard/* assertRepoPath */.ac)(g, 'glob', origin);
            // The folder the walk starts in is followed even without followSymbolicLinks: check it first.
            (0,path_guard/* guardPath */.Lp)(root, cwd, picomatch_default().scan(g).base || '.', origin, g);
            const found = (0,dist/* globSync */.AZ)(g, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
            for (const p of found) {
                (0,path_guard/* guardPath */.Lp)(root, cwd, p, origin, g);
                paths.add(p);
            }
        }
        else if ((0,external_node_fs_.existsSync)((0,path_guard/* guardPath */.Lp)(root, cwd, g, origin)))
            paths.add(g.replace(/^\.\//, ''));
        else if (strict)
            throw new findings/* UsageError */.eb(`${g}: no such requirements file`);
    }
    return [...paths].sort();
}
function readRequirements(cwd, globs, strict, scope = {}) {
    return expandRequirements(cwd, globs, strict, scope).map((path) => ({ path, text: (0,files/* readTextFile */.Gu)((0,external_node_path_.resolve)(cwd, path), 'requirements file') }));
}

;// CONCATENATED MODULE: ./src/sources/repository.ts
/**
 * The repository a command works in, and the only way the commands reach its files: every read and
 * write goes through the path guard against the repository root.
 */








/** The git top-level of `cwd`, or `cwd` itself outside a git repository (or without git). */
function repositoryRoot(cwd) {
    try {
        const top = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        if (top)
            return top;
    }
    catch {
        // Not a repository, or no git: the current folder is the root.
    }
    return cwd;
}
function openRepository(cwd, rootPath = repositoryRoot(cwd)) {
    const root = (0,path_guard/* rootAt */.sb)(rootPath);
    return {
        root,
        cwd,
        path: (path, origin) => (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin),
        read(path, origin, what) {
            const abs = (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin);
            // The first thing a new user meets: say how to get a document, not just that there is none.
            if (what === 'document' && !(0,external_node_fs_.existsSync)(abs))
                throw new findings/* UsageError */.eb(`${path}: no such document (\`archdoc init\` writes a skeleton to start from)`);
            return (0,files/* readTextFile */.Gu)(abs, what);
        },
        exists: (path, origin) => (0,external_node_fs_.existsSync)((0,path_guard/* guardPath */.Lp)(root, cwd, path, origin)),
        requirements: (globs, origin, strict) => readRequirements(cwd, globs, strict, { root, origin }),
        glob: (pattern, origin) => expandRequirements(cwd, [pattern], false, { root, origin }),
        writableDocument: (path, origin) => (0,path_guard/* guardDocumentWrite */.ku)(root, cwd, path, origin),
        writeDocument(path, text, origin) {
            const abs = (0,path_guard/* guardDocumentWrite */.ku)(root, cwd, path, origin);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
            (0,write_file/* writeFileAtomic */.Z)(abs, text);
        },
    };
}


/***/ }),

/***/ 15493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ BUILTIN_TEMPLATES)
/* harmony export */ });
/**
 * Built-in templates: archdoc's own skeletons (SPEC §1–2), written here rather than copied from the kit.
 * `architecture` is the default; `requirements` and `security` cover steps 1 and 3 of the chain.
 */
const BUILTIN_TEMPLATES = {
    architecture: `# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    title System Context
    ...
\`\`\`

## 2. Container Architecture (C4 Level 2)

\`\`\`mermaid
C4Container
    title Container Diagram
    ...
\`\`\`

### Technology Stack
- **Frontend**: [Framework, State Management]
- **Backend**: [Language, Framework]
- **Database**: [Primary, Cache, Search]
- **Infra**: [Cloud Provider, Orchestration]

## 3. Data Model

\`\`\`mermaid
erDiagram
    ...
\`\`\`

## 4. API Design Strategy
- **Style**: [REST/GraphQL/gRPC]
- **Auth**: [OAuth2/OIDC/JWT]

### Key Endpoints
- \`[Method] [Path]\` - [Description]

## 5. Cross-Cutting Concerns
- **Observability**: [Logging, Metrics, Tracing]
- **Error Handling**: [Standardized responses]
- **Caching**: [Strategy]
- **Resilience**: [Circuit Breakers, Retries]
`,
    requirements: `# Requirements Specification

## 1. Overview
- **Product**: [Product name and one-line purpose]
- **Stakeholders**: [Who uses and who owns it]

## 2. Functional Requirements
...

## 3. Non-Functional Requirements
- **Performance**: [Latency and throughput targets]
- **Availability**: [Uptime target]
- **Security**: [Authentication, data protection]
- **Scalability**: [Expected growth]

## 4. Constraints and Assumptions
...
`,
    security: `# Security & Compliance Strategy

## 1. Threat Model
...

## 2. Authentication and Authorization
- **Authentication**: [Mechanism]
- **Authorization**: [Model, e.g. RBAC]

## 3. Data Protection
- **Encryption at Rest**: [Approach]
- **Encryption in Transit**: [Approach]
- **Secrets Management**: [Tooling]

## 4. Compliance
...
`,
};


/***/ }),

/***/ 42260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveTemplate),
/* harmony export */   e: () => (/* binding */ builtinTemplate)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15493);
/* harmony import */ var _parse_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47123);
/** Resolve a template name or path to a model. The caller supplies file reading, so this stays pure. */



const cache = new Map();
function builtinTemplate(name) {
    const text = _builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_TEMPLATES */ .i[name];
    if (text === undefined)
        return undefined;
    let model = cache.get(name);
    if (!model) {
        model = (0,_parse_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTemplate */ .QC)(text, name);
        cache.set(name, model);
    }
    return model;
}
/** `architecture`, `requirements`, `security`, or a path to a Markdown skeleton / kit prompt file. */
function resolveTemplate(spec, readText) {
    const builtin = builtinTemplate(spec);
    if (builtin)
        return builtin;
    if (!/[\\/.]/.test(spec)) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown template "${spec}": use one of ${Object.keys(_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_TEMPLATES */ .i).join(', ')} or a path to a Markdown file`);
    }
    return (0,_parse_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTemplate */ .QC)(readText(spec), spec);
}


/***/ })

};
