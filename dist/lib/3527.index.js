export const id = 3527;
export const ids = [3527];
export const modules = {

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
/** Where the final run of `\n` / `\r\n` breaks starts (what /(?:\r?\n)+$/ matched, without retrying from each break). */
function finalBreaksStart(text) {
    let end = text.length;
    while (text[end - 1] === '\n')
        end -= text[end - 2] === '\r' ? 2 : 1;
    return end;
}
/** Back to the original conventions. An empty file has none, so it gets a final newline. */
function restore(text, e, originalWasEmpty) {
    let out = text;
    if (e.finalNewline || originalWasEmpty) {
        if (out !== '' && !out.endsWith('\n'))
            out += '\n';
    }
    else
        out = out.slice(0, finalBreaksStart(out));
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
    let lint = await (0,lint_lint/* lintText */.DA)(work, path, options);
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
        const nextLint = await (0,lint_lint/* lintText */.DA)(next, path, options);
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
        findings = (await (0,lint_lint/* lintText */.DA)(out, path, options)).findings;
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

/***/ 69322:
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
        read(path, origin, what) {
            const abs = (0,path_guard/* guardPath */.Lp)(root, cwd, path, origin);
            // The first thing a new user meets: say how to get a document, not just that there is none.
            if (what === 'document' && !(0,external_node_fs_.existsSync)(abs))
                throw new findings/* UsageError */.eb(`${path}: no such document (\`archdoc init\` writes a skeleton to start from)`);
            return (0,files/* readTextFile */.Gu)(abs, what);
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
