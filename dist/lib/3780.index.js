export const id = 3780;
export const ids = [3780];
export const modules = {

/***/ 51923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ checkText)
/* harmony export */ });
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55136);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42260);


async function checkText(text, target, readText, extraFindings = []) {
    const template = (0,_template_load_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTemplate */ .X)(target.template, readText);
    const result = await (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintText */ .D)(text, target.doc, { template, rules: target.rules, extraFindings });
    return { ...result, template, report: { path: target.doc, findings: result.findings } };
}


/***/ }),

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


/***/ }),

/***/ 68270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   g8: () => (/* binding */ documentTargets),
/* harmony export */   rE: () => (/* binding */ DEFAULT_DOC)
/* harmony export */ });
/* unused harmony exports DEFAULT_TEMPLATE, DEFAULT_REQUIREMENTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1280);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);
/** Config file + command-line or Action inputs -> the documents to check, each with its settings. */




const DEFAULT_DOC = 'docs/02_architecture.md';
const DEFAULT_TEMPLATE = 'architecture';
const DEFAULT_REQUIREMENTS = ['docs/01_requirements.md'];
/** The config file named explicitly (must exist), else the first of the usual places that exists. */
function loadConfigFile(ruleNames, explicit, cwd = '.') {
    const path = explicit ?? _file_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_PATHS */ .iE.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, p)).find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
    if (!path)
        return undefined;
    return (0,_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)((0,_sources_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(path, 'config file'), path, ruleNames);
}
function documentTargets(cfg, over = {}) {
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
    }));
    if (over.files?.length) {
        return over.files.map((doc) => {
            const configured = fromConfig?.find((d) => d.doc === doc);
            return configured ?? { doc, ...base };
        });
    }
    if (fromConfig?.length)
        return fromConfig;
    return [{ doc: cfg?.doc ?? DEFAULT_DOC, ...base }];
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

/***/ 55136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ lintText)
/* harmony export */ });
/* unused harmony export parseForLint */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27059);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5108);
/* harmony import */ var _chat_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21147);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91214);
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
    const { analyzeDiagrams } = await __webpack_require__.e(/* import() */ 4438).then(__webpack_require__.bind(__webpack_require__, 84438));
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
async function lintText(text, path, options) {
    const doc = parseForLint(text, path);
    const ctx = {
        doc,
        template: options.template,
        match: (0,_match_js__WEBPACK_IMPORTED_MODULE_2__/* .matchSections */ .Gp)(options.template, doc),
        diagrams: await analyzeAll(doc),
    };
    const findings = [];
    for (const rule of _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y) {
        const setting = options.rules?.[rule.name];
        if (setting === 'off')
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

/***/ 97611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ toAnnotation),
/* harmony export */   MQ: () => (/* binding */ prioritizeAnnotations),
/* harmony export */   e5: () => (/* binding */ renderWorkflowCommands)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, workflowCommand, locatedFindings */
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29681);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65655);


