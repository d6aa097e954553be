export const id = 4079;
export const ids = [4079];
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

/***/ 34079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrace: () => (/* binding */ runTrace)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69322);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42260);
/* harmony import */ var _model_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65757);
/* harmony import */ var _model_requirements_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16057);
/* harmony import */ var _model_terminal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80841);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8861);
/** `archdoc trace`: the traceability matrix, each requirement with the sections and diagram elements that cite it. */









function where(c) {
    const d = c.diagram ? ` ${c.diagram.type}${c.diagram.element ? ` ${c.diagram.element}` : ''}` : '';
    return `${c.line}${c.section ? ` ${c.section}` : ''}${d}`;
}
function renderPretty(results) {
    let out = '';
    for (const r of results) {
        const cited = r.matrix.filter((x) => x.citations.length > 0).length;
        out += `${(0,_model_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .plain */ .p)(r.doc)} (requirements: ${r.requirements.map(_model_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .plain */ .p).join(', ')})\n`;
        const width = Math.max(0, ...r.matrix.map((x) => x.id.length));
        for (const x of r.matrix) {
            const cites = x.citations.length ? x.citations.map((c) => (0,_model_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .plain */ .p)(where(c))).join('; ') : 'untraced';
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
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_7__/* .targetOrigins */ .z)(t);
        const requirements = repo.requirements(t.requirements, from.requirements, opts.requirements.length > 0);
        if (requirements.length === 0)
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no requirements file found (${t.requirements.join(', ')}): name one with --requirements`);
        const text = repo.read(t.doc, from.doc, 'document');
        const template = (0,_template_load_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTemplate */ .X)(t.template, (p) => repo.read(p, from.template, 'template'));
        const { ctx, model } = await (0,_model_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadModel */ .c)(text, t.doc, template);
        results.push({ doc: t.doc, requirements: requirements.map((r) => r.path), matrix: (0,_model_requirements_js__WEBPACK_IMPORTED_MODULE_6__/* .traceMatrix */ .pJ)((0,_model_requirements_js__WEBPACK_IMPORTED_MODULE_6__/* .requirementsOf */ .CG)(requirements), ctx.doc, model) });
    }
    io.out(opts.format === 'json' ? toJson(results) : renderPretty(results));
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

/***/ 55136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ lintText),
/* harmony export */   l$: () => (/* binding */ lintContext)
/* harmony export */ });
/* unused harmony export parseForLint */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27059);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5108);
/* harmony import */ var _chat_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21147);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50049);
/** Run the rule catalogue over one document: parse -> match -> diagrams -> rules -> findings. */





/** Parse, seeing through a whole-document code-fence wrapper so the document inside is still checked. */
function parseForLint(text, path) {
    const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const residue = (0,_chat_js__WEBPACK_IMPORTED_MODULE_4__/* .findChatResidue */ .h)(lines);
    if (!residue.wrapper)
        return (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, path);
    const doc = (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)((0,_chat_js__WEBPACK_IMPORTED_MODULE_4__/* .maskWrapper */ .O)(text, (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLineStarts */ .p4)(text), residue), path);
    return { ...doc, text, lines };
}
async function analyzeAll(doc) {
    const blocks = doc.codeBlocks.filter((c) => c.lang === 'mermaid');
    if (blocks.length === 0)
        return [];
    // Loaded only now: documents without diagrams never pay for mermaid.
    const { analyzeDiagrams } = await __webpack_require__.e(/* import() */ 669).then(__webpack_require__.bind(__webpack_require__, 40669));
    const analyses = await analyzeDiagrams(blocks.map((b) => b.value));
    return blocks.map((block, i) => ({ block, analysis: analyses[i] }));
}
function toFinding(rule, f, severity) {
    return {
        rule: rule.name,
        severity,
        message: f.message,
        line: Math.max(1, f.line),
        column: Math.max(1, f.column),
        ...(f.endLine !== undefined && f.endLine > f.line ? { endLine: f.endLine } : {}),
        fixable: f.fixable ?? rule.fixable,
        ...(f.fix ? { fix: f.fix } : {}),
    };
}
/** Everything the rules read about one document (also what the document model is built from). */
async function lintContext(text, path, template, requirements) {
    const doc = parseForLint(text, path);
    return { doc, template, match: (0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .matchSections */ .Gp)(template, doc), diagrams: await analyzeAll(doc), ...(requirements ? { requirements } : {}) };
}
async function lintText(text, path, options) {
    const ctx = await lintContext(text, path, options.template, options.requirements);
    const { doc } = ctx;
    const findings = [];
    for (const rule of _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y) {
        const setting = options.rules?.[rule.name];
        if (setting === 'off')
            continue;
        if (rule.offByDefault && setting === undefined && !options.strict)
            continue;
        const severity = setting ?? rule.severity;
        for (const f of rule.check(ctx))
            findings.push(toFinding(rule, f, severity));
    }
    for (const f of options.extraFindings ?? []) {
        const setting = options.rules?.[f.rule];
        if (setting === 'off')
            continue;
        findings.push(setting ? { ...f, severity: setting } : f);
    }
    const maxLine = Math.max(1, doc.lines.length);
    for (const f of findings) {
        f.line = Math.min(f.line, maxLine);
        if (f.endLine !== undefined)
            f.endLine = Math.min(f.endLine, maxLine);
    }
    return { doc, findings: findings.sort(_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg) };
}


/***/ }),

/***/ 65757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadModel)
/* harmony export */ });
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55136);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59217);
/** A document's model from its text: what `archdoc trace` and `archdoc diff` read (lint builds the same from its context). */


async function loadModel(text, path, template, requirements) {
    const ctx = await (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintContext */ .l$)(text, path, template, requirements);
    return { ctx, model: (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .D)(ctx) };
}


/***/ }),

/***/ 80841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ plain)
/* harmony export */ });
/** Text from documents goes to a terminal: control characters (escape sequences, carriage returns) become spaces. */
function plain(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES)
/* harmony export */ });
/* unused harmony export decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44637);
/** Read a document from disk with every failure turned into one clear line (SPEC §6: bounded inputs). */


/** Documents larger than this are refused: an architecture document is a few KB; 10 MB is a mistake. */
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes -> text, refusing binary content and invalid UTF-8 with the place it goes wrong. */
function decodeText(bytes, name) {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0))
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}: looks like a binary file (it contains NUL bytes), not Markdown`);
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        // Find the first bad byte for the message: decode growing prefixes cheaply by lines.
        let line = 1;
        let start = 0;
        for (let i = 0; i <= bytes.length; i++) {
            if (i === bytes.length || bytes[i] === 0x0a) {
                try {
                    utf8.decode(bytes.subarray(start, i));
                }
                catch {
                    break;
                }
                line++;
                start = i + 1;
            }
        }
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name}:${line}: not valid UTF-8 text; save the file as UTF-8`);
    }
}
function readTextFile(path, what = 'file') {
    let size;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (st.isDirectory())
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: is a directory; give the path of a Markdown ${what}`);
        size = st.size;
    }
    catch (e) {
        if (e instanceof _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw e;
        const code = e.code;
        if (code === 'ENOENT')
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: no such ${what}`);
        if (code === 'EACCES')
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: permission denied`);
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: cannot read (${code ?? e.message})`);
    }
    if (size > MAX_DOCUMENT_BYTES) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: ${(size / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    }
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (e) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${path}: cannot read (${e.code ?? e.message})`);
    }
    return decodeText(bytes, path);
}


