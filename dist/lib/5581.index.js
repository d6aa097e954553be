export const id = 5581;
export const ids = [5581];
export const modules = {

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44637);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31954);
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
const program = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB()
    .name('archdoc')
    .description("Keep a repository's architecture document true to its template and its requirements.")
    .version(_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv, '-v, --version')
    .exitOverride()
    .configureOutput({
    writeOut: io.out,
    writeErr: io.err,
    // Usage mistakes in one line, like every other failure.
    outputError: (message, write) => write(`archdoc: ${message
        .replace(/^error: /, '')
        .trim()
        .replace(/(?<!\s)\s*\n\s*/g, ' ')} (see archdoc --help)\n`),
});
// Help texts name the real defaults, from the one place each lives.
const DOC = `document (default: the config's, else ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE})`;
const TEMPLATE = `built-in template name (architecture, requirements, security) or a Markdown skeleton / kit prompt file (default: the config's, else ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TEMPLATE */ .VE})`;
const CONFIG = `config file (default: the first of ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_PATHS */ .iE.join(', ')} that exists)`;
const REQUIREMENTS = `requirements files, globs (repeatable; default: the config's, else ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REQUIREMENTS */ .Rh.join(', ')})`;
const format = (choices) => new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--format <format>', 'output format').choices(choices).default('pretty');
program
    .command('lint')
    .description('check documents against the template (exit 1 on errors)')
    .argument('[files...]', `documents or quoted globs ('docs/**/*.md') to check (default: the config's, else ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE})`)
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .addOption(format(['pretty', 'json', 'sarif', 'github']))
    .option('--strict', 'also run the heuristic rules that are off by default')
    .action(async (files, opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(2653)]).then(__webpack_require__.bind(__webpack_require__, 32653))).runLint(io, { files, ...opts, format: opts.format }));
});
program
    .command('fix')
    .description('repair what can be repaired without an LLM')
    .argument('[file]', DOC)
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--write', 'write the fixed document in place').conflicts('diff'))
    .option('--diff', 'print a unified diff instead of the document')
    .action(async (file, opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(6065)]).then(__webpack_require__.bind(__webpack_require__, 66065))).runFix(io, { file, ...opts }));
});
program
    .command('regenerate')
    .description('write the document anew from the requirements with an LLM, then validate and fix it')
    .option('--doc <file>', DOC)
    .option('--requirements <glob>', REQUIREMENTS, (v, acc) => [...acc, v], [])
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .option('--provider <provider>', 'LLM provider: openai, anthropic, azure-openai, gemini, groq, openrouter, ollama, vllm, openai-compatible (default: from the base URL, the model or the key set)')
    .option('--model <model>', 'model name (Azure: the deployment)')
    .option('--base-url <url>', 'API base URL (OpenAI-compatible servers, Azure, Ollama, ...)')
    .option('--max-attempts <n>', 'LLM rounds before giving up (default 3)', (v) => Number(v))
    .option('--cache-dir <dir>', 'where identical requests are remembered', '.archdoc-cache')
    .option('--no-cache', 'neither read nor write the cache folder')
    .option('--force', 'ask the LLM even when the stamp or the cache says nothing changed')
    .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--write', 'write the document in place').conflicts('diff'))
    .option('--diff', 'print a unified diff instead of the document')
    .action(async (opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(4206)]).then(__webpack_require__.bind(__webpack_require__, 74206))).runRegenerate(io, opts));
});
program
    .command('drift')
    .description('say whether the requirements changed since the document was written (exit 1 on drift)')
    .option('--doc <file>', DOC)
    .option('--requirements <glob>', REQUIREMENTS, (v, acc) => [...acc, v], [])
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .addOption(format(['pretty', 'json']))
    .action(async (opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(7053)]).then(__webpack_require__.bind(__webpack_require__, 37053))).runDrift(io, opts));
});
program
    .command('trace')
    .description('print which sections and diagram elements cite each requirement id')
    .option('--doc <file>', DOC)
    .option('--requirements <glob>', REQUIREMENTS, (v, acc) => [...acc, v], [])
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .addOption(format(['pretty', 'json']))
    .action(async (opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(4079)]).then(__webpack_require__.bind(__webpack_require__, 34079))).runTrace(io, opts));
});
program
    .command('diff')
    .description('say what changed in the diagrams between two versions of the document, in architecture terms')
    .argument('<base>', 'a file, a git revision (reads the document at it) or REV:PATH')
    .argument('<head>', 'a file, a git revision or REV:PATH')
    .option('--doc <file>', `document path read at a revision (default: the config's, else ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE})`)
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .addOption(format(['pretty', 'json']))
    .action(async (base, head, opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(1526)]).then(__webpack_require__.bind(__webpack_require__, 71526))).runDiff(io, base, head, opts));
});
program
    .command('outline')
    .description("show how the document's headings map onto the template's sections")
    .argument('[files...]', `documents (default: the config's, else ${_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOC */ .rE})`)
    .option('--template <name|path>', TEMPLATE)
    .option('--config <path>', CONFIG)
    .addOption(format(['pretty', 'json']))
    .action(async (files, opts) => {
    set((await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3382), __webpack_require__.e(7450), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(7827), __webpack_require__.e(6364)]).then(__webpack_require__.bind(__webpack_require__, 96364))).runOutline(io, { files, ...opts, format: opts.format }));
});
program
    .command('rules')
    .description('list the rules with their default severity and fixability')
    .addOption(format(['pretty', 'json']))
    .action(async (opts) => {
    set((await Promise.all(/* import() */[__webpack_require__.e(1601), __webpack_require__.e(3243), __webpack_require__.e(3828), __webpack_require__.e(2993), __webpack_require__.e(5577)]).then(__webpack_require__.bind(__webpack_require__, 75577))).runRules(io, { format: opts.format }));
});
program
    .command('init')
    .description('write the workflows (pull request check, comment commands, weekly audit), a config and (if absent) a skeleton document')
    .option('--force', 'overwrite existing workflows and config (never the document)')
    .action(async (opts) => {
    set((await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1601), __webpack_require__.e(3382), __webpack_require__.e(3828), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 70722))).runInit(io, opts));
});
program
    .command('audit-plan')
    .description("list an organisation's repositories that use archdoc, as a GitHub Actions matrix (token: GITHUB_TOKEN)")
    .requiredOption('--org <org>', 'the organisation')
    .option('--output <file>', 'write the plan (JSON) to this file instead of stdout')
    .action(async (opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(8031), __webpack_require__.e(3461), __webpack_require__.e(5304)]).then(__webpack_require__.bind(__webpack_require__, 63937))).runAuditPlan(io, opts));
});
program
    .command('audit-merge')
    .description("merge the audit jobs' audit.json reports into one organisation report")
    .argument('<dirs...>', 'folders holding the downloaded artefacts')
    .option('--plan <file>', 'the audit plan, to name repositories whose job left no report')
    .option('--output <file>', 'write the merged report (JSON) to this file')
    .option('--issue <owner/repo>', 'keep one tracking issue with the report in this repository (token: GITHUB_TOKEN)')
    .action(async (dirs, opts) => {
    set(await (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(8031), __webpack_require__.e(3461), __webpack_require__.e(8621)]).then(__webpack_require__.bind(__webpack_require__, 5060))).runAuditMerge(io, { dirs, ...opts }));
});
async function main() {
    try {
        await program.parseAsync(process.argv);
    }
    catch (e) {
        if (e instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7) {
            // --help and --version end here with code 0; usage mistakes were already explained by commander.
            set(e.exitCode === 0 ? 0 : 2);
        }
        else if (e instanceof _core_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb) {
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


/***/ }),

/***/ 31954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Rh: () => (/* binding */ DEFAULT_REQUIREMENTS),
/* harmony export */   VE: () => (/* binding */ DEFAULT_TEMPLATE),
/* harmony export */   iE: () => (/* binding */ CONFIG_PATHS),
/* harmony export */   rE: () => (/* binding */ DEFAULT_DOC)
/* harmony export */ });
/**
 * The documented defaults (SPEC §5), in one place: the CLI's help, the Action's inputs, `archdoc init`,
 * the organisation audit and the config resolution all read them from here.
 */
