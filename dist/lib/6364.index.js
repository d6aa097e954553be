export const id = 6364;
export const ids = [6364];
export const modules = {

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

/***/ 96364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOutline: () => (/* binding */ runOutline)
/* harmony export */ });
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68270);
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71236);
/* harmony import */ var _lint_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86803);
/* harmony import */ var _lint_outline_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29899);
/* harmony import */ var _lint_scope_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65425);
/* harmony import */ var _core_log_line_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89864);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58925);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42260);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8861);










/** Parse and match only: the outline without running the rules (no diagram is parsed by mermaid). */
function outlineText(text, path, template) {
    const doc = (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .parseForLint */ .yF)(text, path);
    const match = (0,_lint_match_js__WEBPACK_IMPORTED_MODULE_2__/* .matchSections */ .Gp)(template, doc);
    const taken = new Set(match.byTemplate.flatMap((m) => (m ? [m.heading.index] : [])));
    const repeats = new Map(match.duplicates.map((d) => [d.heading.index, (0,_lint_scope_js__WEBPACK_IMPORTED_MODULE_7__/* .headingLine */ .F5)(d.template.depth, d.template.heading)]));
    const others = doc.headings
        .filter((h) => !taken.has(h.index))
        .map((h) => {
        const of = repeats.get(h.index);
        return { heading: (0,_lint_scope_js__WEBPACK_IMPORTED_MODULE_7__/* .headingLine */ .F5)(h.depth, h.text), line: h.line, ...(of ? { duplicateOf: of } : {}) };
    });
    return { path, outline: (0,_lint_outline_js__WEBPACK_IMPORTED_MODULE_8__/* .outlineOf */ .W)(template, match), others };
}
function renderPretty(docs) {
    let out = '';
    for (const d of docs) {
        out += `${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_9__/* .showControls */ .m)(d.path)}\n`;
        const width = Math.max(0, ...d.outline.map((o) => o.section.length));
        const lineWidth = Math.max(4, ...d.outline.map((o) => String(o.line ?? '').length));
        for (const o of d.outline) {
            const where = o.line === null ? '—'.padEnd(lineWidth) : String(o.line).padStart(lineWidth);
            const found = o.heading === null ? 'missing' : `${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_9__/* .showControls */ .m)(o.heading)}  (${o.matchedBy.join(', ')})`;
            out += `  ${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_9__/* .showControls */ .m)(o.section).padEnd(width)}  ${where}  ${found}\n`;
        }
        if (d.others.length) {
            out += `  other headings:\n`;
            for (const h of d.others)
                out += `    ${String(h.line).padStart(lineWidth)}  ${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_9__/* .showControls */ .m)(h.heading)}${h.duplicateOf ? `  (repeats ${(0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_9__/* .showControls */ .m)(h.duplicateOf)})` : ''}\n`;
        }
    }
    return out;
}
function runOutline(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .documentTargets */ .g8)(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}), source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LINE */ .rD });
    const docs = targets.map((target) => {
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_6__/* .targetOrigins */ .z)(target);
        const text = repo.read(target.doc, from.doc, 'document');
        const template = (0,_template_load_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTemplate */ .X)(target.template, (p) => repo.read(p, from.template, 'template'));
        return outlineText(text, target.doc, template);
    });
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
