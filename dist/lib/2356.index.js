export const id = 2356;
export const ids = [2356];
export const modules = {

/***/ 78749:
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
;// CONCATENATED MODULE: ./schema/archdoc.schema.json
const archdoc_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/archdoc/archdoc/v1/schema/archdoc.schema.json","title":"archdoc configuration (.archdoc.yml, .github/archdoc.yml)","description":"What archdoc checks (doc, template, requirements, documents, rules, fail-on) and what it may do (the Action\'s other settings). A pull request\'s copy may change only what is checked.","type":"object","additionalProperties":false,"definitions":{"severity":{"description":"off | warning | error","enum":["off","warning","error"]},"requirements":{"description":"Requirements files: a glob or a list of globs, relative to the repository root (no \\"..\\").","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"rules":{"description":"Per-rule severity by rule name (`archdoc rules` lists them): off, warning or error.","type":"object","additionalProperties":false,"properties":{"section-missing":{"$ref":"#/definitions/severity","description":"A heading that the template requires is absent from the document. Default: error."},"section-order":{"$ref":"#/definitions/severity","description":"Template sections appear in a different order than the template gives. Default: error."},"heading-mismatch":{"$ref":"#/definitions/severity","description":"A section is recognisably there, but its heading text or level differs from the template\'s. Default: error."},"section-duplicate":{"$ref":"#/definitions/severity","description":"A template section appears twice. Default: error."},"section-empty":{"$ref":"#/definitions/severity","description":"A required section has no content. Default: error."},"field-missing":{"$ref":"#/definitions/severity","description":"A labelled bullet that the template requires (`- **Label**: value`) is absent or has no value. Default: error."},"placeholder":{"$ref":"#/definitions/severity","description":"Template placeholder text (`[...]`, a lone `...`, TODO/TBD) was left in the document. Default: error."},"endpoint-format":{"$ref":"#/definitions/severity","description":"A Key Endpoints bullet is not `` `METHOD /path` - description ``, or the section lists none. Default: error."},"endpoint-duplicate":{"$ref":"#/definitions/severity","description":"The same method and path are listed twice. Default: warning."},"diagram-missing":{"$ref":"#/definitions/severity","description":"A section that needs a mermaid diagram has none. Default: error."},"diagram-type":{"$ref":"#/definitions/severity","description":"The diagram is of the wrong type (e.g. `graph TB` where a `C4Context` belongs). Default: error."},"diagram-syntax":{"$ref":"#/definitions/severity","description":"mermaid\'s own parser cannot parse the diagram; the position points into the file. Default: error."},"fence-unclosed":{"$ref":"#/definitions/severity","description":"A code fence is never closed, so the text after it would be read as code. Default: error."},"diagram-title":{"$ref":"#/definitions/severity","description":"The diagram has no `title` line although the template gives it one. Default: warning."},"c4-undefined-alias":{"$ref":"#/definitions/severity","description":"A `Rel`/`BiRel`/`Rel_*` names an element alias that the diagram never declares. Default: error."},"c4-duplicate-alias":{"$ref":"#/definitions/severity","description":"Two C4 elements share an alias. Default: error."},"c4-swallowed-element":{"$ref":"#/definitions/severity","description":"A line that looks like an element was absorbed into the previous one (mermaid accepts a missing `)` silently). Default: error."},"chat-residue":{"$ref":"#/definitions/severity","description":"Chat text from the LLM (\\"Here is...\\", \\"✅ ... complete!\\", \\"Next steps\\", a whole-document ```markdown wrapper). Default: error."},"mojibake":{"$ref":"#/definitions/severity","description":"Text that was decoded with the wrong charset (`âœ…`, `â€™`, ...). Default: error."},"unsafe-content":{"$ref":"#/definitions/severity","description":"Active content that must never reach a rendered document: raw `<script>`/`<iframe>`, `on*=` handlers, `javascript:` links, mermaid `%%{init}%%` changing `securityLevel`, `click` callbacks. Default: error."},"c4-context-container":{"$ref":"#/definitions/severity","description":"A person or system that the Container diagram relates to is missing from the Context diagram, or its boundary is no system of the Context diagram. Default: warning."},"c4-orphan-element":{"$ref":"#/definitions/severity","description":"A C4 element takes part in no relation at all. Default: warning."},"c4-relation-undescribed":{"$ref":"#/definitions/severity","description":"A C4 relation has no label saying what flows along it. Default: off (turned on: warning)."},"er-undefined-entity":{"$ref":"#/definitions/severity","description":"A relationship names an entity that has no attributes block while an entity of nearly the same name has one (mermaid draws a second, empty box). Default: warning."},"er-orphan-entity":{"$ref":"#/definitions/severity","description":"An ER entity is related to nothing. Default: off (turned on: warning)."},"endpoint-entity":{"$ref":"#/definitions/severity","description":"An endpoint\'s resource has no matching entity in the Data Model. Default: off (turned on: warning)."},"stack-container":{"$ref":"#/definitions/severity","description":"A container technology is missing from the Technology Stack, or a Technology Stack field names nothing any container uses. Default: off (turned on: warning)."},"requirement-untraced":{"$ref":"#/definitions/severity","description":"A requirement id (`FR-12`, `US-003`, a numbered requirement heading) is cited nowhere in the document. Default: off (turned on: warning)."},"requirements-drift":{"$ref":"#/definitions/severity","description":"The requirements changed since the document was generated or last updated. Default: error."}}}},"properties":{"$schema":{"description":"The URL of this schema, for editors.","type":"string"},"doc":{"description":"The document to check, relative to the repository root; ends in .md. Default: docs/02_architecture.md.","type":"string","minLength":1,"default":"docs/02_architecture.md"},"template":{"description":"A built-in template (architecture, requirements, security) or the path of a Markdown skeleton in the repository. Default: architecture.","type":"string","minLength":1,"default":"architecture"},"requirements":{"$ref":"#/definitions/requirements","default":["docs/01_requirements.md"]},"rules":{"$ref":"#/definitions/rules"},"documents":{"description":"Several documents (a monorepo), each with its own settings; the top-level doc, template, requirements and rules are their defaults.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["doc"],"properties":{"doc":{"description":"The document to check, relative to the repository root; ends in .md. Default: docs/02_architecture.md.","type":"string","minLength":1,"default":"docs/02_architecture.md"},"template":{"description":"A built-in template (architecture, requirements, security) or the path of a Markdown skeleton in the repository. Default: architecture.","type":"string","minLength":1,"default":"architecture"},"requirements":{"$ref":"#/definitions/requirements","default":["docs/01_requirements.md"]},"rules":{"$ref":"#/definitions/rules"}}}},"fail-on":{"description":"Which findings fail the check: error, warning or never. Default: error.","enum":["error","warning","never"],"default":"error"},"mode":{"description":"What to propose: validate, fix (the deterministic repair) or regenerate (an LLM rewrite). Trusted: read from the default branch only. Default: validate.","enum":["validate","fix","regenerate"],"default":"validate"},"comment":{"description":"Post and keep updating one sticky comment on the pull request. Trusted. Default: true.","type":"boolean","default":true},"push":{"description":"Commit the proposed document to the pull request branch (verified, never forced). Trusted. Default: false.","type":"boolean","default":false},"dry-run":{"description":"Write nothing at all to GitHub. Trusted. Default: false.","type":"boolean","default":false},"llm-provider":{"description":"openai (any OpenAI-compatible endpoint) or anthropic. Trusted. The API key is never set here: pass llm-api-key from a secret.","type":"string","minLength":1},"llm-model":{"description":"Model name (or Azure deployment). Trusted.","type":"string","minLength":1},"llm-base-url":{"description":"Base URL of an OpenAI-compatible endpoint. Trusted.","type":"string","pattern":"^https?://"},"max-attempts":{"description":"LLM rounds before giving up, 1 to 10. Trusted. Default: 3.","type":"integer","minimum":1,"maximum":10,"default":3},"command":{"description":"Prefix of comment commands. Trusted. Default: /archdoc.","type":"string","pattern":"^/\\\\S+$","default":"/archdoc"},"drift-label":{"description":"Label of the issue a scheduled drift audit keeps current. Trusted. Default: archdoc-drift.","type":"string","minLength":1,"maxLength":50,"default":"archdoc-drift"}}}');
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The config file's schema (.archdoc.yml / .github/archdoc.yml): the Action's inputs plus per-rule
 * severities. schema/archdoc.schema.json is the single source: editors read it through the generated
 * config's modeline, the validator compiles it, and ncc bundles it into dist/.
 */

const CONFIG_SCHEMA = archdoc_schema_namespaceObject;
/** The keys a config file may hold (`$schema` only points editors at the schema, and sets nothing). */
const CONFIG_KEYS = Object.keys(archdoc_schema_namespaceObject.properties).filter((k) => k !== '$schema');

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
        const inRules = path[path.length - 1] === 'rules';
        path.push(extra);
        key = path.join('.');
        what =
            extra === 'llm-api-key'
                ? 'secrets do not belong in a config file: pass llm-api-key as an input from a secret'
                : inRules
                    ? 'unknown rule (run `archdoc rules` for the list)'
                    : 'unknown key';
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
function parseConfig(text, file) {
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
    validator ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    if (!validator(data)) {
        const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if');
        // Ajv lists the branches of an anyOf before the anyOf itself, which says it better.
        const first = errors.find((e) => e.keyword === 'anyOf' && e.instancePath === errors[0].instancePath) ?? errors[0];
        throw new findings/* UsageError */.eb(describe(first, text, file));
    }
    const raw = data;
    checkPaths(raw, text, file);
    const out = { path: file };
    for (const [k, v] of Object.entries(raw)) {
        if (k === '$schema')
            continue;
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
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78749);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84791);


const DEFAULT_DOC = 'docs/02_architecture.md';
const DEFAULT_TEMPLATE = 'architecture';
const DEFAULT_REQUIREMENTS = ['docs/01_requirements.md'];
const FOUND = { setting: 'config', source: 'found in the repository' };
/** The config file named explicitly (must exist), else the first of the usual places that exists; read through the path guard. */
function loadConfigFile(repo, explicit) {
    if (explicit)
        return (0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(repo.read(explicit, { setting: 'config', source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_LINE */ .rD }, 'config file'), explicit);
    const path = _file_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_PATHS */ .iE.find((p) => repo.exists(p, FOUND));
    return path ? (0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(repo.read(path, FOUND, 'config file'), path) : undefined;
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

/***/ 44637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/** The vocabulary every stage shares: a finding is what a rule reports about one place in a document. */
function summarize(files) {
    let errors = 0;
    let warnings = 0;
    for (const f of files) {
        for (const x of f.findings) {
            if (x.severity === 'error')
                errors++;
            else
                warnings++;
        }
    }
    return { files, errors, warnings };
}
function compareFindings(a, b) {
    // Ties keep the rules' own order (template order for section findings): Array#sort is stable.
    return a.line - b.line || a.column - b.column;
}
/** An error the user can act on: bad input, bad config, unreadable file. Exit code 2 in the CLI. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ ACTION_REF),
/* harmony export */   cZ: () => (/* binding */ SCHEMA_URL),
/* harmony export */   py: () => (/* binding */ HOMEPAGE),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony export REPOSITORY */
/** archdoc's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
/**
 * The GitHub owner of archdoc's repository, the one place it is written (the README, `archdoc init`'s
 * workflows and the config schema's URL all follow it; tests keep them equal). `archdoc` is a placeholder
 * until the repository is published: a fork or mirror changes it here, in the README and in the schema's `$id`.
 */
const OWNER = 'archdoc';
const REPOSITORY = `${OWNER}/archdoc`;
const HOMEPAGE = `https://github.com/${REPOSITORY}`;
/** The moving major tag a workflow pins (`uses: archdoc/archdoc@v1`); the release workflow moves it to each v1.x.y. */
const ACTION_REF = `${REPOSITORY}@v1`;
/** The published config schema, at the same major tag. */
const SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/v1/schema/archdoc.schema.json`;


/***/ })

};
