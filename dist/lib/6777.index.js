export const id = 6777;
export const ids = [6777];
export const modules = {

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

/***/ 71236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l$: () => (/* binding */ lintContext),
  DA: () => (/* binding */ lintText),
  yF: () => (/* binding */ parseForLint)
});

// EXTERNAL MODULE: ./src/core/findings.ts
var core_findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./src/markdown/parse.ts + 1 modules
var parse = __webpack_require__(27059);
;// CONCATENATED MODULE: ./src/markdown/fences.ts
/**
 * Code fences left open. Markdown runs an unclosed fence to the end of the document (or, when a later
 * bare fence pairs with it, to that fence), so one forgotten ``` turns every section after it into code.
 * Here such a block is cut where its content plainly stops. A mermaid block that meets the end, or a
 * fence with an info string (which opens a block of its own) before its closing fence, stops at its
 * first Markdown heading or at that fence; any other block left open to the end stops at the first
 * fence with an info string or the first `#`-`###` heading after a blank line.
 */
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const TOP_HEADING = /^#{1,3}[ \t]+\S/;
/** An opening fence: a backtick fence's info string may hold no backtick (else it is inline code). */
function opening(line) {
    const indent = line.length - line.replace(/^ {0,3}/, '').length;
    const c = line[indent];
    if (c !== '`' && c !== '~')
        return undefined;
    let end = indent;
    while (line[end] === c)
        end++;
    const info = line.slice(end);
    if (end - indent < 3 || (c === '`' && info.includes('`')))
        return undefined;
    return { indent, fence: line.slice(indent, end), info: info.trim() };
}
function closes(line, fence) {
    const m = CLOSING.exec(line);
    return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
}
/** For each line, the first line at or after it that `test` accepts (`lines.length` when none): one backward pass. */
function nextWhere(lines, test) {
    const next = new Int32Array(lines.length + 1).fill(lines.length);
    for (let i = lines.length - 1; i >= 0; i--)
        next[i] = test(i) ? i : next[i + 1];
    return next;
}
/**
 * Fences whose block does not end where its author meant it to, in document order. Linear in practice:
 * the lines a block covers are skipped, and a fence known to find no closer is not searched for again.
 */
function openFences(lines) {
    const infoFence = nextWhere(lines, (i) => (opening(lines[i])?.info ?? '') !== '');
    const heading = nextWhere(lines, (i) => HEADING.test(lines[i]));
    const topHeading = nextWhere(lines, (i) => i > 0 && TOP_HEADING.test(lines[i]) && lines[i - 1].trim() === '');
    /** Per fence character, the shortest fence known to find no closer from here on. */
    const unclosable = new Map();
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const o = opening(lines[i]);
        if (!o)
            continue;
        const [lang = '', ...rest] = o.info.split(/\s+/);
        const mermaid = lang.toLowerCase() === 'mermaid';
        // A fence with an info string opens a block, so a mermaid block never reaches past one: a bare fence
        // after it closes that block, not this one.
        const stop = mermaid ? infoFence[i + 1] : lines.length;
        let end = i + 1;
        if (o.fence.length >= (unclosable.get(o.fence[0]) ?? Infinity))
            end = stop;
        else
            while (end < stop && !closes(lines[end], o.fence))
                end++;
        if (end < stop) {
            i = end; // closed where its author closed it
            continue;
        }
        if (end === lines.length)
            unclosable.set(o.fence[0], Math.min(o.fence.length, unclosable.get(o.fence[0]) ?? Infinity));
        // Any other block left open to the end stops at a fence with an info string or a `#`-`###` heading after a blank line.
        // A mermaid block stops at the first Markdown heading (no mermaid line starts with `#`).
        const cut = mermaid ? Math.min(heading[i + 1], stop) : Math.min(infoFence[i + 1], topHeading[Math.min(i + 2, lines.length)]);
        let last = cut;
        while (last > i + 1 && lines[last - 1].trim() === '')
            last--;
        out.push({ openLine: i + 1, fence: o.fence, lang: lang.toLowerCase(), meta: rest.join(' '), indent: o.indent, lastLine: last });
        // The lines from the cut on are Markdown again (a fence there may open a block of its own).
        i = cut - 1;
    }
    return out;
}
/** The text with each open fence's block (fence and content) blanked, offsets kept, so the rest parses as Markdown. */
function maskOpenFences(text, lineStarts, fences) {
    let out = '';
    let at = 0;
    for (const f of fences) {
        const start = lineStarts[f.openLine - 1];
        const end = lineStarts[f.lastLine] ?? text.length;
        out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
        at = end;
    }
    return out + text.slice(at);
}

