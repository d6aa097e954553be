export const id = 2993;
export const ids = [2993];
export const modules = {

/***/ 21147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ maskWrapper),
/* harmony export */   h: () => (/* binding */ findChatResidue)
/* harmony export */ });
/**
 * Chat residue: what an LLM says around the document ("Here is...", "✅ ... complete!", "Next steps"),
 * and a ```markdown fence wrapped round the whole document.
 */
const OPENER = /^\s*(?:here(?:'s| is| are)\b|sure[,!.]|certainly[,!.]|of course[,!.]|absolutely[,!.]|okay[,!.]|great[,!.]|below is\b|as requested\b|i(?:'ve| have) (?:generated|created|prepared|written|drafted)\b|i'll (?:generate|create|write)\b|let me (?:generate|create|write)\b)/i;
// Closing remarks talk to the user about the conversation; a team's own "next steps" prose does not.
// Each test is linear in the line: no two quantifiers here can trade characters (a long run of
// spaces once cost seconds per line in a single alternation).
const CLOSER_EMOJI = /✅|✔|🎉|âœ/;
const CLOSER_DONE = /\b(?:complete|completed|done|ready|generated|finished)\b/i;
const CLOSER_PHRASE = /\blet me know (?:if|whether|what|how)\b|\bi hope this helps\b|\bfeel free to (?:ask me|let me know|reach out to me)\b|\bwould you like me to\b|\bcopy response\b|\bhappy to help\b|\bif you(?:'d like| want) me to\b|\bshall i\b/i;
/** A "Next steps" line on its own: quote markers, emphasis, blanks and colons around the two words only. */
function nextStepsLine(line) {
    const m = /^[*_]*\s*next steps/i.exec(line.replace(/^[\s>]+/, ''));
    if (!m)
        return false;
    const rest = line
        .replace(/^[\s>]+/, '')
        .slice(m[0].length)
        .replace(/\s+/g, '');
    return /^:?[*_]*:?$/.test(rest);
}
/** Talk to the reader or about the conversation: "you", "your", "I", "me", "the prompt", "step 3". */
const ADDRESS = /\b(?:you|your|yours|me|my|prompt|step \d)\b/i;
/** The word "I" (capital only: "i.e." is no one talking). */
const FIRST_PERSON = /(?:^|[^\p{L}'])I(?:'(?:ll|ve|d|m))?(?![\p{L}\p{N}])/u;
/** A list item that is only a link (`- [Backup policy](./backups.md)`): a document's own navigation. */
const LINK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*\.?$/;
/**
 * A "Next steps" line is chat only when what follows it talks to the reader (a team's own next steps,
 * or a list of links to other documents, address no one): it is never enough on its own.
 */
function chatNextSteps(lines, i) {
    const after = lines.slice(i + 1).filter((l) => l.trim() !== '');
    if (after.every((l) => LINK_ITEM.test(l)))
        return false; // nothing after it, or only links
    return after.some((l) => ADDRESS.test(l) || FIRST_PERSON.test(l) || CLOSER_PHRASE.test(l));
}
function isCloser(lines, i) {
    const line = lines[i];
    const emoji = CLOSER_EMOJI.exec(line);
    if (emoji && CLOSER_DONE.test(line.slice(emoji.index + emoji[0].length)))
        return true;
    return CLOSER_PHRASE.test(line) || (nextStepsLine(line) && chatNextSteps(lines, i));
}
const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*(?:(?:markdown|md)\s*)?$/i;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s/;
/**
 * An ATX heading, or a one-line setext heading (`Title` over `===` or `---`). A chat opener over
 * a rule ("Here is the document:" / `---`) is not a heading of the document's, whatever Markdown makes of it.
 */
function headingAt(lines, i) {
    if (HEADING.test(lines[i]))
        return true;
    const text = lines[i];
    const next = lines[i + 1];
    // Only a one-line paragraph counts: after other text the line may continue a paragraph or a list item.
    const fresh = i === 0 || lines[i - 1].trim() === '' || HEADING.test(lines[i - 1]);
    return (fresh &&
        next !== undefined &&
        UNDERLINE.test(next) &&
        text.trim() !== '' &&
        !UNDERLINE.test(text) &&
        !LIST_ITEM.test(text) &&
        !ANY_FENCE.test(text) &&
        !/^\s{0,3}>/.test(text) &&
        !OPENER.test(text));
}
const ANY_FENCE = /^\s{0,3}(?:```|~~~)/;
function findChatResidue(lines, bodyStart = 1) {
    const out = {};
    let first = bodyStart - 1;
    while (first < lines.length && lines[first].trim() === '')
        first++;
    // Preamble: chatter before the first heading or the wrapper fence.
    let structural = first;
    while (structural < lines.length && !headingAt(lines, structural) && !FENCE.test(lines[structural])) {
        // A code block before the document is passed over whole: its closing fence opens no wrapper.
        const block = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[structural]);
        if (block)
            structural = closingFence(lines, structural, block[1]);
        structural++;
    }
    if (structural < lines.length && lines.slice(first, structural).some((l) => OPENER.test(l))) {
        out.preamble = { startLine: first + 1, endLine: structural };
    }
    // Wrapper: a markdown fence opening right there and a partner that leaves the fences inside it paired.
    const open = structural;
    const wrapperFence = open < lines.length ? FENCE.exec(lines[open]) : null;
    if (wrapperFence) {
        const close = wrapperClose(lines, open, wrapperFence[1]);
        if (close !== undefined) {
            out.wrapper = { open: open + 1, close: close + 1 };
            const inner = findChatResidue(lines.slice(0, close), open + 2);
            if (inner.preamble || inner.postamble) {
                out.inside = { ...(inner.preamble ? { preamble: inner.preamble } : {}), ...(inner.postamble ? { postamble: inner.postamble } : {}) };
            }
        }
    }
    // Postamble: from the first closing remark after which no heading or fence follows, to the end.
    const from = out.wrapper ? out.wrapper.close : structural + 1;
    // Closing remarks are short and last; a long stretch after the match is the author's text. Only
    // the last 12 non-blank lines can start one (found from the end, so the scan stays linear).
    let tail = lines.length;
    for (let seen = 0; tail > 0 && seen < 12; tail--)
        if (lines[tail - 1].trim())
            seen++;
    for (let i = Math.max(from, tail); i < lines.length; i++) {
        if (!isCloser(lines, i) || /^\s*(?:[-*+]|\d+[.)])\s+\*\*[^*]+\*\*\s*:/.test(lines[i]))
            continue;
        if (lines.slice(i + 1).some((l, k) => headingAt(lines, i + 1 + k) || ANY_FENCE.test(l)))
            continue;
        let start = i;
        // Take the blank lines, a `---` and the blockquote lines that lead into it along (never a wrapper's fence: `from` lies after it).
        while (start > from && leadIn(lines[start - 1]))
            start--;
        while (start < i && lines[start].trim() === '')
            start++;
        let end = lines.length;
        while (end > i + 1 && lines[end - 1].trim() === '')
            end--;
        out.postamble = { startLine: start + 1, endLine: end };
        break;
    }
    return out;
}
/** A line that leads into a closing remark: blank, a quote line, or a `---`/`***` rule. */
function leadIn(line) {
    const t = line.trim();
    return t === '' || t.startsWith('>') || /^(?:-{3,}|\*{3,})$/.test(t);
}
/** Index of the fence that closes the code block opened at `open` (the last line when none does). */
function closingFence(lines, open, run) {
    for (let i = open + 1; i < lines.length; i++) {
        const fence = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(lines[i]);
        if (fence && fence[1][0] === run[0] && fence[1].length >= run.length)
            return i;
    }
    return lines.length - 1;
}
/**
 * The last bare fence (of the wrapper's fence character) that could close a wrapper opened at `open`:
 * every code block between them is closed (```mermaid ... ```), and a heading lies between. A bare
 * fence met while no inner block is open may close the wrapper or open a block of its own, so it is
 * remembered as a candidate and then read as an opening. (Without the pairing, the empty block in
 * "```markdown\n```" followed by a document with diagrams would look like a wrapper.)
 */
function wrapperClose(lines, open, marker) {
    let inner;
    let close;
    let heading = false;
    for (let i = open + 1; i < lines.length; i++) {
        const fence = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
        if (!fence) {
            if (!inner && headingAt(lines, i))
                heading = true;
            continue;
        }
        const run = fence[1];
        const rest = lines[i].slice(fence[0].length);
        const bare = rest.trim() === '';
        if (inner) {
            if (bare && run[0] === inner.char && run.length >= inner.length)
                inner = undefined;
            continue;
        }
        if (run[0] === '`' && rest.includes('`'))
            continue; // not a fence: an inline code span
        if (bare && run[0] === marker[0] && heading && FENCE.test(lines[i]))
            close = i;
        inner = { char: run[0], length: run.length };
    }
    return close;
}
/** Blank the wrapper's fence lines (same length, same offsets) so the document inside parses as Markdown. */
function maskWrapper(text, lineStarts, residue) {
    if (!residue.wrapper)
        return text;
    let out = text;
    for (const line of [residue.wrapper.open, residue.wrapper.close]) {
        const start = lineStarts[line - 1];
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        out = out.slice(0, start) + text.slice(start, end).replace(/[^\r]/g, ' ') + out.slice(end);
    }
    return out;
}


/***/ }),

/***/ 48011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ patternBullets),
/* harmony export */   y: () => (/* binding */ HTTP_METHODS)
/* harmony export */ });
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65425);

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'];
// `\s*((?:\S.*)?)$` captures what `\s*(.*)$` did, without the two quantifiers trading spaces (quadratic).
const SHAPE = /^`([^`]+)`\s*[-–—:]\s*((?:\S.*)?)$/;
function checkBullet(raw, pattern) {
    const m = SHAPE.exec(raw.trim());
    if (!m)
        return { problem: `it is not of the form \`\` ${pattern.example.replace(/^- /, '')} \`\`` };
    const code = m[1].trim();
    const description = m[2].trim();
    const parts = code.split(/\s+/);
    if (parts.length !== pattern.tokens.length) {
        return { code, description, problem: `\`${code}\` is not of the form \`${pattern.code}\`` };
    }
    for (let i = 0; i < parts.length; i++) {
        const token = pattern.tokens[i];
        if (/method|verb/.test(token) && !HTTP_METHODS.includes(parts[i])) {
            return { code, description, problem: `\`${parts[i]}\` is not an HTTP method in upper case (${HTTP_METHODS.slice(0, 5).join(', ')}, ...)` };
        }
        if (/path|route|url|endpoint/.test(token) && !parts[i].startsWith('/')) {
            return { code, description, problem: `its path \`${parts[i]}\` does not start with \`/\`` };
        }
    }
    if (!description)
        return { code, description, problem: 'it has no description after the separator' };
    return { code, description };
}
/** Top-level bullets in the own content of each section that carries a bullet pattern. */
function patternBullets(ctx) {
    return ctx.match.byTemplate.flatMap((m) => {
        if (!m || m.template.patterns.length === 0)
            return [];
        const pattern = m.template.patterns[0];
        const items = (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .listItemsIn */ .CA)(ctx, (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .ownRange */ .UD)(m)).filter((i) => i.nesting === 0);
        return [{ m, pattern, bullets: items.map((item) => ({ item, ...checkBullet(item.raw, pattern) })) }];
    });
}


/***/ }),

/***/ 32456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bK: () => (/* binding */ sameLabel),
/* harmony export */   t5: () => (/* binding */ fieldsIn),
/* harmony export */   w9: () => (/* binding */ similarLabel)
/* harmony export */ });
/* harmony import */ var _template_parse_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47123);
/** Labelled fields (`- **Label**: value`) as they appear in a range of the document. */

function fieldsIn(doc, r) {
    const fields = [];
    const first = lineIndexAt(doc, r.start);
    for (let i = first; i < doc.lines.length; i++) {
        const lineStart = doc.lineStarts[i];
        if (lineStart >= r.end)
            break;
        if (lineStart < r.start)
            continue;
        const line = doc.lines[i];
        const bullet = /^(?:\s*(?:[-*+]|\d+[.)])\s+)?/.exec(line)?.[0] ?? '';
        const f = (0,_template_parse_template_js__WEBPACK_IMPORTED_MODULE_0__/* .parseField */ .cn)(line.slice(bullet.length));
        if (!f || insideCode(doc, lineStart))
            continue;
        const labelStart = lineStart + line.indexOf('**', bullet.length) + 2;
        if (f.value === '' && nestedBelow(doc.lines, i))
            f.value = doc.lines[nextNonBlank(doc.lines, i)].trim();
        fields.push({ ...f, line: i + 1, lineStart, lineEnd: lineStart + line.length, labelStart, labelEnd: labelStart + f.label.length });
    }
    return fields;
}
function nextNonBlank(lines, i) {
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '')
        j++;
    return j;
}
/** `- **Database**:` followed by an indented list or text: the value is written below the label. */
function nestedBelow(lines, i) {
    const j = nextNonBlank(lines, i);
    if (j >= lines.length)
        return false;
    const indent = (l) => l.length - l.trimStart().length;
    return indent(lines[j]) > indent(lines[i]);
}
function lineIndexAt(doc, offset) {
    let lo = 0;
    let hi = doc.lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (doc.lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function insideCode(doc, offset) {
    return doc.codeBlocks.some((c) => offset >= c.startOffset && offset < c.endOffset);
}
function sameLabel(a, b) {
    return norm(a) === norm(b);
}
/** `Infrastructure` for `Infra`, `Error handling` for `Error Handling`: a renamed field rather than a missing one. */
function similarLabel(want, found) {
    const a = norm(want);
    const b = norm(found);
    return a !== b && a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}
function norm(s) {
    return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}


/***/ }),

/***/ 86803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gp: () => (/* binding */ matchSections),
  MO: () => (/* reexport */ normalizeHeading),
  fj: () => (/* binding */ presentInDocOrder)
});

// EXTERNAL MODULE: ./src/mermaid/detect.ts
var detect = __webpack_require__(52640);
// EXTERNAL MODULE: ./src/lint/fields.ts
var fields = __webpack_require__(32456);
;// CONCATENATED MODULE: ./src/lint/match-words.ts
/**
 * What a heading's words say about which template section it is: content words reduced to a small
 * shared vocabulary (plurals folded, common Spanish, Portuguese, French, Russian and Chinese terms mapped
 * to the English word), weighted so that generic words ("model", "design", "system") never carry a
 * match on their own.
 */
