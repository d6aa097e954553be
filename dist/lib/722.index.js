export const id = 722;
export const ids = [722];
export const modules = {

/***/ 70722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG: () => (/* binding */ CONFIG),
/* harmony export */   WORKFLOWS: () => (/* binding */ WORKFLOWS),
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fix_write_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38307);
/* harmony import */ var _sources_repository_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58925);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31954);
/* harmony import */ var _template_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42260);
/* harmony import */ var _lint_edits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43728);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/**
 * `archdoc init`: the three workflows (pull-request check, comment commands, weekly audit), a config with
 * the defaults spelled out, and (if absent) a skeleton document to start from.
 */








const USES = `# ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_REF */ .bX}: the Action's repository and its major tag, which moves to every 1.x release.`;
/** Each workflow holds only the permissions its event needs, and checks out only where history matters. */
const WORKFLOWS = [
    {
        path: '.github/workflows/archdoc.yml',
        text: `# Checks the architecture document on every pull request: one sticky comment, annotations, job summary.
# No checkout: archdoc reads the pull request's files through the API. Fork pull requests get a read-only
# token; archdoc then reports through annotations and the job summary only.
name: archdoc
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
      ${USES}
      - uses: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_REF */ .bX}
`,
    },
    {
        path: '.github/workflows/archdoc-commands.yml',
        text: `# Comment commands on pull requests: /archdoc fix, /archdoc regenerate, /archdoc validate, /archdoc help.
# Only people with write access may run them (archdoc asks the permissions API). This workflow runs the
# default branch's copy of itself and never checks out the pull request's head: the pull request's files are
# read through the API as data, never run next to the write token or a secret.
name: archdoc commands
on:
  issue_comment:
    types: [created]
permissions:
  contents: write
  pull-requests: write
  issues: write
concurrency:
  group: archdoc-commands-\${{ github.event.issue.number }}
  cancel-in-progress: false
jobs:
  archdoc:
    # A cheap first filter (change it with the config's command); archdoc itself reads the command from the
    # comment's first line and asks GitHub whether the commenter may run it.
    if: github.event.comment.user.type != 'Bot' && contains(github.event.comment.body, '/archdoc')
    runs-on: ubuntu-latest
    steps:
      ${USES}
      - uses: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_REF */ .bX}
        with:
          # /archdoc fix and /archdoc regenerate commit the document to the pull request branch.
          push: true
          # /archdoc regenerate needs an LLM: uncomment and add the secret.
          # llm-provider: openai
          # llm-model: gpt-4o-mini
          # llm-api-key: \${{ secrets.OPENAI_API_KEY }}
`,
    },
    {
        path: '.github/workflows/archdoc-audit.yml',
        text: `# Weekly drift audit of the default branch: opens one issue labelled archdoc-drift when the document is
# wrong or the requirements moved on, keeps it current, and closes it once all is well.
name: archdoc audit
on:
  schedule:
    - cron: '23 6 * * 1'
  workflow_dispatch:
permissions:
  contents: read
  issues: write
jobs:
  archdoc:
    runs-on: ubuntu-latest
    steps:
      # Drift without a stamp is decided by git history: the whole of it.
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      ${USES}
      # The issue's label is the config's drift-label. To get a pull request with the regenerated document
      # instead, add with: mode: regenerate, push: true and the llm-* inputs, and contents: write and
      # pull-requests: write above.
      - uses: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_REF */ .bX}
`,
    },
];
/** The config file: every setting at its default, so the file documents itself; a commented example below. */
const CONFIG = `# yaml-language-server: $schema=${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMA_URL */ .cZ}
# archdoc configuration: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .HOMEPAGE */ .py}#configuration
# A workflow's inputs win over these settings (the workflows archdoc init writes set only push, for the
# comment commands). A pull request's copy of this file may change only what is checked (doc, template,
# requirements, documents, rules, fail-on); everything else is read from the default branch.

# What is checked.
template: ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TEMPLATE */ .VE} # built-in (architecture, requirements, security) or a path to a Markdown skeleton
doc: ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE}
requirements:
${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_REQUIREMENTS */ .Rh.map((r) => `  - ${r}`).join('\n')}
fail-on: error # error | warning | never: which findings fail the check

# What archdoc may do (default branch only).
mode: validate # validate | fix | regenerate: what to propose on a pull request
comment: true # one sticky comment per pull request
push: false # commit the proposed document to the pull request branch (archdoc-commands.yml sets it for /archdoc fix)
dry-run: false # true: write nothing at all to GitHub
max-attempts: 3 # LLM rounds before giving up (1 to 10)
command: /archdoc # prefix of comment commands
drift-label: archdoc-drift # label of the issue the audit keeps current
# llm-provider: openai # openai (any OpenAI-compatible endpoint) or anthropic; the key is an input from a secret

# Example: uncomment to change rule severities or to check several documents.
# rules: # off | warning | error; \`archdoc rules\` lists them
#   diagram-title: warning
#   endpoint-duplicate: off
# documents: # each is checked with the settings above, unless it sets its own
#   - doc: ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE}
#   - doc: services/billing/${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE}
#     requirements: services/billing/${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_REQUIREMENTS */ .Rh[0]}
#     rules:
#       section-empty: warning
`;
function runInit(io, opts) {
    // From anywhere in the repository, the files go to its root.
    const root = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryRoot */ .H)(io.cwd);
    const repo = (0,_sources_repository_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(root, root);
    const files = [
        ...WORKFLOWS.map(({ path, text }) => ['workflow', path, text, !!opts.force]),
        ['config', _config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIG */ .PV, CONFIG, !!opts.force],
        // The document is the author's: never overwritten, not even with --force.
        ['document', _config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE, skeletonDocument((0,_template_load_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinTemplate */ .e)(_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TEMPLATE */ .VE)), false],
    ];
    // Its own fixed paths, but in a clone whose .github or docs may be a symlink: all checked before any is written.
    const targets = files.map(([setting, path, text, overwrite]) => ({ path, text, overwrite, full: repo.path(path, { setting, source: 'written by init' }) }));
    let kept = 0;
    for (const { path, text, overwrite, full } of targets) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) && !overwrite) {
            if (path !== _config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE)
                kept++;
            io.out(`kept    ${path} (exists${path === _config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE ? '' : '; --force overwrites it'})\n`);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full), { recursive: true });
        (0,_fix_write_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(full, text);
        io.out(`wrote   ${path}\n`);
    }
    io.out(`next: fill in ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DOC */ .rE} and run \`archdoc lint\`; commit the files, and the workflows check every pull request.\n` +
        `      The workflows use ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_REF */ .bX}; see ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .HOMEPAGE */ .py}#install${kept ? '\n      Run `archdoc init --force` to replace the kept files with the current ones.' : ''}\n`);
    return 0;
}
/** The template as a starting document: the same section skeletons `archdoc fix` inserts. */
function skeletonDocument(template) {
    return template.sections.map(_lint_edits_js__WEBPACK_IMPORTED_MODULE_6__/* .sectionSkeleton */ .ru).join('\n\n') + '\n';
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

/***/ 84791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ guardPath),
/* harmony export */   ac: () => (/* binding */ assertRepoPath),
/* harmony export */   ku: () => (/* binding */ guardDocumentWrite),
/* harmony export */   rD: () => (/* binding */ COMMAND_LINE),
/* harmony export */   sb: () => (/* binding */ rootAt)
/* harmony export */ });
/* unused harmony export repoPathProblem */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/**
 * The path guard (SPEC §6): every path archdoc reads or writes stays inside the repository root.
 *
 * Two layers. `assertRepoPath` is pure: it checks a path written as a repository path (a config value, an
 * Action input, a path read through the API) without any disk. `guardPath` checks a path on disk: it must
 * lie inside the root, and so must what it leads to once every symlink (the file and each parent folder)
 * is followed, so a clone cannot point archdoc at a file elsewhere on the machine.
 */



