export const id = 7053;
export const ids = [7053,2653];
export const modules = {

/***/ 37053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* harmony import */ var _drift_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22320);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63990);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);
/* harmony import */ var _sources_requirements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9916);
/* harmony import */ var _sources_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78022);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32653);
/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift. */







async function runDrift(io, opts) {
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_NAMES */ .iU, opts.config && (0,_lint_js__WEBPACK_IMPORTED_MODULE_6__.inCwd)(io, opts.config), io.cwd);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    });
    const results = targets.map((t) => {
        const docText = (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)((0,_lint_js__WEBPACK_IMPORTED_MODULE_6__.inCwd)(io, t.doc), 'document');
        const requirements = (0,_sources_requirements_js__WEBPACK_IMPORTED_MODULE_4__/* .readRequirements */ .F)(io.cwd, t.requirements, opts.requirements.length > 0);
        const history = (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_5__/* .isGitRepo */ .t)(io.cwd)
            ? { docTime: (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_5__/* .lastChange */ .$)(io.cwd, t.doc), requirementTimes: Object.fromEntries(requirements.map((r) => [r.path, (0,_sources_git_js__WEBPACK_IMPORTED_MODULE_5__/* .lastChange */ .$)(io.cwd, r.path)])) }
            : undefined;
        return { doc: t.doc, requirements: requirements.map((r) => r.path), ...(0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDrift */ .o)({ docText, requirements, ...(history ? { history } : {}) }) };
    });
    if (opts.format === 'json')
        io.out(JSON.stringify({ documents: results, drift: results.some((r) => r.drift) }, null, 2) + '\n');
    else
        for (const r of results)
            io.out(`${r.doc}: ${r.drift ? 'drift' : 'no drift'} (${r.basis}): ${r.reason.replace(/`/g, '')}\n`);
    return results.some((r) => r.drift) ? 1 : 0;
}


/***/ }),

/***/ 32653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inCwd: () => (/* binding */ inCwd),
/* harmony export */   renderReport: () => (/* binding */ renderReport),
/* harmony export */   runLint: () => (/* binding */ runLint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _drift_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22320);
/* harmony import */ var _drift_stamp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80128);
/* harmony import */ var _app_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51923);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68270);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63990);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6109);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32794);
/* harmony import */ var _report_pretty_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7108);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10643);
/* harmony import */ var _report_github_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(97611);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(311);
/** `archdoc lint`: check documents and print findings in the chosen format. */














function inCwd(io, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, path);
}
function renderReport(report, format, io, sources) {
    switch (format) {
        case 'json':
            return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderJson */ .h)(report) + '\n';
        case 'sarif':
            return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSarif */ .WH)(report, { rules: _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_7__/* .RULE_METAS */ ._T, version: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x, informationUri: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .HOMEPAGE */ .p, sources, root: io.cwd }) + '\n';
        case 'github':
            return (0,_report_github_js__WEBPACK_IMPORTED_MODULE_12__/* .renderWorkflowCommands */ .e5)(report);
        default:
            return (0,_report_pretty_js__WEBPACK_IMPORTED_MODULE_13__/* .renderPretty */ .l)(report, { color: io.color });
    }
}
/** A generated document carries a stamp: compare it with the requirements it names (cheap, and explicit). */
function stampDrift(io, text) {
    const found = (0,_drift_stamp_js__WEBPACK_IMPORTED_MODULE_4__/* .readStamp */ .UL)(text);
    if (!found)
        return [];
    const requirements = Object.keys(found.stamp.requirements).flatMap((path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(inCwd(io, path)) ? [{ path, text: (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readTextFile */ .Gu)(inCwd(io, path), 'requirements file') }] : []);
    const f = (0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .driftFinding */ .r)((0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDrift */ .o)({ docText: text, requirements }));
    return f ? [f] : [];
}
async function runLint(io, opts) {
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_7__/* .RULE_NAMES */ .iU, opts.config && inCwd(io, opts.config), io.cwd);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .documentTargets */ .g8)(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}) });
    const files = [];
    const sources = {};
    for (const target of targets) {
        const text = (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readTextFile */ .Gu)(inCwd(io, target.doc), 'document');
        const result = await (0,_app_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkText */ .q)(text, target, (p) => (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_8__/* .readTextFile */ .Gu)(inCwd(io, p), 'template'), stampDrift(io, text));
        files.push(result.report);
        sources[target.doc] = text;
    }
    const report = (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(files);
    io.out(renderReport(report, opts.format, io, sources));
    return report.errors > 0 ? 1 : 0;
}


/***/ }),

/***/ 7108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ renderPretty)
/* harmony export */ });
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
 * Messages quote the document, which may hold escape sequences or other control characters;
 * printed raw they would restyle or rewrite the user's terminal. Newlines survive (as line breaks).
 */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


/***/ }),

/***/ 78022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ lastChange),
/* harmony export */   t: () => (/* binding */ isGitRepo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/** Commit times from the local git history, for drift without a stamp. Absent git or repo -> undefined. */

function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return undefined;
    }
}
/** Seconds since the epoch of the path's last change: now if it has uncommitted edits, undefined if never committed. */
function lastChange(cwd, path) {
    const dirty = git(cwd, ['status', '--porcelain', '--', path]);
    if (dirty)
        return Math.floor(Date.now() / 1000);
    const t = git(cwd, ['log', '-1', '--format=%ct', '--', path]);
    return t ? Number(t) : undefined;
}
function isGitRepo(cwd) {
    return git(cwd, ['rev-parse', '--is-inside-work-tree']) === 'true';
}


/***/ }),

/***/ 9916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readRequirements)
/* harmony export */ });
/* unused harmony export expandRequirements */
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73382);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);
/** Requirements files named by globs, read from disk. */





/** Repository-relative paths the globs name, sorted. A literal path that does not exist is an error when `strict`. */
function expandRequirements(cwd, globs, strict) {
    const paths = new Set();
    for (const g of globs) {
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .isDynamicPattern */ .ey)(g)) {
            for (const p of (0,tinyglobby__WEBPACK_IMPORTED_MODULE_4__/* .globSync */ .AZ)(g, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] }))
                paths.add(p);
        }
        else if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, g)))
            paths.add(g.replace(/^\.\//, ''));
        else if (strict)
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${g}: no such requirements file`);
    }
    return [...paths].sort();
}
function readRequirements(cwd, globs, strict) {
    return expandRequirements(cwd, globs, strict).map((path) => ({ path, text: (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'requirements file') }));
}


/***/ })

};
