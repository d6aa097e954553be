export const id = 6065;
export const ids = [6065,2653];
export const modules = {

/***/ 66065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeApplied: () => (/* binding */ describeApplied),
/* harmony export */   runFix: () => (/* binding */ runFix)
/* harmony export */ });
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68270);
/* harmony import */ var _lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63990);
/* harmony import */ var _fix_fix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79279);
/* harmony import */ var _fix_write_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38307);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6109);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42260);
/* harmony import */ var _report_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20227);
/* harmony import */ var _report_pretty_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7108);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65655);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32653);
/** `archdoc fix`: repair what can be repaired without an LLM; print the document or a diff, or write it in place. */











/** `section-missing ×2, mojibake`: what was repaired, by rule, in the order first applied. */
function describeApplied(applied) {
    const counts = new Map();
    for (const f of applied)
        counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    return [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
}
async function runFix(io, opts) {
    if (opts.write && opts.diff)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('fix: choose one of --write and --diff');
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .HT)(_lint_catalogue_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_NAMES */ .iU, opts.config && (0,_lint_js__WEBPACK_IMPORTED_MODULE_7__.inCwd)(io, opts.config), io.cwd);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .documentTargets */ .g8)(cfg, { ...(opts.file ? { files: [opts.file] } : {}), ...(opts.template ? { template: opts.template } : {}) });
    if (targets.length > 1 && !opts.write && !opts.diff) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`fix: the config lists ${targets.length} documents; name one FILE, or use --write or --diff`);
    }
    // The report goes where the document does not: stdout is the document (or diff) unless writing in place.
    const report = opts.write ? io.out : io.err;
    let errors = 0;
    for (const target of targets) {
        const path = (0,_lint_js__WEBPACK_IMPORTED_MODULE_7__.inCwd)(io, target.doc);
        const text = (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)(path, 'document');
        const template = (0,_template_load_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveTemplate */ .X)(target.template, (p) => (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)((0,_lint_js__WEBPACK_IMPORTED_MODULE_7__.inCwd)(io, p), 'template'));
        const result = await (0,_fix_fix_js__WEBPACK_IMPORTED_MODULE_3__/* .fixText */ .Xc)(text, target.doc, { template, rules: target.rules });
        if (opts.write) {
            if (result.changed)
                (0,_fix_write_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(path, result.text);
        }
        else if (opts.diff)
            io.out((0,_report_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .unifiedDiff */ .WH)(text, result.text, target.doc));
        else
            io.out(result.text);
        const done = result.changed
            ? `${opts.write ? 'fixed' : 'would fix'} ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plural */ .LS)(result.applied.length, 'finding')} (${describeApplied(result.applied)})`
            : 'nothing to fix';
        report(`${target.doc}: ${done}.\n`);
        if (result.remaining.length) {
            report((0,_report_pretty_js__WEBPACK_IMPORTED_MODULE_10__/* .renderPretty */ .l)({ files: [{ path: target.doc, findings: result.remaining }], errors: 0, warnings: 0 }, { color: opts.write ? io.color : false }));
        }
        errors += result.remaining.filter((f) => f.severity === 'error').length;
    }
    return errors > 0 ? 1 : 0;
}


/***/ }),

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

/***/ 79279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xc: () => (/* binding */ fixText)
});

// UNUSED EXPORTS: DEFAULT_MAX_PASSES, ineffective, keepsLines, planRound, protectedLines

// EXTERNAL MODULE: ./src/lint/lint.ts
var lint_lint = __webpack_require__(55136);
;// CONCATENATED MODULE: ./src/fix/edits.ts
/**
 * Overlapping ranges conflict, as do two insertions at one point (their order would be a guess) and an
 * insertion inside a replaced range. An insertion at either end of a replacement is fine: it goes
 * before or after the replaced text.
 */
function conflicts(a, b, touching = false) {
    if (touching)
        return a.start <= b.end && b.start <= a.end;
    const aInsert = a.start === a.end;
    const bInsert = b.start === b.end;
    if (aInsert && bInsert)
        return a.start === b.start;
    if (aInsert)
        return b.start < a.start && a.start < b.end;
    if (bInsert)
        return a.start < b.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}
