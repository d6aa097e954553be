export const id = 2755;
export const ids = [2755];
export const modules = {

/***/ 51923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ checkText)
/* harmony export */ });
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71236);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42260);


async function checkText(text, target, readText, extraFindings = [], more = {}) {
    const template = (0,_template_load_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTemplate */ .X)(target.template, readText);
    const result = await (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintText */ .DA)(text, target.doc, { template, rules: target.rules, extraFindings, ...more });
    return { ...result, template, report: { path: target.doc, findings: result.findings, outline: result.outline } };
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

/***/ 22320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o4: () => (/* binding */ checkDrift),
/* harmony export */   rl: () => (/* binding */ driftFinding),
/* harmony export */   vC: () => (/* binding */ driftUnknownFinding)
/* harmony export */ });
/* harmony import */ var _stamp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80128);

const result = (state, basis, reason, changed = [], line = 1) => ({
    state,
    drift: state === 'drifted',
    basis,
    changed,
    reason,
    line,
});
function checkDrift(input) {
    if (input.requirementGlobs && input.requirements.length === 0) {
        return result('unknown', 'none', `no requirements files match ${list(input.requirementGlobs)}; set \`requirements\` to the files the document is written from`);
    }
    const found = (0,_stamp_js__WEBPACK_IMPORTED_MODULE_0__/* .readStamp */ .UL)(input.docText);
    if (found) {
        const recorded = found.stamp.requirements;
        const now = new Map(input.requirements.map((f) => [f.path, (0,_stamp_js__WEBPACK_IMPORTED_MODULE_0__/* .contentHash */ .Ae)(f.text)]));
        const changed = [
            ...[...now].filter(([p, h]) => recorded[p] !== h).map(([p]) => p),
            ...Object.keys(recorded).filter((p) => !now.has(p)),
        ].sort();
        return changed.length
            ? result('drifted', 'stamp', `${list(changed)} changed since the document was generated${found.stamp.generated ? ` (${found.stamp.generated})` : ''}`, changed, found.line)
            : result('in-sync', 'stamp', 'the requirements match the stamp', [], found.line);
    }
    if (input.pullRequest) {
        const { docChanged, requirementsChanged } = input.pullRequest;
        if (requirementsChanged.length && !docChanged) {
            return result('drifted', 'pull-request', `this pull request changes ${list(requirementsChanged)} but not the architecture document`, [...requirementsChanged].sort());
        }
        return result('in-sync', 'pull-request', docChanged ? 'the document is updated in this pull request' : 'the requirements are unchanged in this pull request');
    }
    if (input.history) {
        const h = input.history();
        return result(h.state, 'history', h.reason, h.state === 'drifted' ? h.changed : []);
    }
    return result('unknown', 'none', 'the document has no stamp and there is no history to compare against');
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
/** For reports that have no neutral verdict (`archdoc lint`): "could not tell" as a warning, never as silence that reads as sync. */
function driftUnknownFinding(result) {
    if (result.state !== 'unknown')
        return undefined;
    return {
        rule: 'requirements-drift',
        severity: 'warning',
        message: `Drift could not be checked: ${result.reason}.`,
        line: result.line,
        column: 1,
        fixable: false,
    };
}


/***/ }),

/***/ 26113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ localDriftInput)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sources/git.ts
/**
 * Facts from the local git history, for drift without a stamp: where a path last changed, and which
 * commit comes before which. Order comes from the commit graph, never from commit dates (clocks skew,
 * and two commits can share a second).
 */



function git(cwd, args) {
    try {
        // Paths are literal (a file named `:(glob)*` is that file), and never read as options (after `--`).
        return (0,external_node_child_process_.execFileSync)('git', ['--literal-pathspecs', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20 }).trim();
    }
    catch {
        return undefined;
    }
}
/** The git history of the work tree `cwd` is in; undefined when there is none (no git, not a repository). */
function gitHistory(cwd) {
    if (git(cwd, ['rev-parse', '--is-inside-work-tree']) !== 'true')
        return undefined;
    const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
    const boundaries = shallow ? shallowBoundaries(cwd) : new Set();
    return {
        shallow,
        lastChange(path) {
            if (git(cwd, ['status', '--porcelain', '--', path]))
                return { kind: 'uncommitted' };
            const sha = git(cwd, ['log', '-1', '--format=%H', '--', path]);
            if (!sha)
                return { kind: 'none' };
            return { kind: 'commit', sha, boundary: boundaries.has(sha) };
        },
        isAncestor(a, b) {
            if (!/^[0-9a-f]{40,64}$/.test(a) || !/^[0-9a-f]{40,64}$/.test(b))
                return undefined;
            const r = (0,external_node_child_process_.spawnSync)('git', ['merge-base', '--is-ancestor', a, b], { cwd, stdio: 'ignore' });
            return r.status === 0 ? true : r.status === 1 ? false : undefined;
        },
    };
}
/** The commits a shallow clone was cut at (`.git/shallow`). */
function shallowBoundaries(cwd) {
    const file = git(cwd, ['rev-parse', '--git-path', 'shallow']);
    try {
        return new Set(file ? (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, file), 'utf8').split('\n').filter(Boolean) : []);
    }
    catch {
        return new Set();
    }
}