const STOP = new Set([
    'the',
    'a',
    'an',
    'of',
    'and',
    'for',
    'c4',
    'level',
    'nivel',
    'nível',
    'niveau',
    'уровень',
    'diagram',
    'de',
    'la',
    'el',
    'los',
    'las',
    'del',
    'da',
    'do',
    'dos',
    'das',
    'y',
    'e',
    'et',
    'du',
    'des',
    'le',
    'les',
    'и',
    'в',
    'на',
]);
/** Words that many sections share: a match needs more than these. */
const GENERIC = new Set(['model', 'design', 'architecture', 'system', 'strategy', 'overview', 'view', 'key', 'high', 'main', 'document', 'summary']);
/** Word beginnings (any language) and the English word they stand for; tried in order, first wins. */
const PREFIXES = [
    ['contenedor', 'container'],
    ['contêiner', 'container'],
    ['conteiner', 'container'],
    ['conteneur', 'container'],
    ['контейнер', 'container'],
    ['contexto', 'context'],
    ['contexte', 'context'],
    ['контекст', 'context'],
    ['datos', 'data'],
    ['dados', 'data'],
    ['données', 'data'],
    ['данн', 'data'],
    ['modelo', 'model'],
    ['modèle', 'model'],
    ['модел', 'model'],
    ['diseño', 'design'],
    ['desenho', 'design'],
    ['projeto', 'design'],
    ['проектир', 'design'],
    ['дизайн', 'design'],
    ['estrateg', 'strategy'],
    ['stratég', 'strategy'],
    ['стратег', 'strategy'],
    ['sistema', 'system'],
    ['système', 'system'],
    ['систем', 'system'],
    ['arquitect', 'architecture'],
    ['arquitet', 'architecture'],
    ['архитектур', 'architecture'],
    ['tecnol', 'technology'],
    ['technolog', 'technology'],
    ['технолог', 'technology'],
    ['tech', 'technology'],
    ['pila', 'stack'],
    ['pilha', 'stack'],
    ['стек', 'stack'],
    ['endpoint', 'endpoint'],
    ['эндпоинт', 'endpoint'],
    ['transvers', 'crosscutting'],
    ['сквозн', 'crosscutting'],
    ['aspect', 'concern'],
    ['аспект', 'concern'],
    ['preocupa', 'concern'],
    ['concern', 'concern'],
];
/** Chinese (and Japanese) terms: no spaces to split on, so they are looked for anywhere in the heading. */
const CJK = [
    ['上下文', 'context'],
    ['语境', 'context'],
    ['コンテキスト', 'context'],
    ['容器', 'container'],
    ['コンテナ', 'container'],
    ['数据', 'data'],
    ['データ', 'data'],
    ['模型', 'model'],
    ['モデル', 'model'],
    ['技术栈', 'technology stack'],
    ['技术', 'technology'],
    ['接口', 'api'],
    ['端点', 'endpoint'],
    ['横切', 'crosscutting'],
    ['关注点', 'concern'],
    ['系统', 'system'],
    ['架构', 'architecture'],
    ['设计', 'design'],
    ['策略', 'strategy'],
];
/** Heading text without numbering, emphasis, punctuation or case: `## 4. API Design` -> `api design`. */
function normalizeHeading(text) {
    return text
        .toLowerCase()
        .replace(/^\s*(?:section\s+)?(?:\d+(?:\.\d+)*[.):]?|[ivx]+[.):])\s+/, '')
        .replace(/&/g, ' and ')
        .replace(/[*_`~]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** Each `(...)` replaced by a space, without rescanning from every unclosed `(`. */
function dropParentheticals(text) {
    let out = '';
    let from = 0;
    for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', from)) {
        const close = text.indexOf(')', open + 1);
        if (close === -1)
            break;
        out += `${text.slice(from, open)} `;
        from = close + 1;
    }
    return out + text.slice(from);
}
function canonical(word) {
    for (const [prefix, to] of PREFIXES)
        if (word.startsWith(prefix))
            return to;
    // English plurals: `containers`, `concerns`, `endpoints` (not `class`, `status`).
    return word.length > 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}
/** Content words of a heading, in the shared vocabulary. */
function headingWords(text) {
    const core = normalizeHeading(dropParentheticals(text)).replace(/\bcross cutting\b/g, 'crosscutting');
    const t = new Set(core
        .split(' ')
        .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w))
        .map(canonical));
    for (const [term, to] of CJK)
        if (core.includes(term))
            for (const w of to.split(' '))
                t.add(w);
    return t;
}
const weight = (w) => (GENERIC.has(w) ? 0.3 : 1);
const sum = (ws) => [...ws].reduce((s, w) => s + weight(w), 0);
function headingTerms(text) {
    return { text, normalized: normalizeHeading(text), words: headingWords(text) };
}
/**
 * How far the words alone say a heading is a template section: 0 (nothing shared) to 1 (the same
 * words as written). Shared generic words count for little, so `C4 model` is not `Data Model`.
 */
function wordScore(templateHeading, docHeading) {
    return termScore(headingTerms(templateHeading), headingTerms(docHeading));
}
/** wordScore of a template heading's and a document heading's terms. */
function termScore(t, d) {
    if (t.normalized === d.normalized && t.normalized !== '')
        return d.text === t.text ? 1 : 0.95;
    const ta = t.words;
    const tb = d.words;
    const shared = [...ta].filter((w) => tb.has(w));
    const sharedWeight = sum(shared);
    if (sharedWeight === 0)
        return 0; // nothing shared, or no content words on one side
    let score = sharedWeight / sum(new Set([...ta, ...tb]));
    // `API Design` for `API Design Strategy`: every word of the shorter one is in the longer one, and not only generic ones.
    if (shared.length === Math.min(ta.size, tb.size) && sharedWeight >= 1)
        score = Math.max(score, 0.75);
    return Math.min(score, 0.9);
}

// EXTERNAL MODULE: ./src/lint/endpoints.ts
var endpoints = __webpack_require__(48011);
;// CONCATENATED MODULE: ./src/lint/match-evidence.ts




const ENDPOINT = new RegExp(`^\`?(?:${endpoints/* HTTP_METHODS */.y.join('|')})\\s+/`);
const CJK_DIGITS = { 一: 1, 二: 2, 三: 3, 四: 4 };
/** The C4 level a heading names: `Level 1`, `C4 L2`, `Nivel 1`, `Nível 2`, `Уровень 1`, `第一层`, `层级 2`. */
function levelCue(text) {
    const m = /(?:^|[^\p{L}])(?:level|nivel|nível|niveau|ebene|уровень|l)\s*(?:[-:]\s*)?([1-4])(?!\p{N})/iu.exec(text) ??
        /(?:级别|层级|层次|レベル)\s*([1-4一二三四])|第\s*([1-4一二三四])\s*[层级]/u.exec(text);
    if (!m)
        return undefined;
    const d = m[1] ?? m[2];
    return CJK_DIGITS[d] ?? Number(d);
}
/** `2` for `2. Containers`, `2)`, `2 -`; undefined when the heading is not numbered. */
function leadingNumber(text) {
    return /^\s*(?:section\s+)?(\d+)(?:\.\d+)*[.):]?\s/i.exec(text)?.[1];
}
/** Index of the first item starting at or after `offset` (items sorted by start). */
function lowerBound(items, offset) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid].startOffset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Items starting in [start, end), found by binary search (documents may hold thousands of headings). */
function between(items, start, end) {
    const out = [];
    for (let i = lowerBound(items, start); i < items.length && items[i].startOffset < end; i++)
        out.push(items[i]);
    return out;
}
/** The facts of every heading's section. */
function headingFacts(doc) {
    const mermaid = doc.codeBlocks.filter((c) => c.lang === 'mermaid').sort((a, b) => a.startOffset - b.startOffset);
    const items = [...doc.listItems].sort((a, b) => a.startOffset - b.startOffset);
    return doc.headings.map((h) => {
        const section = doc.sections[h.index];
        let blocks = between(mermaid, h.endOffset, section.ownEndOffset);
        // A section whose diagram sits under a subheading of its own (`### Diagram`), not a title over everything.
        if (blocks.length === 0 && h.depth > 1)
            blocks = between(mermaid, h.endOffset, section.fullEndOffset).slice(0, 1);
        return {
            terms: headingTerms(h.text),
            diagrams: blocks.map((b) => (0,detect/* diagramKeyword */.nd)(b.value).toLowerCase()).filter((k) => k !== ''),
            labels: (0,fields/* fieldsIn */.t5)(doc, { start: h.endOffset, end: section.ownEndOffset }).map((f) => f.label),
            endpoints: between(items, h.endOffset, section.ownEndOffset).filter((i) => ENDPOINT.test(i.raw.trim())).length,
            ...optional('level', levelCue(h.text)),
            ...optional('number', leadingNumber(h.text)),
        };
    });
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function templateFacts(template) {
    return template.sections.map((t) => {
        const others = template.sections.filter((o) => o !== t);
        return {
            terms: headingTerms(t.heading),
            ...optional('level', levelCue(t.heading)),
            ...optional('number', leadingNumber(t.heading)),
            othersDiagrams: new Set(others.flatMap((o) => (o.diagram ? [o.diagram.type.toLowerCase()] : []))),
            othersLabels: others.flatMap((o) => o.fields.map((f) => f.label)),
        };
    });
}
/** The score of reading `h` as `t`: words, then what the section holds, its numbering, level cue and depth. */
function pairScore(t, tf, h, hf) {
    const reasons = [];
    const words = termScore(tf.terms, hf.terms);
    let score = words;
    if (words === 1 && h.depth === t.depth)
        reasons.push('text');
    else if (words >= 0.5)
        reasons.push('words');
    let structure = 0;
    if (t.diagram) {
        const want = t.diagram.type.toLowerCase();
        if (hf.diagrams.includes(want)) {
            structure += 0.55;
            reasons.push('diagram');
        }
        else if (hf.diagrams.length > 0 && hf.diagrams.every((d) => tf.othersDiagrams.has(d)))
            structure -= 0.6;
    }
    else if (hf.diagrams.length > 0 && hf.diagrams.every((d) => tf.othersDiagrams.has(d)))
        structure -= 0.4;
    const mine = t.fields.filter((f) => hf.labels.some((l) => (0,fields/* sameLabel */.bK)(l, f.label))).length;
    const theirs = hf.labels.filter((l) => tf.othersLabels.some((o) => (0,fields/* sameLabel */.bK)(o, l))).length;
    if (mine > 0 && (mine >= 2 || t.fields.length === 1)) {
        structure += 0.3 + (0.4 * mine) / t.fields.length;
        reasons.push('fields');
    }
    else if (mine === 0 && theirs >= 2)
        structure -= 0.5;
    if (t.patterns.length > 0 && hf.endpoints > 0) {
        structure += 0.5;
        reasons.push('endpoints');
    }
    score += structure;
    if (tf.level !== undefined && hf.level !== undefined) {
        if (tf.level === hf.level) {
            score += 0.4;
            reasons.push('level');
        }
        else
            score -= 0.7;
    }
    // Numbering only ranks what already has evidence of its own (documents renumber freely).
    if (tf.number !== undefined && tf.number === hf.number && score > 0) {
        score += 0.15;
        reasons.push('number');
    }
    if (h.depth === t.depth)
        score += 0.05;
    else if (t.depth === 1 || h.depth === 1)
        score -= 0.15;
    // What a section holds says little about a subsection of some other section (an ER diagram of roles under `### RBAC`).
    else if (words < 0.5 && h.depth > t.depth)
        score -= 0.15;
    return { score: Math.max(0, Math.min(1, score)), reasons };
}

;// CONCATENATED MODULE: ./src/lint/match.ts



/** Below this a heading is not taken for a template section at all. */
const THRESHOLD = 0.5;
/** At or above this a pair is taken wherever it stands in the document. */
const SURE = 0.85;
/** A pair out of template order needs this much evidence of its own. */
const OUT_OF_ORDER = 0.7;
const ORDER_BONUS = 0.1;
function matchSections(template, doc) {
    const tfacts = templateFacts(template);
    const hfacts = headingFacts(doc);
    const score = template.sections.map((t, ti) => doc.headings.map((h, hi) => {
        const p = pairScore(t, tfacts[ti], h, hfacts[hi]);
        return p.score > 0 ? { t: ti, h: hi, ...p } : undefined;
    }));
    titlePair(template, doc, score);
    const byHeading = new Map();
    const byTemplate = new Map();
    const take = (p) => {
        byHeading.set(p.h, p);
        byTemplate.set(p.t, p);
    };
    const free = (p) => !byHeading.has(p.h) && !byTemplate.has(p.t);
    const all = score.flat().filter((p) => !!p);
    // Best first; on ties the earlier heading (the first occurrence), then the earlier template section.
    const best = (a, b) => b.score - a.score || a.h - b.h || a.t - b.t;
    for (const p of all.filter((x) => x.score >= SURE).sort(best))
        if (free(p))
            take(p);
    for (const p of alignInOrder(template, doc, score, byTemplate, byHeading))
        take(p);
    for (const p of all.filter((x) => x.score >= OUT_OF_ORDER).sort(best))
        if (free(p))
            take(p);
    const matched = template.sections.map((t) => {
        const p = byTemplate.get(t.index);
        if (!p)
            return undefined;
        const h = doc.headings[p.h];
        return { template: t, heading: h, section: doc.sections[p.h], exact: h.text === t.heading && h.depth === t.depth, score: p.score, reasons: p.reasons };
    });
    return { byTemplate: matched, duplicates: duplicatesOf(doc, matched, byHeading) };
}
/**
 * The document's title: its first level-1 heading stands for the template's level-1 heading, as long
 * as no heading that is recognisably another template section comes before it (a title comes first;
 * otherwise demoting a mistaken `# 5. ...` would promote whatever level-1 heading follows to title).
 */
function titlePair(template, doc, score) {
    const title = template.sections.find((t) => t.depth === 1);
    const firstH1 = doc.headings.find((h) => h.depth === 1);
    if (!title || !firstH1)
        return;
    const sectionBefore = score.some((row, ti) => ti !== title.index && row.some((p) => p && p.h < firstH1.index && p.score >= THRESHOLD));
    const current = score[title.index][firstH1.index];
    if (!sectionBefore && (!current || current.score < THRESHOLD)) {
        score[title.index][firstH1.index] = { t: title.index, h: firstH1.index, score: THRESHOLD, reasons: ['title'] };
    }
}
/**
 * The best order-preserving assignment of the sections not yet matched to the headings not yet
 * taken (a weighted longest common subsequence). A pair whose heading lies between the headings of
 * the template section's matched neighbours scores a little more; one outside them a little less.
 */
function alignInOrder(template, doc, score, byTemplate, byHeading) {
    const ts = template.sections.map((t) => t.index).filter((t) => !byTemplate.has(t));
    const hs = doc.headings.map((h) => h.index).filter((h) => !byHeading.has(h));
    // Only headings with a chance of reaching the threshold take part (most headings of a long document have none).
    const viable = hs.filter((h) => ts.some((t) => (score[t][h]?.score ?? 0) >= THRESHOLD));
    if (ts.length === 0 || viable.length === 0)
        return [];
    const anchors = [...byTemplate.values()].sort((a, b) => a.t - b.t);
    const adjusted = (t, h) => {
        const p = score[t][h];
        // Order ranks candidates; it never makes a heading a template section on its own.
        if (!p || p.score < THRESHOLD)
            return undefined;
        const before = anchors.filter((a) => a.t < t).at(-1)?.h ?? -1;
        const after = anchors.find((a) => a.t > t)?.h ?? Number.MAX_SAFE_INTEGER;
        const fits = before < h && h < after;
        const s = p.score + (fits ? ORDER_BONUS : -ORDER_BONUS);
        if (s < THRESHOLD)
            return undefined;
        return { ...p, score: Math.min(1, s), reasons: fits && !p.reasons.includes('title') ? [...p.reasons, 'order'] : p.reasons };
    };
    const n = ts.length;
    const m = viable.length;
    // best[i][j]: the best total over ts[i..] and viable[j..].
    const best = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            const p = adjusted(ts[i], viable[j]);
            best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], p ? p.score + best[i + 1][j + 1] : 0);
        }
    }
    const out = [];
    for (let i = 0, j = 0; i < n && j < m;) {
        const p = adjusted(ts[i], viable[j]);
        if (p && best[i][j] === p.score + best[i + 1][j + 1]) {
            out.push(p);
            i++;
            j++;
        }
        else if (best[i][j] === best[i + 1][j])
            i++;
        else
            j++;
    }
    return out;
}
/** Unmatched headings that read the same as a matched one (`## Context` after `## 1. Context`). */
function duplicatesOf(doc, matched, byHeading) {
    const duplicates = [];
    for (const h of doc.headings) {
        if (byHeading.has(h.index))
            continue;
        for (const m of matched) {
            if (m && normalizeHeading(m.heading.text) === normalizeHeading(h.text) && wordScore(m.template.heading, h.text) >= 0.7) {
                duplicates.push({ template: m.template, heading: h, first: m });
                break;
            }
        }
    }
    return duplicates;
}
/** Matched sections in document order. */
function presentInDocOrder(match) {
    return match.byTemplate.filter((m) => !!m).sort((a, b) => a.heading.index - b.heading.index);
}


