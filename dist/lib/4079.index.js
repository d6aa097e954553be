export const id = 4079;
export const ids = [4079];
export const modules = {

/***/ 34079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrace: () => (/* binding */ runTrace)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58925);
/* harmony import */ var _model_requirements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16057);
/* harmony import */ var _model_terminal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80841);
/* harmony import */ var _evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19828);
/* harmony import */ var _evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20545);
/** `archdoc trace`: the traceability matrix, each requirement with the sections and diagram elements that cite it. */








function where(c) {
    const d = c.diagram ? ` ${c.diagram.type}${c.diagram.element ? ` ${c.diagram.element}` : ''}` : '';
    return `${c.line}${c.section ? ` ${c.section}` : ''}${d}`;
}
function renderPretty(results) {
    let out = '';
    for (const r of results) {
        const cited = r.matrix.filter((x) => x.citations.length > 0).length;
        out += `${(0,_model_terminal_js__WEBPACK_IMPORTED_MODULE_7__/* .plain */ .p)(r.doc)} (requirements: ${r.requirements.map(_model_terminal_js__WEBPACK_IMPORTED_MODULE_7__/* .plain */ .p).join(', ')})\n`;
        const width = Math.max(0, ...r.matrix.map((x) => x.id.length));
        for (const x of r.matrix) {
            const cites = x.citations.length ? x.citations.map((c) => (0,_model_terminal_js__WEBPACK_IMPORTED_MODULE_7__/* .plain */ .p)(where(c))).join('; ') : 'untraced';
            out += `  ${x.id.padEnd(width)}  ${cites}\n`;
        }
        const untraced = r.matrix.filter((x) => x.citations.length === 0).map((x) => x.id);
        out += `${cited} of ${r.matrix.length} requirements cited${untraced.length ? `; untraced: ${untraced.join(', ')}` : ''}\n`;
    }
    return out;
}
function toJson(results) {
    const documents = results.map((r) => ({
        doc: r.doc,
        requirements: r.requirements,
        matrix: r.matrix.map((x) => ({ id: x.id, title: x.title, source: { path: x.path, line: x.line }, citations: x.citations })),
        untraced: r.matrix.filter((x) => x.citations.length === 0).map((x) => x.id),
    }));
    return JSON.stringify({ documents }, null, 2) + '\n';
}
async function runTrace(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_LINE */ .rD,
    });
    const results = [];
    for (const t of targets) {
        const evaluation = (0,_evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateDocument */ .l)(t, (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_6__/* .localSource */ .j)(repo, t, { requirementsNamed: opts.requirements.length > 0 }));
        const requirements = evaluation.requirements();
        if (requirements.length === 0)
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no requirements file found (${t.requirements.join(', ')}): name one with --requirements`);
        const { ctx, model } = await evaluation.model();
        results.push({ doc: t.doc, requirements: requirements.map((r) => r.path), matrix: (0,_model_requirements_js__WEBPACK_IMPORTED_MODULE_4__/* .traceMatrix */ .pJ)((0,_model_requirements_js__WEBPACK_IMPORTED_MODULE_4__/* .requirementsOf */ .CG)(requirements), ctx.doc, model) });
    }
    io.out(opts.format === 'json' ? toJson(results) : renderPretty(results));
    return 0;
}


/***/ })

};
