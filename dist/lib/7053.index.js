export const id = 7053;
export const ids = [7053];
export const modules = {

/***/ 37053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* harmony import */ var _drift_drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22320);
/* harmony import */ var _drift_local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26113);
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68270);
/* harmony import */ var _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84791);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58925);
/* harmony import */ var _origins_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8861);
/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift, 2 when it could not tell. */






async function runDrift(io, opts) {
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h)(io.cwd);
    const cfg = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfigFile */ .HT)(repo, opts.config);
    const targets = (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .documentTargets */ .g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
        source: _sources_path_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_LINE */ .rD,
    });
    const results = targets.map((t) => {
        const from = (0,_origins_js__WEBPACK_IMPORTED_MODULE_5__/* .targetOrigins */ .z)(t);
        const docText = repo.read(t.doc, from.doc, 'document');
        const requirements = repo.requirements(t.requirements, from.requirements, opts.requirements.length > 0);
        const input = (0,_drift_local_js__WEBPACK_IMPORTED_MODULE_1__/* .localDriftInput */ .t)(io.cwd, t, docText, requirements);
        return { doc: t.doc, requirements: input.requirements.map((r) => r.path), ...(0,_drift_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDrift */ .o4)(input) };
    });
    const plain = (s) => s.replace(/`/g, '');
    if (opts.format === 'json')
        io.out(JSON.stringify({ documents: results, drift: results.some((r) => r.drift) }, null, 2) + '\n');
    else
        for (const r of results)
            if (r.state !== 'unknown')
                io.out(`${r.doc}: ${r.drift ? 'drift' : 'no drift'} (${r.basis}): ${plain(r.reason)}\n`);
    // "Could not tell" is never "no drift": one line each on stderr, and exit 2.
    const unknown = results.filter((r) => r.state === 'unknown');
    for (const r of unknown)
        io.err(`archdoc: ${r.doc}: could not tell whether the requirements changed after the document: ${plain(r.reason)}\n`);
    return unknown.length ? 2 : results.some((r) => r.drift) ? 1 : 0;
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
    const body = (found ? text.slice(0, found.start) + text.slice(found.end) : text).trimEnd();
    const nl = text.includes('\r\n') ? '\r\n' : '\n';
    return `${body}${nl}${nl}${formatStamp(stamp)}${nl}`;
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

/***/ 48007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ scanLines),
/* harmony export */   o: () => (/* binding */ findBoundaries)
/* harmony export */ });
/**
 * One linear pass over a document's lines, without parsing: which lines are code (fenced blocks and
 * the HTML blocks that run across blank lines: comments, `<script>`, `<pre>`, ...), which open a
 * fence, and where a new top-level block starts with every container closed (the places the parser
 * may be restarted). Used to cut the parse into chunks and to measure the document before parsing.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks of CommonMark kinds 1-5 end at a marker, not at a blank line: what ends each. */
const RAW_HTML = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![a-z]/i, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** A line that may continue a list or a quote after a blank line: indented, a marker, or `>`. */
const CONTINUES = /^(?:[\t >]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
function scanLines(text, visit) {
    let fence;
    let rawEnd;
    let blankBefore = false;
    let index = 0;
    for (let at = 0; at < text.length; index++) {
        const nl = text.indexOf('\n', at);
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(at, end);
        const blank = line.trim() === '';
        const out = { text: line, index, at, kind: 'code', boundary: false };
        if (fence) {
            const f = FENCE.exec(line);
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) {
                fence = undefined;
                out.kind = 'fence';
            }
        }
        else if (rawEnd) {
            if (rawEnd.test(line))
                rawEnd = undefined;
        }
        else {
            const f = FENCE.exec(line);
            if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
                fence = f[1];
                out.kind = 'fence';
                out.lang = line.slice(f[0].length).trim().split(/\s/, 1)[0].toLowerCase();
            }
            else {
                out.kind = 'markdown';
                out.boundary = at > 0 && (ATX.test(line) || (blankBefore && !blank && !CONTINUES.test(line)));
                const raw = RAW_HTML.find(([open]) => open.test(line));
                if (raw && !raw[1].test(line.slice(line.indexOf('<') + 2)))
                    rawEnd = raw[1];
            }
        }
        visit(out);
        blankBefore = blank;
        at = end + 1;
    }
}
/** Line-start offsets where parsing may restart (0 first), ascending. */
function findBoundaries(text) {
    const offsets = [0];
    scanLines(text, (l) => {
        if (l.boundary)
            offsets.push(l.at);
    });
    return offsets;
}


/***/ }),

/***/ 55337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ DocumentLimitError),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   ev: () => (/* binding */ checkDocumentLimits)
/* harmony export */ });
/* unused harmony exports MAX_NESTING, MAX_LINE_CHARS, MAX_BLOCK_CHARS, MAX_INLINE_MARKS, MAX_LIST_ITEMS, MAX_DIAGRAMS, MAX_DIAGRAM_CHARS_TOTAL */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48007);
/**
 * Structural limits checked before a document is parsed (SPEC §6): beyond them micromark and mermaid
 * leave their fast paths (measured with scripts on generated inputs; see the numbers by each limit),
 * or overflow the stack. One linear pass over the lines; a refusal names the limit and the line.
 */


/**
 * Documents, templates and requirements larger than this are refused wherever they come from (file,
 * API, LLM reply). An architecture document is a few KB; lint and fix of 1 MB take about a second.
 */
const MAX_DOCUMENT_BYTES = 1024 * 1024;
/**
 * Containers (quotes and list items) open on one line. micromark's cost grows with depth times size,
 * a 2,000-deep list line took 4 s and ~4,000 levels overflow the stack; real documents nest 2 or 3 deep.
 */
const MAX_NESTING = 32;
/** Characters in one line outside code: a 1 MB line of words took 2.4 s to parse; prose lines are a few hundred. */
const MAX_LINE_CHARS = 64 * 1024;
/**
 * Characters in one block the parser cannot be restarted inside (a list, a quote, a table or a
 * paragraph with no heading or unindented paragraph after a blank line): micromark is slow on big
 * lists and tables (1 MB of nested list: 39 s), so the parse is cut into chunks, and this bounds a chunk.
 */
const MAX_BLOCK_CHARS = 128 * 1024;
/**
 * Emphasis, link and code marks in one paragraph: micromark matches them by splicing its event list,
 * quadratic in their number (`*` x 4,000 around a word took 2.4 s, 30,000 never ended); prose has dozens.
 */
const MAX_INLINE_MARKS = 5_000;
/**
 * List items per document: micromark tokenizes each item as a document of its own, about 130 µs an
 * item (256 KB of short nested items, 30,000 of them, took 4 s of CPU to lint); a document lists hundreds.
 */
const MAX_LIST_ITEMS = 5_000;
/** ```mermaid blocks per document: each costs a mermaid parse (10,000 tiny ones took 47 s); a document has a handful. */
const MAX_DIAGRAMS = 50;
/** Characters of all diagrams together (one may have up to 50,000: src/mermaid/limits.ts); ~0.3 s per 50 KB. */
const MAX_DIAGRAM_CHARS_TOTAL = 200_000;
/** A document archdoc refuses to check: the message names the file, the line and the limit. */
class DocumentLimitError extends _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
}
const kb = (n) => `${Math.round(n / 1024)} KB`;
/**
 * Containers open on a line: its quote markers, plus the list items still open from earlier lines
 * (kept as their content columns, relative to the quote markers) and those it opens itself.
 */