// The escaping of @actions/core's command.ts: data escapes %, CR, LF; properties also `:` and `,`.
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,key=value::message`, in the key names the runner reads. */
function workflowCommand(command, properties, message) {
    const wire = [
        ['title', properties.title],
        ['file', properties.file],
        ['line', properties.startLine],
        ['endLine', properties.endLine],
        ['col', properties.startColumn],
        ['endColumn', properties.endColumn],
    ];
    const props = wire
        .filter((e) => e[1] !== undefined && e[1] !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function toAnnotation(f) {
    const endLine = Math.max(f.line, f.endLine ?? f.line);
    const properties = {
        title: `archdoc ${f.rule}`,
        file: f.path.replace(/\\/g, '/'),
        startLine: f.line,
        endLine,
    };
    // GitHub rejects a column on an annotation that spans several lines.
    if (endLine === f.line)
        properties.startColumn = f.column;
    return { level: f.severity, message: f.message, properties };
}
/**
 * Only 10 error and 10 warning annotations show per step, so the order decides what a reviewer sees:
 * errors first, then by rule importance, then by file and line. Stable for equal keys.
 */
function prioritizeAnnotations(findings, importance = _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IMPORTANCE */ .gO) {
    return [...findings].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleRank */ .Rq)(a.rule, importance) - (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleRank */ .Rq)(b.rule, importance) ||
        ((0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleRank */ .Rq)(a.rule, importance) === importance.length ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.rule, b.rule) : 0) ||
        (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.path ?? '', b.path ?? '') ||
        a.line - b.line ||
        a.column - b.column);
}
function locatedFindings(report) {
    return report.files.flatMap((file) => file.findings.map((f) => ({ ...f, path: file.path })));
}
/** Every finding as a workflow command, most important first, one per line. */
function renderWorkflowCommands(report) {
    const lines = prioritizeAnnotations(locatedFindings(report)).map((f) => {
        const a = toAnnotation(f);
        return workflowCommand(a.level, a.properties, a.message);
    });
    return lines.length ? `${lines.join('\n')}\n` : '';
}


/***/ }),

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony export toJsonReport */
function toJsonReport(report) {
    let errors = 0;
    let warnings = 0;
    const files = report.files.map((file) => ({
        path: file.path,
        // Built field by field so internal fields (fix edits, endLine) never leak into the contract.
        findings: file.findings.map((f) => {
            if (f.severity === 'error')
                errors++;
            else
                warnings++;
            return { rule: f.rule, severity: f.severity, message: f.message, line: f.line, column: f.column, fixable: f.fixable };
        }),
    }));
    return { files, errors, warnings };
}
/** The JSON text (no trailing newline). `indent` 0 (default) prints one line, handy for `jq` and log scrapers. */
function renderJson(report, options = {}) {
    return JSON.stringify(toJsonReport(report), null, options.indent || undefined);
}


/***/ }),

/***/ 29681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   Rq: () => (/* binding */ ruleRank),
/* harmony export */   gO: () => (/* binding */ RULE_IMPORTANCE),
/* harmony export */   we: () => (/* binding */ joinUrl)
/* harmony export */ });
/**
 * Most important first. A structural problem makes every later finding less trustworthy, so it leads;
 * cosmetic findings trail. Unknown rules (from a newer catalogue or a plugin) sort after these, by name.
 */
const RULE_IMPORTANCE = [
    'requirements-drift',
    'section-missing',
    'heading-mismatch',
    'section-order',
    'section-duplicate',
    'section-empty',
    'diagram-missing',
    'diagram-type',
    'diagram-syntax',
    'c4-undefined-alias',
    'c4-duplicate-alias',
    'c4-swallowed-element',
    'field-missing',
    'endpoint-format',
    'endpoint-duplicate',
    'chat-residue',
    'mojibake',
    'placeholder',
    'diagram-title',
];
function ruleRank(rule, importance = RULE_IMPORTANCE) {
    const i = importance.indexOf(rule);
    return i === -1 ? importance.length : i;
}
/** `base` + `path` with exactly one slash between them. */
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
/** Where a rule's documentation lives, or undefined when there is no base URL to build it from. */
function ruleDocUrl(rule, rules, docsBaseUrl) {
    if (!docsBaseUrl)
        return undefined;
    const meta = rules.find((r) => r.name === rule);
    if (meta)
        return joinUrl(docsBaseUrl, meta.docsPath);
    // A rule without metadata still follows the catalogue's naming convention, if its name is safe in a URL.
    return /^[a-z0-9-]+$/.test(rule) ? joinUrl(docsBaseUrl, `docs/rules/${rule}.md`) : undefined;
}


/***/ }),

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA_URI, FINGERPRINT_KEY, toSarif, artifactUri */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29681);
/** SARIF 2.1.0 for GitHub code scanning: one run, the full rule catalogue, stable fingerprints. */


const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** partialFingerprints key (SARIF §3.27.17 wants "name/vN"; bump the version if the recipe changes). */
const FINGERPRINT_KEY = 'archdoc/v1';
function toSarif(report, options) {
    const semanticVersion = options.version.replace(/^v/, '');
    const docsBase = options.docsBaseUrl ?? (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .joinUrl */ .we)(options.informationUri, `blob/v${semanticVersion}/`);
    const rules = options.rules.map((r) => sarifRule(r, docsBase));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const seen = new Map();
    const results = [];
    for (const file of report.files) {
        const { uri, uriBaseId } = artifactUri(file.path, options.root);
        const lines = options.sources?.[file.path]?.split(/\r?\n/);
        for (const f of file.findings) {
            let ruleIndex = index.get(f.rule);
            if (ruleIndex === undefined) {
                // A finding from a rule the caller did not describe still needs a descriptor for ruleIndex to point at.
                ruleIndex = rules.push(unknownRule(f)) - 1;
                index.set(f.rule, ruleIndex);
            }
            const base = fingerprintBase(f, uri, lines?.[f.line - 1]);
            const occurrence = (seen.get(base) ?? 0) + 1;
            seen.set(base, occurrence);
            const startLine = Math.max(1, f.line);
            results.push({
                ruleId: f.rule,
                ruleIndex,
                level: f.severity,
                message: { text: f.message },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: uriBaseId ? { uri, uriBaseId } : { uri },
                            region: { startLine, startColumn: Math.max(1, f.column), endLine: Math.max(startLine, f.endLine ?? startLine) },
                        },
                    },
                ],
                partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${occurrence}` },
                properties: { fixable: f.fixable },
            });
        }
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'archdoc', version: options.version, semanticVersion, informationUri: options.informationUri, rules },
                },
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
}
/** The SARIF text (no trailing newline). */
function renderSarif(report, options) {
    return JSON.stringify(toSarif(report, options), null, 2);
}
function sarifRule(meta, docsBase) {
    const helpUri = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .joinUrl */ .we)(docsBase, meta.docsPath);
    const full = sentence(meta.description) + (meta.fixable ? ' `archdoc fix` can repair it.' : '');
    return {
        id: meta.name,
        name: pascalCase(meta.name),
        shortDescription: { text: meta.description },
        fullDescription: { text: full },
        help: { text: `${full} See ${helpUri}`, markdown: `${full} [Rule documentation](${helpUri})` },
        helpUri,
        defaultConfiguration: { level: meta.severity },
        properties: { tags: ['architecture-document', 'documentation', ...(meta.fixable ? ['fixable'] : [])] },
    };
}
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function unknownRule(f) {
    return {
        id: f.rule,
        name: pascalCase(f.rule),
        shortDescription: { text: f.rule },
        fullDescription: { text: f.rule },
        help: { text: f.rule, markdown: f.rule },
        defaultConfiguration: { level: f.severity },
        properties: { tags: ['architecture-document', 'documentation'] },
    };
}
function pascalCase(name) {
    return name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Repository-relative, forward slashes, percent-encoded; `%SRCROOT%` lets code scanning resolve it. */
function artifactUri(path, root) {
    let p = path.replace(/\\/g, '/');
    if (root) {
        const r = `${root.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
        if (p.startsWith(r))
            p = p.slice(r.length);
    }
    p = p.replace(/^(\.\/)+/, '');
    const absolute = /^(\/|[A-Za-z]:\/)/.test(p);
    const encoded = p
        .split('/')
        .map((seg) => (/^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
        .join('/');
    return absolute ? { uri: `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}
/**
 * What identifies a finding across runs: the rule, the file, and the offending line's text (whitespace
 * folded), so inserting lines above it does not turn it into a "new" alert. Without the text (no source,
 * or a blank line such as an insertion point) the message stands in, with numbers masked since they are
 * often line numbers.
 */
function fingerprintBase(f, uri, lineText) {
    const text = lineText?.trim().replace(/\s+/g, ' ');
    const anchor = text ? `line:${text}` : `message:${f.message.replace(/\d+/g, '#')}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${f.rule}\0${uri}\0${anchor}`).digest('hex').slice(0, 32);
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function countFindings(findings) {
    let errors = 0;
    let warnings = 0;
    let fixable = 0;
    for (const f of findings) {
        if (f.severity === 'error')
            errors++;
        else
            warnings++;
        if (f.fixable)
            fixable++;
    }
    return { errors, warnings, fixable };
}
/** `n errors, m warnings` with the empty half dropped ("1 error", "2 warnings"). */
function countsText(errors, warnings) {
    const parts = [];
    if (errors)
        parts.push(plural(errors, 'error'));
    if (warnings)
        parts.push(plural(warnings, 'warning'));
    return parts.join(', ') || 'no findings';
}
/** At most `max` UTF-16 units, ending in `…` when cut, never splitting a surrogate pair. */
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}
/** A repository path as git and GitHub write it: forward slashes, no leading `./` or `/`. */
function repoPath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile)
/* harmony export */ });
/* unused harmony exports MAX_DOCUMENT_BYTES, decodeText */
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
/* harmony import */ var _parse_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36660);
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
