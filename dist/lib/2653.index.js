export const id = 2653;
export const ids = [2653];
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

/***/ 32653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReport: () => (/* binding */ renderReport),
/* harmony export */   runLint: () => (/* binding */ runLint)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _drift_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22320);
/* harmony import */ var _drift_stamp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80128);
/* harmony import */ var _app_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51923);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68270);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63990);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58925);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8861);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32794);
/* harmony import */ var _report_pretty_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7108);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10643);
/* harmony import */ var _report_github_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(97611);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(311);
/** `archdoc lint`: check documents and print findings in the chosen format. */














function renderReport(report, format, io, sources) {
    switch (format) {
        case 'json':
            return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderJson */ .h)(report) + '\n';
        case 'sarif':
            return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSarif */ .WH)(report, { rules: _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_5__/* .RULE_METAS */ ._T, version: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .VERSION */ .x, informationUri: _version_js__WEBPACK_IMPORTED_MODULE_11__/* .HOMEPAGE */ .p, sources, root: io.cwd }) + '\n';
        case 'github':
            return (0,_report_github_js__WEBPACK_IMPORTED_MODULE_12__/* .renderWorkflowCommands */ .e5)(report);
        default:
            return (0,_report_pretty_js__WEBPACK_IMPORTED_MODULE_13__/* .renderPretty */ .l)(report, { color: io.color });
    }
}
/** A generated document carries a stamp: compare it with the requirements it names (cheap, and explicit). */
function stampDrift(repo, doc, text) {
    const found = (0,_drift_stamp_js__WEBPACK_IMPORTED_MODULE_2__/* .readStamp */ .UL)(text);
    if (!found)
        return [];
    // The stamp is the document's text: its paths are as untrusted as any other.
    const origin = { setting: 'requirements', source: `from the stamp in ${doc}` };
    const requirements = Object.keys(found.stamp.requirements).flatMap((path) => repo.exists(path, origin) ? [{ path, text: repo.read(path, origin, 'requirements file') }] : []);
    const f = (0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftFinding */ .r)((0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDrift */ .o)({ docText: text, requirements }));
    return f ? [f] : [];
}
async function runLint(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_5__/* .RULE_NAMES */ .iU, repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .documentTargets */ .g8)(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}), source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMAND_LINE */ .rD });
    const files = [];
    const sources = {};
    for (const target of targets) {
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_8__/* .targetOrigins */ .z)(target);
        const text = repo.read(target.doc, from.doc, 'document');
        const result = await (0,_app_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkText */ .q)(text, target, (p) => repo.read(p, from.template, 'template'), stampDrift(repo, target.doc, text));
        files.push(result.report);
        sources[target.doc] = text;
    }
    const report = (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(files);
    io.out(renderReport(report, opts.format, io, sources));
    return report.errors > 0 ? 1 : 0;
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