/***/ }),

/***/ 62993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/lint/scope.ts
var scope = __webpack_require__(65425);
// EXTERNAL MODULE: ./src/lint/edits.ts
var edits = __webpack_require__(43728);
;// CONCATENATED MODULE: ./src/lint/rules/section-missing.ts


const sectionMissing = {
    name: 'section-missing',
    description: 'A heading that the template requires is absent from the document.',
    severity: 'error',
    fixable: true,
    check(ctx) {
        const { template, match, doc } = ctx;
        const missing = template.sections
            .filter((t) => !match.byTemplate[t.index])
            .map((t) => {
            const next = match.byTemplate.slice(t.index + 1).find((m) => m !== undefined);
            // The template's first section (the title) opens the document, so that no text of the author's
            // is left above every heading, where it would read as chat before the document.
            const offset = t.index === 0 ? (0,edits/* bodyStartOffset */.em)(doc) : next ? doc.lineStarts[next.heading.line - 1] : (0,edits/* endInsertionOffset */.st)(doc);
            return { t, offset };
        });
        // Any other goes before the next template section that is present, or at the end. Sections
        // missing at the same place share one edit that inserts them all in template order.
        const skeletons = new Map();
        for (const { t, offset } of missing)
            skeletons.set(offset, [...(skeletons.get(offset) ?? []), (0,edits/* sectionSkeleton */.ru)(t)]);
        return missing.map(({ t, offset }) => {
            // Point at the place it belongs.
            const line = offset < doc.text.length ? (0,edits/* lineAt */.mh)(doc, offset) : Math.max(1, doc.lines.length - (doc.text.endsWith('\n') ? 1 : 0));
            const prev = template.sections[t.index - 1];
            const where = prev ? ` after \`${(0,scope/* headingLine */.F5)(prev.depth, prev.heading)}\`` : ' at the start';
            return {
                message: `Missing section \`${(0,scope/* headingLine */.F5)(t.depth, t.heading)}\`: add it${where}.`,
                line,
                column: 1,
                // Text inserted into a code block (one left open runs to the end) would be code, not a section.
                ...(0,edits/* fixUnlessInCode */.MZ)(doc, [(0,edits/* insertBeforeOffset */.Wq)(doc, offset, (skeletons.get(offset) ?? []).join('\n\n'))]),
            };
        });
    },
};

// EXTERNAL MODULE: ./src/lint/match.ts + 2 modules
var match = __webpack_require__(86803);
;// CONCATENATED MODULE: ./src/lint/reorder.ts

function sectionUnits(doc, match) {
    const templateOf = new Map();
    for (const m of match.byTemplate)
        if (m)
            templateOf.set(m.heading.index, m.template.index);
    const starts = doc.headings
        .filter((h) => templateOf.has(h.index))
        .map((h) => ({ template: templateOf.get(h.index), heading: h.index, start: doc.lineStarts[h.line - 1] }));
    return starts.map((s, i) => {
        const end = starts[i + 1]?.start ?? doc.text.length;
        let lastLine = end < doc.text.length ? (0,edits/* lineAt */.mh)(doc, end) - 1 : doc.lines.length;
        const first = (0,edits/* lineAt */.mh)(doc, s.start);
        while (lastLine > first && (0,edits/* isBlankLine */.pB)(doc, lastLine))
            lastLine--;
        return { ...s, end, lastLine, coreEnd: Math.min(end, doc.lineStarts[lastLine] ?? doc.text.length) };
    });
}
/**
 * One edit that rewrites the stretch from the first to the last unit out of place; undefined when the
 * order is right or cannot be repaired safely (an unclosed code fence would swallow what follows it).
 */
