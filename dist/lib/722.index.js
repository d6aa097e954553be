export const id = 722;
export const ids = [722];
export const modules = {

/***/ 70722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG: () => (/* binding */ CONFIG),
/* harmony export */   WORKFLOW: () => (/* binding */ WORKFLOW),
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fix_write_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38307);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69322);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68270);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42260);
/* harmony import */ var _lint_edits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43728);
/** `archdoc init`: a workflow, a config and (if absent) a skeleton document to start from. */







const WORKFLOW = `name: archdoc
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]
permissions:
  contents: read
  pull-requests: write
jobs:
  archdoc:
    runs-on: ubuntu-latest
    steps:
      - uses: archdoc/archdoc@v0
        with:
          mode: validate
`;
const CONFIG = `# archdoc configuration: https://github.com/archdoc/archdoc#configuration
template: architecture
doc: ${_config_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE}
requirements:
  - docs/01_requirements.md
rules: {}
  # diagram-title: warning
`;
function runInit(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(io.cwd);
    const files = [
        ['workflow', '.github/workflows/archdoc.yml', WORKFLOW, !!opts.force],
        ['config', '.github/archdoc.yml', CONFIG, !!opts.force],
        // The document is the author's: never overwritten, not even with --force.
        ['document', _config_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE, skeletonDocument((0,_template_load_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinTemplate */ .e)('architecture')), false],
    ];
    // Its own fixed paths, but in a clone whose .github or docs may be a symlink: all checked before any is written.
    const targets = files.map(([setting, path, text, overwrite]) => ({ path, text, overwrite, full: repo.path(path, { setting, source: 'written by init' }) }));
    for (const { path, text, overwrite, full } of targets) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) && !overwrite) {
            io.out(`kept    ${path} (exists${path === _config_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE ? '' : '; --force overwrites it'})\n`);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full), { recursive: true });
        (0,_fix_write_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(full, text);
        io.out(`wrote   ${path}\n`);
    }
    io.out('next: fill in the document, then run `archdoc lint`\n');
    return 0;
}
/** The template as a starting document: the same section skeletons `archdoc fix` inserts. */
function skeletonDocument(template) {
    return template.sections.map(_lint_edits_js__WEBPACK_IMPORTED_MODULE_6__/* .sectionSkeleton */ .ru).join('\n\n') + '\n';
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
