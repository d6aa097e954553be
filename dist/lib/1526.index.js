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
        const why = tooLarge
            ? `larger than ${limits/* MAX_DOCUMENT_BYTES */.bi / 1024 / 1024} MB`
            : typeof stderr === 'string' && stderr.trim()
                ? stderr.trim().split('\n')[0]
                : 'git failed';
        throw new findings/* UsageError */.eb(`cannot read ${path} at ${rev}: ${why.replace(/^fatal:\s*/, '')}`);
    }
}

// EXTERNAL MODULE: ./src/model/diff.ts
var model_diff = __webpack_require__(24206);
// EXTERNAL MODULE: ./src/model/render-diff.ts
var render_diff = __webpack_require__(26861);
// EXTERNAL MODULE: ./src/evaluate/evaluate-document.ts + 12 modules
var evaluate_document = __webpack_require__(19828);
// EXTERNAL MODULE: ./src/evaluate/local-source.ts + 3 modules
var local_source = __webpack_require__(20545);
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
    const target = (0,resolve/* documentTargets */.g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        source: path_guard/* COMMAND_LINE */.rD,
    })[0];
    const readText = (p) => repo.read(p, (0,local_source/* targetOrigins */.z)(target).template, 'template');
    // Each side is a document of its own (named by its label), evaluated against the target's template.
    const model = async (side) => (await (0,evaluate_document/* evaluateDocument */.l)({ ...target, doc: side.label }, { docText: side.text, readText, requirements: () => [] }).model()).model;
    const a = readSide(io, repo, base, target.doc);
    const b = readSide(io, repo, head, target.doc);
    const diff = (0,model_diff/* semanticDiff */.Q)(await model(a), await model(b));
    io.out(opts.format === 'json' ? JSON.stringify({ base: a.label, head: b.label, ...diff }, null, 2) + '\n' : (0,render_diff/* renderDiffText */.p)(diff));
    return 0;
}


/***/ })

};
