export const id = 2653;
export const ids = [2653];
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
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58925);
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


/***/ })

};