// EXTERNAL MODULE: ./src/lint/match.ts + 2 modules
var match = __webpack_require__(86803);
// EXTERNAL MODULE: ./src/lint/outline.ts
var outline = __webpack_require__(29899);
// EXTERNAL MODULE: ./src/lint/chat.ts
var chat = __webpack_require__(21147);
// EXTERNAL MODULE: ./src/lint/rules/index.ts + 31 modules
var rules = __webpack_require__(62993);
;// CONCATENATED MODULE: ./src/lint/lint.ts
/** Run the rule catalogue over one document: parse -> match -> diagrams -> rules -> findings. */







/**
 * Parse, seeing through a whole-document code-fence wrapper so the document inside is still checked,
 * and reading a fence left open as a block that ends where its content does (fence-unclosed reports
 * it), so the sections after it are still sections.
 */
function parseForLint(text, path) {
    const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const residue = (0,chat/* findChatResidue */.h)(lines);
    const lineStarts = (0,parse/* computeLineStarts */.p4)(text);
    const unwrapped = residue.wrapper ? (0,chat/* maskWrapper */.O)(text, lineStarts, residue) : text;
    const open = openFences(residue.wrapper ? unwrapped.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)) : lines);
    if (!residue.wrapper && open.length === 0)
        return (0,parse/* parseDocument */.Tp)(text, path);
    const doc = (0,parse/* parseDocument */.Tp)(maskOpenFences(unwrapped, lineStarts, open), path);
    const codeBlocks = [...doc.codeBlocks, ...open.map((f) => openBlock(text, lines, lineStarts, f))].sort((a, b) => a.startOffset - b.startOffset);
    return { ...doc, text, lines, codeBlocks };
}
/** An open fence as the code block its author meant: from the fence to its last content line, not closed. */
function openBlock(text, lines, lineStarts, f) {
    const strip = new RegExp(`^ {0,${f.indent}}`);
    const content = lines.slice(f.openLine, f.lastLine).map((l) => l.replace(strip, ''));
    const end = f.lastLine < lines.length ? lineStarts[f.lastLine] - 1 : text.length;
    return {
        line: f.openLine,
        column: f.indent + 1,
        endLine: f.lastLine,
        startOffset: lineStarts[f.openLine - 1] + f.indent,
        endOffset: Math.max(end, lineStarts[f.openLine - 1]),
        lang: f.lang,
        meta: f.meta,
        value: content.join('\n'),
        contentLine: f.openLine + 1,
        indent: f.indent,
        closed: false,
    };
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
    return { doc, template, match: (0,match/* matchSections */.Gp)(template, doc), diagrams: await analyzeAll(doc), ...(requirements ? { requirements } : {}) };
}
async function lintText(text, path, options) {
    const ctx = await lintContext(text, path, options.template, options.requirements);
    const { doc } = ctx;
    const findings = [];
    for (const rule of rules/* RULES */.y) {
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
    return { doc, findings: findings.sort(core_findings/* compareFindings */.Eg), outline: (0,outline/* outlineOf */.W)(options.template, ctx.match) };
}


/***/ }),

/***/ 29899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ outlineOf)
/* harmony export */ });
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65425);

/** The template's sections in template order, each with its document line (null when absent). */
function outlineOf(template, match) {
    return template.sections.map((t) => {
        const m = match.byTemplate[t.index];
        return {
            section: (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .headingLine */ .F5)(t.depth, t.heading),
            level: t.depth,
            line: m ? m.heading.line : null,
            heading: m ? (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .headingLine */ .F5)(m.heading.depth, m.heading.text) : null,
            matchedBy: m ? m.reasons : [],
        };
    });
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