/** The findings' fixes as groups: identical fixes merge, edits that change nothing are dropped. */
function editGroups(text, findings) {
    const byKey = new Map();
    for (const f of findings) {
        if (!f.fixable || !f.fix?.length)
            continue;
        const edits = f.fix
            .filter((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length && text.slice(e.start, e.end) !== e.text)
            .sort((a, b) => a.start - b.start || a.end - b.end);
        if (edits.length === 0)
            continue;
        // A group whose own edits collide is a rule bug; it is left alone rather than guessed at.
        if (edits.some((e, i) => i > 0 && conflicts(edits[i - 1], e)))
            continue;
        const key = JSON.stringify(edits);
        const group = byKey.get(key);
        if (group)
            group.findings.push(f);
        else
            byKey.set(key, { edits, findings: [f] });
    }
    return [...byKey.values()];
}
/** Accept groups in the given order while they do not conflict with those already accepted. */
function selectGroups(groups) {
    const accepted = [];
    const deferred = [];
    // Accepted edits sorted by (start, end): only the neighbours of a new edit can conflict with it, so a
    // binary search keeps this fast for the thousands of edits a large, badly decoded file can bring.
    const taken = [];
    const wholesale = []; // exclusive edits: few, long, and nothing may touch them
    const indexOf = (e) => {
        let lo = 0;
        let hi = taken.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const t = taken[mid];
            if (t.start < e.start || (t.start === e.start && t.end < e.end))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    const clashes = (e, exclusive) => {
        // Accepted edits do not overlap, so past the one before `e` only those starting inside it matter.
        for (let i = Math.max(0, indexOf({ start: e.start, end: e.start, text: '' }) - 1); i < taken.length && taken[i].start <= e.end; i++) {
            if (conflicts(e, taken[i], exclusive))
                return true;
        }
        return wholesale.some((t) => conflicts(e, t, true));
    };
    for (const g of groups) {
        if (g.edits.some((e) => clashes(e, !!g.exclusive)))
            deferred.push(g);
        else {
            accepted.push(g);
            for (const edit of g.edits) {
                if (g.exclusive)
                    wholesale.push(edit);
                else
                    taken.splice(indexOf(edit), 0, edit);
            }
        }
    }
    return { accepted, deferred };
}
/** Apply non-conflicting edits in one pass over the text. */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts = [];
    let at = 0;
    for (const e of sorted) {
        parts.push(text.slice(at, e.start), e.text);
        at = Math.max(at, e.end);
    }
    parts.push(text.slice(at));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/fix/line-endings.ts
/**
 * The fixer works on `\n` text; the file's own conventions come back at the end: CRLF stays CRLF, and a
 * final newline is there afterwards exactly when it was there before.
 */
function lineEndingsOf(text) {
    const lf = (text.match(/\n/g) ?? []).length;
    const crlf = (text.match(/\r\n/g) ?? []).length;
    return { crlf: crlf > 0 && crlf === lf, finalNewline: text.endsWith('\n') };
}
function toLf(text, e) {
    return e.crlf ? text.replace(/\r\n/g, '\n') : text;
}
/** Back to the original conventions. An empty file has none, so it gets a final newline. */
function restore(text, e, originalWasEmpty) {
    let out = text;
    if (e.finalNewline || originalWasEmpty) {
        if (out !== '' && !out.endsWith('\n'))
            out += '\n';
    }
    else
        out = out.replace(/(?:\r?\n)+$/, '');
    return e.crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}

;// CONCATENATED MODULE: ./src/fix/fix.ts



const DEFAULT_MAX_PASSES = 8;
/**
 * Which repair goes first when two touch the same text: the document's frame, then local text, then
 * whole sections. The losers wait for the next round, computed on the repaired text.
 */
const ORDER = ['chat-residue', 'mojibake', 'heading-mismatch', 'field-missing', 'diagram-title', 'section-empty', 'section-order', 'section-missing'];
function rank(g) {
    const i = ORDER.indexOf(g.findings[0].rule);
    return i === -1 ? ORDER.length : i;
}
/**
 * This round's repairs. The document's frame comes first: while chat residue is being removed nothing
 * else moves (what is the document, and its title, is only clear afterwards). New sections are placed
 * relative to the others, so they wait until the order is right, except those that go before every
 * heading (the title): no order decides their place, and while the title is missing, lint takes the
 * first level-1 heading for it, so it must not wait for the other repairs to shuffle headings.
 */
function planRound(text, findings, refused = new Set(), firstHeading = text.length) {
    let groups = editGroups(text, findings)
        .filter((g) => !g.findings.some((f) => refused.has(keyOf(f))))
        .map((g) => (g.findings[0].rule === 'section-order' ? { ...g, exclusive: true } : g))
        .sort((a, b) => rank(a) - rank(b));
    const pending = (rule) => groups.some((g) => g.findings.some((f) => f.rule === rule));
    if (pending('chat-residue'))
        groups = groups.filter((g) => FRAME.has(g.findings[0].rule));
    else if (pending('section-order')) {
        groups = groups.filter((g) => g.findings[0].rule !== 'section-missing' || g.edits.every((e) => e.start <= firstHeading));
    }
    return selectGroups(groups).accepted;
}
const FRAME = new Set(['chat-residue', 'mojibake']);
function keyOf(f) {
    return `${f.rule}\u0000${f.message}`;
}
/**
 * Repairs whose finding is still there afterwards (same rule, same message, no fewer of them): such a
 * repair changed the text without helping (text inserted into an unclosed code block, say), and
 * applying it again would change the text again. Counted, because identical findings may be repaired a
 * few at a time.
 */
function ineffective(applied, before, after) {
    const count = (xs) => {
        const m = new Map();
        for (const f of xs)
            m.set(keyOf(f), (m.get(keyOf(f)) ?? 0) + 1);
        return m;
    };
    const [fixed, was, is] = [count(applied), count(before), count(after)];
    return new Set([...fixed].filter(([k, n]) => (is.get(k) ?? 0) > (was.get(k) ?? 0) - n).map(([k]) => k));
}
/** The author's lines that no finding marks: a repair may move them (with their section) but never drop them. */
function protectedLines(text, findings) {
    const marked = new Set();
    for (const f of findings)
        for (let l = f.line; l <= (f.endLine ?? f.line); l++)
            marked.add(l);
    return splitLines(text).filter((l, i) => l.trim() !== '' && !marked.has(i + 1));
}
/** Whether `lines` still occur in `text`, in order. */
function keepsLines(text, lines) {
    const have = splitLines(text);
    let j = 0;
    for (const l of lines) {
        while (j < have.length && have[j] !== l)
            j++;
        if (j === have.length)
            return false;
        j++;
    }
    return true;
}
function splitLines(text) {
    return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
async function fixText(text, path, options) {
    const endings = lineEndingsOf(text);
    let work = toLf(text, endings);
    const applied = [];
    const refused = new Set();
    let lint = await (0,lint_lint/* lintText */.D)(work, path, options);
    let findings = lint.findings;
    const keep = protectedLines(work, findings);
    const limit = options.maxPasses ?? DEFAULT_MAX_PASSES;
    for (let rounds = 0, failures = 0; rounds < limit && failures < limit;) {
        const first = lint.doc.headings[0];
        const round = planRound(work, findings, refused, first ? lint.doc.lineStarts[first.line - 1] : work.length);
        if (round.length === 0)
            break;
        const next = applyEdits(work, round.flatMap((g) => g.edits));
        // A repair found only after others (say, chat seen once sections were added) must not take the author's text with it.
        if (!keepsLines(next, keep)) {
            const culprits = round.filter((g) => !keepsLines(applyEdits(work, g.edits), keep));
            for (const g of culprits.length ? culprits : round)
                for (const f of g.findings)
                    refused.add(keyOf(f));
            failures++;
            continue;
        }
        const nextLint = await (0,lint_lint/* lintText */.D)(next, path, options);
        const done = round.flatMap((g) => g.findings);
        const failed = ineffective(done, findings, nextLint.findings);
        if (failed.size > 0) {
            // Undo the whole round (its repairs were planned together) and go on without the failing ones.
            for (const k of failed)
                refused.add(k);
            failures++;
            continue;
        }
        work = next;
        lint = nextLint;
        findings = nextLint.findings;
        applied.push(...done);
        rounds++;
        // The text changed: a repair that failed on the old one may work now.
        refused.clear();
    }
    const out = applied.length ? restore(work, endings, text === '') : text;
    if (out !== work)
        findings = (await (0,lint_lint/* lintText */.D)(out, path, options)).findings;
    return { text: out, changed: out !== text, applied, remaining: findings.map((f) => forCaller(f, refused)) };
}
/** Edits are offsets into one particular text, meaningless to the caller; a repair that failed here is not on offer. */
function forCaller(f, refused) {
    const { fix: _fix, ...rest } = f;
    return refused.has(keyOf(f)) ? { ...rest, fixable: false } : rest;
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

/***/ 20227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ patchStats),
/* harmony export */   QQ: () => (/* binding */ documentPatch),
/* harmony export */   WH: () => (/* binding */ unifiedDiff),
/* harmony export */   Xs: () => (/* binding */ boundPatch),
/* harmony export */   yr: () => (/* binding */ withoutContext)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONTEXT, diffStats, boundedDiff */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37291);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);
/** Unified diffs of a proposed document (jsdiff), whole or cut at hunk boundaries to fit a budget. */


const DEFAULT_CONTEXT = 3;
function patchOf(oldText, newText, path, options) {
    const p = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(path);
    // a/ and b/ prefixes make the patch apply with plain `git apply` (which strips one level).
    return (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .structuredPatch */ .YB)(`a/${p}`, `b/${p}`, oldText, newText, undefined, undefined, {
        context: options.context ?? DEFAULT_CONTEXT,
    });
}
/** formatPatch on copies: it adjusts the start of empty-range hunks in place, so formatting twice would shift them. */
function format(patch, hunks = patch.hunks) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .formatPatch */ .Gu)({ ...patch, hunks: hunks.map((h) => ({ ...h })) }, diff__WEBPACK_IMPORTED_MODULE_1__/* .FILE_HEADERS_ONLY */ .jr);
}
/** The unified diff, or '' when the texts are equal. */
function unifiedDiff(oldText, newText, path, options = {}) {
    const patch = patchOf(oldText, newText, path, options);
    return patch.hunks.length ? format(patch) : '';
}
/**
 * The same change without context lines: every run of removed/added lines becomes its own hunk.
 * Derived from the patch rather than diffed again (diffing a long document is the slow part).
 */
