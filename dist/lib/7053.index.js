export const id = 7053;
export const ids = [7053];
export const modules = {

/***/ 37053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68270);
/* harmony import */ var _evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19828);
/* harmony import */ var _evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20545);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58925);
/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift, 2 when it could not tell. */





async function runDrift(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LINE */ .rD,
    });
    const results = targets.map((t) => {
        const evaluation = (0,_evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDocument */ .l)(t, (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_2__/* .localSource */ .j)(repo, t, { requirementsNamed: opts.requirements.length > 0 }));
        return { doc: t.doc, requirements: evaluation.requirements().map((r) => r.path), ...evaluation.drift() };
    });
    const plain = (s) => s.replace(/`/g, '');
    if (opts.format === 'json')
        io.out(JSON.stringify({ documents: results, drift: results.some((r) => r.drift) }, null, 2) + '\n');
    else
        for (const r of results)
            if (r.state !== 'unknown')
                io.out(`${r.doc}: ${r.drift ? 'drift' : 'no drift'} (${r.basis}): ${plain(r.reason)}\n`);
    // "Could not tell" is never "no drift": one line each on stderr, and exit 2.
    const unknown = results.filter((r) => r.state === 'unknown');
    for (const r of unknown)
        io.err(`archdoc: ${r.doc}: could not tell whether the requirements changed after the document: ${plain(r.reason)}\n`);
    return unknown.length ? 2 : results.some((r) => r.drift) ? 1 : 0;
}


/***/ })

};
