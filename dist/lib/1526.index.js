export const id = 1526;
export const ids = [1526];
export const modules = {

/***/ 71526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiff: () => (/* binding */ runDiff)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/sources/path-guard.ts
var path_guard = __webpack_require__(84791);
// EXTERNAL MODULE: ./src/sources/repository.ts + 2 modules
var repository = __webpack_require__(58925);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
;// CONCATENATED MODULE: ./src/sources/revision.ts
/** A file as it was at a git revision (`git show REV:./PATH`), for `archdoc diff main HEAD`. */



function showAtRevision(cwd, rev, path) {
    // A revision that starts with `-` would be read by git as an option.
    if (!rev || rev.startsWith('-') || /[\0\n]/.test(rev))
        throw new findings/* UsageError */.eb(`"${rev}" is not a git revision`);
    const spec = `${rev}:${path.startsWith('/') ? path : `./${path.replace(/^\.\//, '')}`}`;
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['show', spec], { cwd, encoding: 'utf8', maxBuffer: limits/* MAX_DOCUMENT_BYTES */.bi, stdio: ['ignore', 'pipe', 'pipe'] });
    }
    catch (e) {
        const stderr = e.stderr;
        const tooLarge = e.code === 'ENOBUFS';
        const why = tooLarge ? `larger than ${limits/* MAX_DOCUMENT_BYTES */.bi / 1024 / 1024} MB` : typeof stderr === 'string' && stderr.trim() ? stderr.trim().split('\n')[0] : 'git failed';
        throw new findings/* UsageError */.eb(`cannot read ${path} at ${rev}: ${why.replace(/^fatal:\s*/, '')}`);
    }
}

// EXTERNAL MODULE: ./src/template/load.ts
var load = __webpack_require__(42260);
// EXTERNAL MODULE: ./src/model/load.ts
var model_load = __webpack_require__(65757);
// EXTERNAL MODULE: ./src/model/diff.ts
var model_diff = __webpack_require__(24206);
// EXTERNAL MODULE: ./src/model/render-diff.ts
var render_diff = __webpack_require__(26861);
// EXTERNAL MODULE: ./src/commands/origins.ts
var origins = __webpack_require__(8861);
;// CONCATENATED MODULE: ./src/commands/diff.ts
/** `archdoc diff BASE HEAD`: what changed in the diagrams, in architecture terms. BASE/HEAD are files or git revisions. */












/**
 * An existing file is read from disk; `REV:PATH` is PATH at REV; anything else is a revision, read at the
 * document's path (`archdoc diff main HEAD`).
 */
function readSide(io, repo, spec, docPath) {
    // A file on disk goes through the path guard like every other read; a revision is read from git's objects.
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(io.cwd, spec)))
        return { label: spec, text: repo.read(spec, { setting: 'document', source: path_guard/* COMMAND_LINE */.rD }, 'document') };
    const colon = spec.indexOf(':');
    if (colon > 0) {
        const [rev, path] = [spec.slice(0, colon), spec.slice(colon + 1)];
        return { label: spec, text: showAtRevision(io.cwd, rev, path) };
    }
    try {
        return { label: `${spec}:${docPath}`, text: showAtRevision(io.cwd, spec, docPath) };
    }
    catch (e) {
        throw new findings/* UsageError */.eb(`${spec}: no such file, and not a revision with ${docPath} (${e instanceof Error ? e.message : String(e)})`);
    }
}
async function runDiff(io, base, head, opts) {
    const repo = (0,repository/* openRepository */.h)(io.cwd);
    const cfg = (0,resolve/* loadConfigFile */.HT)(repo, opts.config);
    const target = (0,resolve/* documentTargets */.g8)(cfg, { ...(opts.doc ? { files: [opts.doc] } : {}), ...(opts.template ? { template: opts.template } : {}), source: path_guard/* COMMAND_LINE */.rD })[0];
    const template = (0,load/* resolveTemplate */.X)(target.template, (p) => repo.read(p, (0,origins/* targetOrigins */.z)(target).template, 'template'));
    const a = readSide(io, repo, base, target.doc);
    const b = readSide(io, repo, head, target.doc);
    const diff = (0,model_diff/* semanticDiff */.Q)((await (0,model_load/* loadModel */.c)(a.text, a.label, template)).model, (await (0,model_load/* loadModel */.c)(b.text, b.label, template)).model);
    io.out(opts.format === 'json' ? JSON.stringify({ base: a.label, head: b.label, ...diff }, null, 2) + '\n' : (0,render_diff/* renderDiffText */.pQ)(diff));
    return 0;
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

/***/ 24206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ semanticDiff)
/* harmony export */ });
/* harmony import */ var _lint_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86803);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81601);
/**
 * Semantic diff of two documents' diagrams: what changed in architecture terms. Pure.
 * Diagrams pair up first by identical source (a block moved without change is no change), then by
 * section, then by type; C4 elements pair by alias, then by label (a new alias); ER entities by name.
 */


