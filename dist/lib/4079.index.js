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
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63990);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69322);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42260);
/* harmony import */ var _model_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65757);
/* harmony import */ var _model_requirements_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16057);
/* harmony import */ var _model_terminal_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80841);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8861);
/** `archdoc trace`: the traceability matrix, each requirement with the sections and diagram elements that cite it. */










function where(c) {
    const d = c.diagram ? ` ${c.diagram.type}${c.diagram.element ? ` ${c.diagram.element}` : ''}` : '';
    return `${c.line}${c.section ? ` ${c.section}` : ''}${d}`;
}
function renderPretty(results) {
    let out = '';
    for (const r of results) {
        const cited = r.matrix.filter((x) => x.citations.length > 0).length;
        out += `${(0,_model_terminal_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .p)(r.doc)} (requirements: ${r.requirements.map(_model_terminal_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .p).join(', ')})\n`;
        const width = Math.max(0, ...r.matrix.map((x) => x.id.length));
        for (const x of r.matrix) {
            const cites = x.citations.length ? x.citations.map((c) => (0,_model_terminal_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .p)(where(c))).join('; ') : 'untraced';
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
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_NAMES */ .iU, repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LINE */ .rD,
    });
    const results = [];
    for (const t of targets) {
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_8__/* .targetOrigins */ .z)(t);
        const requirements = repo.requirements(t.requirements, from.requirements, opts.requirements.length > 0);
        if (requirements.length === 0)
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no requirements file found (${t.requirements.join(', ')}): name one with --requirements`);
        const text = repo.read(t.doc, from.doc, 'document');
        const template = (0,_template_load_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTemplate */ .X)(t.template, (p) => repo.read(p, from.template, 'template'));
        const { ctx, model } = await (0,_model_load_js__WEBPACK_IMPORTED_MODULE_6__/* .loadModel */ .c)(text, t.doc, template);
        results.push({ doc: t.doc, requirements: requirements.map((r) => r.path), matrix: (0,_model_requirements_js__WEBPACK_IMPORTED_MODULE_7__/* .traceMatrix */ .pJ)((0,_model_requirements_js__WEBPACK_IMPORTED_MODULE_7__/* .requirementsOf */ .CG)(requirements), ctx.doc, model) });
    }
    io.out(opts.format === 'json' ? toJson(results) : renderPretty(results));
    return 0;
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
