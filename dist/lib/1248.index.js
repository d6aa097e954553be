export const id = 1248;
export const ids = [1248];
export const modules = {

/***/ 91248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(90143);
// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./src/generate/providers/index.ts + 6 modules
var providers = __webpack_require__(84531);
// EXTERNAL MODULE: ./src/core/log-line.ts
var log_line = __webpack_require__(89864);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/diff.ts + 1 modules
var diff = __webpack_require__(26261);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(29681);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/report/document-report.ts




const MAX_NOTES = 20;
const MAX_NOTE = 1000;
/** `cell`: for a table cell (the job summary's overview). */
function verdictLine(doc, cell = false) {
    const { errors, warnings } = (0,report_text/* countFindings */.Gt)(doc.findings);
    if (errors)
        return `❌ **${(0,report_text/* countsText */.WN)(errors, warnings)}**`;
    const unchecked = doc.neutral ?? (doc.drift?.status === 'unknown' ? `drift could not be checked${doc.drift.detail ? `: ${doc.drift.detail}` : ''}` : undefined);
    if (unchecked !== undefined)
        return `⏸ **Neutral:** ${oneLine(unchecked, cell)}${warnings ? ` (${(0,report_text/* plural */.LS)(warnings, 'warning')})` : ''}`;
    if (warnings)
        return `⚠️ **Warnings only:** ${(0,report_text/* plural */.LS)(warnings, 'warning')}, no errors`;
    return doc.drift?.status === 'drifted' ? '✅ **Pass** (but see drift below)' : '✅ **Pass:** the document follows its template';
}
const CHANGED = {
    requirements: 'the requirements, not the document',
    document: 'the document, not the requirements',
    both: 'both the requirements and the document',
    neither: 'neither the requirements nor the document',
};
function driftLine(drift) {
    const detail = drift.detail ? ` ${oneLine(drift.detail)}` : '';
    switch (drift.status) {
        case 'drifted':
            return `⚠️ the requirements changed since the document was generated or last updated.${detail}`;
        case 'in-sync':
            return `none: the document is up to date with its requirements.${detail}`;
        case 'unknown':
            return `⏸ not checked.${detail}`;
    }
}
/** Caller-supplied prose for one line of Markdown: bounded, HTML-safe, no line breaks to break a list or table. */
function oneLine(text, cell = false) {
    return (0,markdown/* inlineText */.ln)(text, MAX_NOTE, cell);
}
/** Errors first, then by line: the order the table is cut in. */
function tableOrder(findings) {
    return [...findings].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
        a.line - b.line ||
        a.column - b.column ||
        (0,report_text/* compareText */.n6)(a.rule, b.rule) ||
        (0,report_text/* compareText */.n6)(a.message, b.message));
}
// Diffing a long document is the slow part, and the job summary may render a document twice.
const patches = new WeakMap();
function patchFor(proposal, path) {
    const hit = patches.get(proposal);
    if (hit?.path === path)
        return hit.patch;
    const patch = (0,diff/* documentPatch */.QQ)(proposal.oldText, proposal.newText, path);
    patches.set(proposal, { path, patch });
    return patch;
}
function renderDocumentReport(ctx, doc, limits) {
    const findings = tableOrder(doc.findings);
    const rows = findings.map((f) => findingRow(ctx, doc.docPath, f));
    const patch = doc.proposal ? patchFor(doc.proposal, doc.docPath) : undefined;
    const render = (plan) => assemble(ctx, doc, findings, rows, patch, plan, limits);
    const fits = (r) => limits.measure(r.text) <= limits.budget;
    if (doc.wholeFile && patch?.hunks.length) {
        const withFile = render({ rows: rows.length, diff: { kind: 'full' }, whole: true });
        if (fits(withFile))
            return withFile;
    }
    const whole = render({ rows: rows.length, diff: { kind: 'full' } });
    if (fits(whole))
        return whole;
    if (patch && patch.hunks.length) {
        const shortened = shortenDiff(patch, rows.length, render, limits);
        if (shortened)
            return shortened;
        // One change every few lines makes a single giant hunk; without context lines it splits into many
        // small ones, of which the first few may still fit.
        const bare = (0,diff/* withoutContext */.yr)(patch);
        const bareReport = shortenDiff(bare, rows.length, (plan) => assemble(ctx, doc, findings, rows, patch, plan, limits, bare), limits);
        if (bareReport)
            return bareReport;
    }
    const noDiff = render({ rows: rows.length, diff: { kind: 'dropped' } });
    if (fits(noDiff))
        return noDiff;
    // The most rows that fit (binary search: each render is linear in the table size).
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(render({ rows: mid, diff: { kind: 'dropped' } })))
            lo = mid;
        else
            hi = mid - 1;
    }
    const cut = render({ rows: lo, diff: { kind: 'dropped' } });
    return fits(cut) ? cut : hardCut(cut, limits);
}
/**
 * The reports of several documents within one budget, in their order. Small reports first, each taking
 * what it needs from an equal share of what is left, so one huge document cannot crowd out the others.
 * `separator`: what joining two reports costs.
 */
function fitReports(ctx, documents, budget, limits, separator) {
    let left = budget - separator * documents.length;
    const texts = new Array(documents.length);
    const order = documents
        .map((doc, i) => {
        const full = renderDocumentReport(ctx, doc, { ...limits, budget: Infinity }).text;
        return { doc, i, full, size: limits.measure(full) };
    })
        .sort((a, b) => a.size - b.size || a.i - b.i);
    order.forEach(({ doc, i, full, size }, k) => {
        const share = Math.floor(left / (order.length - k));
        texts[i] = size <= share ? full : renderDocumentReport(ctx, doc, { ...limits, budget: Math.max(0, share) }).text;
        left -= limits.measure(texts[i]);
    });
    return texts;
}
/** How many documents were left out and which (the first few), in one Markdown paragraph. */
function uncheckedNotice(u) {
    const SHOWN = 10;
    const listed = u.paths.slice(0, SHOWN).map((p) => (0,markdown/* inlineCode */.ti)((0,report_text/* clip */.$Q)(p, 200)));
    const more = u.paths.length > SHOWN ? `, and ${u.paths.length - SHOWN} more` : '';
    return `⏸ ${uncheckedSentence(u)}. Not checked: ${listed.join(', ')}${more}. Run ${(0,markdown/* inlineCode */.ti)('archdoc lint')} locally to check them all.`;
}
/** The same fact as plain text, for the log and the failure reason. */
function uncheckedSentence(u) {
    return `${u.paths.length} of ${u.total} documents were not checked: archdoc checks at most ${u.limit} documents per run (the first ${u.limit} the configuration lists)`;
}
/**
 * The report with as much of `shown` as fits next to the full table, or undefined when not one hunk fits.
 * Room = budget minus everything else (measured with a stand-in diff and the longest note it can carry);
 * the fence around the real diff may be a little longer, so correct and retry.
 */