/** Blank lines and indentation do not change a diagram. */
function canonical(source) {
    return source
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n');
}
function pairDiagrams(old, now) {
    const left = [...old];
    const right = [...now];
    const pairs = [];
    const take = (same) => {
        for (const a of [...left]) {
            const j = right.findIndex((b) => same(a, b));
            if (j < 0)
                continue;
            pairs.push([a, right[j]]);
            right.splice(j, 1);
            left.splice(left.indexOf(a), 1);
        }
    };
    take((a, b) => canonical(a.source) === canonical(b.source));
    take((a, b) => a.section !== '' && (0,_lint_match_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeHeading */ .MO)(a.section) === (0,_lint_match_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeHeading */ .MO)(b.section));
    take((a, b) => a.type === b.type);
    return { pairs, removed: left, added: right };
}
const sameText = (a, b) => (a ?? '').trim() === (b ?? '').trim();
function firstByAlias(elements) {
    const m = new Map();
    for (const e of elements)
        if (!m.has(e.alias))
            m.set(e.alias, e);
    return m;
}
function diffElements(old, now, out) {
    const before = firstByAlias(old);
    const after = firstByAlias(now);
    const renamedAlias = new Map();
    const gone = [...before.values()].filter((e) => !after.has(e.alias));
    const fresh = [...after.values()].filter((e) => !before.has(e.alias));
    const compareTech = (a, b) => {
        if (!sameText(a.technology, b.technology))
            out.push({ kind: 'technology-changed', subject: b.alias, from: a.technology ?? '', to: b.technology ?? '' });
    };
    for (const [alias, b] of after) {
        const a = before.get(alias);
        if (!a)
            continue;
        if (!sameText(a.label, b.label))
            out.push({ kind: 'element-renamed', alias, from: a.label, to: b.label });
        compareTech(a, b);
    }
    for (const a of [...gone]) {
        const j = fresh.findIndex((b) => a.label !== '' && (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fold */ .AU)(a.label) === (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .fold */ .AU)(b.label));
        if (j < 0)
            continue;
        const b = fresh.splice(j, 1)[0];
        gone.splice(gone.indexOf(a), 1);
        renamedAlias.set(a.alias, b.alias);
        out.push({ kind: 'alias-changed', label: b.label, from: a.alias, to: b.alias });
        compareTech(a, b);
    }
    for (const a of gone)
        out.push({ kind: 'element-removed', alias: a.alias, label: a.label, elementKind: a.kind });
    for (const b of fresh)
        out.push({ kind: 'element-added', alias: b.alias, label: b.label, elementKind: b.kind });
    return renamedAlias;
}
function diffRelations(old, now, aliases, out) {
    const key = (from, to) => `${from}\u0000${to}`;
    const before = new Map();
    for (const r of old)
        before.set(key(aliases.get(r.from) ?? r.from, aliases.get(r.to) ?? r.to), r);
    const after = new Map();
    for (const r of now)
        after.set(key(r.from, r.to), r);
    for (const [k, a] of before) {
        const b = after.get(k);
        if (!b) {
            out.push({ kind: 'relation-removed', from: a.from, to: a.to, label: a.label ?? '' });
            continue;
        }
        if (!sameText(a.label, b.label))
            out.push({ kind: 'relation-relabelled', from: b.from, to: b.to, was: a.label ?? '', now: b.label ?? '' });
        if (!sameText(a.technology, b.technology))
            out.push({ kind: 'technology-changed', subject: `${b.from} -> ${b.to}`, from: a.technology ?? '', to: b.technology ?? '' });
    }
    for (const [k, b] of after)
        if (!before.has(k))
            out.push({ kind: 'relation-added', from: b.from, to: b.to, label: b.label ?? '' });
}
function diffEntities(old, now, out) {
    const before = new Map(old.map((e) => [e.name, e]));
    const after = new Map(now.map((e) => [e.name, e]));
    for (const name of before.keys())
        if (!after.has(name))
            out.push({ kind: 'entity-removed', name });
    for (const name of after.keys())
        if (!before.has(name))
            out.push({ kind: 'entity-added', name });
    for (const [name, b] of after) {
        const a = before.get(name);
        if (!a)
            continue;
        const was = new Map(a.attributes.map((x) => [x.name, x]));
        const is = new Map(b.attributes.map((x) => [x.name, x]));
        for (const [n, x] of was)
            if (!is.has(n))
                out.push({ kind: 'attribute-removed', entity: name, name: n, type: x.type });
        for (const [n, x] of is) {
            const y = was.get(n);
            if (!y)
                out.push({ kind: 'attribute-added', entity: name, name: n, type: x.type });
            else if (y.type !== x.type)
                out.push({ kind: 'attribute-changed', entity: name, name: n, from: y.type, to: x.type });
        }
    }
}
function diffRelationships(old, now, out) {
    const key = (r) => `${r.from}\u0000${r.to}\u0000${r.label}`;
    const before = new Set(old.map(key));
    const after = new Set(now.map(key));
    for (const r of old)
        if (!after.has(key(r)))
            out.push({ kind: 'relationship-removed', from: r.from, to: r.to, label: r.label });
    for (const r of now)
        if (!before.has(key(r)))
            out.push({ kind: 'relationship-added', from: r.from, to: r.to, label: r.label });
}
function diffPair(a, b) {
    if (canonical(a.source) === canonical(b.source))
        return [];
    const out = [];
    if (a.type !== b.type)
        out.push({ kind: 'type-changed', from: a.type || '(none)', to: b.type || '(none)' });
    if (!sameText(a.title, b.title))
        out.push({ kind: 'title-changed', from: a.title ?? '', to: b.title ?? '' });
    if (a.c4 || b.c4) {
        const aliases = diffElements(a.c4?.elements ?? [], b.c4?.elements ?? [], out);
        diffRelations(a.c4?.relations ?? [], b.c4?.relations ?? [], aliases, out);
    }
    if (a.er || b.er) {
        diffEntities(a.er?.entities ?? [], b.er?.entities ?? [], out);
        diffRelationships(a.er?.relationships ?? [], b.er?.relationships ?? [], out);
    }
    // Without a model (a flowchart, a diagram mermaid cannot parse) all archdoc can say is that the text changed.
    const modelled = (d) => d.c4 !== undefined || d.er !== undefined;
    if (out.length === 0 && !(modelled(a) && modelled(b)))
        out.push({ kind: 'source-changed', type: b.type || a.type || '(none)' });
    return out;
}
function semanticDiff(old, now) {
    const { pairs, removed, added } = pairDiagrams(old.diagrams, now.diagrams);
    // In the new document's order; removed diagrams last.
    const found = [];
    for (const [a, b] of pairs) {
        const changes = diffPair(a, b);
        if (changes.length)
            found.push({ order: b.index, diff: { status: 'changed', section: b.section, type: b.type, changes } });
    }
    for (const d of added)
        found.push({ order: d.index, diff: { status: 'added', section: d.section, type: d.type, changes: [] } });
    found.sort((x, y) => x.order - y.order);
    const gone = removed.map((d) => ({ status: 'removed', section: d.section, type: d.type, changes: [] }));
    return { diagrams: [...found.map((f) => f.diff), ...gone] };
}


