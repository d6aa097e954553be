export const id = 6364;
export const ids = [6364];
export const modules = {

/***/ 96364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOutline: () => (/* binding */ runOutline)
/* harmony export */ });
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68270);
/* harmony import */ var _core_log_line_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89864);
/* harmony import */ var _evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19828);
/* harmony import */ var _evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20545);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58925);
/** `archdoc outline`: how the document's headings map onto the template (SPEC §5), for people or tools. */






function renderPretty(docs) {
    let out = '';
    for (const d of docs) {
        out += `${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .m)(d.path)}\n`;
        const width = Math.max(0, ...d.outline.map((o) => o.section.length));
        const lineWidth = Math.max(4, ...d.outline.map((o) => String(o.line ?? '').length));
        for (const o of d.outline) {
            const where = o.line === null ? '—'.padEnd(lineWidth) : String(o.line).padStart(lineWidth);
            const found = o.heading === null ? 'missing' : `${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .m)(o.heading)}  (${o.matchedBy.join(', ')})`;
            out += `  ${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .m)(o.section).padEnd(width)}  ${where}  ${found}\n`;
        }
        if (d.others.length) {
            out += `  other headings:\n`;
            for (const h of d.others)
                out += `    ${String(h.line).padStart(lineWidth)}  ${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .m)(h.heading)}${h.duplicateOf ? `  (repeats ${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_5__/* .showControls */ .m)(h.duplicateOf)})` : ''}\n`;
        }
    }
    return out;
}
function runOutline(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .documentTargets */ .g8)(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}), source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LINE */ .rD });
    // Parse and match only: the outline without running the rules (no diagram is parsed by mermaid).
    const docs = targets.map((target) => (0,_evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDocument */ .l)(target, (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_2__/* .localSource */ .j)(repo, target)).outline());
    io.out(opts.format === 'json' ? `${JSON.stringify({ files: docs })}\n` : renderPretty(docs));
    return 0;
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


/***/ })

};