;// CONCATENATED MODULE: ./src/drift/history.ts
const FULL_HISTORY_HINT = 'fetch the full history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)';
const history_short = (sha) => sha.slice(0, 7);
/** Did `req` change after `doc`, given where each last changed? */
function order(git, req, doc) {
    if (req.kind === 'none' || doc.kind === 'none')
        return { after: undefined, why: 'untracked' };
    if (doc.kind === 'uncommitted')
        return req.kind === 'uncommitted' ? { after: undefined, why: 'both-uncommitted' } : { after: false };
    if (req.kind === 'uncommitted')
        return { after: true, detail: 'has uncommitted changes' };
    const detail = `changed in ${history_short(req.sha)}, after the document's last change (${history_short(doc.sha)})`;
    if (req.sha === doc.sha)
        return req.boundary ? { after: undefined, why: 'shallow' } : { after: false };
    // A boundary commit is only an upper bound on the real change. "Is an ancestor" is always true when git
    // finds it; "is not" can be wrong in a shallow clone, whose missing commits may connect the two.
    if (!req.boundary && !doc.boundary) {
        const reqFirst = git.isAncestor(req.sha, doc.sha);
        if (reqFirst === undefined)
            return { after: undefined, why: 'git' };
        if (reqFirst)
            return { after: false };
        if (!git.shallow)
            return { after: true, detail };
    }
    else if (req.boundary && !doc.boundary) {
        // The real change is at or before the boundary: before the document if the boundary is.
        if (git.isAncestor(req.sha, doc.sha))
            return { after: false };
    }
    // The document's real change is at or before its commit: a requirements change after that is after it.
    if (!req.boundary && git.isAncestor(doc.sha, req.sha))
        return { after: true, detail };
    return { after: undefined, why: 'shallow' };
}
const WHY = {
    shallow: (p) => `this clone is shallow, so git history cannot tell whether ${p} changed after the document; ${FULL_HISTORY_HINT}`,
    'both-uncommitted': (p) => `both the document and ${p} have uncommitted changes, so git history cannot order them; commit them`,
    untracked: (p) => `git has no commit for the document or ${p} (ignored by .gitignore?), so history cannot order them`,
    git: (p) => `git could not compare the commits of the document and ${p}`,
};
/** Drift of `doc` against `requirements` (repository-relative paths) by the order of their last changes. */
function historyDrift(git, doc, requirements) {
    if (!git)
        return { state: 'unknown', reason: 'there is no git history here (not a git work tree) and the document has no stamp' };
    const docChange = git.lastChange(doc);
    const changed = [];
    const details = [];
    const unknown = new Map();
    for (const path of [...requirements].sort()) {
        const o = order(git, git.lastChange(path), docChange);
        if (o.after) {
            changed.push(path);
            details.push(`\`${path}\` ${o.detail}`);
        }
        else if (o.after === undefined)
            unknown.set(o.why, [...(unknown.get(o.why) ?? []), path]);
    }
    // A change after the document is drift whatever else is unknown.
    if (changed.length)
        return { state: 'drifted', changed, reason: details.join('; ') };
    const [why, paths] = [...unknown][0] ?? [];
    if (why && paths)
        return { state: 'unknown', reason: WHY[why](paths.map((p) => `\`${p}\``).join(', ')) };
    return { state: 'in-sync', reason: "the document's last change comes after every change to its requirements" };
}

;// CONCATENATED MODULE: ./src/drift/local.ts
/** Drift of a document in a local checkout (the CLI, the Action's workspace): its requirements on disk and git history. */


/** The facts `checkDrift` decides on; `requirements` were read through the path guard by the caller. */
function localDriftInput(root, target, docText, requirements) {
    return {
        docText,
        requirements,
        requirementGlobs: target.requirements,
        history: () => historyDrift(gitHistory(root), target.doc, requirements.map((r) => r.path)),
    };
}


/***/ }),

/***/ 63990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _T: () => (/* binding */ RULE_METAS)
});

// UNUSED EXPORTS: CONTEXT_RULES, RULE_NAMES

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
        ...(file.outline ? { outline: file.outline.map((o) => ({ section: o.section, level: o.level, line: o.line, heading: o.heading, matchedBy: o.matchedBy })) } : {}),
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