/***/ }),

/***/ 65757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadModel)
/* harmony export */ });
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71236);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59217);
/** A document's model from its text: what `archdoc trace` and `archdoc diff` read (lint builds the same from its context). */


async function loadModel(text, path, template, requirements) {
    const ctx = await (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .lintContext */ .l$)(text, path, template, requirements);
    return { ctx, model: (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .modelOf */ .D)(ctx) };
}


/***/ }),

/***/ 26861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eD: () => (/* binding */ renderSemanticDiff),
/* harmony export */   pQ: () => (/* binding */ renderDiffText)
/* harmony export */ });
/* unused harmony exports describeChange, renderDiffMarkdown */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24206);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80841);
/**
 * The semantic diff for people: one phrasing, two renderings. The terminal gets plain text; the PR comment
 * gets Markdown in which every name and label from the documents is escaped (a pull request is hostile).
 */



/** Labels are sentences at most; longer ones are cut so a hostile document cannot flood the output. */
const MAX_TEXT = 120;
/** Changes listed per diagram before "... and N more". */
const MAX_CHANGES = 40;
function clipped(s) {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}
const TERMINAL = {
    code: (s) => (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .p)(clipped(s)),
    text: (s) => `"${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .p)(clipped(s))}"`,
};
const MARKDOWN = {
    code: (s) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(clipped(s)),
    text: (s) => `"${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(clipped(s))}"`,
};
function labelled(st, label) {
    return label ? ` ${st.text(label)}` : '';
}
function technology(st, t) {
    return t ? st.text(t) : 'none';
}
/** One change as one line (without a list marker). */
function describeChange(c, st) {
    switch (c.kind) {
        case 'type-changed':
            return `diagram type changed: ${st.code(c.from)} → ${st.code(c.to)}`;
        case 'title-changed':
            return `title changed: ${st.text(c.from)} → ${st.text(c.to)}`;
        case 'element-added':
            return `added ${c.elementKind} ${st.code(c.alias)}${labelled(st, c.label)}`;
        case 'element-removed':
            return `removed ${c.elementKind} ${st.code(c.alias)}${labelled(st, c.label)}`;
        case 'element-renamed':
            return `renamed ${st.code(c.alias)}: ${st.text(c.from)} → ${st.text(c.to)}`;
        case 'alias-changed':
            return `${st.text(c.label)} has a new alias: ${st.code(c.from)} → ${st.code(c.to)}`;
        case 'technology-changed':
            return `technology of ${st.code(c.subject)} changed: ${technology(st, c.from)} → ${technology(st, c.to)}`;
        case 'relation-added':
            return `added relation ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
        case 'relation-removed':
            return `removed relation ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
        case 'relation-relabelled':
            return `relation ${st.code(c.from)} → ${st.code(c.to)} relabelled: ${st.text(c.was)} → ${st.text(c.now)}`;
        case 'entity-added':
            return `added entity ${st.code(c.name)}`;
        case 'entity-removed':
            return `removed entity ${st.code(c.name)}`;
        case 'attribute-added':
            return `added attribute ${st.code(`${c.entity}.${c.name}`)} (${st.code(c.type)})`;
        case 'attribute-removed':
            return `removed attribute ${st.code(`${c.entity}.${c.name}`)} (${st.code(c.type)})`;
        case 'attribute-changed':
            return `attribute ${st.code(`${c.entity}.${c.name}`)} changed type: ${st.code(c.from)} → ${st.code(c.to)}`;
        case 'relationship-added':
            return `added relationship ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
        case 'relationship-removed':
            return `removed relationship ${st.code(c.from)} → ${st.code(c.to)}${labelled(st, c.label)}`;
        case 'source-changed':
            return `the ${st.code(c.type)} diagram's text changed (archdoc models C4 and ER diagrams only)`;
    }
}
function heading(d, st) {
    const where = d.section ? ` in ${st.text(d.section)}` : '';
    return `${st.code(d.type || 'diagram')}${where}: ${d.status}`;
}
function changeLines(d, st) {
    const lines = d.changes.slice(0, MAX_CHANGES).map((c) => describeChange(c, st));
    if (d.changes.length > MAX_CHANGES)
        lines.push(`… and ${d.changes.length - MAX_CHANGES} more`);
    return lines;
}
/** For the terminal (`archdoc diff`). */
function renderDiffText(diff) {
    if (diff.diagrams.length === 0)
        return 'No architecture changes in the diagrams.\n';
    return diff.diagrams.map((d) => [heading(d, TERMINAL), ...changeLines(d, TERMINAL).map((l) => `  ${l}`)].join('\n')).join('\n') + '\n';
}
/** The Markdown section of the diff (empty when no diagram changed in architecture terms). */
function renderDiffMarkdown(diff) {
    if (diff.diagrams.length === 0)
        return '';
    const blocks = diff.diagrams.map((d) => [`**${heading(d, MARKDOWN)}**`, ...changeLines(d, MARKDOWN).map((l) => `- ${l}`)].join('\n'));
    return `### Architecture changes\n\n${blocks.join('\n\n')}\n`;
}
/** What the PR comment places above the text diff: the semantic diff of two versions of the document, in Markdown. */
function renderSemanticDiff(old, now) {
    return renderDiffMarkdown((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .semanticDiff */ .Q)(old, now));
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

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   VA: () => (/* binding */ blobLineUrl),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports neutralizeReferences, codeSpans */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65655);
/**
 * Safe pieces of GitHub-flavoured Markdown built from text we do not control (messages quote the
 * document, paths come from a pull request's config). Such text never renders as HTML, an image, a
 * link, an @-mention or an issue reference: every character that could start one is escaped, and the
 * only Markdown kept is a code span, paired the way CommonMark pairs backtick strings.
 */

