export const id = 2653;
export const ids = [2653];
export const modules = {

/***/ 32653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReport: () => (/* binding */ renderReport),
/* harmony export */   runLint: () => (/* binding */ runLint)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19828);
/* harmony import */ var _evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20545);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63990);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58925);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(73382);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32794);
/* harmony import */ var _report_pretty_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7108);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10643);
/* harmony import */ var _report_github_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97611);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(311);
/** `archdoc lint`: check documents and print findings in the chosen format. */













function renderReport(report, format, io, sources) {
    switch (format) {
        case 'json':
            return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_8__/* .renderJson */ .h)(report) + '\n';
        case 'sarif':
            return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSarif */ .WH)(report, { rules: _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_METAS */ ._, version: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .xv, informationUri: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .HOMEPAGE */ .py, sources, root: io.cwd }) + '\n';
        case 'github':
            return (0,_report_github_js__WEBPACK_IMPORTED_MODULE_10__/* .renderWorkflowCommands */ .e5)(report);
        default:
            return (0,_report_pretty_js__WEBPACK_IMPORTED_MODULE_11__/* .renderPretty */ .l)(report, { color: io.color });
    }
}
// Quoted globs (archdoc lint 'docs/**/*.md') expanded through the path guard, since no shell did; a file
// whose name only looks like a pattern ([draft].md) is taken as it is. A glob matching nothing is an error.
function expandFiles(repo, files) {
    const origin = { setting: 'document', source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMAND_LINE */ .rD };
    const expanded = files.flatMap((f) => {
        if (!(0,tinyglobby__WEBPACK_IMPORTED_MODULE_12__/* .isDynamicPattern */ .ey)(f) || repo.exists(f, origin))
            return [f];
        const found = repo.glob(f, origin);
        if (found.length === 0)
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${f}: no file matches this pattern`);
        return found;
    });
    return [...new Set(expanded)];
}
async function runLint(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, { files: expandFiles(repo, opts.files), ...(opts.template ? { template: opts.template } : {}), source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMAND_LINE */ .rD });
    const files = [];
    const sources = {};
    for (const target of targets) {
        const source = (0,_evaluate_local_source_js__WEBPACK_IMPORTED_MODULE_3__/* .localSource */ .j)(repo, target);
        // The same drift verdict as `archdoc drift`, as findings: an error when drifted, a warning when it could not tell.
        files.push(await (0,_evaluate_evaluate_document_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateDocument */ .l)(target, source, { drift: 'findings', ...(opts.strict ? { strict: true } : {}) }).findings());
        sources[target.doc] = source.docText ?? '';
    }
    const report = (0,_core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .summarize */ .eh)(files);
    io.out(renderReport(report, opts.format, io, sources));
    return report.errors > 0 ? 1 : 0;
}


/***/ }),

/***/ 89864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ logLine),
/* harmony export */   m: () => (/* binding */ showControls)
/* harmony export */ });
/**
 * Text made safe for the runner's log. The runner reads every stdout line that starts (after leading
 * whitespace) with `::` as a workflow command, and `##[name]` anywhere in a line as a legacy one; the
 * log viewer also honours ANSI escapes. Untrusted text (paths from a PR's config, quotes of the
 * document, LLM replies) must never become a command, so a log line is one line, with neither.
 */
// Line breaks as the runner splits them (CR, LF) and as editors show them (U+2028/2029).
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
// Other C0/C1 controls (ESC, CSI, OSC-8 hyperlinks start with one of these) and bidi overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Visible stand-in for a control character: `\x1b`, `\u202e`. */
function showControl(ch) {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Control characters (escape sequences, bidi overrides) shown visibly; tabs and line breaks kept. */
function showControls(text) {
    return text.replace(CONTROL, showControl);
}
/** One log line: line breaks shown as `⏎`, controls as `\xNN`, and no workflow command can start. */
function logLine(text) {
    const line = showControls(text.replace(LINE_BREAK, '⏎')).replace(/##\[/g, '##\\[');
    // A backslash is not whitespace, so the runner's TrimStart no longer finds `::` at the start.
    return /^\s*::/.test(line) ? `\\${line}` : line;
}


/***/ }),

/***/ 63990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ RULE_METAS)
});

// UNUSED EXPORTS: RULE_NAMES

// EXTERNAL MODULE: ./src/lint/rules/index.ts + 31 modules
var rules = __webpack_require__(62993);
;// CONCATENATED MODULE: ./src/lint/rule.ts
function docsPathOf(name) {
    return `docs/rules/${name}.md`;
}

;// CONCATENATED MODULE: ./src/lint/catalogue.ts
/** Rule metadata for reports, config validation and `archdoc rules`. */


/** Rules whose facts come from outside the document (the requirements' history), run by the drift check. */
const CONTEXT_RULES = [
    {
        name: 'requirements-drift',
        description: 'The requirements changed since the document was generated or last updated.',
        severity: 'error',
        fixable: false,
        docsPath: docsPathOf('requirements-drift'),
    },
];
const RULE_METAS = [
    ...rules/* RULES */.y.map((r) => ({
        name: r.name,
        description: r.description,
        severity: r.severity,
        fixable: r.fixable,
        ...(r.offByDefault ? { offByDefault: true } : {}),
        ...(r.tags ? { tags: r.tags } : {}),
        docsPath: docsPathOf(r.name),
    })),
    ...CONTEXT_RULES,
];
const RULE_NAMES = RULE_METAS.map((r) => r.name);


/***/ }),

/***/ 97611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ toAnnotation),
/* harmony export */   MQ: () => (/* binding */ prioritizeAnnotations),
/* harmony export */   e5: () => (/* binding */ renderWorkflowCommands),
/* harmony export */   uf: () => (/* binding */ escapeData)
/* harmony export */ });
/* unused harmony exports escapeProperty, workflowCommand, locatedFindings */
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
        ...(file.outline
            ? { outline: file.outline.map((o) => ({ section: o.section, level: o.level, line: o.line, heading: o.heading, matchedBy: o.matchedBy })) }
            : {}),
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
/* harmony import */ var _core_log_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89864);
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
 * Messages quote the document, which may hold escape sequences (CSI, OSC-8 links), other control
 * characters or bidi overrides; printed raw they would restyle, rewrite or disguise the user's terminal.
 * Newlines survive (as line breaks).
 */
function clean(text) {
    return (0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .showControls */ .m)(text.replace(/\r\n?/g, '\n'));
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
    return `${base.replace(/(?<!\/)\/+$/, '')}/${path.replace(/^\/+/, '')}`;
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
/* unused harmony exports FINGERPRINT_KEY, toSarif, artifactUri */
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
        properties: { tags: ['architecture-document', 'documentation', ...(meta.fixable ? ['fixable'] : []), ...(meta.tags ?? [])] },
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
        .split(/[^a-z0-9]+/i)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Repository-relative, forward slashes, percent-encoded; `%SRCROOT%` lets code scanning resolve it. */
function artifactUri(path, root) {
    let p = path.replace(/\\/g, '/');
    if (root) {
        const r = `${root.replace(/\\/g, '/').replace(/(?<!\/)\/+$/, '')}/`;
        if (p.startsWith(r))
            p = p.slice(r.length);
    }
    p = p.replace(/^(\.\/)+/, '');
    const absolute = /^(?:\/|[a-z]:\/)/i.test(p);
    const encoded = p
        .split('/')
        .map((seg) => (/^[a-z]:$/i.test(seg) ? seg : encodeURIComponent(seg)))
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


/***/ })

};
