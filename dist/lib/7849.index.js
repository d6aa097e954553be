export const id = 7849;
export const ids = [7849];
export const modules = {

/***/ 1280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iE: () => (/* binding */ CONFIG_PATHS),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: lineOfPath

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
;// CONCATENATED MODULE: ./src/config/schema.ts
/** The config file's schema (.archdoc.yml / .github/archdoc.yml): the Action's inputs plus per-rule severities. */
const severity = { enum: ['off', 'warning', 'error'] };
const globs = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
function configSchema(ruleNames) {
    const rules = {
        type: 'object',
        propertyNames: { enum: [...ruleNames] },
        additionalProperties: severity,
    };
    const documentProps = {
        doc: { type: 'string', minLength: 1 },
        template: { type: 'string', minLength: 1 },
        requirements: globs,
        rules,
    };
    return {
        type: 'object',
        additionalProperties: false,
        properties: {
            ...documentProps,
            documents: {
                type: 'array',
                minItems: 1,
                items: { type: 'object', additionalProperties: false, required: ['doc'], properties: documentProps },
            },
            mode: { enum: ['validate', 'fix', 'regenerate'] },
            'fail-on': { enum: ['error', 'warning', 'never'] },
            comment: { type: 'boolean' },
            push: { type: 'boolean' },
            'dry-run': { type: 'boolean' },
            'llm-provider': { type: 'string', minLength: 1 },
            'llm-model': { type: 'string', minLength: 1 },
            'llm-base-url': { type: 'string', pattern: '^https?://' },
            'max-attempts': { type: 'integer', minimum: 1, maximum: 10 },
            command: { type: 'string', pattern: '^/\\S+$' },
            'drift-label': { type: 'string', minLength: 1, maxLength: 50 },
        },
    };
}

// EXTERNAL MODULE: ./src/sources/path-guard.ts
var path_guard = __webpack_require__(84791);
;// CONCATENATED MODULE: ./src/config/file.ts
/** Read and validate a config file; every problem names the key and its line. */





const CONFIG_PATHS = ['.archdoc.yml', '.archdoc.yaml', '.github/archdoc.yml', '.github/archdoc.yaml'];
/**
 * 1-based line of a key path like ['documents', 0, 'rules', 'x'] in block-style YAML (the usual config
 * shape). Best effort: the line of the deepest segment found.
 */
function lineOfPath(text, path) {
    // Read `- key: v` as `  key: v` so keys inside list items line up with their siblings.
    const lines = text.split('\n').map((l) => {
        const m = /^(\s*)((?:-\s+)+)/.exec(l);
        return m ? { dash: m[1].length, text: m[1] + ' '.repeat(m[2].length) + l.slice(m[0].length) } : { dash: -1, text: l };
    });
    const indentOf = (l) => l.length - l.trimStart().length;
    let start = 0;
    let parent = -1;
    let found = 1;
    for (const seg of path) {
        let hit = -1;
        let level = -1;
        let count = -1;
        for (let i = start; i < lines.length; i++) {
            const { dash, text: l } = lines[i];
            if (!l.trim() || l.trimStart().startsWith('#'))
                continue;
            if (typeof seg === 'number') {
                if (dash === -1 && indentOf(l) <= parent)
                    break;
                if (dash !== -1 && dash > parent && (level === -1 || dash === level)) {
                    level = dash;
                    if (++count === seg) {
                        hit = i;
                        break;
                    }
                }
                continue;
            }
            const ind = indentOf(l);
            if (i > start && ind <= parent)
                break;
            if (level === -1)
                level = ind;
            if (ind === level && new RegExp(`^\\s*["']?${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(l)) {
                hit = i;
                break;
            }
        }
        if (hit === -1)
            return found;
        found = hit + 1;
        start = hit;
        parent = typeof seg === 'number' ? lines[hit].dash : indentOf(lines[hit].text);
        if (typeof seg !== 'number')
            start = hit + 1;
    }
    return found;
}
let validator;
function describe(e, text, file) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    let key = path.join('.');
    let what;
    if (e.keyword === 'additionalProperties') {
        const extra = String(e.params.additionalProperty);
        path.push(extra);
        key = path.join('.');
        what = extra === 'llm-api-key' ? 'secrets do not belong in a config file: pass llm-api-key as an input from a secret' : 'unknown key';
    }
    else if (e.propertyName !== undefined || e.keyword === 'propertyNames') {
        const name = String(e.propertyName ?? e.params.propertyName);
        path.push(name);
        key = path.join('.');
        what = 'unknown rule (run `archdoc rules` for the list)';
    }
    else if (e.keyword === 'enum') {
        what = `must be one of ${(e.params.allowedValues ?? []).join(', ')}`;
    }
    else if (e.keyword === 'anyOf') {
        what = 'must be a string or a list of strings';
    }
    else {
        what = e.message ?? 'is invalid';
    }
    return `${file}:${lineOfPath(text, path)}: ${key || '(top level)'}: ${what}`;
}
const camel = (k) => k.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
const list = (v) => v === undefined ? undefined : (Array.isArray(v) ? v : String(v).split(/[\n,]/)).map((s) => s.trim()).filter(Boolean);
function parseConfig(text, file, ruleNames) {
    let data;
    try {
        data = js_yaml/* default.load */.Ay.load(text, { filename: file, schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA });
    }
    catch (e) {
        const err = e;
        throw new findings/* UsageError */.eb(`${file}:${(err.mark?.line ?? 0) + 1}: invalid YAML: ${err.reason ?? err.message}`);
    }
    if (data === null || data === undefined)
        return { path: file };
    if (typeof data !== 'object' || Array.isArray(data))
        throw new findings/* UsageError */.eb(`${file}:1: the config must be a mapping of keys to values`);
    validator ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(configSchema(ruleNames));
    if (!validator(data)) {
        const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if');
        throw new findings/* UsageError */.eb(describe(errors[0], text, file));
    }
    const raw = data;
    checkPaths(raw, text, file);
    const out = { path: file };
    for (const [k, v] of Object.entries(raw)) {
        if (k === 'requirements')
            out.requirements = list(v);
        else if (k === 'documents')
            out.documents = v.map((d) => ({ ...d, ...(d.requirements !== undefined ? { requirements: list(d.requirements) } : {}) }));
        else
            out[camel(k)] = v;
    }
    return out;
}
/**
 * Every path in the config is a repository path (SPEC §6): relative, inside, one line, and a document is
 * Markdown. Checked here, without a disk, so the CLI and the Action (which reads through the API) refuse
 * the same config the same way, naming the key and its line.
 */
function checkPaths(raw, text, file) {
    const check = (value, key, kind) => {
        if (typeof value !== 'string')
            return;
        // A requirements entry is named by its list, not its index: `requirements`, `documents.1.requirements`.
        const shown = (typeof key[key.length - 1] === 'number' ? key.slice(0, -1) : key).join('.');
        (0,path_guard/* assertRepoPath */.ac)(kind === 'glob' ? value.trim() : value, kind, { setting: shown, source: `from ${file}:${lineOfPath(text, key)}` });
    };
    const settings = (d, at) => {
        check(d.doc, [...at, 'doc'], 'document');
        check(d.template, [...at, 'template'], 'file');
        const req = d.requirements;
        if (Array.isArray(req))
            req.forEach((r, i) => check(r, [...at, 'requirements', i], 'glob'));
        else
            for (const r of list(req) ?? [])
                check(r, [...at, 'requirements'], 'glob');
    };
    settings(raw, []);
    if (Array.isArray(raw.documents))
        raw.documents.forEach((d, i) => settings(d, ['documents', i]));
}


/***/ }),

/***/ 68270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   Rh: () => (/* binding */ DEFAULT_REQUIREMENTS),
/* harmony export */   VE: () => (/* binding */ DEFAULT_TEMPLATE),
/* harmony export */   g8: () => (/* binding */ documentTargets),
/* harmony export */   pg: () => (/* binding */ assertRepositoryPaths),
/* harmony export */   rE: () => (/* binding */ DEFAULT_DOC)
/* harmony export */ });
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1280);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84791);


const DEFAULT_DOC = 'docs/02_architecture.md';
const DEFAULT_TEMPLATE = 'architecture';
const DEFAULT_REQUIREMENTS = ['docs/01_requirements.md'];
const FOUND = { setting: 'config', source: 'found in the repository' };
/** The config file named explicitly (must exist), else the first of the usual places that exists; read through the path guard. */
function loadConfigFile(ruleNames, repo, explicit) {
    if (explicit)
        return (0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(repo.read(explicit, { setting: 'config', source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_LINE */ .rD }, 'config file'), explicit, ruleNames);
    const path = _file_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_PATHS */ .iE.find((p) => repo.exists(p, FOUND));
    return path ? (0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(repo.read(path, FOUND, 'config file'), path, ruleNames) : undefined;
}
function documentTargets(cfg, over = {}) {
    const given = over.source ?? 'from the workflow inputs';
    const inConfig = `from ${cfg?.path ?? 'the config'}`;
    // The source of one setting: the override, else the config (document or top level), else the default.
    const source = (override, ...configured) => override !== undefined ? given : configured.some((v) => v !== undefined) ? inConfig : 'by default';
    const base = {
        template: over.template ?? cfg?.template ?? DEFAULT_TEMPLATE,
        requirements: over.requirements ?? cfg?.requirements ?? DEFAULT_REQUIREMENTS,
        rules: cfg?.rules ?? {},
    };
    const fromConfig = cfg?.documents?.map((d) => ({
        doc: d.doc,
        template: over.template ?? d.template ?? base.template,
        requirements: over.requirements ?? d.requirements ?? base.requirements,
        rules: { ...base.rules, ...(d.rules ?? {}) },
        from: {
            doc: inConfig,
            template: source(over.template, d.template, cfg.template),
            requirements: source(over.requirements, d.requirements, cfg.requirements),
        },
    }));
    const from = { template: source(over.template, cfg?.template), requirements: source(over.requirements, cfg?.requirements) };
    if (over.files?.length) {
        return over.files.map((doc) => {
            const configured = fromConfig?.find((d) => d.doc === doc);
            return configured ?? { doc, ...base, from: { doc: given, ...from } };
        });
    }
    if (fromConfig?.length)
        return fromConfig;
    return [{ doc: cfg?.doc ?? DEFAULT_DOC, ...base, from: { doc: source(undefined, cfg?.doc), ...from } }];
}
/**
 * The pure path check (no disk) for every path of the targets, for the Action, which reads through the
 * API: the document, the template and each requirements glob must be repository paths (relative, no
 * `..` out, one line; a document ends in `.md`). Config values were checked when the config was parsed;
 * this also covers the workflow's inputs. Returns the targets, or throws the one-line refusal.
 */
function assertRepositoryPaths(targets) {
    for (const t of targets) {
        const from = t.from ?? { doc: 'from the workflow inputs', template: 'from the workflow inputs', requirements: 'from the workflow inputs' };
        (0,_sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .assertRepoPath */ .ac)(t.doc, 'document', { setting: 'document', source: from.doc });
        (0,_sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .assertRepoPath */ .ac)(t.template, 'file', { setting: 'template', source: from.template });
        for (const r of t.requirements)
            (0,_sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .assertRepoPath */ .ac)(r, 'glob', { setting: 'requirements', source: from.requirements });
    }
    return targets;
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

/***/ 84791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ guardPath),
/* harmony export */   ac: () => (/* binding */ assertRepoPath),
/* harmony export */   ku: () => (/* binding */ guardDocumentWrite),
/* harmony export */   rD: () => (/* binding */ COMMAND_LINE),
/* harmony export */   sb: () => (/* binding */ rootAt)
/* harmony export */ });
/* unused harmony exports pathRefusal, MARKDOWN_ONLY, repoPathProblem, isMarkdown, within, realTarget */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/**
 * The path guard (SPEC §6): every path archdoc reads or writes stays inside the repository root.
 *
 * Two layers. `assertRepoPath` is pure: it checks a path written as a repository path (a config value, an
 * Action input, a path read through the API) without any disk. `guardPath` checks a path on disk: it must
 * lie inside the root, and so must what it leads to once every symlink (the file and each parent folder)
 * is followed, so a clone cannot point archdoc at a file elsewhere on the machine.
 */



/** The source of a path typed by the user: refusals then say how to run archdoc from the right folder. */
const COMMAND_LINE = 'from the command line';
/** One line naming the path (as JSON, so no newline or `::` command reaches a log), its origin and the reason. */
function pathRefusal(path, origin, why) {
    return new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${origin.setting} ${JSON.stringify(path)} (${origin.source}) ${why}`);
}
/** NUL, newline and the other C0 controls, and DEL: nothing a path needs, and a newline forges log lines. */
const hasControl = (s) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');
const ABSOLUTE = /^(?:[\\/]|[a-z]:)/i;
const SEGMENTS = /[\\/{},()|]/;
const MARKDOWN_ONLY = 'is not a Markdown document: archdoc writes only documents whose path ends in .md';
/** Why `path`, meant relative to the repository root, cannot be used; undefined when it can. */
function repoPathProblem(path, kind) {
    if (hasControl(path))
        return 'contains a control character: a path is one line of plain text';
    if (ABSOLUTE.test(path))
        return 'is absolute: paths must be relative to the repository root';
    const climbs = kind === 'glob'
        ? path.split(SEGMENTS).includes('..')
        : /^\.\.(?:\/|$)/.test(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path.replace(/\\/g, '/')));
    if (climbs)
        return `leaves the repository: paths must stay inside it${kind === 'glob' ? ' (a pattern may not use "..")' : ''}`;
    if (kind === 'document' && !isMarkdown(path))
        return MARKDOWN_ONLY;
    return undefined;
}
/**
 * The pure check, for paths that name files in the repository without a disk to look at: config values
 * at load time, and the Action's inputs and globs before they are read through the API. Throws the
 * one-line refusal; returns the path unchanged when it is fine.
 */
function assertRepoPath(path, kind, origin) {
    const problem = repoPathProblem(path, kind);
    if (problem)
        throw pathRefusal(path, origin, problem);
    return path;
}
function isMarkdown(path) {
    return /\.md$/i.test(path);
}
function rootAt(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    return { path: abs, real: realTarget(abs) ?? abs };
}
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Where `abs` really leads, following every symlink on the way, also for a path that does not exist yet
 * (its nearest existing parent decides) and a dangling link (where it would create a file). Undefined for
 * a symlink loop.
 */
function realTarget(abs, hops = 0) {
    if (hops > 40)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch {
        // Missing, or a dangling or looping link somewhere: walk it by hand below.
    }
    let link;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink())
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs);
    }
    catch {
        // Not there at all: its parent decides.
    }
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs);
    if (parent === abs)
        return abs;
    const realParent = realTarget(parent, hops);
    if (realParent === undefined)
        return undefined;
    return link === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realParent, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)) : realTarget((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(realParent, link), hops + 1);
}
/**
 * The absolute path `path` (relative to `cwd`) names, once it is known to stay inside the root, symlinks
 * followed. `shown` is what the refusal quotes (a glob rather than its folder).
 */