function withoutContext(patch) {
    const hunks = [];
    for (const h of patch.hunks) {
        let oldLine = h.oldStart;
        let newLine = h.newStart;
        let run;
        let last = ' ';
        for (const line of h.lines) {
            const kind = line[0];
            if (kind === '\\') {
                // "\ No newline at end of file" belongs to the line before it: kept with a change, dropped with context.
                if (run && last !== ' ')
                    run.lines.push(line);
                continue;
            }
            last = kind;
            if (kind === ' ') {
                run = undefined;
                oldLine++;
                newLine++;
                continue;
            }
            if (!run) {
                // Starts follow structuredPatch's convention for empty ranges (formatPatch subtracts one).
                run = { oldStart: oldLine, oldLines: 0, newStart: newLine, newLines: 0, lines: [] };
                hunks.push(run);
            }
            run.lines.push(line);
            if (kind === '-') {
                run.oldLines++;
                oldLine++;
            }
            else {
                run.newLines++;
                newLine++;
            }
        }
    }
    return { ...patch, hunks };
}
function hunkStats(hunks) {
    let added = 0;
    let removed = 0;
    for (const h of hunks) {
        for (const line of h.lines) {
            if (line[0] === '+')
                added++;
            else if (line[0] === '-')
                removed++;
        }
    }
    return { added, removed };
}
function diffStats(oldText, newText) {
    return hunkStats(patchOf(oldText, newText, 'x', { context: 0 }).hunks);
}
const chars = (text) => text.length;
/**
 * The diff if it fits in `maxChars`; otherwise its headers and the leading hunks that fit (hunks are
 * never split, so what is shown still applies with `git apply`), and a note saying what was left out.
 */
