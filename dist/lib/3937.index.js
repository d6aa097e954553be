export const id = 3937;
export const ids = [3937];
export const modules = {

/***/ 63937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAuditPlan: () => (/* binding */ runAuditPlan),
/* harmony export */   tokenPort: () => (/* binding */ tokenPort)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _github_octokit_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66519);
/* harmony import */ var _audit_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52308);
/** `archdoc audit-plan --org ORG [--output FILE]`: the organisation audit's matrix (token from GITHUB_TOKEN, API from GITHUB_API_URL). */





function tokenPort(io) {
    const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
    if (!token)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('set GITHUB_TOKEN to a token that can read the organisation\'s repositories');
    return (0,_github_octokit_port_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubPort */ .n)({ token, log: (m) => io.err(`archdoc: ${m.replace(/[\r\n]+/g, ' ')}\n`) });
}
async function runAuditPlan(io, opts) {
    const plan = await (0,_audit_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planAudit */ .Fu)(tokenPort(io), opts.org);
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    if (!opts.output) {
        io.out(json);
        return 0;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, opts.output), json);
    const { archived, disabled, withoutArchdoc } = plan.skipped;
    io.out(`${plan.repositories.length} repositories to audit in ${plan.chunkCount} matrix chunk(s); skipped ${archived} archived, ${disabled} disabled, ${withoutArchdoc} without archdoc\n`);
    return 0;
}


/***/ })

};