const DEFAULT_DOC = 'docs/02_architecture.md';
const DEFAULT_TEMPLATE = 'architecture';
const DEFAULT_REQUIREMENTS = ['docs/01_requirements.md'];
/** The `config` input's default, and where `archdoc init` writes the config. */
const DEFAULT_CONFIG = '.github/archdoc.yml';
/** Where a config file is looked for when none is named, first found wins: the same order for the CLI and the Action. */
const CONFIG_PATHS = [DEFAULT_CONFIG, '.archdoc.yml', '.archdoc.yaml', '.github/archdoc.yaml'];


/***/ }),

/***/ 44637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/** The vocabulary every stage shares: a finding is what a rule reports about one place in a document. */
function summarize(files) {
    let errors = 0;
    let warnings = 0;
    for (const f of files) {
        for (const x of f.findings) {
            if (x.severity === 'error')
                errors++;
            else
                warnings++;
        }
    }
    return { files, errors, warnings };
}
function compareFindings(a, b) {
    // Ties keep the rules' own order (template order for section findings): Array#sort is stable.
    return a.line - b.line || a.column - b.column;
}
/** An error the user can act on: bad input, bad config, unreadable file. Exit code 2 in the CLI. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ ACTION_REF),
/* harmony export */   cZ: () => (/* binding */ SCHEMA_URL),
/* harmony export */   py: () => (/* binding */ HOMEPAGE),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony export REPOSITORY */
/** archdoc's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
/**
 * The GitHub owner of archdoc's repository, the one place it is written (the README, `archdoc init`'s
 * workflows and the config schema's URL all follow it; tests keep them equal). `archdoc` is a placeholder
 * until the repository is published: a fork or mirror changes it here, in the README and in the schema's `$id`.
 */
const OWNER = 'archdoc';
const REPOSITORY = `${OWNER}/archdoc`;
const HOMEPAGE = `https://github.com/${REPOSITORY}`;
/** The moving major tag a workflow pins (`uses: archdoc/archdoc@v1`); the release workflow moves it to each v1.x.y. */
const ACTION_REF = `${REPOSITORY}@v1`;
/** The published config schema, at the same major tag. */
const SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/v1/schema/archdoc.schema.json`;


/***/ })

};
