export const id = 5577;
export const ids = [5577];
export const modules = {

/***/ 75577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRules: () => (/* binding */ runRules)
/* harmony export */ });
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63990);
/** `archdoc rules`: the catalogue, for people (pretty) and for tools (json). */

function runRules(io, opts) {
    if (opts.format === 'json') {
        io.out(JSON.stringify({ rules: _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_METAS */ ._ }, null, 2) + '\n');
        return 0;
    }
    const width = Math.max(..._lint_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_METAS */ ._.map((r) => r.name.length));
    for (const r of _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_METAS */ ._) {
        const off = r.offByDefault ? ' (off by default: --strict or the config turns it on)' : '';
        io.out(`${r.name.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fixable' : '       '}  ${r.description}${off}\n`);
    }
    return 0;
}


/***/ }),

/***/ 63990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ RULE_METAS)
});

// UNUSED EXPORTS: RULE_NAMES

// EXTERNAL MODULE: ./src/lint/rules/index.ts + 31 modules
var rules = __webpack_require__(62993);
;// CONCATENATED MODULE: ./src/lint/rule.ts
function docsPathOf(name) {
    return `docs/rules/${name}.md`;
}

;// CONCATENATED MODULE: ./src/lint/catalogue.ts
/** Rule metadata for reports, config validation and `archdoc rules`. */


/** Rules whose facts come from outside the document (the requirements' history), run by the drift check. */
const CONTEXT_RULES = [
    {
        name: 'requirements-drift',
        description: 'The requirements changed since the document was generated or last updated.',
        severity: 'error',
        fixable: false,
        docsPath: docsPathOf('requirements-drift'),
    },
];
const RULE_METAS = [
    ...rules/* RULES */.y.map((r) => ({
        name: r.name,
        description: r.description,
        severity: r.severity,
        fixable: r.fixable,
        ...(r.offByDefault ? { offByDefault: true } : {}),
        ...(r.tags ? { tags: r.tags } : {}),
        docsPath: docsPathOf(r.name),
    })),
    ...CONTEXT_RULES,
];
const RULE_NAMES = RULE_METAS.map((r) => r.name);


/***/ })

};