function shortenDiff(shown, rows, render, limits) {
    const stand = { text: 'x', totalHunks: shown.hunks.length, shownHunks: 1, omitted: (0,diff/* patchStats */.MZ)(shown), note: 'x'.repeat(200) };
    let room = limits.budget - limits.measure(render({ rows, diff: { kind: 'bounded', bounded: stand } }).text);
    for (let attempt = 0; attempt < 3 && room > 0; attempt++) {
        const bounded = (0,diff/* boundPatch */.Xs)(shown, room, limits.measure);
        if (bounded.shownHunks === 0)
            return undefined;
        const r = render({ rows, diff: { kind: 'bounded', bounded } });
        const over = limits.measure(r.text) - limits.budget;
        if (over <= 0)
            return r;
        room -= over;
    }
    return undefined;
}
/** Last resort when even the skeleton is too big (absurdly long paths or notes): cut at a line and say so. */
function hardCut(r, limits) {
    const notice = `\n\n_…the rest of this report was cut to stay within the size limit. See ${limits.elsewhere}._\n`;
    let text = r.text;
    const room = limits.budget - limits.measure(notice);
    while (text && limits.measure(text) > room) {
        const cutAt = text.lastIndexOf('\n', Math.min(text.length - 1, Math.floor(room)));
        text = cutAt > 0 ? text.slice(0, cutAt) : text.slice(0, Math.max(0, Math.floor(room / 4)));
    }
    return { text: text + notice, omissions: [...r.omissions, 'the end of the report'] };
}
function findingRow(ctx, docPath, f) {
    const severity = f.severity === 'error' ? '❌ error' : '⚠️ warning';
    const docUrl = (0,rules/* ruleDocUrl */.Cg)(f.rule, ctx.rules, ctx.docsBaseUrl);
    const rule = docUrl ? `[${(0,markdown/* escapeCell */.kq)(f.rule, 100)}](${docUrl})` : (0,markdown/* escapeCell */.kq)(f.rule, 100);
    const line = `[${f.line}](${(0,markdown/* blobLineUrl */.VA)(ctx.owner, ctx.repo, ctx.headSha, docPath, f.line, f.endLine)})`;
    return `| ${severity} | ${rule} | ${line} | ${(0,markdown/* escapeCell */.kq)(f.message)} |`;
}
function heading(level, text) {
    return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${text}`;
}
function assemble(ctx, doc, findings, rows, patch, plan, limits, 
/** The patch the bounded diff was cut from, when it is not `patch` (a context-free variant). */
shownPatch = patch) {
    const out = [];
    const omissions = [];
    const sub = limits.level + 1;
    out.push(heading(limits.level, `archdoc · ${(0,markdown/* inlineCode */.ti)(doc.docPath)}`), '', verdictLine(doc), '');
    const facts = [];
    const { errors } = (0,report_text/* countFindings */.Gt)(doc.findings);
    if (errors && doc.neutral)
        facts.push(`- **Not checked:** ${oneLine(doc.neutral)}`);
    if (doc.changed)
        facts.push(`- **This pull request changes:** ${CHANGED[doc.changed]}.`);
    if (doc.drift)
        facts.push(`- **Drift:** ${driftLine(doc.drift)}`);
    if (doc.pushed) {
        const sha = (0,markdown/* inlineCode */.ti)(doc.pushed.sha.slice(0, 7));
        facts.push(`- **Committed:** the proposed document was pushed to this branch as ${doc.pushed.url ? `[${sha}](${doc.pushed.url})` : sha}.`);
    }
    if (facts.length)
        out.push(...facts, '');
    const notes = (doc.notes ?? []).slice(0, MAX_NOTES).map((n) => `- ${oneLine(n)}`);
    if ((doc.notes?.length ?? 0) > MAX_NOTES)
        notes.push(`- …and ${(doc.notes?.length ?? 0) - MAX_NOTES} more notes.`);
    if (notes.length)
        out.push('**Notes**', '', ...notes, '');
    if (rows.length) {
        out.push(heading(sub, 'Findings'), '');
        if (plan.rows > 0) {
            out.push('| Severity | Rule | Line | Message |', '| --- | --- | --- | --- |', ...rows.slice(0, plan.rows), '');
        }
        if (plan.rows < rows.length) {
            const left = (0,report_text/* countFindings */.Gt)(findings.slice(plan.rows));
            const what = `${(0,report_text/* plural */.LS)(rows.length - plan.rows, 'finding')} (${(0,report_text/* countsText */.WN)(left.errors, left.warnings)})`;
            out.push(`_Showing ${plan.rows} of ${rows.length} findings, errors first; ${what} left out to stay within the size limit. See ${limits.elsewhere} for the rest._`, '');
            omissions.push(`${what} from the findings table`);
        }
    }
    let diffComplete = false;
    if (doc.proposal && patch) {
        out.push(heading(sub, 'Proposed change'), '');
        // Above the text diff: a mermaid block's diff is hard to read, its architecture summary is not.
        if (doc.proposal.architecture)
            out.push(doc.proposal.architecture.replace(/^### Architecture changes\n/, '**In architecture terms**\n'), '');
        const stats = (0,diff/* patchStats */.MZ)(patch);
        if (patch.hunks.length === 0) {
            out.push(`No change: the ${ctx.mode === 'regenerate' ? 'regenerated' : 'fixed'} document is identical to the current one.`, '');
        }
        else {
            const summary = `${(0,markdown/* escapeHtml */.ZD)(doc.docPath)}: +${stats.added} −${stats.removed} lines`;
            const diffText = plan.diff.kind === 'full' ? (0,diff/* boundPatch */.Xs)(patch, Infinity).text : plan.diff.kind === 'bounded' ? plan.diff.bounded.text : '';
            if (diffText) {
                out.push(`<details><summary>${summary}</summary>`, '', (0,markdown/* fenced */.OF)(diffText, 'diff'), '', '</details>', '');
            }
            if (plan.whole) {
                const lines = doc.proposal.newText.split('\n').length - (doc.proposal.newText.endsWith('\n') ? 1 : 0);
                out.push(`<details><summary>The whole proposed ${(0,markdown/* escapeHtml */.ZD)(doc.docPath)} (${(0,report_text/* plural */.LS)(lines, 'line')})</summary>`, '', (0,markdown/* fenced */.OF)(doc.proposal.newText, 'markdown'), '', '</details>', '');
            }
            else if (doc.wholeFile) {
                out.push(`_The whole proposed file was left out to stay within the size limit._`, '');
                omissions.push('the whole proposed file');
            }
            if (plan.diff.kind === 'full')
                diffComplete = true;
            else if (plan.diff.kind === 'bounded') {
                const bare = shownPatch !== patch ? ' Context lines are left out too.' : '';
                out.push(`_${(0,markdown/* inlineText */.ln)(plan.diff.bounded.note)}${bare} See ${limits.elsewhere} for the full diff._`, '');
                omissions.push(`${(0,report_text/* plural */.LS)(plan.diff.bounded.totalHunks - plan.diff.bounded.shownHunks, 'hunk')} of the diff`);
            }
            else {
                out.push(`_The proposed diff (${summary}) was left out to stay within the size limit. See ${limits.elsewhere} for it._`, '');
                omissions.push('the diff');
            }
        }
    }
    const apply = howToApply(ctx, doc, patch, { diffComplete, wholeFile: !!plan.whole }, limits.elsewhere);
    if (apply.length)
        out.push(heading(sub, 'How to apply'), '', ...apply, '');
    return { text: out.join('\n'), omissions };
}
function howToApply(ctx, doc, patch, shown, elsewhere) {
    const { diffComplete } = shown;
    if (doc.pushed)
        return [];
    const cmd = ctx.command;
    const { errors, warnings, fixable } = (0,report_text/* countFindings */.Gt)(doc.findings);
    const lines = [];
    const hasChange = !!patch && patch.hunks.length > 0;
    const canPush = ctx.canPush !== false;
    if (hasChange) {
        if (!canPush)
            lines.push('- archdoc cannot push to this branch (a fork or a read-only token): apply the change yourself.');
        else if (!cmd)
            lines.push(`- Set ${(0,markdown/* inlineCode */.ti)('push: true')} in the workflow and archdoc commits proposed changes to the branch itself (a verified commit).`);
        else if (ctx.mode === 'regenerate') {
            lines.push(`- Comment ${(0,markdown/* inlineCode */.ti)(`${cmd} regenerate`)} on this pull request to regenerate the document and commit it to its branch (the LLM may word it differently from this proposal).`);
        }
        else
            lines.push(`- Comment ${(0,markdown/* inlineCode */.ti)(`${cmd} fix`)} on this pull request to commit the proposed change to its branch.`);
        if (!diffComplete)
            lines.push(`- The complete diff is in ${elsewhere}.`);
        if (diffComplete) {
            lines.push(`- Or locally: save the diff above as ${(0,markdown/* inlineCode */.ti)('archdoc.patch')} and run ${(0,markdown/* inlineCode */.ti)('git apply archdoc.patch')} at the repository root.`);
        }
        if (ctx.mode !== 'regenerate' && (!diffComplete || !canPush))
            lines.push(`- Or locally: run ${(0,markdown/* inlineCode */.ti)(`archdoc fix --write ${doc.docPath}`)}.`);
        if (shown.wholeFile)
            lines.push(`- Or replace ${(0,markdown/* inlineCode */.ti)(doc.docPath)} with the whole proposed file above.`);
    }
    else if (fixable > 0 && ctx.mode === 'validate') {
        const n = fixable === errors + warnings ? 'All findings' : `${fixable} of the findings`;
        if (canPush && cmd)
            lines.push(`- ${n} can be fixed automatically: comment ${(0,markdown/* inlineCode */.ti)(`${cmd} fix`)} to commit the fix to this branch.`);
        else
            lines.push(`- ${n} can be fixed automatically (${(0,markdown/* inlineCode */.ti)('mode: fix')} proposes the fix here).`);
        lines.push(`- Or locally: run ${(0,markdown/* inlineCode */.ti)(`archdoc fix --write ${doc.docPath}`)} (${(0,markdown/* inlineCode */.ti)('--diff')} instead of ${(0,markdown/* inlineCode */.ti)('--write')} to preview).`);
    }
    const needsRewrite = errors > 0 || doc.drift?.status === 'drifted';
    if (needsRewrite && ctx.mode !== 'regenerate' && ctx.llmConfigured !== false && canPush) {
        lines.push(cmd
            ? `- To rewrite the document from the requirements with the configured LLM, comment ${(0,markdown/* inlineCode */.ti)(`${cmd} regenerate`)}.`
            : `- To rewrite the document from the requirements with the configured LLM, set ${(0,markdown/* inlineCode */.ti)('mode: regenerate')} or run ${(0,markdown/* inlineCode */.ti)(`archdoc regenerate --write --doc ${doc.docPath}`)}.`);
    }
    if (lines[0]?.startsWith('- Or locally: '))
        lines[0] = lines[0].replace('- Or locally: ', '- Locally: ');
    return lines;
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * The sticky pull-request comment (SPEC §5 "On a pull request" step 4, §6): ONE per pull request with a
 * section per document, found again by its hidden first line, always under GitHub's 65,536-character
 * limit, and byte-identical for identical input.
 */




/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** What we aim for: headroom for however GitHub counts characters. */
const COMMENT_BUDGET = 65_000;
/** The hidden first line of archdoc's comment on a pull request (one per pull request, whatever the documents). */
const STICKY_MARKER = '<!-- archdoc:sticky -->';
/**
 * How the per-document comments of earlier versions began (`<!-- archdoc:sticky docs/a.md -->`): one of
 * them, written by the same identity, is rewritten into the new comment instead of adding a second.
 */
const FORMER_MARKER_PREFIX = '<!-- archdoc:sticky ';
const DIGEST_PREFIX = '<!-- archdoc:digest ';
/** Whether `body` is archdoc's sticky comment: its first line is the marker (CRLF when edited in the web UI). */
function isStickyComment(body) {
    return body.startsWith(STICKY_MARKER) && /^(?:\r?\n|$)/.test(body.slice(STICKY_MARKER.length, STICKY_MARKER.length + 2));
}
function renderComment(input) {
    const budget = Math.min(input.budget ?? COMMENT_BUDGET, COMMENT_LIMIT);
    const head = [
        STICKY_MARKER,
        ...(input.request ? [requestLine(input.request), ''] : []),
        ...overview(input.documents),
        ...(input.unchecked ? [uncheckedNotice(input.unchecked), ''] : []),
    ].join('\n');
    const footer = commentFooter(input);
    // The head, the digest line and the footer are fixed costs; the documents share the rest fairly.
    const fixed = head.length + 1 + `\n\n${DIGEST_PREFIX}${'0'.repeat(16)} -->`.length + 2 + footer.length + 1;
    const sections = fitReports(input, input.documents, budget - fixed, { measure: (s) => s.length, elsewhere: 'the job summary of this workflow run', level: 3 }, 1);
    const content = [head, ...sections].join('\n');
    return `${content}\n${footer}\n\n${digestLine(content)}\n`;
}
/**
 * "`/archdoc fix` requested by @alice: …". The requester is mentioned on purpose (they asked); a login
 * GitHub would never issue is shown as escaped text instead.
 */
function requestLine(r) {
    return `${(0,markdown/* inlineCode */.ti)(r.command)} requested by ${mentionLogin(r.login)}: ${(0,markdown/* inlineText */.ln)(r.result)}`;
}
/** A GitHub login as a mention (to notify the person archdoc answers); anything GitHub would never issue as escaped text. */
function mentionLogin(login) {
    return /^[a-z\d][a-z\d-]{0,38}$/i.test(login) ? `@${login}` : (0,markdown/* escapeInline */.VV)(login, false);
}
/** With several documents: one line each first, so the verdicts are seen before the details. */
function overview(documents) {
    if (documents.length < 2)
        return [];
    const rows = documents.map((d) => `| ${(0,markdown/* escapeCell */.kq)(d.docPath, 200)} | ${shortVerdict(d)} |`);
    return [`**archdoc checked ${(0,report_text/* plural */.LS)(documents.length, 'document')}**`, '', '| Document | Verdict |', '| --- | --- |', ...rows, ''];
}
function shortVerdict(doc) {
    const { errors, warnings } = (0,report_text/* countFindings */.Gt)(doc.findings);
    if (errors)
        return `❌ ${(0,report_text/* countsText */.WN)(errors, warnings)}`;
    if (doc.neutral !== undefined || doc.drift?.status === 'unknown')
        return `⏸ neutral${warnings ? ` (${(0,report_text/* plural */.LS)(warnings, 'warning')})` : ''}`;
    if (warnings)
        return `⚠️ ${(0,report_text/* plural */.LS)(warnings, 'warning')}`;
    return doc.drift?.status === 'drifted' ? '✅ pass (drift)' : '✅ pass';
}
/**
 * The digest of everything but the footer (whose run link changes every run): equal digests mean the
 * comment says the same thing, so the caller can skip the update and save an API call.
 */
function readCommentDigest(body) {
    const at = body.lastIndexOf(DIGEST_PREFIX);
    if (at === -1)
        return undefined;
    const m = /^([0-9a-f]{16}) -->/.exec(body.slice(at + DIGEST_PREFIX.length));
    return m?.[1];
}
/** The hidden last line that readCommentDigest reads back: a hash of `content` (the issue bodies of the audit carry one too). */
function digestLine(content) {
    return `${DIGEST_PREFIX}${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex').slice(0, 16)} -->`;
}
function commentFooter(input) {
    const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
    return `---\n<sub>archdoc ${input.version} · mode ${input.mode}${run}</sub>`;
}

// EXTERNAL MODULE: ./src/template/builtin.ts
var builtin = __webpack_require__(15493);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The Action's inputs (SPEC §5), read once and validated; bad values name the input. An input is set
 * exactly when the workflow gives it a non-empty value (action.yml gives no `default:`), so a value equal
 * to the default still wins over any config file. Defaults are applied by the settings policy, after it.
 */



/** The documented defaults (action.yml descriptions, README), applied when neither an input nor a config sets a value. */
const DEFAULTS = {
    mode: 'validate',
    docPath: defaults/* DEFAULT_DOC */.rE,
    requirements: defaults/* DEFAULT_REQUIREMENTS */.Rh,
    template: defaults/* DEFAULT_TEMPLATE */.VE,
    config: defaults/* DEFAULT_CONFIG */.PV,
    comment: true,
    push: false,
    failOn: 'error',
    maxAttempts: 3,
    command: '/archdoc',
    driftLabel: 'archdoc-drift',
    dryRun: false,
};
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new findings/* UsageError */.eb(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
}
function bool(name, value) {
    if (/^(?:true|yes|on|1)$/i.test(value))
        return true;
    if (/^(?:false|no|off|0)$/i.test(value))
        return false;
    throw new findings/* UsageError */.eb(`input ${name}: "${value}" is not true or false`);
}
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function attempts(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 10)
        throw new findings/* UsageError */.eb(`input max-attempts: "${value}" must be a whole number from 1 to 10`);
    return n;
}
function command(value) {
    if (!/^\/\S+$/.test(value))
        throw new findings/* UsageError */.eb(`input command: "${value}" must start with / and contain no spaces`);
    return value;
}
const path = (value) => value.replace(/^\.\//, '');
/** How each input is read when set: its field and its parser. */
const PARSERS = {
    mode: ['mode', (v) => oneOf('mode', v, ['validate', 'fix', 'regenerate'])],
    docPath: ['doc-path', path],
    requirements: ['requirements', splitList],
    template: ['template', (v) => v],
    config: ['config', path],
    comment: ['comment', (v) => bool('comment', v)],
    push: ['push', (v) => bool('push', v)],
    failOn: ['fail-on', (v) => oneOf('fail-on', v, ['error', 'warning', 'never'])],
    llmProvider: ['llm-provider', (v) => v],
    llmModel: ['llm-model', (v) => v],
    llmApiKey: ['llm-api-key', (v) => v],
    llmBaseUrl: ['llm-base-url', (v) => v],
    maxAttempts: ['max-attempts', attempts],
    command: ['command', command],
    driftLabel: ['drift-label', (v) => v],
    dryRun: ['dry-run', (v) => bool('dry-run', v)],
};
/** `get` reads one input ('' when unset): @actions/core's getInput in the Action, a map in tests. */
function readInputs(get = (n) => core/* getInput */.V4(n)) {
    const apiKey = get('llm-api-key').trim();
    if (apiKey)
        core/* setSecret */.Pq(apiKey);
    const out = { token: get('github-token').trim() || process.env.GITHUB_TOKEN || '' };
    for (const [field, [name, parse]] of Object.entries(PARSERS)) {
        const value = get(name).trim();
        if (value !== '')
            out[field] = parse(value);
    }
    return out;
}

// EXTERNAL MODULE: ./src/config/file.ts + 2 modules
var file = __webpack_require__(78749);
// EXTERNAL MODULE: ./src/config/discover.ts
var discover = __webpack_require__(67307);
;// CONCATENATED MODULE: ./src/action/settings.ts
/**
 * The settings policy of SPEC §6, in one place: the workflow's inputs, the config file on the default
 * branch and the config file at a pull request's head -> the effective settings and the documents to check.
 *
 * - Trusted settings (they reach a secret, an endpoint or a write) come from the inputs or the
 *   default branch's config, never from a pull request's head, on every event.
 * - The head's config may change only what is checked, and only on `pull_request`.
 * - An input the workflow sets always wins; the documented defaults apply when nothing sets a value.
 */




/** Trusted settings by config key, with their field: from the inputs or the default branch's config only. */
const TRUSTED_SETTINGS = {
    mode: 'mode',
    push: 'push',
    'dry-run': 'dryRun',
    comment: 'comment',
    'llm-provider': 'llmProvider',
    'llm-model': 'llmModel',
    'llm-base-url': 'llmBaseUrl',
    'max-attempts': 'maxAttempts',
    command: 'command',
    'drift-label': 'driftLabel',
};
/** The config keys that change only what is checked: the head's config may set them on `pull_request`. */
const CHECKED_SETTINGS = (/* unused pure expression or super */ null && (['doc', 'template', 'requirements', 'documents', 'rules', 'fail-on']));
/** The one event whose head config is read: a `pull_request` job holds no secrets and a read-only token for forks. */
const headConfigApplies = (event) => event === 'pull_request';
function resolveSettings({ event, inputs, base, head }) {
    const fromHead = headConfigApplies(event) ? head : undefined;
    // What is checked follows the head's config when the pull request has one (it may add or move documents).
    const checked = fromHead ?? base;
    const settings = {
        token: inputs.token,
        mode: inputs.mode ?? base?.mode ?? DEFAULTS.mode,
        docPath: inputs.docPath ?? DEFAULTS.docPath,
        requirements: inputs.requirements ?? [...DEFAULTS.requirements],
        template: inputs.template ?? DEFAULTS.template,
        config: inputs.config ?? DEFAULTS.config,
        comment: inputs.comment ?? base?.comment ?? DEFAULTS.comment,
        push: inputs.push ?? base?.push ?? DEFAULTS.push,
        failOn: inputs.failOn ?? checked?.failOn ?? DEFAULTS.failOn,
        ...optional('llmProvider', inputs.llmProvider ?? base?.llmProvider),
        ...optional('llmModel', inputs.llmModel ?? base?.llmModel),
        ...optional('llmApiKey', inputs.llmApiKey),
        ...optional('llmBaseUrl', inputs.llmBaseUrl ?? base?.llmBaseUrl),
        maxAttempts: inputs.maxAttempts ?? base?.maxAttempts ?? DEFAULTS.maxAttempts,
        command: inputs.command ?? base?.command ?? DEFAULTS.command,
        driftLabel: inputs.driftLabel ?? base?.driftLabel ?? DEFAULTS.driftLabel,
        dryRun: inputs.dryRun ?? base?.dryRun ?? DEFAULTS.dryRun,
    };
    const targets = (0,resolve/* documentTargets */.g8)(checked, {
        ...(inputs.docPath !== undefined ? { files: [inputs.docPath] } : {}),
        ...(inputs.template !== undefined ? { template: inputs.template } : {}),
        ...(inputs.requirements !== undefined ? { requirements: inputs.requirements } : {}),
    });
    const ignored = head ? Object.entries(TRUSTED_SETTINGS).flatMap(([key, field]) => (head[field] !== undefined ? [key] : [])) : [];
    return { settings, targets, ignored: ignored.sort() };
}
function optional(key, value) {
    return value ? { [key]: value } : {};
}
/** Where a config file is looked for: the `config` input alone when set, else the usual places (as the CLI does). */
function configPaths(inputs) {
    return [...(0,discover/* configCandidates */.J)(inputs.config)];
}
/** The config file of a commit read through the API (`files` holds `configPaths`), found as everywhere else. */
function configIn(files, inputs) {
    return (0,discover/* discoverConfig */.e)(inputs.config, (p) => {
        const file = files.get(p);
        return file?.kind === 'text' ? file.text : undefined;
    });
}
function parseActionConfig(text, path) {
    return text === undefined ? undefined : parseConfig(text, path);
}
/** The one log line for a head config that tried to set trusted settings. */
function ignoredLine(path, keys) {
    return (`${path} at the pull request head sets ${keys.join(', ')}: ignored. These settings reach secrets, endpoints or writes, ` +
        'so they come only from the workflow inputs or the config file on the default branch; a pull request may change only what is checked.');
}

;// CONCATENATED MODULE: ./src/github/port.ts
/**
 * What the event orchestrators need from GitHub, and nothing about how it is fetched. The Octokit
 * implementation lives in octokit-port.ts; tests run it against test-support/fake-github.
 *
 * Every failure is a GitHubApiError naming the call; a write refused to a read-only token is a
 * ReadOnlyTokenError (see errors.ts), so callers can fall back to annotations and the job summary.
 */
/** The methods that only read: wrappers that change writes (dry-run, redaction) pass these through unchanged. */
const READS = [
    'loadPullRequest',
    'findStickyComment',
    'getPermission',
    'loadRepository',
    'findIssueByLabel',
    'findOwnIssues',
    'listOrgRepositories',
    'filesPresent',
];
function readsOf(port) {
    return Object.fromEntries(READS.map((m) => [m, (i) => port[m](i)]));
}

;// CONCATENATED MODULE: ./src/action/dry-run.ts
/** `dry-run: true`: a port whose writes are logged and never sent, so nothing at all reaches GitHub. */

function dryRunPort(port, log) {
    return {
        ...readsOf(port),
        async ensureLabel(i) {
            log(`dry-run: would create the label ${i.name} if it is missing`);
            return { created: false };
        },
        async upsertStickyComment(i) {
            log(`dry-run: would ${i.existing ? 'update' : 'post'} the sticky comment on #${i.number} (${i.body.length} characters)`);
            return { id: i.existing?.id ?? 0, url: i.existing?.url ?? '', written: false, created: false };
        },
        async postComment(i) {
            log(`dry-run: would comment on #${i.number}`);
            return { id: 0, url: '' };
        },
        async addReaction(i) {
            log(`dry-run: would react ${i.content} to comment ${i.commentId}`);
        },
        async commitFiles(i) {
            log(`dry-run: would commit ${i.files.length} file(s) to ${i.branch} on top of ${i.expectedHeadOid.slice(0, 7)}`);
            return { moved: true };
        },
        async upsertIssue(i) {
            log(`dry-run: would ${i.existing ? `update issue #${i.existing.number}` : 'open an issue'} labelled ${i.label}`);
            const issue = i.existing ?? { number: 0, url: '', title: i.title, body: i.body };
            return { issue, action: 'unchanged' };
        },
        async closeIssue(i) {
            log(`dry-run: would close issue #${i.number}`);
        },
        async proposeChange(i) {
            log(`dry-run: would propose ${i.path} on branch ${i.branch}`);
            return { status: 'unchanged' };
        },
    };
}

;// CONCATENATED MODULE: ./src/action/document-cap.ts
/**
 * Each document costs reads, parsing, perhaps an LLM call, and a section of the one sticky comment,
 * whose 65,536 characters all documents share; 20 leaves each section room for its verdict and findings.
 */
const MAX_DOCUMENTS_PER_RUN = 20;
/** The first MAX_DOCUMENTS_PER_RUN targets in configuration order, and what was left out (undefined: nothing). */
function capDocuments(targets) {
    const limit = MAX_DOCUMENTS_PER_RUN;
    if (targets.length <= limit)
        return { checked: [...targets] };
    return { checked: targets.slice(0, limit), unchecked: { total: targets.length, limit, paths: targets.slice(limit).map((t) => t.doc) } };
}

// EXTERNAL MODULE: ./src/evaluate/evaluate-document.ts + 12 modules
var evaluate_document = __webpack_require__(19828);
// EXTERNAL MODULE: ./src/lint/catalogue.ts + 1 modules
var catalogue = __webpack_require__(63990);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/action/report-context.ts


function reportContext(ctx, inputs, headSha, facts) {
    return {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha,
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        version: version/* VERSION */.xv,
        mode: inputs.mode,
        rules: catalogue/* RULE_METAS */._,
        docsBaseUrl: `${version/* HOMEPAGE */.py}/blob/v${version/* VERSION */.xv}/`,
        // Comment commands are offered only where a workflow answers them.
        ...(facts.command ? { command: facts.command } : {}),
        ...(facts.canPush !== undefined ? { canPush: facts.canPush } : {}),
        ...(facts.llmConfigured !== undefined ? { llmConfigured: facts.llmConfigured } : {}),
    };
}

;// CONCATENATED MODULE: ./src/action/archdoc-commits.ts

const TRAILER = 'Archdoc-Command';
/** At most this many archdoc commits on one pull request within an hour. */
const COMMITS_PER_HOUR = 5;
const HOUR_MS = 3_600_000;
/** Whether the message's last paragraph carries archdoc's trailer. */
function isArchdocCommit(message) {
    const paragraphs = message.trimEnd().split(/\n\s*\n/);
    return paragraphs[paragraphs.length - 1].split('\n').some((l) => l.startsWith(`${TRAILER}: `));
}
/** archdoc commits among the pull request's latest commits made less than an hour before `now`. */
function archdocCommitsLastHour(commits, now) {
    return commits.filter((c) => isArchdocCommit(c.message) && now - Date.parse(c.committedDate) < HOUR_MS).length;
}
/** Headline, what changed, who asked, and the trailer that marks the commit as archdoc's. */
function commitMessage(i) {
    const what = i.paths.length === 1 ? i.paths[0] : `${i.paths.length} documents`;
    const list = i.paths.length === 1 ? [] : [i.paths.map((p) => `- ${p}`).join('\n')];
    const who = i.requested ? [`Requested by @${i.requested.login} with \`${i.requested.command}\` on #${i.requested.number}.`] : [];
    const by = `${i.requested ? 'Made' : 'Proposed'} by archdoc ${version/* VERSION */.xv}${i.runUrl ? ` in ${i.runUrl}` : ''}.`;
    return [`docs: ${i.action} ${what} (archdoc)`, ...list, [...who, by].join('\n'), `${TRAILER}: ${i.action}`].join('\n\n');
}

;// CONCATENATED MODULE: ./src/action/command-workflow.ts
/**
 * Whether comment commands answer in this repository: a workflow on the default branch runs archdoc on
 * `issue_comment`. Read from the workflow texts the pull request query already lists (no extra call),
 * so the report offers `/archdoc fix` only where someone will answer it.
 */
const ON_ISSUE_COMMENT = /(?:^|[\s[,{'"])issue_comment(?:$|[\s\]:,}'"])/m;
/** A step `uses: <something named archdoc>@<ref>`. */
function usesArchdoc(text) {
    return text.split('\n').some((line) => {
        const uses = /^[ \t-]*uses:[ \t]*(\S+)/.exec(line)?.[1].replace(/['"]/g, '');
        return uses !== undefined && uses.includes('@') && uses.split('@')[0].toLowerCase().includes('archdoc');
    });
}
function answersCommentCommands(workflows) {
    return workflows.some((w) => ON_ISSUE_COMMENT.test(w.text) && usesArchdoc(w.text));
}

;// CONCATENATED MODULE: ./src/action/llm-settings.ts
function llmSettings(inputs, env) {
    return {
        ...(inputs.llmProvider ? { provider: inputs.llmProvider } : {}),
        ...(inputs.llmModel ? { model: inputs.llmModel } : {}),
        ...(inputs.llmApiKey ? { apiKey: inputs.llmApiKey } : {}),
        ...(inputs.llmBaseUrl ? { baseUrl: inputs.llmBaseUrl } : {}),
        maxAttempts: inputs.maxAttempts,
        env,
    };
}
/** Whether regenerate could reach an LLM: otherwise reports do not offer it. */
function llm_settings_llmConfigured(inputs, env) {
    return !!(inputs.llmProvider || inputs.llmApiKey || inputs.llmBaseUrl || env.OPENAI_API_KEY || env.ANTHROPIC_API_KEY);
}

;// CONCATENATED MODULE: ./src/action/events/pull-request.ts
/**
 * pull_request and pull_request_target (opened, synchronize, reopened, ready_for_review): read the
 * document and requirements at the head commit and the config on the default branch through the API (no
 * checkout needed), apply the settings policy (SPEC §6), check, propose, push, comment.
 * A run with nothing to push makes at most 3 API calls: the snapshot, (rarely) extra files, the comment.
 *
 * Comment commands (issue-comment.ts) run the same pipeline at the head they pin: `readPullRequest`, then
 * `checkPullRequest` with the command's mode and who asked.
 */


















function pullRequestEvent(payload) {
    const pr = payload.pull_request;
    if (!pr?.number || !pr.head?.sha || !pr.head.ref)
        throw new findings/* UsageError */.eb('the event payload has no pull_request with a number and a head commit');
    return {
        number: pr.number,
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        ...(pr.head.repo?.full_name ? { headRepo: pr.head.repo.full_name } : {}),
        ...(pr.base?.repo?.full_name ? { baseRepo: pr.base.repo.full_name } : {}),
    };
}
/** Text of a file read through the API, or a clear reason why it cannot be checked. */
function remoteText(file, path, at) {
    if (!file || file.kind === 'missing')
        throw new findings/* UsageError */.eb(`${path}: not found at ${at.slice(0, 7)}`);
    if (file.kind === 'directory')
        throw new findings/* UsageError */.eb(`${path}: is a directory at ${at.slice(0, 7)}, not a Markdown file`);
    if (file.kind === 'binary')
        throw new findings/* UsageError */.eb(`${path}: is a binary file at ${at.slice(0, 7)}, not Markdown`);
    if (file.kind === 'too-large') {
        throw new findings/* UsageError */.eb(`${path}: too large at ${at.slice(0, 7)} (${(file.byteSize / 1024 / 1024).toFixed(1)} MB; archdoc reads files up to ${limits/* MAX_DOCUMENT_BYTES */.bi / 1024 / 1024} MB)`);
    }
    return file.text;
}
const isLiteral = (p) => !picomatch_default().scan(p).isGlob;
function changedKind(docChanged, reqChanged) {
    return docChanged && reqChanged ? 'both' : docChanged ? 'document' : reqChanged ? 'requirements' : 'neither';
}
/**
 * One query reads the PR, the files at its head and the config on the default branch; then the settings
 * policy (SPEC §6) decides. The head's config is read on `pull_request` only, and there changes only what is checked.
 */
async function readPullRequest(ctx, given, deps, event) {
    const paths = configPaths(given);
    const withHeadConfig = headConfigApplies(ctx.eventName);
    const docPath = given.docPath ?? DEFAULTS.docPath;
    const requirements = given.requirements ?? DEFAULTS.requirements;
    const template = given.template ?? DEFAULTS.template;
    // Unless the config input is set, look in the usual places too (as the CLI does): same query, no extra call.
    const wanted = [...(withHeadConfig ? paths : []), docPath, ...requirements.filter(isLiteral)];
    if (!builtin/* BUILTIN_TEMPLATES */.i[template])
        wanted.push(template);
    const snapshot = await deps.port.loadPullRequest({
        owner: ctx.owner,
        repo: ctx.repo,
        number: event.number,
        // Without a head (a comment command): the head at this moment, pinned for the whole run.
        ...(event.headSha ? { headSha: event.headSha } : {}),
        paths: [...new Set(wanted)],
        requirementGlobs: [...requirements],
        marker: STICKY_MARKER,
        formerMarkerPrefix: FORMER_MARKER_PREFIX,
        defaultBranchPaths: paths,
    });
    const base = configIn(snapshot.defaultBranch.files, given);
    const head = withHeadConfig ? configIn(snapshot.files, given) : undefined;
    if (given.config !== undefined && !base && !head) {
        const where = withHeadConfig ? `at ${snapshot.readAt.slice(0, 7)} nor ` : '';
        throw new findings/* UsageError */.eb(`${given.config}: config file not found ${where}on the default branch (${snapshot.defaultBranch.name})`);
    }
    const { settings, targets, ignored } = resolveSettings({ event: ctx.eventName, inputs: given, base, head });
    let note;
    if (head && ignored.length) {
        deps.log(ignoredLine(head.path, ignored));
        note = `Ignored in this pull request's \`${head.path}\`: ${ignored.map((k) => `\`${k}\``).join(', ')}. Those settings come only from the workflow or the config on the default branch.`;
    }
    const changedConfig = withHeadConfig ? undefined : snapshot.changedFiles.find((f) => paths.includes(f.path));
    if (changedConfig) {
        deps.log(`this pull request changes ${changedConfig.path}: on ${ctx.eventName} archdoc reads its config from the default branch (${snapshot.defaultBranch.name}) only, so the change applies once merged`);
    }
    return { inputs: settings, targets, snapshot, ...(note ? { note } : {}) };
}
async function handlePullRequest(ctx, given, deps, event) {
    const read = await readPullRequest(ctx, given, deps, event);
    // Loop guard: a head that is archdoc's own commit (a PAT or App token's commits start workflows) is
    // checked, but nothing is proposed, pushed or commented, so archdoc never answers itself.
    const head = read.snapshot.recentCommits.at(-1);
    const own = head?.oid === read.snapshot.readAt && isArchdocCommit(head.message);
    if (own)
        deps.log(`the head commit ${read.snapshot.readAt.slice(0, 7)} is archdoc's own: checked only; nothing is proposed, pushed or commented`);
    const inputs = own ? { ...read.inputs, mode: 'validate', push: false, comment: false } : read.inputs;
    return checkPullRequest(ctx, deps, { ...read, inputs }, event);
}
/**
 * Check every configured document at the snapshot's head, propose, commit (`inputs.push`), and answer in
 * the one sticky comment (`inputs.comment`). With `request`, the comment says who asked and what came of it.
 */
async function checkPullRequest(ctx, trustedDeps, read, event, request) {
    const { inputs, targets, snapshot, note } = read;
    // dry-run may come from the default branch's config, so the port is wrapped once the policy has decided.
    const deps = inputs.dryRun ? { ...trustedDeps, port: dryRunPort(trustedDeps.port, trustedDeps.log) } : trustedDeps;
    const { port, log } = deps;
    const coords = { owner: ctx.owner, repo: ctx.repo };
    const at = snapshot.readAt;
    // Every path stays inside the repository (SPEC §6), and the cap on documents per run: those beyond it
    // are not read, not checked, and the run says so and fails.
    const { checked: toCheck, unchecked } = capDocuments((0,resolve/* assertRepositoryPaths */.pg)(targets));
    // The config may name documents, templates or requirements the first query did not read: one more query.
    const files = new Map(snapshot.files);
    let requirementPaths = snapshot.requirementPaths;
    const missing = new Set();
    const globs = new Set();
    for (const t of toCheck) {
        if (!files.has(t.doc))
            missing.add(t.doc);
        if (!builtin/* BUILTIN_TEMPLATES */.i[t.template] && !files.has(t.template))
            missing.add(t.template);
        for (const r of t.requirements)
            if (!inputs.requirements.includes(r))
                globs.add(r);
    }
    if (missing.size || globs.size) {
        const extra = await port.loadRepository({ ...coords, ref: at, paths: [...missing], requirementGlobs: [...globs] });
        for (const [p, f] of extra.files)
            files.set(p, f);
        requirementPaths = [...new Set([...requirementPaths, ...extra.requirementPaths])].sort();
    }
    const isFork = snapshot.isFork || (!!event.headRepo && !!event.baseRepo && event.headRepo !== event.baseRepo);
    const changed = snapshot.changedFiles.map((f) => f.path);
    const readText = (p) => remoteText(files.get(p), p, at);
    const documents = [];
    const llmConfigured = llm_settings_llmConfigured(inputs, deps.env);
    // What could not be done (a document unreadable, a write refused by GitHub): the run fails with these.
    const failures = [];
    if (unchecked) {
        log(uncheckedSentence(unchecked));
        failures.push(uncheckedSentence(unchecked));
    }
    for (const target of toCheck) {
        const isReq = picomatch_default()(target.requirements, { dot: true });
        const reqPaths = requirementPaths.filter((p) => isReq(p));
        const requirements = reqPaths.flatMap((path) => {
            const f = files.get(path);
            return f?.kind === 'text' ? [{ path, text: f.text }] : [];
        });
        const tooLarge = reqPaths.find((p) => files.get(p)?.kind === 'too-large');
        const docChanged = changed.includes(target.doc);
        const requirementsChanged = changed.filter((p) => isReq(p));
        const kind = changedKind(docChanged, requirementsChanged.length > 0);
        let doc;
        try {
            // A requirements file over the size cap: the document cannot be checked against it.
            if (tooLarge)
                remoteText(files.get(tooLarge), tooLarge, at);
            const source = {
                docText: readText(target.doc),
                readText,
                requirements: () => requirements,
                driftFacts: () => ({ pullRequest: { docChanged, requirementsChanged } }),
            };
            const { driftResult: _d, ...checked } = await (0,evaluate_document/* evaluateDocument */.l)(target, source).report(inputs.mode, llmSettings(inputs, deps.env), log);
            doc = checked;
        }
        catch (e) {
            // Unreadable document or template: say so in the comment and the summary, and fail the run.
            if (!(e instanceof findings/* UsageError */.eb))
                throw e;
            failures.push(`${target.doc} was not checked: ${e.message}`);
            documents.push({ docPath: target.doc, findings: [], changed: kind, neutral: `not checked: ${e.message}` });
            continue;
        }
        doc.changed = kind;
        documents.push(doc);
    }
    if (note && documents[0])
        documents[0].notes = [...(documents[0].notes ?? []), note];
    let commitSha;
    let pushResult;
    const proposed = documents.filter((d) => d.proposal);
    if (proposed.length && inputs.push) {
        pushResult = await pushProposals(ctx, inputs, deps, { snapshot, isFork, coords }, proposed, request);
        commitSha = pushResult.commitSha;
        failures.push(...pushResult.failures);
    }
    const canPush = !isFork || snapshot.maintainerCanModify;
    // Comment commands are offered where a workflow on the default branch answers them (and, of course, in their own answer).
    const command = request || answersCommentCommands(snapshot.defaultBranch.workflows) ? inputs.command : undefined;
    const result = request ? commandResult(inputs, request, documents, failures, pushResult) : undefined;
    const answer = request && result ? { command: `${request.prefix} ${request.name}`, login: request.login, result: result.sentence } : undefined;
    let commentUrl;
    if (inputs.comment) {
        const report = { documents, ...(unchecked ? { unchecked } : {}), ...(answer ? { request: answer } : {}) };
        const posted = await postComment(ctx, inputs, deps, snapshot, report, { canPush, llmConfigured, isFork, ...(command ? { command } : {}) });
        commentUrl = posted.url;
        failures.push(...posted.failures);
    }
    else
        log('comment: false, so no pull request comment was posted');
    return {
        settings: inputs,
        documents,
        ...(unchecked ? { unchecked } : {}),
        headSha: at,
        ...(commentUrl ? { commentUrl } : {}),
        ...(commitSha ? { commitSha } : {}),
        ...(failures.length ? { failure: failures.join('; ') } : {}),
        canPush,
        llmConfigured,
        ...(command ? { command } : {}),
        ...(result ? { result } : {}),
    };
}
/** One sentence for the requester: what was done, or why not and how to retry. */
function commandResult(inputs, request, documents, failures, push) {
    const again = `Comment \`${request.prefix} ${request.name}\` again to retry.`;
    if (failures.length)
        return { done: false, sentence: `Failed: ${failures.join('; ')}. ${again}` };
    if (request.name === 'validate')
        return { done: true, sentence: 'Checked the documents at the head of this pull request; the report is below.' };
    if (push?.commitSha)
        return { done: true, sentence: `Committed \`${push.commitSha.slice(0, 7)}\` to this branch.` };
    if (push?.refused)
        return { done: false, sentence: `${push.refused}` };
    const unchanged = documents.every((d) => !d.proposal && !d.neutral);
    if (unchanged)
        return { done: true, sentence: 'Already up to date: nothing to commit.' };
    if (inputs.dryRun)
        return { done: true, sentence: 'Dry run: nothing was committed.' };
    return { done: false, sentence: 'Nothing was committed: see the notes below.' };
}
/**
 * `push: true` or a comment command: every proposed document in ONE verified commit on top of the head the
 * run read. Two commits would race each other (the second always finds the branch moved); if the branch
 * moved before this one, nothing is pushed and every document says so.
 */
async function pushProposals(ctx, inputs, deps, pr, proposed, request) {
    const { snapshot, isFork } = pr;
    const at = snapshot.readAt;
    const note = (text) => {
        for (const d of proposed)
            d.notes = [...(d.notes ?? []), text];
    };
    const retry = request ? ` Comment \`${request.prefix} ${request.name}\` again to retry.` : ' The next run will propose again.';
    if (inputs.dryRun) {
        note('Dry run: the proposed change was not pushed.');
        return { failures: [] };
    }
    if (isFork && !snapshot.maintainerCanModify) {
        const why = 'This pull request comes from a fork archdoc cannot push to (maintainers may not edit it): apply the change below yourself.';
        note(why);
        for (const d of proposed)
            d.wholeFile = true;
        return { failures: [], refused: why };
    }
    // Loop guard: a bound on archdoc's commits per pull request per hour, whatever starts the runs.
    const recent = archdocCommitsLastHour(snapshot.recentCommits, Date.now());
    if (recent >= COMMITS_PER_HOUR) {
        const why = `archdoc already committed ${recent} times to this pull request in the last hour (the limit is ${COMMITS_PER_HOUR}): nothing was committed. Apply the change below yourself, or try again later.`;
        note(why);
        deps.log(why);
        return { failures: [], refused: why };
    }
    const paths = proposed.map((d) => d.docPath);
    const action = inputs.mode === 'regenerate' ? 'regenerate' : 'fix';
    try {
        const r = await deps.port.commitFiles({
            ...(isFork && snapshot.headRepository ? snapshot.headRepository : pr.coords),
            branch: snapshot.headRef,
            expectedHeadOid: at,
            files: proposed.map((d) => ({ path: d.docPath, content: d.proposal.newText })),
            message: commitMessage({
                action,
                paths,
                ...(request ? { requested: { login: request.login, command: `${request.prefix} ${request.name}`, number: snapshot.number } } : {}),
                ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
            }),
        });
        if (r.moved) {
            const now = r.headOid ? ` to \`${r.headOid.slice(0, 7)}\`` : '';
            const why = `The branch moved${now} since archdoc read \`${at.slice(0, 7)}\`, so nothing was committed.${retry}`;
            note(why);
            deps.log(why);
            return { failures: [], refused: why };
        }
        for (const d of proposed)
            d.pushed = { sha: r.oid, url: r.url };
        deps.log(`pushed ${paths.join(', ')} as ${r.oid}`);
        return { commitSha: r.oid, failures: [] };
    }
    catch (e) {
        if (e instanceof errors/* ReadOnlyTokenError */.kU) {
            const why = 'The token cannot push to this branch (read-only): apply the diff below yourself.';
            note(why);
            deps.log(`not pushed: ${e.message}`);
            return { failures: [], refused: why };
        }
        if (!(e instanceof errors/* GitHubApiError */.OS || e instanceof findings/* UsageError */.eb))
            throw e;
        note('Pushing the proposed change failed: apply the diff below yourself, or re-run the workflow.');
        return { failures: [`could not push ${paths.length === 1 ? paths[0] : `${paths.length} documents`}: ${e.message}`] };
    }
}
/** Nothing worth a new comment: the pull request touches neither the document nor its requirements, and the check passes. */
function quiet(doc) {
    return doc.changed === 'neither' && (0,report_text/* countFindings */.Gt)(doc.findings).errors === 0 && !doc.neutral && !doc.proposal;
}
/** The one sticky comment for every document of the run (SPEC §6: at most one comment per pull request). */
async function postComment(ctx, inputs, deps, snapshot, report, facts) {
    const { port, log } = deps;
    if (facts.isFork && ctx.eventName === 'pull_request') {
        log('No comment posted: pull requests from forks get a read-only token; the findings are in the annotations and the job summary.');
        return { failures: [] };
    }
    const existing = snapshot.stickyComment;
    if (!existing && !report.request && !report.unchecked && report.documents.every(quiet)) {
        log('No comment: this pull request changes neither the documents nor their requirements, and the check passes.');
        return { failures: [] };
    }
    const body = renderComment({ ...reportContext(ctx, inputs, snapshot.readAt, facts), ...report });
    // Same report as last time (only the run link differs): no write at all.
    const digest = readCommentDigest(body);
    if (existing && readCommentDigest(existing.body) === digest) {
        log('The sticky comment is already current: not updated');
        return { url: existing.url, failures: [] };
    }
    try {
        const r = await port.upsertStickyComment({ owner: ctx.owner, repo: ctx.repo, number: snapshot.number, marker: STICKY_MARKER, body, existing });
        log(`sticky comment ${r.created ? 'posted' : r.written ? 'updated' : 'unchanged'}: ${r.url}`);
        return { ...(r.url ? { url: r.url } : {}), failures: [] };
    }
    catch (e) {
        if (e instanceof errors/* ReadOnlyTokenError */.kU) {
            log(`No comment posted: the token is read-only (${e.message}); the findings are in the annotations and the job summary.`);
            return { failures: [] };
        }
        // The check itself ran: annotations and the summary still tell the result, and the run fails.
        if (!(e instanceof errors/* GitHubApiError */.OS))
            throw e;
        return { failures: [`could not update the pull request comment: ${e.message}`] };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/sources/repository.ts + 2 modules
var sources_repository = __webpack_require__(58925);
// EXTERNAL MODULE: ./src/report/github.ts
var github = __webpack_require__(97611);
// EXTERNAL MODULE: ./src/evaluate/local-source.ts + 3 modules
var local_source = __webpack_require__(20545);
;// CONCATENATED MODULE: ./src/action/events/workspace.ts
/**
 * Events without a pull request (push, or any other trigger: push, schedule, workflow_dispatch, issue_comment, …): check the documents in the checked-out
 * workspace. Drift comes from the stamp, else from the order of git history (a shallow clone may not tell).
 */












/**
 * Events whose checkout is a ref that only someone with write access can choose: its config counts as
 * the default branch's. On any other event (issue_comment above all) the workspace may hold a pull
 * request's code, so the config is read from the default branch through the API.
 */
const TRUSTED_CHECKOUT_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);
function checkoutConfig(repo, root, given) {
    const config = (0,discover/* discoverConfig */.e)(given.config, (p) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, p)) ? repo.read(p, { setting: 'config', source: 'from the workflow inputs' }, 'config file') : undefined);
    if (given.config !== undefined && !config)
        throw new findings/* UsageError */.eb(`${given.config}: config file not found in the workspace`);
    return config;
}
async function defaultBranchConfig(ctx, given, deps) {
    const paths = configPaths(given);
    const repo = await deps.port().loadRepository({ owner: ctx.owner, repo: ctx.repo, paths, requirementGlobs: [] });
    const config = configIn(repo.files, given);
    if (given.config !== undefined && !config)
        throw new findings/* UsageError */.eb(`${given.config}: config file not found on the default branch (${repo.defaultBranch})`);
    deps.log(`event ${ctx.eventName}: settings from the workflow inputs and the config on the default branch (${repo.defaultBranch}), not the workspace`);
    return config;
}
/**
 * One document of the checkout, evaluated as `archdoc` evaluates it: read through the path guard, drift
 * from the stamp else the order of git history (the same facts as `archdoc drift`).
 */
function evaluateWorkspaceDocument(repo, target) {
    const root = repo.root.path;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, target.doc))) {
        throw new findings/* UsageError */.eb(`${target.doc}: not found in the workspace (${root}); check out the repository first (actions/checkout) or set doc-path`);
    }
    return (0,evaluate_document/* evaluateDocument */.l)(target, (0,local_source/* localSource */.j)(repo, target));
}
async function handleWorkspace(ctx, given, deps) {
    const root = ctx.workspace;
    // Every read goes through the path guard, with GITHUB_WORKSPACE as the repository root.
    const repo = (0,sources_repository/* openRepository */.h)(root, root);
    const base = TRUSTED_CHECKOUT_EVENTS.has(ctx.eventName) ? checkoutConfig(repo, root, given) : await defaultBranchConfig(ctx, given, deps);
    const { settings: inputs, targets } = resolveSettings({ event: ctx.eventName, inputs: given, base });
    const { checked: toCheck, unchecked } = capDocuments(targets);
    if (unchecked)
        deps.log(uncheckedSentence(unchecked));
    const documents = [];
    for (const target of toCheck) {
        const mode = inputs.mode === 'regenerate' ? 'validate' : inputs.mode;
        const { driftResult: drift, ...doc } = await evaluateWorkspaceDocument(repo, target).report(mode, llmSettings(inputs, deps.env), deps.log);
        // Escaped: paths are the repository's text, and a line break in one must not start a workflow command.
        if (drift.state === 'unknown')
            deps.log((0,github/* escapeData */.uf)(`archdoc: ${target.doc}: drift could not be checked: ${drift.reason.replace(/`/g, '')}`));
        documents.push(doc);
    }
    return { settings: inputs, documents, headSha: ctx.sha, ...(unchecked ? { unchecked, failure: uncheckedSentence(unchecked) } : {}) };
}

;// CONCATENATED MODULE: ./src/action/command.ts
/**
 * A comment command (SPEC §5 "Comment commands"): the first line of a comment, written by a person, that
 * starts with the command prefix. A first line inside a quote (`>`) or a code block (fenced, or indented
 * by four spaces or a tab) is text about a command, not a command. Pure: text in, a decision out.
 */
const SUBCOMMANDS = ['regenerate', 'fix', 'validate', 'help'];
/** Only this much of a comment is looked at: the first line of any real command is short. */
const SCAN_LIMIT = 1000;
/** The first line with text, or undefined when it is quoted, in a code block, or there is none. */
function firstLine(body) {
    const head = body.slice(0, SCAN_LIMIT);
    for (const raw of head.split(/\r\n?|\n/)) {
        if (raw.trim() === '')
            continue;
        // Indented code: four columns of leading white space (a tab counts as four).
        const indent = /^[ \t]*/.exec(raw)[0].replace(/\t/g, '    ').length;
        if (indent >= 4)
            return undefined;
        const line = raw.trim();
        if (line.startsWith('>') || line.startsWith('```') || line.startsWith('~~~'))
            return undefined;
        return line;
    }
    return undefined;
}
/** Whether the first line could be a command of any prefix (every prefix starts with `/`): no API call needed to ignore the rest. */
function mayBeCommand(body) {
    return firstLine(body)?.startsWith('/') ?? false;
}
/** `prefix`: the `command` setting, e.g. `/archdoc` (a `/` and no spaces). */
function parseCommand(body, prefix) {
    const line = firstLine(body);
    if (line === undefined)
        return { kind: 'none' };
    const [first, second = ''] = line.split(/\s+/, 2);
    if (first !== prefix)
        return { kind: 'none' };
    const name = second.toLowerCase();
    const known = SUBCOMMANDS.includes(name);
    return { kind: 'command', name: known ? name : 'help', unknown: !known && name !== '' };
}

;// CONCATENATED MODULE: ./src/action/events/issue-comment.ts
/**
 * issue_comment: comment commands on a pull request (SPEC §5 "Comment commands", §6). The job holds the
 * LLM key and a write token while the pull request is untrusted, so:
 *
 * - only new comments (`created`) by people count; bots are ignored without a word, and archdoc's own
 *   comments never start with a command;
 * - settings come from the workflow inputs and the config on the default branch (settings.ts);
 * - the collaborator-permission API decides who may run a command (write, maintain, admin); anyone else
 *   gets one polite reply and nothing else happens: no LLM call, no commit, no sticky update;
 * - the head is read when the command is handled and pinned: read there, committed on top of it only.
 *
 * Reactions tell the requester at once (eyes) and at the end (rocket: done; confused: refused or failed).
 */








function commentEvent(payload) {
    const issue = payload.issue;
    const comment = payload.comment;
    if (!issue?.number || !comment?.id)
        throw new findings/* UsageError */.eb('the event payload has no issue with a number and a comment with an id');
    return {
        action: typeof payload.action === 'string' ? payload.action : '',
        number: issue.number,
        isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
        commentId: comment.id,
        body: comment.body ?? '',
        login: comment.user?.login ?? '',
        userType: comment.user?.type ?? '',
    };
}
const isBot = (e) => e.userType === 'Bot' || e.login.endsWith('[bot]') || e.login === '';
const DESCRIPTIONS = {
    fix: "commit the deterministic fix of the documents (no LLM) to this pull request's branch",
    regenerate: 'rewrite the documents from the requirements with the configured LLM and commit them to the branch',
    validate: "check the documents at the pull request's head and update archdoc's comment",
    help: 'this list',
};
function helpText(prefix, login, unknown) {
    const lead = unknown ? `${mentionLogin(login)}, archdoc does not know that command.` : `${mentionLogin(login)}, archdoc answers these commands`;
    return [
        `${lead} Write one on the first line of a pull request comment:`,
        '',
        ...Object.keys(DESCRIPTIONS).map((name) => `- ${(0,markdown/* inlineCode */.ti)(`${prefix} ${name}`)}: ${DESCRIPTIONS[name]}.`),
        '',
        "Only people with write access to the repository can run them. The answer goes into archdoc's comment on the pull request.",
    ].join('\n');
}
function refusalText(login, prefix) {
    return (`Sorry ${mentionLogin(login)}, only people with write access to this repository can run ${(0,markdown/* inlineCode */.ti)(prefix)} commands. ` +
        'A maintainer can run it for you.');
}
function notPullRequestText(login, prefix) {
    return `${mentionLogin(login)}, ${(0,markdown/* inlineCode */.ti)(prefix)} commands work on pull requests only: comment there.`;
}
function nothing(ctx, settings, log, why) {
    log(why);
    return { settings, documents: [], headSha: ctx.sha };
}
async function handleIssueComment(ctx, given, trustedDeps) {
    const { log } = trustedDeps;
    const event = commentEvent(ctx.payload);
    const defaults = resolveSettings({ event: ctx.eventName, inputs: given }).settings;
    // Free checks first: most comments are not commands, and they cost no API call at all.
    if (event.action !== 'created')
        return nothing(ctx, defaults, log, `issue_comment ${event.action}: only new comments run commands; nothing to do`);
    if (isBot(event))
        return nothing(ctx, defaults, log, 'a comment by a bot: ignored');
    if (!mayBeCommand(event.body) || (given.command !== undefined && parseCommand(event.body, given.command).kind === 'none')) {
        return nothing(ctx, defaults, log, 'not a comment command: nothing to do');
    }
    // The prefix and dry-run may come from the config on the default branch (never from a pull request).
    const paths = configPaths(given);
    const repo = await trustedDeps.port.loadRepository({ owner: ctx.owner, repo: ctx.repo, paths, requirementGlobs: [] });
    const base = configIn(repo.files, given);
    if (given.config !== undefined && !base)
        throw new findings/* UsageError */.eb(`${given.config}: config file not found on the default branch (${repo.defaultBranch})`);
    const { settings } = resolveSettings({ event: ctx.eventName, inputs: given, base });
    const parsed = parseCommand(event.body, settings.command);
    if (parsed.kind === 'none')
        return nothing(ctx, settings, log, 'not a comment command: nothing to do');
    const port = settings.dryRun ? dryRunPort(trustedDeps.port, log) : trustedDeps.port;
    const deps = { ...trustedDeps, port };
    const coords = { owner: ctx.owner, repo: ctx.repo };
    const react = (content) => reaction(port, log, { ...coords, commentId: event.commentId, content });
    const reply = (body) => port.postComment({ ...coords, number: event.number, body });
    log(`comment command ${settings.command} ${parsed.name} by ${event.login} on #${event.number}`);
    await react('eyes');
    try {
        const permission = await port.getPermission({ ...coords, username: event.login });
        if (!permission.canWrite) {
            await reply(refusalText(event.login, settings.command));
            await react('confused');
            return nothing(ctx, settings, log, `${event.login} has ${permission.role} permission, not write: refused politely, nothing else done`);
        }
        if (!event.isPullRequest) {
            await reply(notPullRequestText(event.login, settings.command));
            await react('confused');
            return nothing(ctx, settings, log, `#${event.number} is an issue, not a pull request: nothing to do`);
        }
        if (parsed.name === 'help') {
            await reply(helpText(settings.command, event.login, parsed.unknown));
            await react(parsed.unknown ? 'confused' : 'rocket');
            return nothing(ctx, settings, log, 'answered with the list of commands');
        }
        const name = parsed.name;
        // The head as it is now, pinned: the files are read at it and the commit goes on top of it only.
        const read = await readPullRequest(ctx, given, deps, { number: event.number });
        if (read.snapshot.state !== 'OPEN') {
            await reply(`${mentionLogin(event.login)}, this pull request is ${read.snapshot.state.toLowerCase()}: archdoc commits only to open pull requests.`);
            await react('confused');
            return nothing(ctx, settings, log, `#${event.number} is ${read.snapshot.state.toLowerCase()}: nothing to do`);
        }
        const inputs = {
            ...read.inputs,
            mode: name,
            push: name !== 'validate',
            comment: true,
            // The findings are of the document before the fix: a fix or regenerate run fails only when it could not do its work.
            ...(name === 'validate' ? {} : { failOn: 'never' }),
        };
        const run = await checkPullRequest(ctx, deps, { ...read, inputs }, {}, { name, prefix: settings.command, login: event.login });
        await react(run.result?.done ? 'rocket' : 'confused');
        return run;
    }
    catch (e) {
        await react('confused');
        throw e;
    }
}
/** Reactions are a courtesy: one that cannot be added is logged, never the end of the run. */
async function reaction(port, log, input) {
    try {
        await port.addReaction(input);
    }
    catch (e) {
        if (!(e instanceof errors/* GitHubApiError */.OS))
            throw e;
        log(`could not react ${input.content} to the comment: ${e.message}`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/report/audit-issue.ts
/**
 * The drift audit's issue, one per document (SPEC §5 "Drift audit"): found again by a hidden first line
 * naming the document, carrying the document's report, and a digest so an unchanged report is never
 * rewritten. Every piece of repository text is escaped (SPEC §6): nothing renders as HTML, a link or a mention.
 */




/** GitHub refuses issue bodies over 65,536 characters; the report gets what the frame leaves. */
const ISSUE_BUDGET = 60_000;
/** The hidden first line of the issue about `docPath` (percent-encoded: a path cannot close the comment). */
function auditMarker(docPath) {
    return `<!-- archdoc:audit ${encodeURIComponent(docPath)} -->`;
}
/** Whether `body` is the audit issue of `docPath`: its first line is that marker (CRLF when edited in the web UI). */
function isAuditIssueOf(body, docPath) {
    const marker = auditMarker(docPath);
    return body.startsWith(marker) && /^(?:\r?\n|$)/.test(body.slice(marker.length, marker.length + 2));
}
/** Issue titles render code spans and references: the path goes in a code span. */
function auditIssueTitle(docPath) {
    return `archdoc audit: ${(0,markdown/* inlineCode */.ti)((0,report_text/* clip */.$Q)(docPath, 200))} needs attention`;
}
function commitLink(ctx) {
    const sha = ctx.headSha;
    const label = (0,markdown/* inlineCode */.ti)(sha.slice(0, 7));
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        return label;
    const seg = (s) => encodeURIComponent(s);
    return `[${label}](${ctx.serverUrl}/${seg(ctx.owner)}/${seg(ctx.repo)}/commit/${sha})`;
}
/** Why the issue is open, in one list: findings, drift, and a drift that could not be told. */
function reasons(doc) {
    const out = [];
    const { errors, warnings } = (0,report_text/* countFindings */.Gt)(doc.findings);
    const lint = doc.findings.filter((f) => f.rule !== 'requirements-drift');
    const lintCounts = (0,report_text/* countFindings */.Gt)(lint);
    if (lintCounts.errors || lintCounts.warnings)
        out.push(`- ❌ The document does not follow its template: ${(0,report_text/* countsText */.WN)(lintCounts.errors, lintCounts.warnings)}.`);
    if (doc.drift?.status === 'drifted')
        out.push('- ⚠️ The requirements changed after the document was written (drift).');
    if (doc.drift?.status === 'unknown') {
        out.push(`- ⏸ Drift could not be told: ${(0,markdown/* inlineText */.ln)(doc.drift.detail ?? 'no reason given')}`);
        if (/shallow/.test(doc.drift.detail ?? '')) {
            out.push('  The audit needs the whole history: check out with `actions/checkout` and `fetch-depth: 0`.');
        }
    }
    if (doc.neutral)
        out.push(`- ⏸ ${(0,markdown/* inlineText */.ln)(doc.neutral)}`);
    if (out.length === 0 && (errors || warnings))
        out.push(`- ${(0,report_text/* countsText */.WN)(errors, warnings)}.`);
    return out;
}
function proposalLines(p) {
    if (!p)
        return [];
    switch (p.kind) {
        case 'pull-request':
            return [
                `- **Proposed fix:** pull request [#${p.number}](${p.url}) from branch ${(0,markdown/* inlineCode */.ti)(p.branch)}; review and merge it to close this issue on the next audit.`,
            ];
        case 'foreign':
            return [
                `- **Branch left alone:** ${(0,markdown/* inlineCode */.ti)(p.branch)} has commits archdoc did not make, so the audit did not touch it${p.url ? ` (its pull request: ${p.url})` : ''}. ` +
                    'Merge or close that pull request and delete the branch, and the next audit proposes again.',
            ];
        case 'moved':
            return [`- **Not proposed:** the branch ${(0,markdown/* inlineCode */.ti)(p.branch)} moved while the audit ran; the next audit proposes again.`];
        case 'not-pushed':
            return [`- **Not proposed:** ${(0,markdown/* inlineText */.ln)(p.reason)}`];
    }
}
function renderAuditIssue(input) {
    const { ctx, doc } = input;
    const head = [
        auditMarker(doc.docPath),
        `**archdoc's drift audit** checked ${(0,markdown/* inlineCode */.ti)((0,report_text/* clip */.$Q)(doc.docPath, 200))} on the default branch at ${commitLink(ctx)}.`,
        '',
        ...reasons(doc),
        ...proposalLines(input.proposal),
        '',
    ].join('\n');
    const report = renderDocumentReport(ctx, doc, {
        budget: ISSUE_BUDGET - head.length,
        measure: (s) => s.length,
        elsewhere: 'the job summary of the workflow run',
        level: 2,
    }).text;
    const content = `${head}\n${report}\n\n_This issue is kept by archdoc's scheduled audit: updated when the report changes, closed when the document is right again, reopened if the problem comes back._`;
    const run = ctx.runUrl ? ` · [workflow run](${ctx.runUrl})` : '';
    return `${content}\n\n---\n<sub>archdoc ${ctx.version} · mode ${ctx.mode}${run}</sub>\n\n${digestLine(content)}\n`;
}
/** Same report as `body` (the run link aside)? Then the issue is left untouched. */
function sameReport(body, previous) {
    const d = readCommentDigest(body);
    return d !== undefined && d === readCommentDigest(previous);
}
function closingComment(docPath, ctx) {
    return `✅ archdoc's drift audit at ${commitLink(ctx)}: ${(0,markdown/* inlineCode */.ti)((0,report_text/* clip */.$Q)(docPath, 200))} follows its template and its requirements again. Closing.`;
}

// EXTERNAL MODULE: ./src/audit/merge.ts
var merge = __webpack_require__(74639);
;// CONCATENATED MODULE: ./src/action/events/audit.ts
/**
 * The drift audit (SPEC §5 "Drift audit"), on `schedule` and `workflow_dispatch`: every document of the
 * config in the checkout of the default branch is linted and checked for drift (stamp, else the order of
 * git history), and each keeps ONE issue, found again by its hidden marker and the token's authorship:
 * opened when something is wrong, updated only when the report changed, closed when all is well,
 * the same issue reopened when the problem comes back. With `mode: fix|regenerate` and `push: true`
 * the proposed document goes to a branch of its own and one pull request; never to the default branch.
 *
 * Pacing (GitHub's secondary limits: 80 content-creating requests a minute, 500 an hour, serial
 * requests preferred): the client sends one request at a time and spaces writes at least a second
 * apart (issues, comments and pull requests three), and a run makes at most a few writes per
 * document (label, issue, comment, branch, commit, pull request) for at most 20 documents.
 */



















const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = "archdoc's drift audit: the architecture document needs an update";
/** `archdoc/<document path slug>`: a git-safe branch name per document. */
function proposalBranch(docPath) {
    // Split and join rather than trim with a regex: linear on any input.
    const slug = docPath
        .toLowerCase()
        .split(/[^a-z0-9_]+/)
        .filter(Boolean)
        .join('-')
        .slice(0, 100);
    return `archdoc/${slug || 'document'}`;
}
/** The trailer line that marks archdoc's own commits on a proposal branch. */
const trailerFor = (docPath) => `Archdoc-Proposal: ${proposalBranch(docPath)}`;
/** The commit the checkout is at (the audited commit); GITHUB_SHA names the workflow's repository, not always this one. */
function checkoutSha(root, fallback) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || fallback;
    }
    catch {
        return fallback;
    }
}
/** Refuses an audit of a branch other than the default one: its issues would describe the wrong branch. */
function assertDefaultBranch(ctx, env) {
    const repository = ctx.payload.repository;
    const ref = env.GITHUB_REF;
    const def = repository?.default_branch;
    if (ref && def && ref.startsWith('refs/heads/') && ref !== `refs/heads/${def}`) {
        throw new findings/* UsageError */.eb(`the drift audit checks the default branch (${def}), but this run is on ${ref.slice('refs/heads/'.length)}: run the workflow on ${def}`);
    }
}
const needsAttention = (doc, failOn) => {
    const { errors, warnings } = (0,report_text/* countFindings */.Gt)(doc.findings);
    return errors > 0 || (failOn === 'warning' && warnings > 0) || doc.drift?.status !== 'in-sync' || doc.neutral !== undefined;
};
async function handleAudit(ctx0, given, deps) {
    let ctx = ctx0;
    if (deps.repository) {
        ctx = { ...ctx, ...(0,merge/* parseRepository */.SU)(deps.repository, 'input repository') };
    }
    else
        assertDefaultBranch(ctx, deps.env);
    const root = ctx.workspace;
    const repository = (0,sources_repository/* openRepository */.h)(root, root);
    const { settings, targets } = resolveSettings({ event: ctx.eventName, inputs: given, base: checkoutConfig(repository, root, given) });
    const { checked, unchecked } = capDocuments(targets);
    const log = deps.log;
    if (unchecked)
        log(uncheckedSentence(unchecked));
    const sha = checkoutSha(root, ctx.sha);
    const port = settings.dryRun ? dryRunPort(deps.port(), log) : deps.port();
    const coords = { owner: ctx.owner, repo: ctx.repo };
    const rctx = { ...reportContext(ctx, settings, sha, { canPush: settings.push, llmConfigured: llm_settings_llmConfigured(settings, deps.env) }), serverUrl: ctx.serverUrl };
    const documents = [];
    for (const target of checked)
        documents.push(await auditDocument(repository, target, settings, deps));
    const audit = { repository: `${ctx.owner}/${ctx.repo}`, sha, documents: [], writes: 0 };
    const failures = unchecked ? [uncheckedSentence(unchecked)] : [];
    let issues;
    let labelReady = false;
    let issueUrl;
    for (const doc of documents) {
        const wrong = needsAttention(doc, settings.failOn);
        const counts = (0,report_text/* countFindings */.Gt)(doc.findings);
        const entry = {
            path: doc.docPath,
            errors: counts.errors,
            warnings: counts.warnings,
            drift: doc.drift?.status ?? 'unknown',
            needsAttention: wrong,
        };
        audit.documents.push(entry);
        try {
            issues ??= await port.findOwnIssues({ ...coords, label: settings.driftLabel });
            const existing = issues.find((i) => isAuditIssueOf(i.body, doc.docPath));
            if (!wrong) {
                if (existing?.state === 'open') {
                    await port.closeIssue({ ...coords, number: existing.number, comment: closingComment(doc.docPath, rctx) });
                    audit.writes += 2;
                    entry.issue = { number: existing.number, url: existing.url, action: 'closed' };
                    log((0,github/* escapeData */.uf)(`audit: ${doc.docPath}: all is well; closed issue #${existing.number}`));
                }
                else
                    log((0,github/* escapeData */.uf)(`audit: ${doc.docPath}: all is well`));
                continue;
            }
            const proposal = doc.proposal && doc.proposal.newText !== doc.proposal.oldText ? await propose(port, coords, settings, doc, audit, log) : undefined;
            if (proposal?.kind === 'pull-request')
                entry.pullRequest = proposal.url;
            const body = renderAuditIssue({ ctx: rctx, doc, ...(proposal ? { proposal } : {}) });
            if (existing?.state === 'open' && sameReport(body, existing.body)) {
                entry.issue = { number: existing.number, url: existing.url, action: 'unchanged' };
                log((0,github/* escapeData */.uf)(`audit: ${doc.docPath}: issue #${existing.number} is already current`));
            }
            else {
                if (!existing && !labelReady) {
                    audit.writes += (await port.ensureLabel({ ...coords, name: settings.driftLabel, color: LABEL_COLOR, description: LABEL_DESCRIPTION })).created
                        ? 1
                        : 0;
                    labelReady = true;
                }
                const r = await port.upsertIssue({ ...coords, label: settings.driftLabel, title: auditIssueTitle(doc.docPath), body, existing: existing ?? null });
                if (r.action !== 'unchanged')
                    audit.writes++;
                entry.issue = { number: r.issue.number, url: r.issue.url, action: r.action };
                // Later documents look the issue up in the same list: never a second issue for the same document.
                if (!existing)
                    issues.push({ ...r.issue, state: 'open' });
                log((0,github/* escapeData */.uf)(`audit: ${doc.docPath}: issue #${r.issue.number} ${r.action}`));
            }
            issueUrl ??= entry.issue.url || undefined;
        }
        catch (e) {
            if (e instanceof errors/* ReadOnlyTokenError */.kU) {
                failures.push(`the token cannot write issues (give the workflow \`issues: write\`): ${e.message}`);
                break;
            }
            if (!(e instanceof errors/* GitHubApiError */.OS || e instanceof findings/* UsageError */.eb))
                throw e;
            failures.push(`${doc.docPath}: could not update its audit issue: ${e.message}`);
        }
    }
    log(`audit: ${audit.writes} write request(s) to GitHub for ${documents.length} document(s)`);
    writeAuditReport(ctx.outputDir, audit);
    return {
        settings,
        documents,
        headSha: sha,
        ...(unchecked ? { unchecked } : {}),
        ...(issueUrl ? { issueUrl } : {}),
        ...(failures.length ? { failure: failures.join('; ') } : {}),
    };
}
/** Lint and drift first; the proposal (an LLM call for regenerate) only for a document that needs one. */
async function auditDocument(repository, target, settings, deps) {
    // One evaluation: the proposal reuses the drift and the findings of the check.
    const evaluation = evaluateWorkspaceDocument(repository, target);
    const llm = llmSettings(settings, deps.env);
    const { driftResult: drift, ...checked } = await evaluation.report('validate', llm, deps.log);
    if (drift.state === 'unknown')
        deps.log((0,github/* escapeData */.uf)(`archdoc: ${target.doc}: drift could not be checked: ${drift.reason.replace(/`/g, '')}`));
    if (settings.mode === 'validate' || !needsAttention(checked, settings.failOn))
        return checked;
    const { driftResult: _d, ...proposed } = await evaluation.report(settings.mode, llm, deps.log);
    return proposed;
}
/** The proposal branch and its one pull request (`push: true`), or why there is none. */
async function propose(port, coords, settings, doc, audit, log) {
    const branch = proposalBranch(doc.docPath);
    if (!settings.push)
        return {
            kind: 'not-pushed',
            reason: `set \`push: true\` and the audit opens a pull request with the ${settings.mode === 'regenerate' ? 'regenerated' : 'fixed'} document.`,
        };
    const what = settings.mode === 'regenerate' ? 'regenerate' : 'fix';
    try {
        const r = await port.proposeChange({
            ...coords,
            branch,
            path: doc.docPath,
            content: doc.proposal.newText,
            commitMessage: `docs: ${what} ${doc.docPath} (archdoc audit)\n\nProposed by archdoc ${version/* VERSION */.xv}'s drift audit.\n\n${trailerFor(doc.docPath)}`,
            title: `archdoc: ${what} ${(0,markdown/* inlineCode */.ti)(doc.docPath)}`,
            body: `archdoc's drift audit found that ${(0,markdown/* inlineCode */.ti)(doc.docPath)} needs an update and proposes this change. Its audit issue (label ${(0,markdown/* inlineCode */.ti)(settings.driftLabel)}) has the report.\n\narchdoc updates this branch on later audits while only archdoc commits to it; commit to it yourself and archdoc leaves it alone.`,
            trailer: trailerFor(doc.docPath),
        });
        switch (r.status) {
            case 'proposed':
                audit.writes += (r.commitOid ? 1 : 0) + (r.pullRequest.created ? 2 : 0);
                log((0,github/* escapeData */.uf)(`audit: ${doc.docPath}: pull request #${r.pullRequest.number} ${r.pullRequest.created ? 'opened' : 'updated'} from ${branch}`));
                return { kind: 'pull-request', url: r.pullRequest.url, number: r.pullRequest.number, branch, created: r.pullRequest.created };
            case 'foreign':
                log((0,github/* escapeData */.uf)(`audit: ${doc.docPath}: ${branch} has commits archdoc did not make: left alone`));
                return { kind: 'foreign', branch, ...(r.pullRequest ? { url: r.pullRequest.url } : {}) };
            case 'moved':
                return { kind: 'moved', branch };
            case 'unchanged':
                return { kind: 'not-pushed', reason: 'the default branch already has the proposed text.' };
        }
    }
    catch (e) {
        if (!(e instanceof errors/* GitHubApiError */.OS || e instanceof findings/* UsageError */.eb))
            throw e;
        return { kind: 'not-pushed', reason: `proposing the change failed: ${e.message}` };
    }
}
/** audit.json next to report.json: which repository, which commit, and each document's issue (for `archdoc audit-merge`). */
function writeAuditReport(dir, report) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'audit.json'), `${JSON.stringify(report, null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/audit/plan.ts
var audit_plan = __webpack_require__(52308);
;// CONCATENATED MODULE: ./src/action/events/audit-org.ts
/**
 * The Action's organisation modes, for the reusable workflow .github/workflows/audit-org.yml:
 * `audit-plan: ORG` writes the matrix (output `matrix`, `chunk-count`); `audit-merge: DIR` merges the
 * audit jobs' audit.json artefacts into the job summary and, with `tracking-issue`, one issue.
 */






function readOrgModeInputs() {
    const inputs = {
        plan: core/* getInput */.V4('audit-plan').trim(),
        merge: splitList(core/* getInput */.V4('audit-merge')),
        trackingIssue: core/* getInput */.V4('tracking-issue').trim(),
    };
    return inputs.plan || inputs.merge.length ? inputs : undefined;
}
async function runOrgMode(inputs, port, outputDir, log) {
    if (inputs.plan) {
        const plan = await (0,audit_plan/* planAudit */.Fu)(port(), inputs.plan);
        (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
        const file = (0,external_node_path_.join)(outputDir, 'audit-plan.json');
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(plan, null, 2)}\n`);
        core/* setOutput */.uH('matrix', JSON.stringify(plan));
        core/* setOutput */.uH('chunk-count', String(plan.chunkCount));
        core/* setOutput */.uH('report', file);
        log(`audit plan: ${plan.repositories.length} repositories in ${plan.chunkCount} matrix chunk(s); skipped ${plan.skipped.archived} archived, ${plan.skipped.disabled} disabled, ${plan.skipped.withoutArchdoc} without archdoc`);
        return;
    }
    const report = (0,merge/* mergeReports */.C1)((0,merge/* collectReports */.MH)(inputs.merge));
    const table = (0,merge/* renderOrgReport */.Tq)(report);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(table).write();
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    const file = (0,external_node_path_.join)(outputDir, 'audit-org.json');
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(report, null, 2)}\n`);
    core/* setOutput */.uH('report', file);
    if (inputs.trackingIssue) {
        const r = await (0,merge/* upsertTrackingIssue */.yB)(port(), (0,merge/* parseRepository */.SU)(inputs.trackingIssue, 'input tracking-issue'), table);
        core/* setOutput */.uH('issue-url', r.url);
        log(`tracking issue ${r.action}: ${r.url}`);
    }
    log(`organisation report: ${report.repositories.length} repositories, ${report.attention} document(s) need attention`);
}

;// CONCATENATED MODULE: ./src/action/context.ts
/** What GitHub tells the Action about the run: the event, its payload, the repository and where things live. */


function readContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!eventName || !owner || !repo) {
        throw new findings/* UsageError */.eb('GITHUB_EVENT_NAME and GITHUB_REPOSITORY are not set: archdoc runs as a GitHub Action here; use the archdoc CLI elsewhere');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            throw new findings/* UsageError */.eb(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${e.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/(?<!\/)\/+$/, '');
    return {
        eventName,
        payload,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        serverUrl,
        ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        outputDir: `${env.RUNNER_TEMP ?? env.GITHUB_WORKSPACE ?? process.cwd()}/archdoc`,
    };
}

;// CONCATENATED MODULE: ./src/action/redacting-port.ts
/**
 * Every body archdoc sends to GitHub (comments, issues, pull requests, commit messages) with the secrets
 * redacted, so nothing posted can carry a key, whatever text reached it. Document content is different:
 * redacting it would silently corrupt what is committed, so content that carries a secret is refused
 * (the regenerate gate refuses such a reply first; this is the last line).
 */


function redactingPort(port, secrets) {
    const r = secrets.redact;
    const refuse = (path, content) => {
        if (secrets.contains(content)) {
            throw new findings/* UsageError */.eb(`refused to push ${path}: it contains a secret (the LLM API key or the GitHub token, raw or encoded)`);
        }
    };
    return {
        ...readsOf(port),
        ensureLabel: (i) => port.ensureLabel({ ...i, description: r(i.description) }),
        upsertStickyComment: (i) => port.upsertStickyComment({ ...i, body: r(i.body) }),
        postComment: (i) => port.postComment({ ...i, body: r(i.body) }),
        addReaction: (i) => port.addReaction(i),
        async commitFiles(i) {
            for (const f of i.files)
                refuse(f.path, f.content);
            return port.commitFiles({ ...i, message: r(i.message) });
        },
        upsertIssue: (i) => port.upsertIssue({ ...i, title: r(i.title), body: r(i.body) }),
        closeIssue: (i) => port.closeIssue({ ...i, ...(i.comment !== undefined ? { comment: r(i.comment) } : {}) }),
        async proposeChange(i) {
            refuse(i.path, i.content);
            return port.proposeChange({ ...i, commitMessage: r(i.commitMessage), title: r(i.title), body: r(i.body) });
        },
    };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(10643);
;// CONCATENATED MODULE: ./src/report/summary.ts
/** The job summary ($GITHUB_STEP_SUMMARY): the full report of every document, bounded at GitHub's 1 MiB. */



/** GitHub refuses a step summary over 1 MiB (counted in bytes). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Headroom for other steps that write to the same summary. */
const SUMMARY_BUDGET_BYTES = 1_000_000;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function renderSummary(input) {
    const budget = Math.min(input.budget ?? SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES);
    const head = ['## archdoc report', ''];
    if (input.documents.length === 0)
        head.push('No documents were checked.', '');
    if (input.documents.length > 1) {
        head.push('| Document | Verdict | Findings | Drift |', '| --- | --- | --- | --- |');
        for (const doc of input.documents) {
            const { errors, warnings } = (0,report_text/* countFindings */.Gt)(doc.findings);
            const drift = doc.drift ? doc.drift.status : '—';
            head.push(`| ${(0,markdown/* escapeCell */.kq)((0,markdown/* inlineCode */.ti)(doc.docPath))} | ${verdictLine(doc, true)} | ${(0,report_text/* countsText */.WN)(errors, warnings)} | ${drift} |`);
        }
        head.push('');
    }
    if (input.unchecked)
        head.push(uncheckedNotice(input.unchecked), '');
    const run = input.runUrl ? ` · [workflow run](${input.runUrl})` : '';
    const footer = `---\n<sub>archdoc ${input.version} · mode ${input.mode}${run}</sub>\n`;
    const texts = fitReports(input, input.documents, budget - bytes(head.join('\n')) - bytes(footer), {
        measure: bytes,
        elsewhere: `the JSON report (action output ${(0,markdown/* inlineCode */.ti)('report')}) or a local ${(0,markdown/* inlineCode */.ti)('archdoc lint')} run`,
        level: 3,
    }, 2);
    return `${[...head, ...texts.map((t) => `${t}\n`)].join('\n')}\n${footer}`;
}

;// CONCATENATED MODULE: ./src/action/deliver.ts
/** Tell the world: annotations, job summary, JSON and SARIF files, outputs, and a truthful exit status. */












/** GitHub shows 10 errors and 10 warnings per step; a few more go to the log, the rest to the summary. */
const ANNOTATIONS_PER_LEVEL = 25;
/** `redact`: removes secrets from everything written (annotations, summary, files). */
async function deliver(ctx, outcome, redact = (t) => t) {
    // The effective settings, not the raw inputs: fail-on may come from a config file.
    const inputs = outcome.settings;
    // Each document with its outline (SPEC §5), as `archdoc lint --format json` prints it.
    const report = (0,findings/* summarize */.eh)(outcome.documents.map((d) => ({ path: d.docPath, findings: [...d.findings], ...(d.outline ? { outline: d.outline } : {}) })));
    const located = report.files.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
    const shown = { error: 0, warning: 0 };
    for (const f of (0,github/* prioritizeAnnotations */.MQ)(located)) {
        if (shown[f.severity]++ >= ANNOTATIONS_PER_LEVEL)
            continue;
        const a = (0,github/* toAnnotation */.$v)(f);
        // @actions/core escapes the message and the properties (file, title) of an annotation.
        const properties = { ...a.properties, ...(a.properties.title !== undefined ? { title: redact(a.properties.title) } : {}) };
        (a.level === 'error' ? core/* error */.z3 : core/* warning */.$e)(redact(a.message), properties);
    }
    const hidden = Math.max(0, shown.error - ANNOTATIONS_PER_LEVEL) + Math.max(0, shown.warning - ANNOTATIONS_PER_LEVEL);
    if (hidden)
        core/* info */.pq((0,log_line/* logLine */.B)(`${hidden} more findings are in the job summary and the SARIF file`));
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = renderSummary({
            ...reportContext(ctx, inputs, outcome.headSha, outcome),
            documents: outcome.documents,
            ...(outcome.unchecked ? { unchecked: outcome.unchecked } : {}),
        });
        await core/* summary */.z.addRaw(redact(summary)).write();
    }
    (0,external_node_fs_.mkdirSync)(ctx.outputDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(ctx.outputDir, 'report.json');
    const sarifPath = (0,external_node_path_.join)(ctx.outputDir, 'archdoc.sarif');
    (0,external_node_fs_.writeFileSync)(reportPath, redact((0,json/* renderJson */.h)(report)));
    const sources = Object.fromEntries(outcome.documents.flatMap((d) => (d.text !== undefined ? [[d.docPath, d.text]] : [])));
    (0,external_node_fs_.writeFileSync)(sarifPath, redact((0,sarif/* renderSarif */.WH)(report, { rules: catalogue/* RULE_METAS */._, version: version/* VERSION */.xv, informationUri: version/* HOMEPAGE */.py, sources })));
    core/* setOutput */.uH('errors', String(report.errors));
    core/* setOutput */.uH('warnings', String(report.warnings));
    core/* setOutput */.uH('drift', String(outcome.documents.some((d) => d.drift?.status === 'drifted')));
    core/* setOutput */.uH('changed', String(outcome.documents.some((d) => d.proposal && d.proposal.newText !== d.proposal.oldText)));
    core/* setOutput */.uH('commit-sha', outcome.commitSha ?? '');
    core/* setOutput */.uH('comment-url', outcome.commentUrl ?? '');
    core/* setOutput */.uH('issue-url', outcome.issueUrl ?? '');
    core/* setOutput */.uH('report', reportPath);
    core/* setOutput */.uH('sarif', sarifPath);
    if (outcome.failure)
        return { failed: true, reason: outcome.failure };
    const failing = (f) => (inputs.failOn === 'error' ? f.severity === 'error' : inputs.failOn === 'warning');
    const count = located.filter(failing).length;
    if (count > 0) {
        return {
            failed: true,
            reason: `archdoc found ${count} ${inputs.failOn === 'warning' ? 'finding' : 'error'}${count === 1 ? '' : 's'} (fail-on: ${inputs.failOn})`,
        };
    }
    return { failed: false };
}

;// CONCATENATED MODULE: ./src/action/main.ts
/** The Action's orchestration: inputs and context in, one handler per event, delivery, exit status. */














const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * Reads and writes alike: the handlers apply `dry-run` once the settings policy has decided it.
 * Octokit loads on the first call, so runs that make none (a push checked in the workspace, a comment
 * that is no command) do not compile it.
 */
function makePort(token, log, secrets) {
    if (!token)
        throw new findings/* UsageError */.eb('no GitHub token: set the github-token input (the default is the workflow token)');
    let loaded;
    const port = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(8031), __webpack_require__.e(3461)]).then(__webpack_require__.bind(__webpack_require__, 83461)).then((m) => m.createGitHubPort({ token, log })));
    const lazy = new Proxy({}, {
        // Every port method is async; `then` stays undefined so the port itself is never taken for a promise.
        get: (_target, method) => typeof method !== 'string' || method === 'then'
            ? undefined
            : (input) => port().then((p) => p[method](input)),
    });
    return redactingPort(lazy, secrets);
}
async function runAction(env = process.env) {
    // Every log line is redacted and made one line that cannot be a workflow command (SPEC §6).
    let secrets = (0,redact/* createRedactor */.l)([]);
    const log = (line) => core/* info */.pq((0,log_line/* logLine */.B)(secrets.redact(line)));
    try {
        const inputs = readInputs();
        secrets = (0,redact/* createRedactor */.l)([...(0,providers/* secretsToMask */.Fv)({ apiKey: inputs.llmApiKey, env }), inputs.token]);
        // readInputs masked llm-api-key already; its encoded forms, the token and keys from the environment here.
        for (const s of secrets.forms)
            if (s !== inputs.llmApiKey)
                core/* setSecret */.Pq(s);
        const ctx = readContext(env);
        const orgMode = readOrgModeInputs();
        if (orgMode)
            return await runOrgMode(orgMode, () => makePort(inputs.token, log, secrets), ctx.outputDir, log);
        let outcome;
        if (PR_EVENTS.has(ctx.eventName)) {
            outcome = await handlePullRequest(ctx, inputs, { port: makePort(inputs.token, log, secrets), log, env }, pullRequestEvent(ctx.payload));
        }
        else if (ctx.eventName === 'issue_comment') {
            outcome = await handleIssueComment(ctx, inputs, { port: makePort(inputs.token, log, secrets), log, env });
        }
        else if (AUDIT_EVENTS.has(ctx.eventName)) {
            const repository = core/* getInput */.V4('repository').trim();
            log(`event ${ctx.eventName}: drift audit of the default branch${repository ? ` of ${repository}` : ''}`);
            outcome = await handleAudit(ctx, inputs, { log, env, port: () => makePort(inputs.token, log, secrets), ...(repository ? { repository } : {}) });
        }
        else {
            log(`event ${ctx.eventName}: checking the documents in the workspace`);
            outcome = await handleWorkspace(ctx, inputs, { log, env, port: () => makePort(inputs.token, log, secrets) });
        }
        const result = await deliver(ctx, outcome, secrets.redact);
        if (result.failed)
            core/* setFailed */.C1(secrets.redact(result.reason ?? 'archdoc failed'));
        else
            log('archdoc: no findings at the fail-on level');
    }
    catch (e) {
        // A run that could not check is never a pass: fail with the reason (and the call, for API failures).
        const message = e instanceof Error ? e.message : String(e);
        core/* setFailed */.C1(secrets.redact(e instanceof findings/* UsageError */.eb ? message : `archdoc could not check the document: ${message}`));
        if (env.ARCHDOC_DEBUG && e instanceof Error && e.stack)
            core/* debug */.Yz((0,log_line/* logLine */.B)(secrets.redact(e.stack)));
    }
}


/***/ }),

/***/ 74639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ mergeReports),
/* harmony export */   MH: () => (/* binding */ collectReports),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Tq: () => (/* binding */ renderOrgReport),
/* harmony export */   yB: () => (/* binding */ upsertTrackingIssue)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44637);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54285);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65655);
/**
 * The organisation report: the per-repository audit.json files (each matrix job's artefact) merged
 * into one table, for the job summary and, optionally, one tracking issue. Repository text is escaped.
 */





/** The hidden first line of the organisation's tracking issue. */
const ORG_MARKER = '<!-- archdoc:audit-org -->';
const MAX_DEPTH = 4;
function isDocumentAudit(d) {
    const x = d;
    return !!x && typeof x.path === 'string' && typeof x.errors === 'number' && typeof x.warnings === 'number' && typeof x.drift === 'string';
}
function readReport(file) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: not a JSON audit report (${e.message})`);
    }
    const r = data;
    if (!r ||
        typeof r.repository !== 'string' ||
        !/^[^/\s]+\/[^/\s]+$/.test(r.repository) ||
        !Array.isArray(r.documents) ||
        !r.documents.every(isDocumentAudit)) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: not an archdoc audit report (expected repository and documents)`);
    }
    return { repository: r.repository, sha: typeof r.sha === 'string' ? r.sha : '', documents: r.documents, writes: typeof r.writes === 'number' ? r.writes : 0 };
}
/** Every audit.json under `dirs` (artefact downloads nest one folder per artefact). */
function collectReports(dirs) {
    const files = [];
    const walk = (dir, depth) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
            if (st.isDirectory() && depth < MAX_DEPTH)
                walk(path, depth + 1);
            else if (st.isFile() && name === 'audit.json')
                files.push(path);
        }
    };
    for (const dir of dirs) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
        }
        catch {
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dir}: no such folder of audit reports`);
        }
        if (!st.isDirectory())
            throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dir}: not a folder of audit reports`);
        walk(dir, 0);
    }
    if (files.length === 0)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no audit.json found under ${dirs.join(', ')}: download the audit jobs' artefacts first`);
    // One report per repository: a re-run job's later artefact replaces the earlier one.
    const byRepo = new Map();
    for (const f of files) {
        const r = readReport(f);
        byRepo.set(r.repository.toLowerCase(), r);
    }
    return [...byRepo.values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
}
function mergeReports(reports, planned = []) {
    const seen = new Set(reports.map((r) => r.repository.toLowerCase()));
    return {
        repositories: reports,
        missing: planned.filter((p) => !seen.has(p.toLowerCase())),
        attention: reports.reduce((n, r) => n + r.documents.filter((d) => d.needsAttention).length, 0),
    };
}
function verdict(d) {
    if (d.errors || d.warnings)
        return `❌ ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .countsText */ .WN)(d.errors, d.warnings)}${d.drift === 'drifted' ? ' (drift)' : ''}`;
    if (d.drift === 'unknown')
        return '⏸ drift could not be told';
    return d.needsAttention ? '⚠️ needs attention' : '✅ pass';
}
const link = (label, url) => (url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${label}](${url})` : '—');
function renderOrgReport(report, org) {
    const docs = report.repositories.reduce((n, r) => n + r.documents.length, 0);
    const out = [
        `## archdoc organisation audit${org ? ` · ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(org, 100)}` : ''}`,
        '',
        `${report.repositories.length} ${report.repositories.length === 1 ? 'repository' : 'repositories'}, ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(docs, 'document')}; ${report.attention} need${report.attention === 1 ? 's' : ''} attention.`,
        '',
        '| Repository | Document | Verdict | Issue | Pull request |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const r of report.repositories) {
        for (const d of r.documents) {
            const issue = d.issue && d.issue.action !== 'none' ? link(`issue ${d.issue.action}`, d.issue.url) : '—';
            out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(r.repository, 200)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(d.path), 300)} | ${verdict(d)} | ${issue} | ${link('proposal', d.pullRequest)} |`);
        }
        if (r.documents.length === 0)
            out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(r.repository, 200)} | — | no documents checked | — | — |`);
    }
    for (const m of report.missing)
        out.push(`| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(m, 200)} | — | ⏸ no report (its audit job failed) | — | — |`);
    return `${out.join('\n')}\n`;
}
/** The one tracking issue of the organisation audit in `where`: found by its marker among the token's own issues, updated in place. */
async function upsertTrackingIssue(port, where, table, label = 'archdoc-audit') {
    const body = `${ORG_MARKER}\n${table}`;
    const existing = (await port.findOwnIssues({ ...where, label })).find((i) => i.body.startsWith(`${ORG_MARKER}\n`));
    if (!existing)
        await port.ensureLabel({ ...where, name: label, color: '0e8a16', description: "archdoc's organisation audit report" });
    const r = await port.upsertIssue({ ...where, label, title: 'archdoc organisation audit', body, existing: existing ?? null });
    return { url: r.issue.url, action: r.action };
}
function parseRepository(value, what) {
    const [owner, repo, extra] = value.trim().split('/');
    if (!owner || !repo || extra !== undefined)
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what}: "${value}" is not owner/name`);
    return { owner, repo };
}


/***/ }),

/***/ 52308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ planAudit)
/* harmony export */ });
/* unused harmony exports MATRIX_LIMIT, chunkMatrix */
/* harmony import */ var _core_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44637);
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31954);
/**
 * The organisation audit's plan: which repositories hold an archdoc config or the default document,
 * as a `strategy.matrix` for GitHub Actions (the fan-out is GitHub's own; archdoc schedules nothing).
 *
 * How: the organisation's repository list (REST, 100 a page; archived and disabled ones skipped: an
 * archived repository takes no issues), then one GraphQL query per 50 repositories asking, by alias,
 * whether each candidate path exists on the default branch. Not code search: it indexes only some
 * repositories (not forks, not large or recently created ones), lags behind pushes, and has its own low
 * rate limit (10 requests a minute); the list is exact and costs ⌈n/100⌉ + ⌈n/50⌉ requests.
 */


/** Where a repository that uses archdoc has something: its config in any usual place, or the default document. */
const AUDIT_PATHS = [..._config_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_PATHS */ .iE, _config_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DOC */ .rE];
/** GitHub runs at most 256 jobs from one matrix. */
const MATRIX_LIMIT = 256;
/** Chunks the reusable workflow has jobs for (4 × 256 = 1,024 repositories). */
const MAX_CHUNKS = 4;
function chunkMatrix(repositories, size = MATRIX_LIMIT) {
    const chunks = [];
    for (let i = 0; i < repositories.length; i += size)
        chunks.push({ include: repositories.slice(i, i + size).map((repository) => ({ repository })) });
    return chunks;
}
async function planAudit(port, org, maxChunks = MAX_CHUNKS) {
    if (!/^[a-z0-9][a-z0-9-]{0,38}$/i.test(org))
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`"${org}" is not an organisation name`);
    const all = await port.listOrgRepositories({ org });
    const live = all.filter((r) => !r.archived && !r.disabled);
    const present = await port.filesPresent({ repositories: live, paths: AUDIT_PATHS });
    const repositories = live
        .map((r) => `${r.owner}/${r.repo}`)
        .filter((name) => (present.get(name)?.length ?? 0) > 0)
        .sort();
    const chunks = chunkMatrix(repositories);
    if (chunks.length > maxChunks) {
        throw new _core_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${org} has ${repositories.length} repositories to audit, more than ${maxChunks} matrices of ${MATRIX_LIMIT} jobs: split the organisation audit (for example by repository topic) or add audit jobs to the workflow`);
    }
    return {
        org,
        repositories,
        chunks,
        chunkCount: chunks.length,
        skipped: {
            archived: all.filter((r) => r.archived).length,
            disabled: all.filter((r) => r.disabled && !r.archived).length,
            withoutArchdoc: live.length - repositories.length,
        },
    };
}


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

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   kU: () => (/* binding */ ReadOnlyTokenError),
/* harmony export */   pb: () => (/* binding */ apiError)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/** Failures of GitHub calls, named by the call so a log line alone says what went wrong where. */