/***/ }),

/***/ 69322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository),
  H: () => (/* binding */ repositoryRoot)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/fix/write-file.ts
var write_file = __webpack_require__(38307);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/sources/path-guard.ts
var path_guard = __webpack_require__(84791);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
;// CONCATENATED MODULE: ./src/sources/requirements.ts
/**
 * Requirements files named by globs, read from disk, never from outside the repository: a pattern may
 * not be absolute or use `..`, its fixed folder may not lead out through a symlink, the walk does not
 * follow symlinks (a symlinked requirements file is named literally), and every match is checked again.
 */







const SETTINGS = { setting: 'requirements', source: 'from the settings' };
/** Paths the globs name (relative to `cwd` for globs, as written for literals), sorted. A literal path that does not exist is an error when `strict`. */
function expandRequirements(cwd, globs, strict, scope = {}) {
    const root = scope.root ?? (0,path_guard/* rootAt */.sb)(cwd);
    const origin = scope.origin ?? SETTINGS;
    const paths = new Set();
    for (const g of globs) {
        if ((0,dist/* isDynamicPattern */.ey)(g)) {
            (0,path_guard/* assertRepoPath */.ac)(g, 'glob', origin);
            // The folder the walk starts in is followed even without followSymbolicLinks: check it first.
            (0,path_guard/* guardPath */.Lp)(root, cwd, picomatch_default().scan(g).base || '.', origin, g);
            const found = (0,dist/* globSync */.AZ)(g, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
            for (const p of found) {
                (0,path_guard/* guardPath */.Lp)(root, cwd, p, origin, g);
                paths.add(p);
            }
        }
        else if ((0,external_node_fs_.existsSync)((0,path_guard/* guardPath */.Lp)(root, cwd, g, origin)))
            paths.add(g.replace(/^\.\//, ''));
        else if (strict)
            throw new findings/* UsageError */.eb(`${g}: no such requirements file`);
    }
    return [...paths].sort();
}
function readRequirements(cwd, globs, strict, scope = {}) {
    return expandRequirements(cwd, globs, strict, scope).map((path) => ({ path, text: (0,files/* readTextFile */.Gu)((0,external_node_path_.resolve)(cwd, path), 'requirements file') }));
}

;// CONCATENATED MODULE: ./src/sources/repository.ts
/**
 * The repository a command works in, and the only way the commands reach its files: every read and
 * write goes through the path guard against the repository root.
 */








/** The git top-level of `cwd`, or `cwd` itself outside a git repository (or without git). */
function repositoryRoot(cwd) {
    try {
        const top = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        if (top)
            return top;
    }
    catch {
        // Not a repository, or no git: the current folder is the root.
    }
    return cwd;
}
function openRepository(cwd, rootPath = repositoryRoot(cwd)) {
    const root = (0,path_guard/* rootAt */.sb)(rootPath);
    return {
        root,
        cwd,
        path: (path, origin) => (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin),
        read(path, origin, what) {
            const abs = (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin);
            // The first thing a new user meets: say how to get a document, not just that there is none.
            if (what === 'document' && !(0,external_node_fs_.existsSync)(abs))
                throw new findings/* UsageError */.eb(`${path}: no such document (\`archdoc init\` writes a skeleton to start from)`);
            return (0,files/* readTextFile */.Gu)(abs, what);
        },
        exists: (path, origin) => (0,external_node_fs_.existsSync)((0,path_guard/* guardPath */.Lp)(root, cwd, path, origin)),
        requirements: (globs, origin, strict) => readRequirements(cwd, globs, strict, { root, origin }),
        glob: (pattern, origin) => expandRequirements(cwd, [pattern], false, { root, origin }),
        writableDocument: (path, origin) => (0,path_guard/* guardDocumentWrite */.ku)(root, cwd, path, origin),
        writeDocument(path, text, origin) {
            const abs = (0,path_guard/* guardDocumentWrite */.ku)(root, cwd, path, origin);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
            (0,write_file/* writeFileAtomic */.Z)(abs, text);
        },
    };
}


/***/ }),

/***/ 15493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ BUILTIN_TEMPLATES)
/* harmony export */ });
/**
 * Built-in templates: archdoc's own skeletons (SPEC §1–2), written here rather than copied from the kit.
 * `architecture` is the default; `requirements` and `security` cover steps 1 and 3 of the chain.
 */
