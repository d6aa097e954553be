export const id = 6065;
export const ids = [6065];
export const modules = {

/***/ 66065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeApplied: () => (/* binding */ describeApplied),
/* harmony export */   runFix: () => (/* binding */ runFix)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19828);
/* harmony import */ var _evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20545);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58925);
/* harmony import */ var _report_diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26261);
/* harmony import */ var _report_pretty_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7108);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65655);
/** `archdoc fix`: repair what can be repaired without an LLM; print the document or a diff, or write it in place. */









/** `section-missing ×2, mojibake`: what was repaired, by rule, in the order first applied. */
function describeApplied(applied) {
    const counts = new Map();
    for (const f of applied)
        counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    return [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
}
async function runFix(io, opts) {
    if (opts.write && opts.diff)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('fix: choose one of --write and --diff');
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, {
        ...(opts.file ? { files: [opts.file] } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMAND_LINE */ .rD,
    });
    if (targets.length > 1 && !opts.write && !opts.diff) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`fix: the config lists ${targets.length} documents; name one FILE, or use --write or --diff`);
    }
    // The report goes where the document does not: stdout is the document (or diff) unless writing in place.
    const report = opts.write ? io.out : io.err;
    // Every document may be written before any is: a refusal leaves all of them as they were.
    if (opts.write)
        for (const target of targets)
            repo.writableDocument(target.doc, (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_3__/* .targetOrigins */ .z)(target).doc);
    let errors = 0;
    for (const target of targets) {
        const source = (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_3__/* .localSource */ .j)(repo, target);
        const text = source.docText ?? '';
        const result = await (0,_evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateDocument */ .l)(target, source).fix();
        if (opts.write) {
            if (result.changed)
                repo.writeDocument(target.doc, result.text, (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_3__/* .targetOrigins */ .z)(target).doc);
        }
        else if (opts.diff)
            io.out((0,_report_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .unifiedDiff */ .WH)(text, result.text, target.doc));
        else
            io.out(result.text);
        const done = result.changed
            ? `${opts.write ? 'fixed' : 'would fix'} ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(result.applied.length, 'finding')} (${describeApplied(result.applied)})`
            : 'nothing to fix';
        report(`${target.doc}: ${done}.\n`);
        if (result.remaining.length) {
            // The findings are positions in the fixed text: the file itself once written, else what stdout (or
            // the diff's new side) shows, which no path names. Positions in inserted text have no place in the
            // file as it is, so they are not mapped back: the label says which text they count lines in.
            const path = opts.write || !result.changed ? target.doc : `${target.doc} (fixed)`;
            report((0,_report_pretty_js__WEBPACK_IMPORTED_MODULE_8__/* .renderPretty */ .l)({ files: [{ path, findings: result.remaining }], errors: 0, warnings: 0 }, { color: opts.write ? io.color : false }));
        }
        errors += result.remaining.filter((f) => f.severity === 'error').length;
    }
    return errors > 0 ? 1 : 0;
}


/***/ }),

/***/ 89864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ logLine),
/* harmony export */   m: () => (/* binding */ showControls)
/* harmony export */ });
/**
 * Text made safe for the runner's log. The runner reads every stdout line that starts (after leading
 * whitespace) with `::` as a workflow command, and `##[name]` anywhere in a line as a legacy one; the
 * log viewer also honours ANSI escapes. Untrusted text (paths from a PR's config, quotes of the
 * document, LLM replies) must never become a command, so a log line is one line, with neither.
 */
// Line breaks as the runner splits them (CR, LF) and as editors show them (U+2028/2029).
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
// Other C0/C1 controls (ESC, CSI, OSC-8 hyperlinks start with one of these) and bidi overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Visible stand-in for a control character: `\x1b`, `\u202e`. */
function showControl(ch) {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Control characters (escape sequences, bidi overrides) shown visibly; tabs and line breaks kept. */
function showControls(text) {
    return text.replace(CONTROL, showControl);
}
/** One log line: line breaks shown as `⏎`, controls as `\xNN`, and no workflow command can start. */
function logLine(text) {
    const line = showControls(text.replace(LINE_BREAK, '⏎')).replace(/##\[/g, '##\\[');
    // A backslash is not whitespace, so the runner's TrimStart no longer finds `::` at the start.
    return /^\s*::/.test(line) ? `\\${line}` : line;
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


/***/ })

};