class GitHubApiError extends Error {
    call;
    status;
    attempts;
    reason;
    graphqlErrors;
    constructor(details, hint) {
        super(formatMessage(details, hint));
        this.name = 'GitHubApiError';
        this.call = details.call;
        this.status = details.status;
        this.attempts = details.attempts;
        this.reason = details.reason;
        this.graphqlErrors = details.graphqlErrors ?? [];
    }
}
/**
 * The token may read but not write here (typically a pull request from a fork, or `permissions:` without
 * write scopes). Callers fall back to annotations and the job summary instead of failing the run.
 */
class ReadOnlyTokenError extends GitHubApiError {
    constructor(details) {
        super(details, 'the token cannot write to this repository (read-only token, e.g. a pull request from a fork)');
        this.name = 'ReadOnlyTokenError';
    }
}
function formatMessage(d, hint) {
    const outcome = d.status !== undefined ? `${d.status} ${node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[d.status] ?? 'Error'}` : 'failed';
    const tries = `after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
    const reason = d.reason ? `: ${d.reason}` : '';
    return `GitHub API call failed: ${d.call} -> ${outcome} ${tries}${reason}${hint ? ` (${hint})` : ''}`;
}
const READ_ONLY = /Resource not accessible by (?:integration|personal access token)/i;
/** GitHub's wording when a token lacks write access (REST 403 body or GraphQL FORBIDDEN error). */
function isReadOnlyRefusal(message) {
    return READ_ONLY.test(message);
}
/** The error to throw for an error body: read-only refusals on writes become ReadOnlyTokenError. */
function apiError(details, isWrite) {
    const forbidden = details.status === 403 || details.graphqlErrors?.some((e) => e.type === 'FORBIDDEN');
    if (isWrite && forbidden && isReadOnlyRefusal(details.reason))
        return new ReadOnlyTokenError(details);
    return new GitHubApiError(details);
}


/***/ }),

/***/ 63990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ RULE_METAS)
});

// UNUSED EXPORTS: RULE_NAMES

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
        ...(file.outline
            ? { outline: file.outline.map((o) => ({ section: o.section, level: o.level, line: o.line, heading: o.heading, matchedBy: o.matchedBy })) }
            : {}),
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
/* unused harmony exports FINGERPRINT_KEY, toSarif, artifactUri */
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
