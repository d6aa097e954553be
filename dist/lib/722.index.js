export const id = 722;
export const ids = [722,2653];
export const modules = {

/***/ 70722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG: () => (/* binding */ CONFIG),
/* harmony export */   WORKFLOW: () => (/* binding */ WORKFLOW),
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68270);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42260);
/* harmony import */ var _lint_edits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43728);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32653);
/** `archdoc init`: a workflow, a config and (if absent) a skeleton document to start from. */






const WORKFLOW = `name: archdoc
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]
permissions:
  contents: read
  pull-requests: write
jobs:
  archdoc:
    runs-on: ubuntu-latest
    steps:
      - uses: archdoc/archdoc@v0
        with:
          mode: validate
`;
const CONFIG = `# archdoc configuration: https://github.com/archdoc/archdoc#configuration
template: architecture
doc: ${_config_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE}
requirements:
  - docs/01_requirements.md
rules: {}
  # diagram-title: warning
`;
function runInit(io, opts) {
    const files = [
        ['.github/workflows/archdoc.yml', WORKFLOW, !!opts.force],
        ['.github/archdoc.yml', CONFIG, !!opts.force],
        // The document is the author's: never overwritten, not even with --force.
        [_config_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE, skeletonDocument((0,_template_load_js__WEBPACK_IMPORTED_MODULE_3__/* .builtinTemplate */ .e)('architecture')), false],
    ];
    for (const [path, text, overwrite] of files) {
        const full = (0,_lint_js__WEBPACK_IMPORTED_MODULE_5__.inCwd)(io, path);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) && !overwrite) {
            io.out(`kept    ${path} (exists${path === _config_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE ? '' : '; --force overwrites it'})\n`);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(full, text);
        io.out(`wrote   ${path}\n`);
    }
    io.out('next: fill in the document, then run `archdoc lint`\n');
    return 0;
}
/** The template as a starting document: the same section skeletons `archdoc fix` inserts. */
function skeletonDocument(template) {
    return template.sections.map(_lint_edits_js__WEBPACK_IMPORTED_MODULE_4__/* .sectionSkeleton */ .ru).join('\n\n') + '\n';
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


/***/ })

};