function boundedDiff(oldText, newText, path, maxChars, options = {}) {
    return boundPatch(patchOf(oldText, newText, path, options), maxChars);
}
/** A diff computed once and then cut to several budgets (the comment tries a few). */
function documentPatch(oldText, newText, path, options = {}) {
    return patchOf(oldText, newText, path, options);
}
/** `boundedDiff` for a precomputed patch; `measure` may count bytes instead of UTF-16 units. */
function boundPatch(patch, max, measure = chars) {
    const total = patch.hunks.length;
    if (total === 0)
        return { text: '', totalHunks: 0, shownHunks: 0, omitted: { added: 0, removed: 0 }, note: '' };
    const full = format(patch);
    if (measure(full) <= max)
        return { text: full, totalHunks: total, shownHunks: total, omitted: { added: 0, removed: 0 }, note: '' };
    // Each hunk formats to its own block of lines, so sizes add up: header + hunk 1 + hunk 2 ...
    const headerSize = measure(format(patch, []));
    let used = headerSize;
    let shown = 0;
    while (shown < total) {
        const hunkSize = measure(format(patch, [patch.hunks[shown]])) - headerSize;
        if (used + hunkSize > max)
            break;
        used += hunkSize;
        shown++;
    }
    const left = patch.hunks.slice(shown);
    const omitted = hunkStats(left);
    const lines = `+${omitted.added} −${omitted.removed} lines`;
    const note = shown === 0
        ? `The diff was left out: its first hunk alone is longer than ${max} characters (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(total, 'hunk')}, ${lines}).`
        : `The diff was shortened: showing the first ${shown} of ${total} hunks; ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(left.length, 'hunk')} (${lines}) left out.`;
    return {
        text: shown ? format(patch, patch.hunks.slice(0, shown)) : '',
        totalHunks: total,
        shownHunks: shown,
        omitted,
        note,
    };
}
function patchStats(patch) {
    return hunkStats(patch.hunks);
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