/** The source of a path typed by the user: refusals then say how to run archdoc from the right folder. */
const COMMAND_LINE = 'from the command line';
/** One line naming the path (as JSON, so no newline or `::` command reaches a log), its origin and the reason. */
function pathRefusal(path, origin, why) {
    return new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${origin.setting} ${JSON.stringify(path)} (${origin.source}) ${why}`);
}
/** NUL, newline and the other C0 controls, and DEL: nothing a path needs, and a newline forges log lines. */
const hasControl = (s) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');
const ABSOLUTE = /^(?:[\\/]|[a-z]:)/i;
const SEGMENTS = /[\\/{},()|]/;
const MARKDOWN_ONLY = 'is not a Markdown document: archdoc writes only documents whose path ends in .md';
/** Why `path`, meant relative to the repository root, cannot be used; undefined when it can. */
function repoPathProblem(path, kind) {
    if (hasControl(path))
        return 'contains a control character: a path is one line of plain text';
    if (ABSOLUTE.test(path))
        return 'is absolute: paths must be relative to the repository root';
    const climbs = kind === 'glob' ? path.split(SEGMENTS).includes('..') : /^\.\.(?:\/|$)/.test(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path.replace(/\\/g, '/')));
    if (climbs)
        return `leaves the repository: paths must stay inside it${kind === 'glob' ? ' (a pattern may not use "..")' : ''}`;
    if (kind === 'document' && !isMarkdown(path))
        return MARKDOWN_ONLY;
    return undefined;
}
/**
 * The pure check, for paths that name files in the repository without a disk to look at: config values
 * at load time, and the Action's inputs and globs before they are read through the API. Throws the
 * one-line refusal; returns the path unchanged when it is fine.
 */
function assertRepoPath(path, kind, origin) {
    const problem = repoPathProblem(path, kind);
    if (problem)
        throw pathRefusal(path, origin, problem);
    return path;
}
function isMarkdown(path) {
    return /\.md$/i.test(path);
}
function rootAt(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    return { path: abs, real: realTarget(abs) ?? abs };
}
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Where `abs` really leads, following every symlink on the way, also for a path that does not exist yet
 * (its nearest existing parent decides) and a dangling link (where it would create a file). Undefined for
 * a symlink loop.
 */
function realTarget(abs, hops = 0) {
    if (hops > 40)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch {
        // Missing, or a dangling or looping link somewhere: walk it by hand below.
    }
    let link;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink())
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs);
    }
    catch {
        // Not there at all: its parent decides.
    }
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs);
    if (parent === abs)
        return abs;
    const realParent = realTarget(parent, hops);
    if (realParent === undefined)
        return undefined;
    return link === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realParent, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)) : realTarget((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(realParent, link), hops + 1);
}
/**
 * The absolute path `path` (relative to `cwd`) names, once it is known to stay inside the root, symlinks
 * followed. `shown` is what the refusal quotes (a glob rather than its folder).
 */
function guardPath(root, cwd, path, origin, shown = path) {
    if (hasControl(path))
        throw pathRefusal(shown, origin, 'contains a control character: a path is one line of plain text');
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (!within(root.path, abs) && !within(root.real, abs)) {
        const how = origin.source === COMMAND_LINE ? ' (cd into the repository that holds it and run archdoc there)' : '';
        throw pathRefusal(shown, origin, `is outside the repository: paths must stay inside ${root.path}${how}`);
    }
    const real = realTarget(abs);
    if (real === undefined || !within(root.real, real)) {
        throw pathRefusal(shown, origin, `leads outside the repository through a symlink: paths must stay inside ${root.path}`);
    }
    return abs;
}
/** `guardPath` for a file archdoc will write: also a Markdown document, by its name and by what it leads to. */
function guardDocumentWrite(root, cwd, path, origin) {
    const abs = guardPath(root, cwd, path, origin);
    if (!isMarkdown(abs) || !isMarkdown(realTarget(abs) ?? ''))
        throw pathRefusal(path, origin, MARKDOWN_ONLY);
    return abs;
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
    // Own names only: `toString` or `__proto__` is no template (the object's prototype is not a lookup table).
    if (!Object.hasOwn(_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_TEMPLATES */ .i, name))
        return undefined;
    const text = _builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_TEMPLATES */ .i[name];
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
