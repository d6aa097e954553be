export const id = 7053;
export const ids = [7053];
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
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58925);
/* harmony import */ var _sources_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78022);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8861);
/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift. */







async function runDrift(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_NAMES */ .iU, repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LINE */ .rD,
    });
    const results = targets.map((t) => {
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_6__/* .targetOrigins */ .z)(t);
        const docText = repo.read(t.doc, from.doc, 'document');
        const requirements = repo.requirements(t.requirements, from.requirements, opts.requirements.length > 0);
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

/***/ 22320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ checkDrift),
/* harmony export */   r: () => (/* binding */ driftFinding)
/* harmony export */ });
/* harmony import */ var _stamp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80128);

function checkDrift(input) {
    const found = (0,_stamp_js__WEBPACK_IMPORTED_MODULE_0__/* .readStamp */ .UL)(input.docText);
    if (found) {
        const recorded = found.stamp.requirements;
        const now = new Map(input.requirements.map((f) => [f.path, (0,_stamp_js__WEBPACK_IMPORTED_MODULE_0__/* .contentHash */ .Ae)(f.text)]));
        const changed = [
            ...[...now].filter(([p, h]) => recorded[p] !== h).map(([p]) => p),
            ...Object.keys(recorded).filter((p) => !now.has(p)),
        ].sort();
        return changed.length
            ? {
                drift: true,
                basis: 'stamp',
                changed,
                line: found.line,
                reason: `${list(changed)} changed since the document was generated${found.stamp.generated ? ` (${found.stamp.generated})` : ''}`,
            }
            : { drift: false, basis: 'stamp', changed, line: found.line, reason: 'the requirements match the stamp' };
    }
    if (input.pullRequest) {
        const { docChanged, requirementsChanged } = input.pullRequest;
        if (requirementsChanged.length && !docChanged) {
            return {
                drift: true,
                basis: 'pull-request',
                changed: [...requirementsChanged].sort(),
                line: 1,
                reason: `this pull request changes ${list(requirementsChanged)} but not the architecture document`,
            };
        }
        return { drift: false, basis: 'pull-request', changed: [], line: 1, reason: docChanged ? 'the document is updated in this pull request' : 'the requirements are unchanged in this pull request' };
    }
    if (input.history?.docTime !== undefined) {
        const docTime = input.history.docTime;
        const changed = Object.entries(input.history.requirementTimes)
            .filter(([, t]) => t !== undefined && t > docTime)
            .map(([p]) => p)
            .sort();
        return changed.length
            ? { drift: true, basis: 'history', changed, line: 1, reason: `${list(changed)} changed after the document's last commit` }
            : { drift: false, basis: 'history', changed, line: 1, reason: "the requirements' last changes are older than the document's" };
    }
    return { drift: false, basis: 'none', changed: [], line: 1, reason: 'no stamp and no history to compare against' };
}
function list(paths) {
    return paths.map((p) => `\`${p}\``).join(', ');
}
function driftFinding(result) {
    if (!result.drift)
        return undefined;
    return {
        rule: 'requirements-drift',
        severity: 'error',
        message: `Requirements drift: ${result.reason}. Update the document (archdoc regenerate) so it reflects them.`,
        line: result.line,
        column: 1,
        fixable: false,
    };
}


/***/ }),

/***/ 80128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   UL: () => (/* binding */ readStamp),
/* harmony export */   WE: () => (/* binding */ requirementHashes),
/* harmony export */   mx: () => (/* binding */ applyStamp)
/* harmony export */ });
/* unused harmony export formatStamp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The stamp: an HTML comment at the end of a generated document recording what it was generated from
 * (requirements and template hashes, model, time). `archdoc drift` and `requirements-drift` read it.
 */

const PREFIX = '<!-- archdoc:stamp ';
const STAMP_RE = /<!-- archdoc:stamp (\{.*?\}) -->[ \t]*(?:\r?\n)?/;
/** Content hash that ignores line endings and trailing spaces, so a checkout on Windows is not drift. */
function contentHash(text) {
    const normal = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((l) => l.trimEnd())
        .join('\n')
        .trim();
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(normal).digest('hex').slice(0, 16)}`;
}
function requirementHashes(files) {
    const out = {};
    for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path)))
        out[f.path] = contentHash(f.text);
    return out;
}
function formatStamp(stamp) {
    // `--` must not appear inside an HTML comment; JSON lets us escape it.
    const json = JSON.stringify(stamp).replace(/--/g, '-\\u002d');
    return `${PREFIX}${json} -->`;
}
function readStamp(text) {
    const idx = text.lastIndexOf(PREFIX);
    if (idx === -1)
        return undefined;
    const m = STAMP_RE.exec(text.slice(idx));
    if (!m)
        return undefined;
    try {
        const data = JSON.parse(m[1]);
        if (!data || typeof data.requirements !== 'object' || typeof data.template !== 'string')
            return undefined;
        const line = text.slice(0, idx).split('\n').length;
        return { stamp: data, line, start: idx, end: idx + m[0].length };
    }
    catch {
        return undefined;
    }
}
/** The document with its stamp replaced (or appended after one blank line). */
function applyStamp(text, stamp) {
    const found = readStamp(text);
    const body = (found ? text.slice(0, found.start) + text.slice(found.end) : text).replace(/\s+$/, '');
    const nl = text.includes('\r\n') ? '\r\n' : '\n';
    return `${body}${nl}${nl}${formatStamp(stamp)}${nl}`;
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


/***/ })

};