function reorderEdit(doc, units) {
    const sorted = [...units].sort((a, b) => a.template - b.template);
    const moved = units.map((u, i) => u !== sorted[i]);
    const first = moved.indexOf(true);
    if (first === -1 || doc.codeBlocks.some((c) => !c.closed))
        return undefined;
    const last = moved.lastIndexOf(true);
    let text = '';
    let before = doc.text.slice(0, units[first].start);
    for (let k = first; k <= last; k++) {
        const slot = units[k];
        let core = doc.text.slice(sorted[k].start, sorted[k].coreEnd);
        // Only the document's last line may lack a newline; whichever unit lands there takes that over.
        if (!core.endsWith('\n'))
            core += '\n';
        if (!doc.text.slice(slot.start, slot.coreEnd).endsWith('\n'))
            core = core.slice(0, -1);
        // A setext heading right under a line of text would take that line in: it needs a blank line above.
        const prose = before !== '' && !/(?:^|\n)[ \t]*\n$/.test(before.slice(-200));
        if (prose && !/^\s{0,3}#{1,6}(?:\s|$)/.test(core))
            core = `\n${core}`;
        const piece = core + doc.text.slice(slot.coreEnd, slot.end);
        text += piece;
        before += piece;
    }
    return { start: units[first].start, end: units[last].end, text };
}

;// CONCATENATED MODULE: ./src/lint/rules/section-order.ts



/** Indices (into `xs`) of a longest strictly increasing subsequence. */
function longestIncreasing(xs) {
    const tails = [];
    const prev = new Array(xs.length).fill(-1);
    for (let i = 0; i < xs.length; i++) {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (xs[tails[mid]] < xs[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            prev[i] = tails[lo - 1];
        tails[lo] = i;
    }
    const keep = new Set();
    for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = prev[i])
        keep.add(i);
    return keep;
}
const sectionOrder = {
    name: 'section-order',
    description: 'Template sections appear in a different order than the template gives.',
    severity: 'error',
    fixable: true,
    check(ctx) {
        const present = (0,match/* presentInDocOrder */.fj)(ctx.match);
        const inOrder = longestIncreasing(present.map((m) => m.template.index));
        if (inOrder.size === present.length)
            return [];
        // One edit puts every section in place; each finding carries it and covers the lines that move with it.
        const units = sectionUnits(ctx.doc, ctx.match);
        const edit = reorderEdit(ctx.doc, units);
        return present.flatMap((m, i) => {
            if (inOrder.has(i))
                return [];
            const before = present.filter((_, j) => inOrder.has(j)).find((o) => o.template.index > m.template.index);
            const anchor = before ? `before \`${(0,scope/* headingLine */.F5)(before.template.depth, before.template.heading)}\`` : 'after the other template sections';
            return [
                {
                    message: `Section \`${(0,scope/* headingLine */.F5)(m.heading.depth, m.heading.text)}\` is out of template order: move it ${anchor}.`,
                    line: m.heading.line,
                    column: m.heading.column,
                    endLine: Math.max(m.section.fullEndLine, units.find((u) => u.heading === m.heading.index)?.lastLine ?? 0),
                    ...(edit ? { fix: [edit] } : { fixable: false }),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/heading-mismatch.ts

/** Rewrite the heading as the template writes it; a setext heading (text over `===`/`---`) stays setext where it can. */
function rewriteHeading(doc, m) {
    const h = m.heading;
    const t = m.template;
    // `3. Data Model` over `---` would be a list item and a rule: such text only works as an ATX heading.
    const setextSafe = !/^\s*(?:\d{1,9}[.)]|[-+*>#]|=+|`{3}|~{3})(?:\s|$)/.test(t.heading);
    if (h.endLine > h.line && t.depth <= 2 && setextSafe) {
        const underline = doc.lines[h.endLine - 1].trim();
        // An underline as long as its text grows or shrinks with it; any other length is the author's choice.
        const fitted = h.endLine === h.line + 1 && underline.length === doc.lines[h.line - 1].trim().length;
        const length = fitted ? t.heading.length : underline.length;
        return { start: h.startOffset, end: h.endOffset, text: `${t.heading}\n${(t.depth === 1 ? '=' : '-').repeat(Math.max(3, length))}` };
    }
    return { start: h.startOffset, end: h.endOffset, text: (0,scope/* headingLine */.F5)(t.depth, t.heading) };
}
const headingMismatch = {
    name: 'heading-mismatch',
    description: "A section is recognisably there, but its heading text or level differs from the template's.",
    severity: 'error',
    fixable: true,
    check(ctx) {
        return ctx.match.byTemplate.flatMap((m) => {
            if (!m || m.exact)
                return [];
            const want = (0,scope/* headingLine */.F5)(m.template.depth, m.template.heading);
            const found = (0,scope/* headingLine */.F5)(m.heading.depth, m.heading.text);
            const what = m.heading.text === m.template.heading
                ? `level ${m.heading.depth} should be level ${m.template.depth}`
                : m.heading.depth === m.template.depth
                    ? 'text differs from the template'
                    : 'text and level differ from the template';
            return [
                {
                    message: `Heading \`${found}\`: ${what}; write \`${want}\`.`,
                    line: m.heading.line,
                    column: m.heading.column,
                    endLine: m.heading.endLine, // a setext heading's underline; the engine drops an endLine on the finding's own line
                    fix: [rewriteHeading(ctx.doc, m)],
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/section-duplicate.ts

/**
 * The earlier of the two headings is named first. The one matched to the template is usually the
 * earlier, but not always: a better-matching heading further down wins the template section.
 */
function message(repeat, repeatLine, matched, matchedLine) {
    return matchedLine < repeatLine
        ? `Section \`${repeat}\` at line ${repeatLine} repeats \`${matched}\` (first at line ${matchedLine}): merge the two into one.`
        : `Section \`${repeat}\` at line ${repeatLine} is repeated by \`${matched}\` at line ${matchedLine}: merge the two into one.`;
}
const sectionDuplicate = {
    name: 'section-duplicate',
    description: 'A template section appears twice.',
    severity: 'error',
    fixable: false,
    check(ctx) {
        return ctx.match.duplicates.map((d) => ({
            message: message((0,scope/* headingLine */.F5)(d.heading.depth, d.heading.text), d.heading.line, (0,scope/* headingLine */.F5)(d.first.heading.depth, d.first.heading.text), d.first.heading.line),
            line: d.heading.line,
            column: d.heading.column,
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/diagrams.ts

function sameDiagramType(found, want) {
    return found.toLowerCase() === want.toLowerCase();
}
function sectionDiagrams(ctx) {
    return ctx.match.byTemplate.flatMap((m) => {
        if (!m?.template.diagram || !(0,scope/* hasContent */.ov)(ctx.doc.text, (0,scope/* fullRange */.t4)(m)))
            return [];
        const want = m.template.diagram;
        const blocks = (0,scope/* diagramsIn */.MP)(ctx, (0,scope/* fullRange */.t4)(m));
        const right = blocks.find((d) => sameDiagramType(d.analysis.type, want.type));
        return [{ m, want, diagram: right ?? blocks[0], typeMatches: !!right }];
    });
}

// EXTERNAL MODULE: ./src/mermaid/detect.ts
var detect = __webpack_require__(52640);
;// CONCATENATED MODULE: ./src/lint/rules/diagram-type.ts


/** `an erDiagram`, `a C4Context`: by the first letter's sound, which for these keywords is the letter. */
function article(word) {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
const diagramType = {
    name: 'diagram-type',
    description: 'The diagram is of the wrong type (e.g. `graph TB` where a `C4Context` belongs).',
    severity: 'error',
    fixable: false,
    check(ctx) {
        return sectionDiagrams(ctx).flatMap(({ diagram, typeMatches, want }) => {
            if (!diagram || typeMatches)
                return [];
            const found = diagram.analysis.type || 'no diagram type';
            const header = (0,detect/* diagramHeader */.PY)(diagram.block.value);
            return [
                {
                    message: `Diagram is \`${found}\`; this section needs ${article(want.type)} \`${want.type}\` diagram.`,
                    line: diagram.block.contentLine + (header ? header.line - 1 : 0),
                    column: diagram.block.indent + (header?.column ?? 1),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/section-empty.ts



/**
 * Sections the template expects something in (a title heading with only subsections expects nothing itself).
 * A diagram, fields, bullets and `...` all stand in the section's skeleton body, so a body is what says it.
 */
function expectsContent(t) {
    return t.body !== '';
}
const sectionEmpty = {
    name: 'section-empty',
    description: 'A required section has no content.',
    severity: 'error',
    fixable: true,
    check(ctx) {
        return ctx.match.byTemplate.flatMap((m) => {
            if (!m || !expectsContent(m.template) || (0,scope/* hasContent */.ov)(ctx.doc.text, (0,scope/* fullRange */.t4)(m)))
                return [];
            return [
                {
                    message: `Section \`${(0,scope/* headingLine */.F5)(m.heading.depth, m.heading.text)}\` is empty: write its content (the template expects ${describe(m.template)}).`,
                    line: m.heading.line,
                    column: m.heading.column,
                    ...fillWithSkeleton(ctx.doc, m.heading.endLine, m.template),
                },
            ];
        });
    },
};
/** The template's skeleton under the heading (never empty: a section with no body expects nothing). */
function fillWithSkeleton(doc, headingEnd, t) {
    const body = (0,edits/* bodyUnderHeading */.Bc)(t.body);
    const blankBefore = body.startsWith('\n\n');
    return (0,edits/* fixUnlessInCode */.MZ)(doc, [(0,edits/* insertAfterLine */.uA)(doc, headingEnd, body.replace(/^\n+/, ''), { blankBefore, blankAfter: true })]);
}
function describe(t) {
    const parts = [];
    if (t.diagram)
        parts.push(`${article(t.diagram.type)} ${t.diagram.type} diagram`);
    if (t.fields.length)
        parts.push(t.fields.map((f) => `**${f.label}**`).join(', '));
    if (t.patterns.length)
        parts.push(`bullets like ${t.patterns[0].example.replace(/^- /, '')}`);
    return parts.length ? parts.join('; ') : 'some text';
}

// EXTERNAL MODULE: ./src/lint/fields.ts
var fields = __webpack_require__(32456);
;// CONCATENATED MODULE: ./src/lint/rules/field-missing.ts



const fieldMissing = {
    name: 'field-missing',
    description: 'A labelled bullet that the template requires (`- **Label**: value`) is absent or has no value.',
    severity: 'error',
    fixable: true,
    check(ctx) {
        const out = [];
        for (const m of ctx.match.byTemplate) {
            if (!m || m.template.fields.length === 0)
                continue;
            const range = (0,scope/* fullRange */.t4)(m);
            if (!(0,scope/* hasContent */.ov)(ctx.doc.text, range))
                continue; // section-empty says it once
            const found = (0,fields/* fieldsIn */.t5)(ctx.doc, range);
            const section = `\`${(0,scope/* headingLine */.F5)(m.heading.depth, m.heading.text)}\``;
            const present = new Map();
            const missing = [];
            for (const want of m.template.fields) {
                const hit = found.find((f) => (0,fields/* sameLabel */.bK)(f.label, want.label));
                if (hit) {
                    present.set(want, hit);
                    if (hit.value === '') {
                        out.push({ message: `Field **${want.label}** has no value: fill it in.`, line: hit.line, column: 1, fixable: false });
                    }
                    continue;
                }
                const renamed = found.find((f) => (0,fields/* similarLabel */.w9)(want.label, f.label) && !m.template.fields.some((o) => (0,fields/* sameLabel */.bK)(o.label, f.label)));
                if (renamed) {
                    present.set(want, renamed);
                    out.push({
                        message: `Field **${renamed.label}** should be labelled **${want.label}** as in the template.`,
                        line: renamed.line,
                        column: 1,
                        fix: [{ start: renamed.labelStart, end: renamed.labelEnd, text: want.label }],
                    });
                    continue;
                }
                const finding = {
                    message: `Missing field \`**${want.label}**\` in ${section}: add \`- **${want.label}**: ${want.placeholder}\` and fill it in.`,
                    line: m.heading.line,
                    column: 1,
                };
                missing.push({ want, finding });
                out.push(finding);
            }
            // All of a section's missing fields go in together (one edit group), each in its template place.
            const fix = (0,edits/* fixUnlessInCode */.MZ)(ctx.doc, insertFields(ctx, m, present, missing.map((x) => x.want)));
            for (const { finding } of missing)
                Object.assign(finding, fix);
        }
        return out;
    },
};
/**
 * Each missing field goes after the field that precedes it in the template (when that one is in the
 * section's own text), else before the first field that follows it, else after the section's own content;
 * written with the list marker, indentation and label style the section already uses.
 */
function insertFields(ctx, m, present, missing) {
    const { doc } = ctx;
    const own = (0,scope/* ownRange */.UD)(m);
    const ownFields = new Map([...present].filter(([, f]) => (0,scope/* inRange */.r4)({ startOffset: f.lineStart }, own)));
    const sample = [...ownFields.values()][0];
    const marker = (line) => /^\s*(?:[-*+]|\d+[.)])\s+/.exec(doc.lines[line - 1])?.[0] ?? '';
    const firstItem = doc.listItems.find((i) => (0,scope/* inRange */.r4)(i, own) && i.nesting === 0);
    const listChar = firstItem ? marker(firstItem.line).trim() : '-';
    // Fields written without bullets stay without; numbered lists get a plain bullet (a number would be wrong).
    const bullet = sample ? marker(sample.line).replace(/(?<!\d)\d+[.)]/, '-') : `${/^[-*+]$/.test(listChar) ? listChar : '-'} `;
    const colonInside = sample ? doc.lines[sample.line - 1].includes(':**') : false;
    const line = (f) => `${bullet}**${f.label}${colonInside ? ':** ' : '**: '}${f.placeholder}`.trimEnd();
    // Insertion point -> lines to insert there, in template order (two anchors may meet at one line start).
    const groups = new Map();
    const add = (edit, text) => {
        const at = edit('').start;
        const g = groups.get(at) ?? { edit, lines: [] };
        g.lines.push(text);
        groups.set(at, g);
    };
    const fields = m.template.fields;
    for (const want of missing) {
        const i = fields.indexOf(want);
        const before = fields
            .slice(0, i)
            .reverse()
            .find((f) => ownFields.has(f));
        const after = fields.slice(i + 1).find((f) => ownFields.has(f));
        if (before) {
            const end = itemEndLine(ctx, ownFields.get(before).line);
            add((block) => (0,edits/* insertAfterLine */.uA)(doc, end, block, { blankBefore: false, blankAfter: false }), line(want));
        }
        else if (after) {
            const start = doc.lineStarts[ownFields.get(after).line - 1];
            add((block) => ({ start, end: start, text: `${block}\n` }), line(want));
        }
        else {
            const { line: end, list } = lastContent(ctx, m);
            // After prose or a diagram the list needs a blank line of its own; under the heading or a list it follows
            // directly. Only a list's own items may follow it without a blank line (under the heading, a subsection may).
            const blankBefore = end !== m.heading.endLine && !list;
            add((block) => (0,edits/* insertAfterLine */.uA)(doc, end, block, { blankBefore, blankAfter: !list }), line(want));
        }
    }
    return [...groups.values()].map((g) => g.edit(g.lines.join('\n'))).sort((a, b) => a.start - b.start);
}
/** Last line of the top-level list item that starts on `line` (continuation lines and sub-lists included). */
function itemEndLine(ctx, line) {
    const item = ctx.doc.listItems.find((i) => i.line === line);
    return item ? item.endLine : line;
}
/** Last non-blank line of the section's own content (its heading when it has none), and whether it ends a list. */
function lastContent(ctx, m) {
    const { doc } = ctx;
    const own = (0,scope/* ownRange */.UD)(m);
    let last = own.end < doc.text.length ? (0,edits/* lineAt */.mh)(doc, own.end) - 1 : doc.lines.length;
    // A comment closing the document (archdoc's stamp) is not the section's: new sections go before it, and so do fields.
    const stamp = (0,edits/* endInsertionOffset */.st)(doc);
    if (stamp < doc.text.length && stamp >= own.start)
        last = Math.min(last, (0,edits/* lineAt */.mh)(doc, stamp) - 1);
    while (last > m.heading.endLine && (0,edits/* isBlankLine */.pB)(doc, last))
        last--;
    if (last === m.heading.endLine)
        return { line: last, list: false };
    const item = doc.listItems.find((i) => i.nesting === 0 && i.line <= last && i.endLine >= last && (0,scope/* inRange */.r4)(i, own));
    return item ? { line: Math.max(last, item.endLine), list: true } : { line: last, list: false };
}

// EXTERNAL MODULE: ./src/markdown/parse.ts + 1 modules
var parse = __webpack_require__(27059);
;// CONCATENATED MODULE: ./src/lint/rules/placeholder.ts


const MARKER = /\b(TODO|TBD|FIXME)\b/g;
const LONE_BRACKET = /^\[[^\]\n]+\]$/;
const ELLIPSIS = /^(?:\.\.\.|…)$/;
/** Text, inline code and paragraphs outside links, code blocks and HTML. */
function walk(node, visit, parent) {
    // Code blocks and HTML are leaves that are neither text nor inline code: only links need skipping.
    if (node.type === 'link' || node.type === 'linkReference')
        return;
    visit(node, parent);
    if ('children' in node)
        for (const c of node.children)
            walk(c, visit, node);
}
const placeholder = {
    name: 'placeholder',
    description: 'Template placeholder text (`[...]`, a lone `...`, TODO/TBD) was left in the document.',
    severity: 'error',
    fixable: false,
    check(ctx) {
        const out = [];
        const seen = new Set();
        const at = (offset, message) => {
            if (seen.has(offset))
                return;
            seen.add(offset);
            const p = (0,parse/* positionAt */.t$)(ctx.doc.lineStarts, offset);
            out.push({ message, line: p.line, column: p.column });
        };
        walk(ctx.doc.root, (n, parent) => {
            const start = n.position?.start.offset;
            if (start === undefined)
                return;
            if (n.type === 'text') {
                // A text node's value is not its source (line endings and the blanks before them are normalised):
                // find each token in the source itself, in order, rather than adding its index to the start.
                const source = ctx.doc.text.slice(start, n.position?.end.offset ?? start);
                const sourceAt = (token, from) => {
                    const k = source.indexOf(token, from);
                    return k === -1 ? from : k;
                };
                for (const p of ctx.template.placeholders) {
                    let from = 0;
                    for (let i = n.value.indexOf(p); i !== -1; i = n.value.indexOf(p, i + p.length)) {
                        from = sourceAt(p, from);
                        at(start + from, `Placeholder \`${p}\` left from the template: replace it with real content.`);
                        from += p.length;
                    }
                }
                let from = 0;
                for (const m of n.value.matchAll(MARKER)) {
                    from = sourceAt(m[0], from);
                    at(start + from, `\`${m[0]}\` left in the document: resolve it.`);
                    from += m[0].length;
                }
                if (ELLIPSIS.test(n.value) && parent?.type === 'paragraph' && parent.children.length === 1) {
                    at(start, 'A lone `...` stands where content belongs: write the content.');
                }
            }
            else if (n.type === 'inlineCode' && ctx.template.placeholderCode.includes(n.value)) {
                at(start, `Placeholder \`${n.value}\` left from the template: replace it with a real value.`);
            }
        });
        lonelyFieldValues(ctx, at);
        diagramEllipses(ctx, at);
        // Left unsorted: the lint engine sorts every rule's findings.
        return out;
    },
};
/** `- **Auth**: [Pick one]`: a bracketed value standing alone where a field's value belongs. */
function lonelyFieldValues(ctx, at) {
    // mdast gives a definition's identifier normalised: lower case, blanks collapsed and trimmed; so is the label here.
    const definitions = new Set(ctx.doc.root.children.flatMap((n) => (n.type === 'definition' ? [n.identifier] : [])));
    for (const f of (0,fields/* fieldsIn */.t5)(ctx.doc, { start: 0, end: ctx.doc.text.length })) {
        if (!LONE_BRACKET.test(f.value) || definitions.has(f.value.slice(1, -1).replace(/\s+/g, ' ').trim().toLowerCase()))
            continue;
        const offset = f.lineStart + ctx.doc.lines[f.line - 1].lastIndexOf(f.value);
        at(offset, `Field **${f.label}** still holds the placeholder \`${f.value}\`: replace it with a real value.`);
    }
}
/** The template's `...` inside a diagram (also as a `%% ...` comment): the diagram is still a skeleton. */
function diagramEllipses(ctx, at) {
    for (const block of ctx.doc.codeBlocks) {
        if (block.lang !== 'mermaid')
            continue;
        // An unclosed block ends at its last content line, a closed one at its closing fence.
        const last = block.closed ? block.endLine - 1 : block.endLine;
        for (let lineNo = block.contentLine; lineNo <= last; lineNo++) {
            const text = ctx.doc.lines[lineNo - 1];
            if (/^\s*(?:%%\s*)?(?:\.\.\.|…)\s*$/.test(text)) {
                at(ctx.doc.lineStarts[lineNo - 1] + text.search(/\S/), "The diagram still holds the template's `...`: draw the real diagram.");
            }
        }
    }
}

// EXTERNAL MODULE: ./src/lint/endpoints.ts
var endpoints = __webpack_require__(48011);
;// CONCATENATED MODULE: ./src/lint/rules/endpoint-format.ts


const endpointFormat = {
    name: 'endpoint-format',
    description: 'A Key Endpoints bullet is not `` `METHOD /path` - description ``, or the section lists none.',
    severity: 'error',
    fixable: false,
    check(ctx) {
        const out = [];
        for (const { m, pattern, bullets } of (0,endpoints/* patternBullets */.f)(ctx)) {
            if (!(0,scope/* hasContent */.ov)(ctx.doc.text, (0,scope/* fullRange */.t4)(m)))
                continue; // section-empty says it once
            // The template's own bullet left in is a placeholder finding, not a format one.
            const real = bullets.filter((b) => !(b.code && ctx.template.placeholderCode.includes(b.code)));
            for (const b of real) {
                if (b.problem)
                    out.push({ message: `Endpoint bullet: ${b.problem}.`, line: b.item.line, column: b.item.column });
            }
            if (bullets.length === 0) {
                out.push({
                    message: `Section \`${(0,scope/* headingLine */.F5)(m.heading.depth, m.heading.text)}\` lists no bullets of the form \`\` ${pattern.example.replace(/^- /, '')} \`\`: add at least one.`,
                    line: m.heading.line,
                    column: m.heading.column,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/endpoint-duplicate.ts

/**
 * Each parameter (`{id}`, `:id`, `<id>`) as `{}`: what path.replace(/\{[^}]+\}|:[A-Za-z_]\w*|<[^>]+>/g, '{}')
 * did, in one pass (the regex rescanned the rest of the path from every `{` or `<` left open).
 */
function paramsAsBraces(path) {
    const known = new Map();
    /** The first `close` at or after `from`: searches only move forward, so the path is scanned once per kind. */
    const closeFrom = (close, from) => {
        let at = known.get(close);
        if (at === undefined || (at !== -1 && at < from))
            known.set(close, (at = path.indexOf(close, from)));
        return at;
    };
    let out = '';
    let i = 0;
    while (i < path.length) {
        const c = path[i];
        let end = -1; // exclusive end of a parameter starting at i
        if (c === '{' || c === '<') {
            const close = closeFrom(c === '{' ? '}' : '>', i + 1);
            if (close > i + 1)
                end = close + 1;
        }
        else if (c === ':' && /[a-z_]/i.test(path[i + 1] ?? '')) {
            end = i + 2;
            while (end < path.length && /\w/.test(path[end]))
                end++;
        }
        if (end === -1)
            out += path[i++];
        else {
            out += '{}';
            i = end;
        }
    }
    return out;
}
/** `GET /users/` and `get /users` are the same endpoint; `{id}` and `:id` are the same parameter (`GET /` keys as `GET `). */
function endpointKey(code) {
    const [method, ...rest] = code.split(/\s+/);
    return `${method.toUpperCase()} ${paramsAsBraces(rest.join(' ').replace(/(?<!\/)\/+$/, ''))}`;
}
const endpointDuplicate = {
    name: 'endpoint-duplicate',
    description: 'The same method and path are listed twice.',
    severity: 'warning',
    fixable: false,
    check(ctx) {
        const out = [];
        for (const { bullets } of (0,endpoints/* patternBullets */.f)(ctx)) {
            const first = new Map();
            for (const b of bullets) {
                if (!b.code || b.problem || ctx.template.placeholderCode.includes(b.code))
                    continue;
                const key = endpointKey(b.code);
                const line = first.get(key);
                if (line === undefined)
                    first.set(key, b.item.line);
                else
                    out.push({ message: `Endpoint \`${b.code}\` is already listed at line ${line}: keep one.`, line: b.item.line, column: b.item.column });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/diagram-missing.ts


const diagramMissing = {
    name: 'diagram-missing',
    description: 'A section that needs a mermaid diagram has none.',
    severity: 'error',
    fixable: false,
    check(ctx) {
        return sectionDiagrams(ctx)
            .filter((s) => !s.diagram)
            .map(({ m, want }) => ({
            message: `Section \`${(0,scope/* headingLine */.F5)(m.heading.depth, m.heading.text)}\` needs a \`\`\`mermaid block starting with \`${want.type}\`.`,
            line: m.heading.line,
            column: m.heading.column,
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/diagram-syntax.ts
const diagramSyntax = {
    name: 'diagram-syntax',
    description: "mermaid's own parser cannot parse the diagram; the position points into the file.",
    severity: 'error',
    fixable: false,
    check(ctx) {
        return ctx.diagrams.flatMap(({ block, analysis }) => {
            const e = analysis.error;
            if (!e)
                return [];
            const line = Math.min(block.contentLine + e.line - 1, Math.max(block.contentLine, block.endLine));
            return [{ message: `mermaid cannot parse this diagram: ${e.message}`, line, column: block.indent + Math.max(1, e.column) }];
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/fence-unclosed.ts

const fenceUnclosed = {
    name: 'fence-unclosed',
    description: 'A code fence is never closed, so the text after it would be read as code.',
    severity: 'error',
    fixable: true,
    check(ctx) {
        const { doc } = ctx;
        // parseForLint has ended each open block where its content stops; the closing fence goes right there.
        return doc.codeBlocks
            .filter((c) => !c.closed)
            .map((c) => {
            const fence = /^\s*(`{3,}|~{3,})/.exec(doc.lines[c.line - 1])?.[1] ?? '```';
            const at = (0,edits/* afterLine */.fU)(doc, c.endLine);
            const newline = at === doc.text.length && !doc.text.endsWith('\n') ? '\n' : '';
            return {
                message: `Unclosed code fence opened at line ${c.line}: close it with ${fence} after line ${c.endLine}.`,
                line: c.line,
                column: c.column,
                fix: [{ start: at, end: at, text: `${newline}${' '.repeat(c.indent)}${fence}\n` }],
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/diagram-title.ts


/** Document line of the diagram's keyword: past blank lines, `%%` comments and a `---` front matter block. */
function keywordLine(doc, d) {
    const last = d.block.closed ? d.block.endLine - 1 : d.block.endLine;
    let inFrontMatter = false;
    for (let n = d.block.contentLine; n <= last; n++) {
        const text = (doc.lines[n - 1] ?? '').trim();
        if (n === d.block.contentLine && text === '---')
            inFrontMatter = true;
        else if (inFrontMatter)
            inFrontMatter = text !== '---';
        else if (text !== '' && !text.startsWith('%%'))
            return n;
    }
    return undefined;
}
/** `title ...` on the line after the keyword, indented like the diagram's statements. */
function addTitle(doc, d, title) {
    const at = keywordLine(doc, d);
    if (at === undefined)
        return undefined;
    const indentOf = (line) => line.slice(0, line.length - line.trimStart().length);
    const own = indentOf(doc.lines[at - 1]);
    const last = d.block.closed ? d.block.endLine - 1 : d.block.endLine;
    const next = doc.lines.slice(at, last).find((l) => l.trim() !== '');
    const indent = next !== undefined && indentOf(next).length > own.length ? indentOf(next) : `${own}    `;
    return (0,edits/* insertAfterLine */.uA)(doc, at, `${indent}title ${title}`, { blankBefore: false, blankAfter: false });
}
const diagramTitle = {
    name: 'diagram-title',
    description: 'The diagram has no `title` line although the template gives it one.',
    severity: 'warning',
    fixable: true,
    check(ctx) {
        return sectionDiagrams(ctx).flatMap(({ diagram, typeMatches, want }) => {
            if (!diagram || !typeMatches || !want.title || diagram.analysis.title)
                return [];
            const edit = addTitle(ctx.doc, diagram, want.title);
            return [
                {
                    message: `Diagram has no title: add \`title ${want.title}\` below \`${want.type}\`.`,
                    line: diagram.block.line,
                    column: diagram.block.column,
                    ...(edit ? { fix: [edit] } : { fixable: false }),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/c4-undefined-alias.ts
const c4UndefinedAlias = {
    name: 'c4-undefined-alias',
    description: 'A `Rel`/`BiRel`/`Rel_*` names an element alias that the diagram never declares.',
    severity: 'error',
    fixable: false,
    check(ctx) {
        const out = [];
        for (const { block, analysis } of ctx.diagrams) {
            const c4 = analysis.c4;
            if (!c4)
                continue;
            // A swallowed declaration is reported once, by c4-swallowed-element: closing its `)` declares it.
            const declared = new Set([...c4.elements, ...c4.swallowed].map((e) => e.alias));
            for (const r of c4.relations) {
                for (const [alias, line, column] of [
                    [r.from, r.fromLine, r.fromColumn],
                    [r.to, r.toLine, r.toColumn],
                ]) {
                    if (declared.has(alias))
                        continue;
                    const near = [...declared].find((d) => d.toLowerCase() === alias.toLowerCase());
                    out.push({
                        message: `\`${r.kind}\` refers to \`${alias}\`, which no element declares${near ? ` (did you mean \`${near}\`?)` : ''}.`,
                        line: block.contentLine + line - 1,
                        column: block.indent + column,
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/c4-duplicate-alias.ts
const c4DuplicateAlias = {
    name: 'c4-duplicate-alias',
    description: 'Two C4 elements share an alias.',
    severity: 'error',
    fixable: false,
    check(ctx) {
        const out = [];
        for (const { block, analysis } of ctx.diagrams) {
            if (!analysis.c4)
                continue;
            const first = new Map();
            for (const e of analysis.c4.elements) {
                const line = block.contentLine + e.line - 1;
                const seen = first.get(e.alias);
                if (seen === undefined)
                    first.set(e.alias, line);
                else
                    out.push({
                        message: `Alias \`${e.alias}\` is already declared at line ${seen}: give each element its own alias.`,
                        line,
                        column: block.indent + e.column,
                    });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/c4-swallowed-element.ts
const c4SwallowedElement = {
    name: 'c4-swallowed-element',
    description: 'A line that looks like an element was absorbed into the previous one (mermaid accepts a missing `)` silently).',
    severity: 'error',
    fixable: false,
    check(ctx) {
        const out = [];
        for (const { block, analysis } of ctx.diagrams) {
            for (const s of analysis.c4?.swallowed ?? []) {
                out.push({
                    message: `\`${s.kind}(${s.alias}, ...)\` was swallowed by \`${s.intoKind}(${s.into}, ...)\` at line ${block.contentLine + s.intoLine - 1}: close that declaration with \`)\`.`,
                    line: block.contentLine + s.line - 1,
                    column: block.indent + s.column,
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/lint/chat.ts
var chat = __webpack_require__(21147);
;// CONCATENATED MODULE: ./src/lint/rules/chat-residue.ts

/** Delete whole lines [startLine, endLine] with their newlines. */
function deleteLines(doc, startLine, endLine) {
    return { start: doc.lineStarts[startLine - 1], end: doc.lineStarts[endLine] ?? doc.text.length, text: '' };
}
const chatResidue = {
    name: 'chat-residue',
    description: 'Chat text from the LLM ("Here is...", "✅ ... complete!", "Next steps", a whole-document ```markdown wrapper).',
    severity: 'error',
    fixable: true,
    check(ctx) {
        const { doc } = ctx;
        const r = (0,chat/* findChatResidue */.h)(doc.lines, doc.bodyStartLine);
        const out = [];
        if (r.preamble)
            out.push(preamble(doc, r.preamble));
        if (r.wrapper) {
            out.push({
                message: `The whole document is wrapped in a code fence: remove this opening fence (and its closing fence at line ${r.wrapper.close}).`,
                line: r.wrapper.open,
                column: 1,
                fix: [deleteLines(doc, r.wrapper.open, r.wrapper.open)],
            }, {
                message: `Closing fence of the code fence wrapped round the whole document (opened at line ${r.wrapper.open}): remove it.`,
                line: r.wrapper.close,
                column: 1,
                fix: [deleteLines(doc, r.wrapper.close, r.wrapper.close)],
            });
        }
        if (r.inside?.preamble)
            out.push(preamble(doc, r.inside.preamble));
        if (r.inside?.postamble)
            out.push(postamble(doc, r.inside.postamble));
        if (r.postamble)
            out.push(postamble(doc, r.postamble));
        return out;
    },
};
function preamble(doc, range) {
    return {
        message: `Chat preamble ("${quoteStart(doc.lines[range.startLine - 1].trim())}") before the document: remove it.`,
        line: range.startLine,
        column: 1,
        endLine: range.endLine,
        // The range already ends with the blank lines before the document's first heading.
        fix: [deleteLines(doc, range.startLine, range.endLine)],
    };
}
function postamble(doc, range) {
    let start = range.startLine;
    while (start > 1 && doc.lines[start - 2].trim() === '')
        start--;
    // Keep the newline that ends the last line of the document proper; the blank lines after the remark go with it.
    const from = doc.lineStarts[start - 1];
    const after = doc.lineStarts[range.endLine] ?? doc.text.length;
    const end = doc.text.slice(after).trim() === '' ? doc.text.length : after;
    return {
        message: `Chat text after the document ("${remark(doc.lines, range.startLine, range.endLine)}"): remove it.`,
        line: range.startLine,
        column: 1,
        endLine: range.endLine,
        fix: [{ start: from, end, text: '' }],
    };
}
/** The first line of a closing remark with words in it (not a `---` rule or an empty quote line). */
function remark(lines, start, end) {
    // The remark itself lies in the range, so some line has words.
    const words = lines.slice(start - 1, end).map((l) => l.replace(/^[\s>*_-]+/, '').trim());
    return quoteStart(words.find((w) => w !== '') ?? '');
}
/** The first words of a line, cut at a word boundary with an ellipsis rather than mid-word. */
function quoteStart(text) {
    if (text.length <= 60)
        return text;
    const cut = text.slice(0, 60);
    const space = cut.lastIndexOf(' ');
    return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

;// CONCATENATED MODULE: ./src/lint/mojibake.ts
/**
 * Text that was UTF-8 once and got decoded as Windows-1252 (or Latin-1): `âœ…` for `✅`, `â€™` for `’`.
 * Repair by turning the characters back into bytes and decoding those as UTF-8; only runs that decode
 * cleanly count, so genuine accented text (`São`, `é`) is never touched.
 */
const CP1252_HIGH = {
    0x20ac: 0x80,
    0x201a: 0x82,
    0x0192: 0x83,
    0x201e: 0x84,
    0x2026: 0x85,
    0x2020: 0x86,
    0x2021: 0x87,
    0x02c6: 0x88,
    0x2030: 0x89,
    0x0160: 0x8a,
    0x2039: 0x8b,
    0x0152: 0x8c,
    0x017d: 0x8e,
    0x2018: 0x91,
    0x2019: 0x92,
    0x201c: 0x93,
    0x201d: 0x94,
    0x2022: 0x95,
    0x2013: 0x96,
    0x2014: 0x97,
    0x02dc: 0x98,
    0x2122: 0x99,
    0x0161: 0x9a,
    0x203a: 0x9b,
    0x0153: 0x9c,
    0x017e: 0x9e,
    0x0178: 0x9f,
};
/** The byte a character of a candidate run stood for before the wrong decoding (each one stands for one). */
function byteOf(ch) {
    return CP1252_HIGH[ch] ?? ch;
}
/** How many bytes a UTF-8 sequence with this lead byte spans; a byte that leads none fails to decode anyway. */
function seqLength(lead) {
    return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The text the bytes spell in UTF-8; undefined unless they are one whole, valid sequence or more (a bad or short continuation, an overlong form). */
function decode(bytes) {
    try {
        return decoder.decode(new Uint8Array(bytes));
    }
    catch {
        return undefined;
    }
}
const CANDIDATE = /[\u00c2-\u00f4][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;
function findMojibake(text) {
    const runs = [];
    for (const m of text.matchAll(CANDIDATE)) {
        const s = m[0];
        const base = m.index ?? 0;
        let i = 0;
        while (i < s.length) {
            const n = seqLength(byteOf(s.charCodeAt(i)));
            const found = s.slice(i, i + n);
            const fixed = decode([...found].map((c) => byteOf(c.charCodeAt(0))));
            if (fixed === undefined) {
                i++;
                continue;
            }
            const prev = runs[runs.length - 1];
            if (prev && prev.end === base + i) {
                prev.end += n;
                prev.found += found;
                prev.fixed += fixed;
            }
            else
                runs.push({ start: base + i, end: base + i + n, found, fixed });
            i += n;
        }
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/lint/rules/mojibake.ts


const mojibake = {
    name: 'mojibake',
    description: 'Text that was decoded with the wrong charset (`âœ…`, `â€™`, ...).',
    severity: 'error',
    fixable: true,
    check(ctx) {
        // One finding per line, at its first run, fixing every run on it.
        const byLine = new Map();
        for (const run of findMojibake(ctx.doc.text)) {
            const p = (0,parse/* positionAt */.t$)(ctx.doc.lineStarts, run.start);
            const seen = byLine.get(p.line);
            if (seen)
                seen.runs.push(run);
            else
                byLine.set(p.line, { column: p.column, runs: [run] });
        }
        return [...byLine].map(([line, { column, runs }]) => ({
            message: `Mis-decoded text ${runs.map((r) => `\`${r.found}\` (should read \`${r.fixed}\`)`).join(', ')}: the file was saved through the wrong charset.`,
            line,
            column,
            fix: runs.map((r) => ({ start: r.start, end: r.end, text: r.fixed })),
        }));
    },
};

// EXTERNAL MODULE: ./src/lint/rules/unsafe-content.ts
var unsafe_content = __webpack_require__(35867);
// EXTERNAL MODULE: ./src/model/build.ts
var build = __webpack_require__(59217);
// EXTERNAL MODULE: ./src/model/names.ts
var model_names = __webpack_require__(81601);
;// CONCATENATED MODULE: ./src/lint/rules/c4-context-container.ts


/** People and systems: what a Container diagram draws around the system it zooms into. */
const OUTSIDE = /^(?:Person|System)/;
function shown(e) {
    return e.label && e.label !== e.alias ? `\`${e.alias}\` ("${e.label}")` : `\`${e.alias}\``;
}
const c4ContextContainer = {
    name: 'c4-context-container',
    description: 'A person or system that the Container diagram relates to is missing from the Context diagram, or its boundary is no system of the Context diagram.',
    severity: 'warning',
    fixable: false,
    check(ctx) {
        const { diagrams } = (0,build/* modelOf */.D)(ctx);
        const context = diagrams.find((d) => d.type === 'C4Context' && d.c4);
        if (!context?.c4)
            return [];
        const known = context.c4.elements;
        // A system may be drawn as a System or as a System_Boundary around it.
        const systems = known.filter((e) => e.kind.startsWith('System'));
        const out = [];
        for (const d of diagrams) {
            if (d.type !== 'C4Container' || !d.c4)
                continue;
            const related = new Set(d.c4.relations.flatMap((r) => [r.from, r.to]));
            const reported = new Set();
            for (const e of d.c4.elements) {
                if (reported.has(e.alias))
                    continue;
                if (e.boundary) {
                    if (e.kind !== 'System_Boundary' || e.parent || systems.some((s) => (0,model_names/* sameElement */.dw)(s, e)))
                        continue;
                    out.push({
                        message: `The Container diagram's boundary ${shown(e)} is no system of the Context diagram (line ${context.line}): give it the alias or the label of that system.`,
                        line: e.line,
                        column: e.column,
                    });
                }
                else {
                    if (!OUTSIDE.test(e.kind) || !related.has(e.alias) || known.some((k) => (0,model_names/* sameElement */.dw)(k, e)))
                        continue;
                    out.push({
                        message: `${e.kind} ${shown(e)} takes part in the Container diagram but not in the Context diagram (line ${context.line}): add it there, or use the alias or label it has there.`,
                        line: e.line,
                        column: e.column,
                    });
                }
                reported.add(e.alias);
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/c4-orphan-element.ts

const c4OrphanElement = {
    name: 'c4-orphan-element',
    description: 'A C4 element takes part in no relation at all.',
    severity: 'warning',
    fixable: false,
    check(ctx) {
        const out = [];
        for (const d of (0,build/* modelOf */.D)(ctx).diagrams) {
            // A deployment diagram places elements on nodes (arrows optional); a diagram without any relation is an inventory.
            if (!d.c4 || d.type === 'C4Deployment' || d.c4.relations.length === 0)
                continue;
            const related = new Set(d.c4.relations.flatMap((r) => [r.from, r.to]));
            const seen = new Set();
            for (const e of d.c4.elements) {
                // Boundaries and deployment nodes group elements; they are not expected to have arrows of their own.
                if (e.boundary || related.has(e.alias) || seen.has(e.alias))
                    continue;
                seen.add(e.alias);
                out.push({
                    message: `${e.kind} \`${e.alias}\` has no relation in this ${d.type} diagram: add the \`Rel\` that says how it is used, or remove it.`,
                    line: e.line,
                    column: e.column,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/c4-relation-undescribed.ts

const c4RelationUndescribed = {
    name: 'c4-relation-undescribed',
    description: 'A C4 relation has no label saying what flows along it.',
    severity: 'warning',
    fixable: false,
    offByDefault: true,
    check(ctx) {
        const out = [];
        for (const d of (0,build/* modelOf */.D)(ctx).diagrams) {
            for (const r of d.c4?.relations ?? []) {
                if (r.label)
                    continue;
                out.push({
                    message: `\`${r.kind}(${r.from}, ${r.to})\` has no label: say what ${r.from} does with ${r.to} (\`${r.kind}(${r.from}, ${r.to}, "Reads orders", "HTTPS")\`).`,
                    line: r.line,
                    column: r.column,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/er-undefined-entity.ts


const erUndefinedEntity = {
    name: 'er-undefined-entity',
    description: 'A relationship names an entity that has no attributes block while an entity of nearly the same name has one (mermaid draws a second, empty box).',
    severity: 'warning',
    fixable: false,
    check(ctx) {
        const diagrams = (0,build/* modelOf */.D)(ctx).diagrams.filter((d) => d.er);
        const defined = diagrams.flatMap((d) => d.er.entities.filter((e) => e.attributes.length > 0));
        const names = new Set(defined.map((e) => e.name));
        const out = [];
        for (const d of diagrams) {
            for (const e of d.er.entities) {
                // An entity with attributes, here or in another ER diagram of the document, is defined.
                if (names.has(e.name))
                    continue;
                const near = defined.find((x) => (0,model_names/* sameEntityName */.jU)(x.name, e.name) || (x.alias !== undefined && (0,model_names/* sameEntityName */.jU)(x.alias, e.name)));
                if (!near)
                    continue;
                out.push({
                    message: `Entity \`${e.name}\` has no attributes block, but \`${near.name}\` (line ${near.line}) has: write \`${near.name}\` in the relationship.`,
                    line: e.line,
                    column: e.column,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/er-orphan-entity.ts

const erOrphanEntity = {
    name: 'er-orphan-entity',
    description: 'An ER entity is related to nothing.',
    severity: 'warning',
    fixable: false,
    offByDefault: true,
    check(ctx) {
        const diagrams = (0,build/* modelOf */.D)(ctx).diagrams.filter((d) => d.er);
        // Related anywhere in the document counts: a second ER diagram may detail one area.
        const related = new Set(diagrams.flatMap((d) => d.er.relationships.flatMap((r) => [r.from, r.to])));
        const out = [];
        for (const d of diagrams) {
            if (d.er.relationships.length === 0)
                continue; // a list of entities, not a model of their relations
            for (const e of d.er.entities) {
                if (related.has(e.name))
                    continue;
                out.push({
                    message: `Entity \`${e.name}\` is related to no other entity: add its relationship (\`${e.name} }o--|| OTHER : belongs_to\`) or remove it.`,
                    line: e.line,
                    column: e.column,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/endpoint-entity.ts


/** Path prefixes that say where the API lives, not what it serves. */
const PREFIX = /^(?:api|apis|rest|v\d+(?:\.\d+)?|public|internal|private|external)$/i;
/** Resources that are operations of the service itself rather than stored entities. */
const NOT_ENTITIES = new Set([
    'auth',
    'oauth',
    'oauth2',
    'login',
    'logout',
    'signin',
    'signout',
    'signup',
    'register',
    'token',
    'tokens',
    'refresh',
    'session',
    'sessions',
    'me',
    'health',
    'healthz',
    'ready',
    'readyz',
    'live',
    'livez',
    'ping',
    'status',
    'metrics',
    'version',
    'docs',
    'swagger',
    'openapi',
    'graphql',
    'ws',
    'websocket',
    'webhook',
    'webhooks',
    'events',
    'search',
    'upload',
    'uploads',
    'download',
    'export',
    'import',
    'admin',
    'config',
    'settings',
    'stats',
    'dashboard',
    'reports',
    'analytics',
].map(model_names/* fold */.AU));
/** The first literal segment of the path after version and `api` prefixes; undefined when there is none. */
function resourceOf(path) {
    const segments = path.split(/[?#]/)[0].split('/').filter(Boolean);
    for (const s of segments) {
        if (PREFIX.test(s))
            continue;
        if (/^[{:<[]/.test(s))
            return undefined; // a parameter before any resource
        return s.split(':')[0]; // `/invoices:export` (a custom method) serves invoices
    }
    return undefined;
}
const endpointEntity = {
    name: 'endpoint-entity',
    description: "An endpoint's resource has no matching entity in the Data Model.",
    severity: 'warning',
    fixable: false,
    offByDefault: true,
    check(ctx) {
        const model = (0,build/* modelOf */.D)(ctx);
        const entities = model.diagrams.flatMap((d) => d.er?.entities ?? []);
        if (entities.length === 0)
            return [];
        const names = entities.flatMap((e) => (e.alias ? [e.name, e.alias] : [e.name]));
        const out = [];
        for (const ep of model.endpoints) {
            const resource = resourceOf(ep.path);
            if (!resource || NOT_ENTITIES.has((0,model_names/* fold */.AU)(resource)) || names.some((n) => (0,model_names/* sameEntityName */.jU)(n, resource)))
                continue;
            out.push({
                message: `\`${ep.method} ${ep.path}\` serves \`${resource}\`, which no entity of the Data Model is (${names
                    .slice(0, 6)
                    .map((n) => `\`${n}\``)
                    .join(', ')}${names.length > 6 ? ', ...' : ''}): add the entity or name the resource after it.`,
                line: ep.line,
                column: ep.column,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/model/technology.ts
/** Technology names as people write them: `Postgres` is `PostgreSQL`, `Node.js` is `Node`, versions do not count. */
const SYNONYMS = {
    postgres: 'postgresql',
    psql: 'postgresql',
    pg: 'postgresql',
    golang: 'go',
    nodejs: 'node',
    reactjs: 'react',
    vuejs: 'vue',
    nextjs: 'next',
    nestjs: 'nest',
    expressjs: 'express',
    k8s: 'kubernetes',
    mongo: 'mongodb',
    ts: 'typescript',
    js: 'javascript',
    py: 'python',
    dotnet: 'net',
    aspnet: 'net',
    elasticsearch: 'elastic',
    es: 'elastic',
    rabbit: 'rabbitmq',
    kafka: 'kafka',
    mssql: 'sqlserver',
    redisdb: 'redis',
};
/** Words that say nothing about the technology itself. */
const NOISE = new Set([
    'and',
    'or',
    'with',
    'via',
    'for',
    'the',
    'a',
    'an',
    'on',
    'in',
    'of',
    'to',
    'using',
    'based',
    'plus',
    'api',
    'apis',
    'app',
    'application',
    'service',
    'services',
    'server',
    'client',
    'db',
    'database',
    'framework',
    'web',
    'backend',
    'frontend',
    'storage',
    'store',
    'cache',
    'queue',
    'engine',
    'runtime',
    'library',
    'sdk',
    'latest',
    'stack',
]);
/** The significant words of a technology text, canonical: `Node.js 20 (Express)` -> node, express. */
function technologyWords(text) {
    const out = new Set();
    for (const raw of text.toLowerCase().split(/[^a-z0-9#+.]+/)) {
        let w = raw.endsWith('.js') ? `${raw.slice(0, -3)}js` : raw;
        w = w.replace(/\./g, '');
        if (!w || /^v?\d/.test(w) || NOISE.has(w))
            continue;
        w = SYNONYMS[w] ?? w;
        if (w.length > 2 && w.endsWith('js') && !SYNONYMS[w])
            w = w.slice(0, -2) || w;
        out.add(w);
    }
    return out;
}
/** Whether any significant word of `text` is among `words`. */
function mentions(words, text) {
    return [...technologyWords(text)].some((w) => words.has(w));
}

;// CONCATENATED MODULE: ./src/lint/rules/stack-container.ts


/** Stack fields that name where and how things run, not what a container is built with. */
const NOT_CONTAINERS = /infra|deploy|hosting|cloud|devops|\bci\b|\bcd\b|observab|monitor|logging|testing|tool|security|auth/i;
const stackContainer = {
    name: 'stack-container',
    description: 'A container technology is missing from the Technology Stack, or a Technology Stack field names nothing any container uses.',
    severity: 'warning',
    fixable: false,
    offByDefault: true,
    check(ctx) {
        const model = (0,build/* modelOf */.D)(ctx);
        if (model.stack.length === 0)
            return [];
        const containers = model.diagrams
            .filter((d) => d.type === 'C4Container')
            .flatMap((d) => d.c4?.elements ?? [])
            .filter((e) => e.kind.startsWith('Container') && !e.boundary && !e.kind.includes('_Ext') && e.technology);
        if (containers.length === 0)
            return [];
        const stackWords = technologyWords(model.stack.map((f) => f.value).join(', '));
        const containerWords = technologyWords(containers.map((c) => c.technology).join(', '));
        const out = [];
        const reported = new Set();
        for (const c of containers) {
            const tech = c.technology;
            if (reported.has(tech) || mentions(stackWords, tech))
                continue;
            reported.add(tech);
            out.push({
                message: `Container \`${c.alias}\` is built with "${tech}", which the Technology Stack does not name: add it to the stack or correct the container.`,
                line: c.line,
                column: c.column,
            });
        }
        for (const f of model.stack) {
            if (NOT_CONTAINERS.test(f.label) || mentions(containerWords, f.value))
                continue;
            out.push({
                message: `**${f.label}** names ${f.value ? `"${f.value}"` : 'nothing'}, which no container of the Container diagram uses: give the containers their technology, or correct the stack.`,
                line: f.line,
                column: f.column,
            });
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/model/requirements.ts
var requirements = __webpack_require__(16057);
;// CONCATENATED MODULE: ./src/lint/rules/requirement-untraced.ts


const requirementUntraced = {
    name: 'requirement-untraced',
    description: 'A requirement id (`FR-12`, `US-003`, a numbered requirement heading) is cited nowhere in the document.',
    severity: 'warning',
    fixable: false,
    offByDefault: true,
    check(ctx) {
        if (!ctx.requirements?.length)
            return [];
        const rows = (0,requirements/* traceMatrix */.pJ)((0,requirements/* requirementsOf */.CG)(ctx.requirements), ctx.doc, (0,build/* modelOf */.D)(ctx));
        return rows
            .filter((r) => r.citations.length === 0)
            .map((r) => ({
            message: `Requirement \`${r.id}\` (${r.path}:${r.line}) is cited nowhere: name it where the architecture answers it.`,
            line: ctx.doc.bodyStartLine,
            column: 1,
        }));
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/index.ts




























const RULES = [
    sectionMissing,
    sectionOrder,
    headingMismatch,
    sectionDuplicate,
    sectionEmpty,
    fieldMissing,
    placeholder,
    endpointFormat,
    endpointDuplicate,
    diagramMissing,
    diagramType,
    diagramSyntax,
    fenceUnclosed,
    diagramTitle,
    c4UndefinedAlias,
    c4DuplicateAlias,
    c4SwallowedElement,
    chatResidue,
    mojibake,
    unsafe_content/* unsafeContent */.q,
    c4ContextContainer,
    c4OrphanElement,
    c4RelationUndescribed,
    erUndefinedEntity,
    erOrphanEntity,
    endpointEntity,
    stackContainer,
    requirementUntraced,
];


/***/ }),

/***/ 35867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findUnsafeContent),
/* harmony export */   q: () => (/* binding */ unsafeContent)
/* harmony export */ });
/* harmony import */ var _markdown_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27059);

/** Elements that run code, embed other documents, restyle or redirect the page, or post data elsewhere. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'base', 'form']);
/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset']);
/** Raster images are inert as data: URLs; every other data: type (text/html, image/svg+xml, ...) is not. */
const INERT_DATA = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/;
/** Normalises a URL the way a browser reads its scheme: entities decoded, controls and blanks dropped, lower case. */
function dangerousUrl(raw) {
    // Browsers skip every control character and blank in a scheme ("java\tscript:").
    const url = [...decodeEntities(raw)]
        .filter((c) => c > ' ' && (c < '\u007f' || c > '\u009f'))
        .join('')
        .toLowerCase();
    if (url.startsWith('javascript:'))
        return 'a `javascript:` URL';
    if (url.startsWith('vbscript:'))
        return 'a `vbscript:` URL';
    if (url.startsWith('data:') && !INERT_DATA.test(url))
        return `a \`${url.slice(0, url.search(/[;,]|$/))}\` URL`;
    return undefined;
}
/** Numeric character references and the named ones that can spell a scheme (`&colon;`, `&Tab;`, `&NewLine;`). */
function decodeEntities(s) {
    return s.replace(/&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?|&(colon|Tab|NewLine);/gi, (whole, hex, dec, name) => {
        // Blanks and controls (`&Tab;`, `&#0;`) are dropped by the caller like the browser does: decode them to nothing.
        if (name)
            return name.toLowerCase() === 'colon' ? ':' : name === 'Tab' || name === 'NewLine' ? '' : whole;
        const code = hex ? parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
}
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isNameChar = (c) => !isSpace(c) && c !== '>' && c !== '/' && c !== '=' && c !== '"' && c !== "'";
/**
 * The active HTML in a piece of raw HTML, in one pass: comments, doctypes and CDATA are skipped,
 * tags are read with their attributes (quoted values included), so `<script>` inside a comment or
 * an attribute value is not a tag.
 */
function scanHtml(html) {
    const hits = [];
    let i = html.indexOf('<');
    while (i !== -1) {
        if (html.startsWith('<!--', i)) {
            // `<!-->` and `<!--->` already close the comment (HTML's abrupt closing): search from the `<` itself.
            const end = html.indexOf('-->', i);
            if (end === -1)
                break;
            i = html.indexOf('<', end + 3);
            continue;
        }
        if (html[i + 1] === '!' || html[i + 1] === '?') {
            const end = html.indexOf('>', i + 2);
            if (end === -1)
                break;
            i = html.indexOf('<', end + 1);
            continue;
        }
        const closing = html[i + 1] === '/';
        let j = closing ? i + 2 : i + 1;
        const nameStart = j;
        while (j < html.length && /[\w:-]/.test(html[j]))
            j++;
        const name = html.slice(nameStart, j).toLowerCase();
        if (!/^[a-z]/.test(name)) {
            i = html.indexOf('<', i + 1);
            continue;
        }
        if (!closing)
            tagHits(i, name, hits);
        j = readAttributes(html, j, closing ? undefined : { tag: name, hits });
        i = html.indexOf('<', j);
    }
    return hits;
}
function tagHits(at, name, hits) {
    if (ACTIVE_TAGS.has(name)) {
        hits.push({ index: at, message: `Raw \`<${name}>\` element: active content must never reach a rendered document; remove it.` });
    }
}
/** Reads attributes from `j` to the tag's `>`; returns the offset after it (or the end). Reports what is active. */
function readAttributes(html, start, report) {
    let j = start;
    let httpEquiv = false;
    while (j < html.length) {
        while (isSpace(html[j]))
            j++;
        if (j >= html.length)
            break;
        if (html[j] === '>') {
            j++;
            break;
        }
        const nameAt = j;
        while (j < html.length && isNameChar(html[j]))
            j++;
        if (j === nameAt)
            j++; // a `/`, a stray quote or `=`: step over it
        const attr = html.slice(nameAt, j).toLowerCase();
        while (isSpace(html[j]))
            j++;
        let value;
        if (html[j] === '=') {
            j++;
            while (isSpace(html[j]))
                j++;
            const q = html[j];
            if (q === '"' || q === "'") {
                const end = html.indexOf(q, j + 1);
                value = html.slice(j + 1, end === -1 ? html.length : end);
                j = end === -1 ? html.length : end + 1;
            }
            else {
                const from = j;
                while (j < html.length && !isSpace(html[j]) && html[j] !== '>')
                    j++;
                value = html.slice(from, j);
            }
        }
        if (!report || !attr)
            continue;
        if (/^on[a-z]/.test(attr)) {
            report.hits.push({
                index: nameAt,
                message: `Event-handler attribute \`${attr}\` on \`<${report.tag}>\`: it runs script; remove it.`,
            });
        }
        else if (value !== undefined && URL_ATTRIBUTES.has(attr)) {
            const what = dangerousUrl(value);
            if (what)
                report.hits.push({
                    index: nameAt,
                    message: `\`${attr}\` with ${what} on \`<${report.tag}>\`: it runs script; remove it or use an https: link.`,
                });
        }
        else if (attr === 'http-equiv' && report.tag === 'meta')
            httpEquiv = true;
    }
    if (httpEquiv && report) {
        report.hits.push({ index: start - report.tag.length - 1, message: '`<meta http-equiv>`: it can redirect or reconfigure the page; remove it.' });
    }
    return j;
}
/** Lines of a diagram source that turn scripting on: securityLevel changes and `click` callbacks or script links. */
function scanMermaid(source) {
    const hits = [];
    // Front matter (`---\nconfig:\n  securityLevel: loose\n---`) and `%%{init: ...}%%` directives carry configuration.
    const front = /^\s*---[ \t]*\r?\n/.exec(source);
    if (front) {
        const end = source.indexOf('\n---', front[0].length - 1);
        securityHits(source, front.index, end === -1 ? source.length : end, hits);
    }
    for (let at = source.indexOf('%%{'); at !== -1;) {
        const end = source.indexOf('}%%', at + 3);
        securityHits(source, at, end === -1 ? source.length : end, hits);
        if (end === -1)
            break;
        at = source.indexOf('%%{', end + 3);
    }
    let offset = 0;
    for (const line of source.split('\n')) {
        const hit = clickHit(line);
        if (hit)
            hits.push({ ...hit, index: offset + hit.index });
        offset += line.length + 1;
    }
    return hits;
}
function securityHits(source, from, to, hits) {
    const re = /securitylevel["']?\s*[:=]\s*["']?([\w-]*)/gi;
    const region = source.slice(from, to);
    for (let m = re.exec(region); m; m = re.exec(region)) {
        if (m[1].toLowerCase() === 'strict')
            continue;
        hits.push({
            index: from + m.index,
            message: `mermaid configuration sets securityLevel to "${m[1]}": only the default "strict" keeps scripts and raw HTML out of the rendered diagram; remove the setting.`,
        });
    }
}
/** `click A call fn()`, `click A fn`, `callback A "fn"`: callbacks; `click A href "javascript:..."`, `link A "..."`: links checked for script URLs. */
function clickHit(line) {
    const m = /^(\s*)(click|callback|link)[ \t]+(\S+)[ \t]*/i.exec(line);
    if (!m)
        return undefined;
    const keyword = m[2].toLowerCase();
    const rest = line.slice(m[0].length);
    const index = m[1].length;
    const quoted = /^(?:href[ \t]+)?["']([^"']*)/i.exec(rest);
    if (keyword === 'callback' || (keyword === 'click' && !quoted && rest.trim() !== '')) {
        return {
            index,
            message: `mermaid \`${keyword}\` callback: it calls a script function when the node is clicked; remove it (a plain \`click ${m[3]} href "https://..."\` link is allowed).`,
        };
    }
    const what = quoted ? dangerousUrl(quoted[1]) : undefined;
    if (!what)
        return undefined;
    return {
        index,
        message: `mermaid \`${keyword}\` with ${what}: it runs script when the node is clicked; remove it or link to an https: address.`,
    };
}
/** Line and column of `index` in a piece of text that came from `origin`. */
function locate(doc, piece, origin, index) {
    if (origin.offset !== undefined)
        return (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(doc.lineStarts, origin.offset + index);
    const before = piece.slice(0, index);
    const k = before.split('\n').length - 1;
    const pieceLine = piece.split('\n')[k].replace(/\r$/, '');
    const col = index - (before.lastIndexOf('\n') + 1);
    const raw = doc.lines[origin.line - 1 + k] ?? '';
    // A container's prefix (`> `, list indentation) is stripped from the piece's lines, never from their ends.
    const prefix = raw.endsWith(pieceLine) ? raw.length - pieceLine.length : 0;
    return { line: origin.line + k, column: prefix + col + 1 };
}
function findingsIn(doc, piece, origin, hits) {
    return hits.map((h) => ({ ...locate(doc, piece, origin, h.index), message: h.message }));
}
/** The parser gives every node its position; a container's prefix makes the source differ from the value. */
function originOf(doc, node, value) {
    const { start, end } = node.position;
    const offset = start.offset;
    return doc.text.slice(offset, end.offset) === value ? { line: start.line, offset } : { line: start.line };
}
function urlMessage(type, what) {
    if (type === 'image')
        return `Image with ${what}: it is no image and may run script; use an https: image.`;
    const kind = type === 'definition' ? 'Link reference definition' : 'Link';
    return `${kind} to ${what}: it runs script when followed; remove it or link to an https: address.`;
}
function findUnsafeContent(doc) {
    const out = [];
    // Iterative walk: however deep the document nests, no recursion.
    const stack = [doc.root];
    while (stack.length) {
        const node = stack.pop();
        if (node.type === 'html') {
            out.push(...findingsIn(doc, node.value, originOf(doc, node, node.value), scanHtml(node.value)));
        }
        else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
            const what = dangerousUrl(node.url);
            const p = node.position.start;
            if (what)
                out.push({ line: p.line, column: p.column, message: urlMessage(node.type, what) });
        }
        if ('children' in node)
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
    }
    for (const block of doc.codeBlocks) {
        if (block.lang !== 'mermaid')
            continue;
        out.push(...findingsIn(doc, block.value, { line: block.contentLine }, scanMermaid(block.value)));
    }
    // Left unsorted: the lint engine sorts every rule's findings, and fix only counts them.
    return out;
}
const unsafeContent = {
    name: 'unsafe-content',
    description: 'Active content that must never reach a rendered document: raw `<script>`/`<iframe>`, `on*=` handlers, `javascript:` links, mermaid `%%{init}%%` changing `securityLevel`, `click` callbacks.',
    severity: 'error',
    fixable: false,
    // GitHub code scanning files SARIF results of rules tagged `security` as security alerts.
    tags: ['security'],
    check: (ctx) => findUnsafeContent(ctx.doc),
};


/***/ }),

/***/ 52640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ titleOf),
/* harmony export */   PY: () => (/* binding */ diagramHeader),
/* harmony export */   Y0: () => (/* binding */ frontMatterMatch),
/* harmony export */   nd: () => (/* binding */ diagramKeyword)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27059);
/**
 * Cheap, synchronous facts about a diagram that rules need without loading mermaid: its type keyword
 * and its title. Skips what mermaid skips before its type detection: front matter, `%%{...}%%`
 * directives, `%%` comments and blank lines. One linear pass over the lines.
 */


/**
 * Diagram types whose grammar has a `title ...` statement (elsewhere only front matter gives a title).
 * Not kanban, mindmap, flowchart, erDiagram: there a `title X` line is a node or an entity.
 */
function hasTitleStatement(keyword) {
    switch (keyword.toLowerCase()) {
        case 'c4context':
        case 'c4container':
        case 'c4component':
        case 'c4dynamic':
        case 'c4deployment':
        case 'sequencediagram':
        case 'gantt':
        case 'journey':
        case 'pie':
        case 'quadrantchart':
        case 'xychart-beta':
        case 'xychart':
        case 'timeline':
        case 'gitgraph':
        case 'packet-beta':
        case 'packet':
        case 'architecture-beta':
        case 'radar-beta':
        case 'treemap-beta':
            return true;
    }
    return false;
}
function splitLines(source) {
    return source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
function isSpace(c) {
    return c !== undefined && /\s/.test(c);
}
function isNewline(c) {
    return c === '\n' || c === '\r';
}
/**
 * What mermaid's front matter regex /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s
 * (src/diagram-api/regexes.ts) matches at the start of a diagram: its length, indent and YAML. A scan, because
 * the regex tried each line end of a blank run after the opening `---` against all the rest (quadratic).
 */
function frontMatterMatch(source) {
    let i = 0;
    while (isSpace(source[i]) && !isNewline(source[i]))
        i++;
    const indent = source.slice(0, i);
    if (!source.startsWith('---', i))
        return undefined;
    // The blank run after the opening `---`: the body starts after its last line end if a closing line follows.
    let blankEnd = i + 3;
    let firstNewline = -1;
    let lastNewline = -1;
    for (; isSpace(source[blankEnd]); blankEnd++) {
        if (!isNewline(source[blankEnd]))
            continue;
        if (firstNewline === -1)
            firstNewline = blankEnd;
        lastNewline = blankEnd;
    }
    if (firstNewline === -1)
        return undefined;
    const closing = `${indent}---`;
    /** The match's end if a closing line starts at the line end `c`: after the last line end of the blanks that follow. */
    const endIfClosingAt = (c) => {
        if (!isNewline(source[c]) || !source.startsWith(closing, c + 1))
            return undefined;
        let end;
        for (let e = c + 1 + closing.length; isSpace(source[e]); e++)
            if (isNewline(source[e]))
                end = e + 1;
        return end;
    };
    for (let c = lastNewline + 1; c < source.length; c++) {
        const end = endIfClosingAt(c);
        if (end !== undefined)
            return { length: end, indent, bodyStart: lastNewline + 1, body: source.slice(lastNewline + 1, c) };
    }
    // Else the regex backtracked into the blank run: `---\n\n---\n` is front matter with an empty body.
    const inside = blankEnd - 1 - indent.length;
    const end = inside > firstNewline ? endIfClosingAt(inside) : undefined;
    if (end === undefined)
        return undefined;
    // The body is then the blanks between the run's last line end before the closing line and that line.
    let bodyStart = inside;
    while (!isNewline(source[bodyStart - 1]))
        bodyStart--;
    return { length: end, indent, bodyStart, body: source.slice(bodyStart, inside) };
}
/** Index of the first line after the front matter (0 without one): its match ends after the line ends that follow the closing `---`. */
function firstLineAfterFrontMatter(source) {
    const m = frontMatterMatch(source);
    return m ? source.slice(0, m.length).split('\n').length - 1 : 0;
}
/** Position of the first diagram keyword, or undefined for an empty / comment-only diagram. */
function diagramHeader(source) {
    const lines = splitLines(source);
    let i = firstLineAfterFrontMatter(source);
    let inDirective = false;
    for (; i < lines.length; i++) {
        let rest = lines[i];
        let offset = 0;
        for (;;) {
            if (inDirective) {
                const close = rest.indexOf('}%%');
                if (close === -1)
                    break;
                inDirective = false;
                offset += close + 3;
                rest = rest.slice(close + 3);
            }
            const trimmed = rest.trimStart();
            const lead = rest.length - trimmed.length;
            if (trimmed.startsWith('%%{')) {
                inDirective = true;
                offset += lead + 3;
                rest = trimmed.slice(3);
                continue;
            }
            if (trimmed === '' || trimmed.startsWith('%%'))
                break;
            const m = /^[a-z][\w-]*/i.exec(trimmed);
            if (!m)
                return undefined;
            return { keyword: m[0], line: i + 1, column: offset + lead + 1 };
        }
    }
    return undefined;
}
/** The diagram's type keyword as written ('' if none). */
function diagramKeyword(source) {
    return diagramHeader(source)?.keyword ?? '';
}
/**
 * The front matter's title as mermaid reads it: js-yaml (JSON schema) over the body with the indent taken
 * off each line, then `title` if truthy. A title that is a list or map is left out: mermaid would print it
 * with toString(), and a list of aliases can expand to an enormous string.
 */
function frontMatterTitle(fm) {
    const body = fm.indent
        ? fm.body
            .split('\n')
            .map((l) => (l.startsWith(fm.indent) ? l.slice(fm.indent.length) : l))
            .join('\n')
        : fm.body;
    let parsed;
    try {
        parsed = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(body, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].JSON_SCHEMA */ .Ay.JSON_SCHEMA });
    }
    catch {
        // No title: mermaid rejects the diagram (errors.ts reports where).
    }
    const title = typeof parsed === 'object' && parsed !== null && 'title' in parsed ? parsed.title : undefined;
    if (typeof title !== 'string' && typeof title !== 'number' && typeof title !== 'boolean')
        return undefined;
    return title ? String(title).trim() : undefined;
}
/** What a `title ...` line states: mermaid's C4 lexer reads /title\s[^#\n;]+/; xychart's grammar reads a quoted string whole. */
function statementTitle(keyword, line) {
    const quoted = keyword.startsWith('xychart') ? /^\s*title\s+"([^"]*)"/.exec(line) : null;
    if (quoted)
        return quoted[1].trim();
    const m = /^\s*title\s([^#;]+)/.exec(line);
    return m ? m[1].trim() : '';
}
/**
 * The diagram's title: a `title ...` statement in grammars that have one (C4, sequence, gantt, pie, ...),
 * else a front matter `title:`. An erDiagram or flowchart reads a `title X` line as nodes, not a title.
 */
function titleOf(source) {
    const lines = splitLines(source);
    const header = diagramHeader(source);
    if (header && hasTitleStatement(header.keyword)) {
        // `\s+(\S.*|<one blank>)$` captures what `\s+(.+)$` did, without the two quantifiers trading spaces.
        const onHeader = /^\s*pie(?:\s+showData)?\s+title\s+(\S.*|[^\S\n\r\u2028\u2029])$/.exec(lines[header.line - 1]);
        if (header.keyword === 'pie' && onHeader)
            return { title: onHeader[1].trim(), line: header.line };
        for (let i = header.line; i < lines.length; i++) {
            const title = statementTitle(header.keyword, lines[i]);
            if (title)
                return { title, line: i + 1 };
        }
    }
    const fm = frontMatterMatch(source);
    const title = fm && frontMatterTitle(fm);
    if (!fm || !title)
        return undefined;
    // The line of its `title:` key (a quoted key or a flow map: the front matter's first line).
    const starts = (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLineStarts */ .p4)(source);
    const first = (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t$)(starts, fm.bodyStart).line;
    const closing = (0,_markdown_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t$)(starts, fm.bodyStart + fm.body.length).line;
    const key = new RegExp(`^${fm.indent}["']?title["']?\\s*:`);
    const at = lines.slice(first - 1, closing).findIndex((l) => key.test(l));
    return { title, line: at === -1 ? first : first + at };
}


/***/ }),

/***/ 59217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ modelOf)
/* harmony export */ });
/* harmony import */ var _lint_endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48011);
/* harmony import */ var _lint_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32456);
/* harmony import */ var _lint_match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86803);



const built = new WeakMap();
/** The model of the context's document, built once per lint run however many rules ask. */
function modelOf(ctx) {
    let m = built.get(ctx);
    if (!m) {
        m = buildModel(ctx);
        built.set(ctx, m);
    }
    return m;
}
function sectionAt(doc, offset) {
    let text = '';
    for (const h of doc.headings) {
        if (h.startOffset >= offset)
            break;
        text = h.text;
    }
    return text;
}
function diagramsOf(ctx) {
    return ctx.diagrams.map(({ block, analysis }, index) => {
        // Positions inside a diagram count from its first content line; the model speaks in document lines.
        const at = (x) => ({ ...x, line: block.contentLine + x.line - 1, column: block.indent + x.column });
        const d = {
            index,
            type: analysis.type,
            ...(analysis.title ? { title: analysis.title } : {}),
            section: sectionAt(ctx.doc, block.startOffset),
            line: block.line,
            source: block.value,
            parsed: !analysis.error,
        };
        if (analysis.c4) {
            const relations = analysis.c4.relations.map((r) => ({
                ...at(r),
                fromLine: block.contentLine + r.fromLine - 1,
                fromColumn: block.indent + r.fromColumn,
                toLine: block.contentLine + r.toLine - 1,
                toColumn: block.indent + r.toColumn,
            }));
            d.c4 = { elements: analysis.c4.elements.map(at), relations };
        }
        if (analysis.er)
            d.er = { entities: analysis.er.entities.map(at), relationships: analysis.er.relationships.map(at) };
        return d;
    });
}
const ENDPOINT = new RegExp(String.raw `^\x60(${_lint_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .HTTP_METHODS */ .y.join('|')})[ \t]+(/[^\x60\s]*)\x60(.*)$`);
/** Every bullet that starts with `` `METHOD /path` ``, wherever the document lists it (real documents move Key Endpoints around). */
function endpointsOf(ctx) {
    return ctx.doc.listItems.flatMap((item) => {
        const m = ENDPOINT.exec(item.raw.trim());
        if (!m)
            return [];
        const description = m[3].replace(/^\s*[-–—:]\s*/, '').trim();
        return [{ method: m[1], path: m[2], description, line: item.line, column: item.column }];
    });
}
/** The `Technology Stack` section's labelled bullets (wherever the document puts that heading). */
function stackOf(doc) {
    const section = doc.sections.find((s) => /\btech(?:nology|nologies)?\s+stack\b/.test((0,_lint_match_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeHeading */ .MO)(s.heading.text)));
    if (!section)
        return [];
    return (0,_lint_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsIn */ .t5)(doc, { start: section.heading.endOffset, end: section.ownEndOffset }).map((f) => ({
        label: f.label,
        value: f.value,
        line: f.line,
        column: 1,
    }));
}
function buildModel(ctx) {
    return { diagrams: diagramsOf(ctx), endpoints: endpointsOf(ctx), stack: stackOf(ctx.doc) };
}


/***/ }),

/***/ 81601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   dw: () => (/* binding */ sameElement),
/* harmony export */   jU: () => (/* binding */ sameEntityName)
/* harmony export */ });
/** How the model compares names written by people: case, separators and plurals do not make a different thing. */
/** Lower case, letters and digits only: `Share-Link` and `SHARE_LINK` fold alike. */
function fold(s) {
    return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
/** English singular of a folded word, enough for resource names (`categories`, `addresses`, `users`). */
function singular(w) {
    if (w.length > 4 && w.endsWith('ies'))
        return `${w.slice(0, -3)}y`;
    if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w))
        return w.slice(0, -2);
    if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w))
        return w.slice(0, -1);
    return w;
}
/** `users`, `User` and `USER` name the same entity. */
function sameEntityName(a, b) {
    const x = fold(a);
    return x !== '' && singular(x) === singular(fold(b));
}
/** Words that say what kind of thing it is, not which: `IS601 Calculator Application` is `IS601 Calculator`. */
const KIND_WORDS = /\b(?:the|system|platform|application|app)\b/giu;
/** The names an element answers to: its alias and its label, folded, with and without kind words. */
function namesOf(e) {
    return new Set([fold(e.alias), fold(e.label), fold(e.label.replace(KIND_WORDS, ' '))].filter(Boolean));
}
/** Two C4 elements are the same thing when they share an alias or a label (`System(cf, "ClinicFlow")` and `System_Boundary(cfb, "ClinicFlow")`). */
function sameElement(a, b) {
    const names = namesOf(b);
    return [...namesOf(a)].some((n) => names.has(n));
}


/***/ }),

/***/ 16057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ requirementsOf),
/* harmony export */   PT: () => (/* binding */ citedCount),
/* harmony export */   pJ: () => (/* binding */ traceMatrix)
/* harmony export */ });
const ID = '[A-Z]{1,6}-\\d{1,5}(?:\\.\\d{1,3})*';
/** Optional heading marks, bullet, task box or table pipe; optional emphasis or bracket; then the id. */
const DEFINITION = new RegExp(`^\\s{0,8}(?:#{1,6}[ \\t]+|[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?|\\d{1,4}[.)][ \\t]+|\\|[ \\t]*)?(?:\\*\\*|__|\\[|\`)?(${ID})(?![\\w-])(.*)$`);
const NUMBERED_HEADING = /^#{2,6}[ \t]+(\d{1,3}(?:\.\d{1,3})+)\.?[ \t]+(\S.*)$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
function titleOf(rest) {
    // A table row's title is its next cell.
    const t = rest
        .replace(/^[\s*_`\]|:.)–—-]+/, '')
        .split('|')[0]
        .trim();
    return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}
/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(text) {
    const out = [];
    let fence;
    text.split(/\r?\n/).forEach((l, i) => {
        const f = FENCE.exec(l);
        if (fence) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && l.trim() === f[1])
                fence = undefined;
        }
        else if (f)
            fence = f[1];
        else
            out.push({ text: l, line: i + 1 });
    });
    return out;
}
function idsOf(file) {
    const lines = proseLines(file.text);
    const out = [];
    for (const l of lines) {
        const m = DEFINITION.exec(l.text);
        if (m)
            out.push({ id: m[1], title: titleOf(m[2]), path: file.path, line: l.line });
    }
    if (out.length > 0)
        return out;
    // No prefixed ids: the numbered subsections are the requirements.
    for (const l of lines) {
        const m = NUMBERED_HEADING.exec(l.text);
        if (m)
            out.push({ id: m[1], title: titleOf(m[2]), path: file.path, line: l.line });
    }
    return out;
}
/** Every requirement the files define, first definition of each id, in file order. */
function requirementsOf(files) {
    const seen = new Set();
    return files.flatMap(idsOf).filter((r) => !seen.has(r.id) && seen.add(r.id));
}
/** Anything shaped like an id; `FR-1` is not cited by `FR-12` or `FR-1.2`, nor `2.1` by `12.1` or `2.10`. */
const CITED = new RegExp(`(?<![\\w.-])(${ID}|\\d{1,3}(?:\\.\\d{1,3})+)(?![\\w-]|\\.\\d)`, 'g');
/** Every id-shaped token of a line. */
function tokensOf(line) {
    return Array.from(line.matchAll(CITED), (m) => m[1]);
}
function diagramAt(model, doc, line) {
    const block = doc.codeBlocks.find((b) => b.lang === 'mermaid' && line > b.line && line <= b.endLine);
    if (!block)
        return undefined;
    const d = model.diagrams.find((x) => x.line === block.line);
    if (!d)
        return { type: '' };
    const c4 = d.c4?.elements.find((e) => e.line === line) ?? d.c4?.relations.find((r) => r.line === line);
    const element = c4 ? ('alias' in c4 ? c4.alias : `${c4.from} -> ${c4.to}`) : d.er?.entities.find((e) => e.line === line)?.name;
    return { type: d.type, ...(element ? { element } : {}) };
}
/** The traceability matrix: each requirement with the places in the document that cite it. */
function traceMatrix(requirements, doc, model) {
    const rows = requirements.map((r) => ({ ...r, citations: [] }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const headingLines = new Set(doc.headings.map((h) => h.line));
    let h = -1;
    doc.lines.forEach((text, i) => {
        const line = i + 1;
        while (h + 1 < doc.headings.length && doc.headings[h + 1].line <= line)
            h++;
        const cited = new Set(tokensOf(text).filter((id) => byId.has(id)));
        for (const id of cited) {
            // A numbered id (`2.1`) in a heading is the document's own section number, not a citation.
            if (/^\d/.test(id) && headingLines.has(line))
                continue;
            const diagram = diagramAt(model, doc, line);
            byId.get(id).citations.push({ line, section: h >= 0 ? doc.headings[h].text : '', ...(diagram ? { diagram } : {}) });
        }
    });
    return rows;
}
/** How many distinct requirement ids a text cites (the regenerate gate reports it). */
function citedCount(requirements, text) {
    const ids = new Set(requirements.map((r) => r.id));
    return new Set(text
        .split('\n')
        .flatMap(tokensOf)
        .filter((id) => ids.has(id))).size;
}


/***/ })

};