function nestingOf(line, open, items) {
    let i = 0;
    let col = 0;
    let quotes = 0;
    const advance = () => {
        col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
        i++;
    };
    const blanks = () => {
        while (line[i] === ' ' || line[i] === '\t')
            advance();
    };
    for (blanks(); line[i] === '>'; blanks()) {
        quotes++;
        i++;
        col = 0;
    }
    // A line less indented than an item's content closes that item (a lazy continuation line is counted as closing it).
    while (open.length && col < open[open.length - 1])
        open.pop();
    for (;;) {
        if (line[i] === '>') {
            quotes++;
            i++;
            blanks();
            continue;
        }
        const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
        if (!marker)
            break;
        for (let k = 0; k < marker[0].length; k++)
            advance();
        for (let spaces = 0; (line[i] === ' ' || line[i] === '\t') && spaces < 4; spaces++)
            advance();
        open.push(col);
        items.count++;
    }
    return open.length + quotes;
}
const MARKS = new Set(['*', '_', '[', ']', '`', '<', '~']);
function inlineMarks(line) {
    let n = 0;
    for (let i = 0; i < line.length; i++)
        if (MARKS.has(line[i]))
            n++;
    return n;
}
function firstViolation(text) {
    let found;
    const open = [];
    const items = { count: 0 };
    let diagrams = 0;
    let diagramChars = 0;
    let inDiagram = false;
    let block = 0;
    let blockLine = 1;
    let marks = 0;
    let marksLine = 1;
    (0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .scanLines */ .J)(text, (l) => {
        if (found)
            return;
        const line = l.index + 1;
        if (l.kind === 'fence') {
            if (l.lang === 'mermaid') {
                diagrams++;
                inDiagram = true;
                if (diagrams > MAX_DIAGRAMS)
                    found = { line, message: `more than ${MAX_DIAGRAMS} mermaid diagrams; archdoc checks up to ${MAX_DIAGRAMS} per document` };
            }
            else if (l.lang === undefined)
                inDiagram = false;
            return;
        }
        if (l.kind === 'code') {
            if (inDiagram && (diagramChars += l.text.length + 1) > MAX_DIAGRAM_CHARS_TOTAL) {
                found = { line, message: `the diagrams hold more than ${kb(MAX_DIAGRAM_CHARS_TOTAL)} together; archdoc checks up to ${kb(MAX_DIAGRAM_CHARS_TOTAL)} of mermaid per document` };
            }
            return;
        }
        if (l.text.length > MAX_LINE_CHARS) {
            found = { line, message: `line is ${kb(l.text.length)} long; archdoc reads lines up to ${kb(MAX_LINE_CHARS)} (outside code blocks)` };
            return;
        }
        if (l.text.trim() === '') {
            marks = 0;
            return;
        }
        // A heading or a list item starts a paragraph of its own.
        if (/^[\s>]*(?:#|[-*+][ \t]|\d{1,9}[.)][ \t])/.test(l.text) || marks === 0) {
            marks = 0;
            marksLine = line;
        }
        marks += inlineMarks(l.text);
        if (marks > MAX_INLINE_MARKS) {
            found = { line: marksLine, message: `a paragraph with more than ${MAX_INLINE_MARKS.toLocaleString('en-US')} emphasis, link and code marks (* _ [ ] \` < ~); archdoc reads up to ${MAX_INLINE_MARKS.toLocaleString('en-US')} per paragraph` };
            return;
        }
        const depth = nestingOf(l.text, open, items);
        if (depth > MAX_NESTING) {
            found = { line, message: `lists and quotes nested ${depth > 999 ? 'over 999' : depth} deep; archdoc reads nesting up to ${MAX_NESTING} levels` };
            return;
        }
        if (items.count > MAX_LIST_ITEMS) {
            found = { line, message: `more than ${MAX_LIST_ITEMS.toLocaleString('en-US')} list items; archdoc reads up to ${MAX_LIST_ITEMS.toLocaleString('en-US')} per document` };
            return;
        }
        if (l.boundary) {
            block = 0;
            blockLine = line;
        }
        block += l.text.length + 1;
        if (block > MAX_BLOCK_CHARS) {
            found = {
                line: blockLine,
                message: `a block (list, quote, table or paragraph) runs on for more than ${kb(MAX_BLOCK_CHARS)} from here without a break; archdoc reads blocks up to ${kb(MAX_BLOCK_CHARS)} (start a new section or an unindented paragraph)`,
            };
        }
    });
    return found;
}
/** Throws DocumentLimitError (`<path>:<line>: <limit>`) when the text is beyond a structural limit. */
function checkDocumentLimits(text, path) {
    if (text.length > MAX_DOCUMENT_BYTES) {
        throw new DocumentLimitError(`${path}: ${(text.length / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    }
    const v = firstViolation(text);
    if (v)
        throw new DocumentLimitError(`${path}:${v.line}: ${v.message}`);
}


/***/ }),

/***/ 58925:
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
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/fix/write-file.ts
var write_file = __webpack_require__(38307);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
;// CONCATENATED MODULE: ./src/sources/files.ts
/** Read a document from disk with every failure turned into one clear line (SPEC §6: bounded inputs). */



const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes -> text, refusing binary content and invalid UTF-8 with the place it goes wrong. */
function decodeText(bytes, name) {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0))
        throw new findings/* UsageError */.eb(`${name}: looks like a binary file (it contains NUL bytes), not Markdown`);
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
        throw new findings/* UsageError */.eb(`${name}:${line}: not valid UTF-8 text; save the file as UTF-8`);
    }
}
function readTextFile(path, what = 'file') {
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isDirectory())
            throw new findings/* UsageError */.eb(`${path}: is a directory; give the path of a Markdown ${what}`);
        size = st.size;
    }
    catch (e) {
        if (e instanceof findings/* UsageError */.eb)
            throw e;
        const code = e.code;
        if (code === 'ENOENT')
            throw new findings/* UsageError */.eb(`${path}: no such ${what}`);
        if (code === 'EACCES')
            throw new findings/* UsageError */.eb(`${path}: permission denied`);
        throw new findings/* UsageError */.eb(`${path}: cannot read (${code ?? e.message})`);
    }
    if (size > limits/* MAX_DOCUMENT_BYTES */.bi) {
        throw new findings/* UsageError */.eb(`${path}: ${(size / 1024 / 1024).toFixed(1)} MB is too large; archdoc reads documents up to ${limits/* MAX_DOCUMENT_BYTES */.bi / 1024 / 1024} MB`);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        throw new findings/* UsageError */.eb(`${path}: cannot read (${e.code ?? e.message})`);
    }
    return decodeText(bytes, path);
}

// EXTERNAL MODULE: ./src/sources/path-guard.ts
var path_guard = __webpack_require__(84791);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
    return expandRequirements(cwd, globs, strict, scope).map((path) => ({ path, text: readTextFile((0,external_node_path_.resolve)(cwd, path), 'requirements file') }));
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
function isNamedDocument(path, origin) {
    return origin.setting === 'document' && origin.source === path_guard/* COMMAND_LINE */.rD && !(0,dist/* isDynamicPattern */.ey)(path);
}
function openRepository(cwd, rootPath = repositoryRoot(cwd)) {
    const root = (0,path_guard/* rootAt */.sb)(rootPath);
    return {
        root,
        cwd,
        path: (path, origin) => (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin),
        read(path, origin, what) {
            // A document the person named on their own command line is read wherever it is: they chose it. What
            // archdoc finds by itself (config, stamp, globs, defaults) stays inside the repository, and every
            // write goes through guardDocumentWrite whatever named it.
            const abs = isNamedDocument(path, origin) ? (0,external_node_path_.resolve)(cwd, path) : (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin);
            // The first thing a new user meets: say how to get a document, not just that there is none.
            if (what === 'document' && !(0,external_node_fs_.existsSync)(abs))
                throw new findings/* UsageError */.eb(`${path}: no such document (\`archdoc init\` writes a skeleton to start from)`);
            return readTextFile(abs, what);
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


/***/ })

};