function guardPath(root, cwd, path, origin, shown = path) {
    if (hasControl(path))
        throw pathRefusal(shown, origin, 'contains a control character: a path is one line of plain text');
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (!within(root.path, abs) && !within(root.real, abs)) {
        const how = origin.source === COMMAND_LINE ? ' (cd into the repository that holds it and run archdoc there)' : '';
        throw pathRefusal(shown, origin, `is outside the repository: paths must stay inside ${root.path}${how}`);
    }
    const real = realTarget(abs);
    if (real === undefined || !within(root.real, real)) {
        throw pathRefusal(shown, origin, `leads outside the repository through a symlink: paths must stay inside ${root.path}`);
    }
    return abs;
}
/** `guardPath` for a file archdoc will write: also a Markdown document, by its name and by what it leads to. */
function guardDocumentWrite(root, cwd, path, origin) {
    const abs = guardPath(root, cwd, path, origin);
    if (!isMarkdown(abs) || !isMarkdown(realTarget(abs) ?? ''))
        throw pathRefusal(path, origin, MARKDOWN_ONLY);
    return abs;
}


/***/ }),

/***/ 69322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// UNUSED EXPORTS: repositoryRoot

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
        read: (path, origin, what) => (0,files/* readTextFile */.Gu)((0,path_guard/* guardPath */.Lp)(root, cwd, path, origin), what),
        exists: (path, origin) => (0,external_node_fs_.existsSync)((0,path_guard/* guardPath */.Lp)(root, cwd, path, origin)),
        requirements: (globs, origin, strict) => readRequirements(cwd, globs, strict, { root, origin }),
        writableDocument: (path, origin) => (0,path_guard/* guardDocumentWrite */.ku)(root, cwd, path, origin),
        writeDocument(path, text, origin) {
            const abs = (0,path_guard/* guardDocumentWrite */.ku)(root, cwd, path, origin);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
            (0,write_file/* writeFileAtomic */.Z)(abs, text);
        },
    };
}


/***/ })

};
