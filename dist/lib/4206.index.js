export const id = 4206;
export const ids = [4206,2653];
export const modules = {

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

/***/ 74206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRegenerate: () => (/* binding */ runRegenerate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68270);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63990);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6109);
/* harmony import */ var _sources_requirements_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9916);
/* harmony import */ var _fix_write_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38307);
/* harmony import */ var _generate_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89229);
/* harmony import */ var _generate_propose_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(99537);
/* harmony import */ var _generate_providers_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(84531);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32653);
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
    const io = masked(rawIo, (0,_generate_providers_index_js__WEBPACK_IMPORTED_MODULE_10__/* .secretsToMask */ .Fv)({ env: rawIo.env }));
    if (opts.write && opts.diff)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--write and --diff cannot be combined');
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_NAMES */ .iU, opts.config && (0,_lint_js__WEBPACK_IMPORTED_MODULE_11__.inCwd)(io, opts.config), io.cwd);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    });
    if (targets.length > 1) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the config lists ${targets.length} documents (${targets.map((t) => t.doc).join(', ')}): name one with --doc`);
    }
    const target = targets[0];
    const requirements = (0,_sources_requirements_js__WEBPACK_IMPORTED_MODULE_6__/* .readRequirements */ .F)(io.cwd, target.requirements, opts.requirements.length > 0);
    if (requirements.length === 0) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no requirements files found (${target.requirements.join(', ')}): name them with --requirements`);
    }
    const docFile = (0,_lint_js__WEBPACK_IMPORTED_MODULE_11__.inCwd)(io, target.doc);
    const currentDoc = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(docFile) ? (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)(docFile, 'document') : undefined;
    const log = (line) => io.err(`archdoc: ${line}\n`);
    const result = await (0,_generate_propose_js__WEBPACK_IMPORTED_MODULE_9__/* .proposeRegeneration */ .s)({
        llm: { provider: opts.provider ?? cfg?.llmProvider, model: opts.model ?? cfg?.llmModel, baseUrl: opts.baseUrl ?? cfg?.llmBaseUrl, env: io.env },
        template: target.template,
        readTemplate: (p) => (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)((0,_lint_js__WEBPACK_IMPORTED_MODULE_11__.inCwd)(io, p), 'template'),
        rules: target.rules,
        requirements,
        currentDoc,
        docPath: target.doc,
        maxAttempts: opts.maxAttempts ?? cfg?.maxAttempts,
        ...(opts.cache !== false ? { cache: (0,_generate_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .folderCache */ .Pv)((0,_lint_js__WEBPACK_IMPORTED_MODULE_11__.inCwd)(io, opts.cacheDir ?? '.archdoc-cache')) } : {}),
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
            // A first document may need its folder.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(docFile), { recursive: true });
            (0,_fix_write_file_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Z)(docFile, text);
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


/***/ }),

/***/ 38307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44637);
/**
 * Replace a file's content atomically: a temp file in the same directory, flushed to disk, renamed over
 * the original. A reader sees the old file or the new one, never half of one; the mode, a UTF-8 byte
 * order mark and the file behind a symlink are kept.
 */




const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function startsWithBom(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(3);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function writeFileAtomic(path, text) {
    let target = path;
    let mode = 0o644;
    let bom = false;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).mode & 0o7777;
        bom = startsWithBom(target);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw failure(path, e);
    }
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.archdoc-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', mode);
        try {
            const body = Buffer.from(text, 'utf8');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bom ? Buffer.concat([BOM, body]) : body);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode); // the umask may have narrowed it
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    catch (e) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
        }
        catch {
            // never created, or already renamed
        }
        throw failure(path, e);
    }
    syncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
}
/** Make the rename itself durable; not every platform can open a directory, and then there is nothing to do. */
function syncDirectory(dir) {
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, 'r');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        // Windows: directories cannot be fsynced; the rename is still atomic.
    }
}
function failure(path, e) {
    const code = e.code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? e.message);
    return new _core_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${path}: cannot write (${why})`);
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