const BUILTIN_TEMPLATES = {
    architecture: `# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    title System Context
    ...
\`\`\`

## 2. Container Architecture (C4 Level 2)

\`\`\`mermaid
C4Container
    title Container Diagram
    ...
\`\`\`

### Technology Stack
- **Frontend**: [Framework, State Management]
- **Backend**: [Language, Framework]
- **Database**: [Primary, Cache, Search]
- **Infra**: [Cloud Provider, Orchestration]

## 3. Data Model

\`\`\`mermaid
erDiagram
    ...
\`\`\`

## 4. API Design Strategy
- **Style**: [REST/GraphQL/gRPC]
- **Auth**: [OAuth2/OIDC/JWT]

### Key Endpoints
- \`[Method] [Path]\` - [Description]

## 5. Cross-Cutting Concerns
- **Observability**: [Logging, Metrics, Tracing]
- **Error Handling**: [Standardized responses]
- **Caching**: [Strategy]
- **Resilience**: [Circuit Breakers, Retries]
`,
    requirements: `# Requirements Specification

## 1. Overview
- **Product**: [Product name and one-line purpose]
- **Stakeholders**: [Who uses and who owns it]

## 2. Functional Requirements
...

## 3. Non-Functional Requirements
- **Performance**: [Latency and throughput targets]
- **Availability**: [Uptime target]
- **Security**: [Authentication, data protection]
- **Scalability**: [Expected growth]

## 4. Constraints and Assumptions
...
`,
    security: `# Security & Compliance Strategy

## 1. Threat Model
...

## 2. Authentication and Authorization
- **Authentication**: [Mechanism]
- **Authorization**: [Model, e.g. RBAC]

## 3. Data Protection
- **Encryption at Rest**: [Approach]
- **Encryption in Transit**: [Approach]
- **Secrets Management**: [Tooling]

## 4. Compliance
...
`,
};


/***/ }),

/***/ 42260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveTemplate),
/* harmony export */   e: () => (/* binding */ builtinTemplate)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15493);
/* harmony import */ var _parse_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47123);
/** Resolve a template name or path to a model. The caller supplies file reading, so this stays pure. */



const cache = new Map();
function builtinTemplate(name) {
    const text = _builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_TEMPLATES */ .i[name];
    if (text === undefined)
        return undefined;
    let model = cache.get(name);
    if (!model) {
        model = (0,_parse_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTemplate */ .QC)(text, name);
        cache.set(name, model);
    }
    return model;
}
/** `architecture`, `requirements`, `security`, or a path to a Markdown skeleton / kit prompt file. */
function resolveTemplate(spec, readText) {
    const builtin = builtinTemplate(spec);
    if (builtin)
        return builtin;
    if (!/[\\/.]/.test(spec)) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown template "${spec}": use one of ${Object.keys(_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_TEMPLATES */ .i).join(', ')} or a path to a Markdown file`);
    }
    return (0,_parse_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTemplate */ .QC)(readText(spec), spec);
}


/***/ })

};
