export const id = 4206;
export const ids = [4206];
export const modules = {

/***/ 74206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRegenerate: () => (/* binding */ runRegenerate)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58925);
/* harmony import */ var _generate_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89229);
/* harmony import */ var _generate_providers_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84531);
/* harmony import */ var _evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19828);
/* harmony import */ var _evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20545);
/**
 * `archdoc regenerate`: the LLM writes the document anew from the requirements; archdoc gates it.
 * Exit 0: a document passed the gate (or the stamp/cache says nothing changed); 1: the gate failed and
 * nothing was written; 2: bad usage, no provider configured, or the LLM call itself failed.
 */








const CLI_HINT = 'On the command line: --provider, --model and --base-url, with the key in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...).';
/** Keys never reach the terminal, not even inside a document an LLM echoed one into. */
function masked(io, secrets) {
    const mask = (s) => secrets.reduce((t, k) => (k.length >= 4 ? t.split(k).join('***') : t), s);
    return { ...io, out: (s) => io.out(mask(s)), err: (s) => io.err(mask(s)) };
}
async function runRegenerate(rawIo, opts) {
    const io = masked(rawIo, (0,_generate_providers_index_js__WEBPACK_IMPORTED_MODULE_5__/* .secretsToMask */ .Fv)({ env: rawIo.env }));
    if (opts.write && opts.diff)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--write and --diff cannot be combined');
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_LINE */ .rD,
    });
    if (targets.length > 1) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the config lists ${targets.length} documents (${targets.map((t) => t.doc).join(', ')}): name one with --doc`);
    }
    const target = targets[0];
    const from = (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_7__/* .targetOrigins */ .z)(target);
    // Every path is checked before the LLM hears anything: the document (and that it may be written), the cache folder.
    if (opts.write)
        repo.writableDocument(target.doc, from.doc);
    const cache = opts.cache !== false ? (0,_generate_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .folderCache */ .Pv)(repo.path(opts.cacheDir ?? '.archdoc-cache', { setting: '--cache-dir', source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_LINE */ .rD })) : undefined;
    const evaluation = (0,_evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateDocument */ .l)(target, (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_7__/* .localSource */ .j)(repo, target, { requirementsNamed: opts.requirements.length > 0, documentMayBeMissing: true }));
    if (evaluation.requirements().length === 0) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no requirements files found (${target.requirements.join(', ')}): name them with --requirements`);
    }
    const log = (line) => io.err(`archdoc: ${line}\n`);
    const result = await evaluation.regenerate({
        llm: { provider: opts.provider ?? cfg?.llmProvider, model: opts.model ?? cfg?.llmModel, baseUrl: opts.baseUrl ?? cfg?.llmBaseUrl, env: io.env },
        maxAttempts: opts.maxAttempts ?? cfg?.maxAttempts,
        ...(cache ? { cache } : {}),
        force: opts.force,
        log,
        ...(opts.now ? { now: opts.now } : {}),
    });
    switch (result.status) {
        case 'not-configured':
            io.err(`archdoc: ${result.reason}\n${CLI_HINT}\n`);
            return 2;
        case 'failed':
            for (const f of result.findings.slice(0, 20))
                io.err(`  ${target.doc}:${f.line}:${f.column} ${f.rule}: ${f.message}\n`);
            io.err(`archdoc: ${result.reason}\n`);
            // The gate said no: 1. The call itself failed (key, model, quota, network, budget): 2.
            return result.error ? 2 : 1;
        default:
            break;
    }
    const text = result.text ?? '';
    log(result.reason);
    if (opts.write) {
        if (result.changed) {
            // A first document may need its folder: writeDocument makes it.
            repo.writeDocument(target.doc, text, from.doc);
            log(`wrote ${target.doc}`);
        }
        else
            log(`${target.doc} unchanged`);
    }
    else if (opts.diff) {
        io.out(result.diff);
    }
    else {
        io.out(text);
    }
    return 0;
}


/***/ })

};