/**
 * GitHub links `@user`, `@org/team`, `#1`, `owner/repo#1`, `owner/repo@sha` and `GH-1` in rendered text
 * (notifying people and back-linking other repositories); a zero-width space after the sigil stops it.
 */
function neutralizeReferences(text) {
    return text.replace(/([@#])(?=[a-z0-9])/gi, '$1\u200b').replace(/\b(GH)(?=-\d)/gi, '$1\u200b');
}
/** One line: each line trimmed, joined by single spaces (a split, not a regex, so long blank runs stay linear). */
function flatten(text) {
    return text
        .split(/\r\n?|\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join(' ');
}
/** Text for an HTML context (inside a tag such as `<summary>`): entities, one line, no references. */
function escapeHtml(text) {
    const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    // References first: the entities added after contain `#`.
    return neutralizeReferences(flatten(text)).replace(/[&<>"']/g, (c) => entities[c]);
}
// Always escaped: emphasis, strikethrough, code, links and images, HTML and entities, tables, math, headings.
const ALWAYS = /[\\`*_~[\]<>&|$#!]/;
/**
 * Plain text as Markdown inline content that renders as exactly that text. `lineStart`: the text may
 * open a line (a list item, a table cell), so leading block syntax (`-`, `1.`, `=`) is escaped too.
 * Newlines become spaces.
 */
function escapeInline(text, lineStart = true) {
    const t = /[\r\n]/.test(text) ? flatten(text) : text;
    let out = '';
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        const next = t[i + 1] ?? '';
        // `:` and `.` only where an autolink needs them (`http://`, `mailto:x`, `www.x`, `host.tld`).
        const escape = ALWAYS.test(c) || (c === ':' && /\S/.test(next)) || (c === '.' && /[a-z0-9]/i.test(next));
        out += escape ? `\\${c}` : c;
    }
    if (lineStart)
        out = out.trimStart().replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    return neutralizeReferences(out);
}
/** Code spans as CommonMark finds them: a backtick string closes at the next one of equal length; an unmatched one is literal text. */
function codeSpans(text) {
    const runs = Array.from(text.matchAll(/`+/g), (m) => ({ at: m.index, len: m[0].length }));
    const nextSame = new Array(runs.length).fill(-1);
    const seen = new Map();
    for (let i = runs.length - 1; i >= 0; i--) {
        nextSame[i] = seen.get(runs[i].len) ?? -1;
        seen.set(runs[i].len, i);
    }
    const spans = [];
    for (let i = 0; i < runs.length; i++) {
        const j = nextSame[i];
        if (j === -1)
            continue;
        spans.push({ start: runs[i].at, end: runs[j].at + runs[j].len });
        i = j;
    }
    return spans;
}
/**
 * Untrusted text with its code spans kept as code spans (their content renders literally) and
 * everything else escaped. `cell`: for a GFM table cell, where pipes split cells even inside code and
 * line breaks become `<br>`; otherwise line breaks become spaces.
 */
function inlineMarkdown(text, cell) {
    let out = '';
    let last = 0;
    const plain = (s, first) => cell ? s.split('\n').map((line, k) => escapeInline(line, first && k === 0)).join('<br>') : escapeInline(s, first);
    for (const span of codeSpans(text)) {
        out += plain(text.slice(last, span.start), last === 0);
        const code = text.slice(span.start, span.end).replace(/\n/g, ' ');
        // `\|` cannot be written inside a code span in a table cell (GFM drops the backslash): show such a span as text.
        if (cell && code.includes('\\') && code.includes('|'))
            out += escapeInline(code, false);
        else
            out += cell ? code.replace(/\|/g, '\\|') : code;
        last = span.end;
    }
    return out + plain(text.slice(last), last === 0);
}
/** One line of Markdown from untrusted prose (a note, a reason): bounded, escaped, code spans kept; `cell`: safe in a table cell. */
function inlineText(text, maxLength = 1000, cell = false) {
    return inlineMarkdown((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(flatten(text), maxLength), cell);
}
/** One GFM table cell: pipes escaped, line breaks as `<br>`, code spans kept, everything else escaped. */
function escapeCell(text, maxLength = 1000) {
    return inlineMarkdown((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(text.replace(/\r\n?/g, '\n').trim(), maxLength), true);
}
/** A code fence longer than any backtick run inside `body`, so the body cannot close it early. */
function fenced(body, info = '') {
    const longest = Math.max(0, ...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${body.endsWith('\n') || body === '' ? body : `${body}\n`}${fence}`;
}
/** `text` as an inline code span, whatever backticks it contains. */
function inlineCode(text) {
    const t = text.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...Array.from(t.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${t}${pad}${ticks}`;
}
/** Percent-encoding that also encodes the characters that end or break a Markdown link destination. */
const encodeSegment = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** https://github.com/{owner}/{repo}/blob/{sha}/{path}#L{line}[-L{endLine}] */
function blobLineUrl(owner, repo, sha, path, line, endLine) {
    const p = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .repoPath */ .qN)(path).split('/').map(encodeSegment).join('/');
    const range = endLine && endLine > line ? `-L${endLine}` : '';
    return `https://github.com/${encodeSegment(owner)}/${encodeSegment(repo)}/blob/${encodeSegment(sha)}/${p}#L${line}${range}`;
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


/***/ })

};
