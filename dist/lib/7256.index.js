export const id = 7256;
export const ids = [7256];
export const modules = {

/***/ 97256:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/app/check.ts
var check = __webpack_require__(51923);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/lint/catalogue.ts + 1 modules
var catalogue = __webpack_require__(63990);
// EXTERNAL MODULE: ./src/sources/files.ts
var sources_files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/report/pretty.ts

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
    const { errors, warnings, fixable } = (0,report_text/* countFindings */.Gt)(report.files.flatMap((x) => x.findings));
    if (errors + warnings === 0) {
        out.push(green('✔ no problems'));
    }
    else {
        const counts = `${(0,report_text/* plural */.LS)(errors, 'error')}, ${(0,report_text/* plural */.LS)(warnings, 'warning')}`;
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

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/report/github.ts
var github = __webpack_require__(97611);
;// CONCATENATED MODULE: ./src/commands/lint.ts
/** `archdoc lint`: check documents and print findings in the chosen format. */











function inCwd(io, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(io.cwd, path);
}
function renderReport(report, format, io, sources) {
    switch (format) {
        case 'json':
            return (0,json/* renderJson */.h)(report) + '\n';
        case 'sarif':
            return (0,sarif/* renderSarif */.WH)(report, { rules: catalogue/* RULE_METAS */._T, version: version/* VERSION */.x, informationUri: version/* HOMEPAGE */.p, sources, root: io.cwd }) + '\n';
        case 'github':
            return (0,github/* renderWorkflowCommands */.e5)(report);
        default:
            return renderPretty(report, { color: io.color });
    }
}
async function runLint(io, opts) {
    const cfg = (0,resolve/* loadConfigFile */.HT)(catalogue/* RULE_NAMES */.iU, opts.config && inCwd(io, opts.config), io.cwd);
    const targets = (0,resolve/* documentTargets */.g8)(cfg, { files: opts.files, ...(opts.template ? { template: opts.template } : {}) });
    const files = [];
    const sources = {};
    for (const target of targets) {
        const text = (0,sources_files/* readTextFile */.Gu)(inCwd(io, target.doc), 'document');
        const result = await (0,check/* checkText */.q)(text, target, (p) => (0,sources_files/* readTextFile */.Gu)(inCwd(io, p), 'template'));
        files.push(result.report);
        sources[target.doc] = text;
    }
    const report = (0,findings/* summarize */.eh)(files);
    io.out(renderReport(report, opts.format, io, sources));
    return report.errors > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/commands/rules.ts
/** `archdoc rules`: the catalogue, for people (pretty) and for tools (json). */

function runRules(io, opts) {
    if (opts.format === 'json') {
        io.out(JSON.stringify({ rules: catalogue/* RULE_METAS */._T }, null, 2) + '\n');
        return 0;
    }
    const width = Math.max(...catalogue/* RULE_METAS */._T.map((r) => r.name.length));
    for (const r of catalogue/* RULE_METAS */._T) {
        io.out(`${r.name.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fixable' : '       '}  ${r.description}\n`);
    }
    return 0;
}

// EXTERNAL MODULE: ./src/fix/fix.ts + 2 modules
var fix = __webpack_require__(79279);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/fix/write-file.ts
/**
 * Replace a file's content atomically: a temp file in the same directory, flushed to disk, renamed over
 * the original. A reader sees the old file or the new one, never half of one; the mode, a UTF-8 byte
 * order mark and the file behind a symlink are kept.
 */




const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function startsWithBom(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(3);
        return (0,external_node_fs_.readSync)(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function writeFileAtomic(path, text) {
    let target = path;
    let mode = 0o644;
    let bom = false;
    try {
        target = (0,external_node_fs_.realpathSync)(path);
        mode = (0,external_node_fs_.statSync)(target).mode & 0o7777;
        bom = startsWithBom(target);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw failure(path, e);
    }
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.archdoc-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const fd = (0,external_node_fs_.openSync)(tmp, 'wx', mode);
        try {
            const body = Buffer.from(text, 'utf8');
            (0,external_node_fs_.writeSync)(fd, bom ? Buffer.concat([BOM, body]) : body);
            (0,external_node_fs_.fchmodSync)(fd, mode); // the umask may have narrowed it
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(tmp, target);
    }
    catch (e) {
        try {
            (0,external_node_fs_.unlinkSync)(tmp);
        }
        catch {
            // never created, or already renamed
        }
        throw failure(path, e);
    }
    syncDirectory((0,external_node_path_.dirname)(target));
}
/** Make the rename itself durable; not every platform can open a directory, and then there is nothing to do. */
function syncDirectory(dir) {
    try {
        const fd = (0,external_node_fs_.openSync)(dir, 'r');
        try {
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        // Windows: directories cannot be fsynced; the rename is still atomic.
    }
}
function failure(path, e) {
    const code = e.code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? e.message);
    return new findings/* UsageError */.eb(`${path}: cannot write (${why})`);
}

// EXTERNAL MODULE: ./src/template/load.ts
var load = __webpack_require__(42260);
// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(20227);
;// CONCATENATED MODULE: ./src/commands/fix.ts
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
        throw new findings/* UsageError */.eb('fix: choose one of --write and --diff');
    const cfg = (0,resolve/* loadConfigFile */.HT)(catalogue/* RULE_NAMES */.iU, opts.config && inCwd(io, opts.config), io.cwd);
    const targets = (0,resolve/* documentTargets */.g8)(cfg, { ...(opts.file ? { files: [opts.file] } : {}), ...(opts.template ? { template: opts.template } : {}) });
    if (targets.length > 1 && !opts.write && !opts.diff) {
        throw new findings/* UsageError */.eb(`fix: the config lists ${targets.length} documents; name one FILE, or use --write or --diff`);
    }
    // The report goes where the document does not: stdout is the document (or diff) unless writing in place.
    const report = opts.write ? io.out : io.err;
    let errors = 0;
    for (const target of targets) {
        const path = inCwd(io, target.doc);
        const text = (0,sources_files/* readTextFile */.Gu)(path, 'document');
        const template = (0,load/* resolveTemplate */.X)(target.template, (p) => (0,sources_files/* readTextFile */.Gu)(inCwd(io, p), 'template'));
        const result = await (0,fix/* fixText */.Xc)(text, target.doc, { template, rules: target.rules });
        if (opts.write) {
            if (result.changed)
                writeFileAtomic(path, result.text);
        }
        else if (opts.diff)
            io.out((0,diff/* unifiedDiff */.WH)(text, result.text, target.doc));
        else
            io.out(result.text);
        const done = result.changed
            ? `${opts.write ? 'fixed' : 'would fix'} ${(0,report_text/* plural */.LS)(result.applied.length, 'finding')} (${describeApplied(result.applied)})`
            : 'nothing to fix';
        report(`${target.doc}: ${done}.\n`);
        if (result.remaining.length) {
            report(renderPretty({ files: [{ path: target.doc, findings: result.remaining }], errors: 0, warnings: 0 }, { color: opts.write ? io.color : false }));
        }
        errors += result.remaining.filter((f) => f.severity === 'error').length;
    }
    return errors > 0 ? 1 : 0;
}

// EXTERNAL MODULE: ./src/sources/requirements.ts
var sources_requirements = __webpack_require__(9916);
// EXTERNAL MODULE: ./src/generate/cache.ts
var cache = __webpack_require__(89229);
// EXTERNAL MODULE: ./src/generate/propose.ts + 2 modules
var propose = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/generate/providers/index.ts + 6 modules
var providers = __webpack_require__(84531);
;// CONCATENATED MODULE: ./src/commands/regenerate.ts
/**
 * `archdoc regenerate`: the LLM writes the document anew from the requirements; archdoc gates it.
 * Exit 0: a document passed the gate (or the stamp/cache says nothing changed); 1: the gate failed and
 * nothing was written; 2: bad usage, no provider configured, or the LLM call itself failed.
 */












const CLI_HINT = 'On the command line: --provider, --model and --base-url, with the key in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...).';
/** Keys never reach the terminal, not even inside a document an LLM echoed one into. */
function masked(io, secrets) {
    const mask = (s) => secrets.reduce((t, k) => (k.length >= 4 ? t.split(k).join('***') : t), s);
    return { ...io, out: (s) => io.out(mask(s)), err: (s) => io.err(mask(s)) };
}
async function runRegenerate(rawIo, opts) {
    const io = masked(rawIo, (0,providers/* secretsToMask */.Fv)({ env: rawIo.env }));
    if (opts.write && opts.diff)
        throw new findings/* UsageError */.eb('--write and --diff cannot be combined');
    const cfg = (0,resolve/* loadConfigFile */.HT)(catalogue/* RULE_NAMES */.iU, opts.config && inCwd(io, opts.config), io.cwd);
    const targets = (0,resolve/* documentTargets */.g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.template ? { template: opts.template } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    });
    if (targets.length > 1) {
        throw new findings/* UsageError */.eb(`the config lists ${targets.length} documents (${targets.map((t) => t.doc).join(', ')}): name one with --doc`);
    }
    const target = targets[0];
    const requirements = (0,sources_requirements/* readRequirements */.F)(io.cwd, target.requirements, opts.requirements.length > 0);
    if (requirements.length === 0) {
        throw new findings/* UsageError */.eb(`no requirements files found (${target.requirements.join(', ')}): name them with --requirements`);
    }
    const docFile = inCwd(io, target.doc);
    const currentDoc = (0,external_node_fs_.existsSync)(docFile) ? (0,sources_files/* readTextFile */.Gu)(docFile, 'document') : undefined;
    const log = (line) => io.err(`archdoc: ${line}\n`);
    const result = await (0,propose/* proposeRegeneration */.s)({
        llm: { provider: opts.provider ?? cfg?.llmProvider, model: opts.model ?? cfg?.llmModel, baseUrl: opts.baseUrl ?? cfg?.llmBaseUrl, env: io.env },
        template: target.template,
        readTemplate: (p) => (0,sources_files/* readTextFile */.Gu)(inCwd(io, p), 'template'),
        rules: target.rules,
        requirements,
        currentDoc,
        docPath: target.doc,
        maxAttempts: opts.maxAttempts ?? cfg?.maxAttempts,
        ...(opts.cache !== false ? { cache: (0,cache/* folderCache */.Pv)(inCwd(io, opts.cacheDir ?? '.archdoc-cache')) } : {}),
        force: opts.force,
        log,
        ...(opts.now ? { now: opts.now } : {}),
    });
    switch (result.status) {
        case 'not-configured':
            io.err(`archdoc: ${result.reason}\n${CLI_HINT}\n`);
            return 2;
        case 'failed':
            for (const f of result.findings.slice(0, 20))
                io.err(`  ${target.doc}:${f.line}:${f.column} ${f.rule}: ${f.message}\n`);
            io.err(`archdoc: ${result.reason}\n`);
            // The gate said no: 1. The call itself failed (key, model, quota, network, budget): 2.
            return result.error ? 2 : 1;
        default:
            break;
    }
    const text = result.text ?? '';
    log(result.reason);
    if (opts.write) {
        if (result.changed) {
            // A first document may need its folder.
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(docFile), { recursive: true });
            writeFileAtomic(docFile, text);
            log(`wrote ${target.doc}`);
        }
        else
            log(`${target.doc} unchanged`);
    }
    else if (opts.diff) {
        io.out(result.diff);
    }
    else {
        io.out(text);
    }
    return 0;
}

// EXTERNAL MODULE: ./src/drift/drift.ts
var drift = __webpack_require__(22320);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
;// CONCATENATED MODULE: ./src/commands/drift.ts
/** `archdoc drift`: has the document fallen behind its requirements? Exit 1 on drift. */







async function runDrift(io, opts) {
    const cfg = (0,resolve/* loadConfigFile */.HT)(catalogue/* RULE_NAMES */.iU, opts.config && inCwd(io, opts.config), io.cwd);
    const targets = (0,resolve/* documentTargets */.g8)(cfg, {
        ...(opts.doc ? { files: [opts.doc] } : {}),
        ...(opts.requirements.length ? { requirements: opts.requirements } : {}),
    });
    const results = targets.map((t) => {
        const docText = (0,sources_files/* readTextFile */.Gu)(inCwd(io, t.doc), 'document');
        const requirements = (0,sources_requirements/* readRequirements */.F)(io.cwd, t.requirements, opts.requirements.length > 0);
        const history = (0,git/* isGitRepo */.t)(io.cwd)
            ? { docTime: (0,git/* lastChange */.$)(io.cwd, t.doc), requirementTimes: Object.fromEntries(requirements.map((r) => [r.path, (0,git/* lastChange */.$)(io.cwd, r.path)])) }
            : undefined;
        return { doc: t.doc, requirements: requirements.map((r) => r.path), ...(0,drift/* checkDrift */.o)({ docText, requirements, ...(history ? { history } : {}) }) };
    });
    if (opts.format === 'json')
        io.out(JSON.stringify({ documents: results, drift: results.some((r) => r.drift) }, null, 2) + '\n');
    else
        for (const r of results)
            io.out(`${r.doc}: ${r.drift ? 'drift' : 'no drift'} (${r.basis}): ${r.reason.replace(/`/g, '')}\n`);
    return results.some((r) => r.drift) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/template/skeleton.ts
function sectionSkeleton(t) {
    const heading = `${'#'.repeat(t.depth)} ${t.heading}`;
    return t.body ? `${heading}\n\n${t.body}` : heading;
}
function skeletonDocument(template) {
    return template.sections.map(sectionSkeleton).join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/commands/init.ts
/** `archdoc init`: a workflow, a config and (if absent) a skeleton document to start from. */






const WORKFLOW = `name: archdoc
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]
  issue_comment:
    types: [created]
  schedule:
    - cron: '17 6 * * 1'
  workflow_dispatch:
permissions:
  contents: read
  pull-requests: write
  issues: write
jobs:
  archdoc:
    if: github.event_name != 'issue_comment' || github.event.issue.pull_request
    runs-on: ubuntu-latest
    steps:
      - uses: archdoc/archdoc@v0
        with:
          mode: validate
`;
const CONFIG = `# archdoc configuration: https://github.com/archdoc/archdoc#configuration
template: architecture
doc: ${resolve/* DEFAULT_DOC */.rE}
requirements:
  - docs/01_requirements.md
rules: {}
  # diagram-title: warning
`;
function runInit(io, opts) {
    const files = [
        ['.github/workflows/archdoc.yml', WORKFLOW, !!opts.force],
        ['.github/archdoc.yml', CONFIG, !!opts.force],
        // The document is the author's: never overwritten, not even with --force.
        [resolve/* DEFAULT_DOC */.rE, skeletonDocument((0,load/* builtinTemplate */.e)('architecture')), false],
    ];
    for (const [path, text, overwrite] of files) {
        const full = inCwd(io, path);
        if ((0,external_node_fs_.existsSync)(full) && !overwrite) {
            io.out(`kept    ${path} (exists${path === resolve/* DEFAULT_DOC */.rE ? '' : '; --force overwrites it'})\n`);
            continue;
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(full), { recursive: true });
        (0,external_node_fs_.writeFileSync)(full, text);
        io.out(`wrote   ${path}\n`);
    }
    io.out('next: fill in the document, then run `archdoc lint`\n');
    return 0;
}

;// CONCATENATED MODULE: ./src/cli.ts
/** The `archdoc` command: parse arguments, hand over to one command module, map outcomes to exit codes. */









const io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    color: process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb' ? true : !!process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0',
};
let exitCode = 0;
const set = (code) => {
    exitCode = Math.max(exitCode, code);
};
const program = new esm/* Command */.uB()
    .name('archdoc')
    .description("Keep a repository's architecture document true to its template and its requirements.")
    .version(version/* VERSION */.x, '-v, --version')
    .showHelpAfterError('(run archdoc --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
const format = (choices) => new esm/* Option */.c$('--format <format>', 'output format').choices(choices).default('pretty');
program
    .command('lint')
    .description('check documents against the template (exit 1 on errors)')
    .argument('[files...]', 'documents to check (default: from the config, else docs/02_architecture.md)')
    .option('--template <name|path>', 'built-in template name or a Markdown skeleton / kit prompt file')
    .option('--config <path>', 'config file (default: .archdoc.yml or .github/archdoc.yml if present)')
    .addOption(format(['pretty', 'json', 'sarif', 'github']))
    .action(async (files, opts) => {
    set(await runLint(io, { files, ...opts, format: opts.format }));
});
program
    .command('fix')
    .description('repair what can be repaired without an LLM')
    .argument('[file]', 'document (default: docs/02_architecture.md)')
    .option('--template <name|path>', 'built-in template name or a Markdown skeleton')
    .option('--config <path>', 'config file')
    .addOption(new esm/* Option */.c$('--write', 'write the fixed document in place').conflicts('diff'))
    .option('--diff', 'print a unified diff instead of the document')
    .action(async (file, opts) => {
    set(await runFix(io, { file, ...opts }));
});
program
    .command('regenerate')
    .description('write the document anew from the requirements with an LLM, then validate and fix it')
    .option('--doc <file>', 'document (default: docs/02_architecture.md)')
    .option('--requirements <glob>', 'requirements files (repeatable)', (v, acc) => [...acc, v], [])
    .option('--template <name|path>', 'built-in template name or a Markdown skeleton')
    .option('--config <path>', 'config file')
    .option('--provider <provider>', 'LLM provider: openai, anthropic, azure-openai, gemini, groq, openrouter, ollama, vllm, openai-compatible (default: from the base URL, the model or the key set)')
    .option('--model <model>', 'model name (Azure: the deployment)')
    .option('--base-url <url>', 'API base URL (OpenAI-compatible servers, Azure, Ollama, ...)')
    .option('--max-attempts <n>', 'LLM rounds before giving up (default 3)', (v) => Number(v))
    .option('--cache-dir <dir>', 'where identical requests are remembered', '.archdoc-cache')
    .option('--no-cache', 'neither read nor write the cache folder')
    .option('--force', 'ask the LLM even when the stamp or the cache says nothing changed')
    .addOption(new esm/* Option */.c$('--write', 'write the document in place').conflicts('diff'))
    .option('--diff', 'print a unified diff instead of the document')
    .action(async (opts) => {
    set(await runRegenerate(io, opts));
});
program
    .command('drift')
    .description('say whether the requirements changed since the document was written (exit 1 on drift)')
    .option('--doc <file>', 'document (default: docs/02_architecture.md)')
    .option('--requirements <glob>', 'requirements files (repeatable)', (v, acc) => [...acc, v], [])
    .option('--template <name|path>', 'built-in template name or a Markdown skeleton')
    .option('--config <path>', 'config file')
    .addOption(format(['pretty', 'json']))
    .action(async (opts) => {
    set(await runDrift(io, opts));
});
program
    .command('rules')
    .description('list the rules with their default severity and fixability')
    .addOption(format(['pretty', 'json']))
    .action((opts) => {
    set(runRules(io, { format: opts.format }));
});
program
    .command('init')
    .description('write a workflow, a config and (if absent) a skeleton document')
    .option('--force', 'overwrite existing workflow and config files')
    .action((opts) => {
    set(runInit(io, opts));
});
async function main() {
    try {
        await program.parseAsync(process.argv);
    }
    catch (e) {
        if (e instanceof esm/* CommanderError */.b7) {
            // --help and --version end here with code 0; usage mistakes were already explained by commander.
            set(e.exitCode === 0 ? 0 : 2);
        }
        else if (e instanceof findings/* UsageError */.eb) {
            io.err(`archdoc: ${e.message}\n`);
            set(2);
        }
        else {
            io.err(`archdoc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
            if (process.env.ARCHDOC_DEBUG)
                io.err(`${e.stack ?? ''}\n`);
            set(2);
        }
    }
    process.exitCode = exitCode;
}
void main();


/***/ })

};
