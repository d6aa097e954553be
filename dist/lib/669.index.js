export const id = 669;
export const ids = [669];
export const modules = {

/***/ 40669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeDiagrams: () => (/* binding */ analyzeDiagrams)
});

// UNUSED EXPORTS: analyzeDiagram, forgetAnalyses

// EXTERNAL MODULE: ./src/mermaid/detect.ts
var detect = __webpack_require__(52640);
;// CONCATENATED MODULE: ./src/mermaid/limits.ts
/**
 * Inputs that would make mermaid crawl. mermaid's preprocessing and lexers use regular expressions
 * that backtrack badly on some texts (measured with 11.17.2: 25,000 blank lines take 9 s, a 10 KB
 * `style :#:#...` line takes 87 s, a 50 KB erDiagram line 13 s). Parsing is synchronous, so it cannot
 * be interrupted: these linear-time estimates refuse such input before mermaid sees it.
 */
/** Same order as mermaid's default maxTextSize: GitHub does not render bigger diagrams either. */
const MAX_DIAGRAM_CHARS = 50_000;
const MAX_LINE_CHARS = 5_000;
/** Regex steps we accept for one hazard (roughly 0.1 s). */
const MAX_STEPS = 20_000_000;
/** Blank runs are rescanned by several regexes (both preprocessing passes, the lexers): a tighter budget. */
const MAX_BLANK_STEPS = 2_000_000;
function isSpace(c) {
    return /\s/.test(c);
}
/** /^\s*%%/gm tries every line start and runs over all the whitespace that follows. */
function blankRunCost(text) {
    let cost = 0;
    let run = 0;
    for (let i = text.length - 1; i >= 0; i--) {
        run = isSpace(text[i]) ? run + 1 : 0;
        if (i === 0 || text[i - 1] === '\n')
            cost += run;
    }
    return cost;
}
/** Sum over each `open` of the distance to the next `close` (or the end): /<(\w+)([^>]*)>/ and /%%{...}%%/. */
function unclosedCost(text, open, close) {
    let cost = 0;
    const re = new RegExp(open.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = text.indexOf(close, m.index);
        cost += (end === -1 ? text.length : end) - m.index;
        if (cost > MAX_STEPS)
            break;
        // A successful match resumes the regex after its end.
        if (end !== -1)
            re.lastIndex = end + close.length;
    }
    return cost;
}
/** /style.*:\S*#.*;/ backtracks over every `:` and `#` after `style`, rescanning the line each time. */
function styleLineCost(line) {
    const at = Math.min(...['style', 'classDef'].map((k) => line.indexOf(k)).filter((i) => i !== -1));
    if (!Number.isFinite(at))
        return 0;
    let colons = 0;
    let hashes = 0;
    for (let i = at; i < line.length; i++) {
        if (line[i] === ':')
            colons++;
        else if (line[i] === '#')
            hashes++;
    }
    return colons * (hashes + 1) * (line.length - at);
}
function checkLimits(source) {
    if (source.length > MAX_DIAGRAM_CHARS) {
        return { line: 1, message: `diagram too large to check (${source.length} characters; archdoc checks up to ${MAX_DIAGRAM_CHARS})` };
    }
    const lines = source.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].length > MAX_LINE_CHARS) {
            return { line: i + 1, message: `line too long to check (${lines[i].length} characters; archdoc checks lines up to ${MAX_LINE_CHARS})` };
        }
        if (styleLineCost(lines[i]) > MAX_STEPS) {
            return { line: i + 1, message: 'line too complex to check (a long `style`/`classDef` line full of `:` and `#`)' };
        }
    }
    if (blankRunCost(source) > MAX_BLANK_STEPS)
        return { line: 1, message: 'diagram too complex to check (too many consecutive blank lines)' };
    if (unclosedCost(source, /<\w/, '>') > MAX_STEPS)
        return { line: 1, message: 'diagram too complex to check (too many `<` without `>`)' };
    if (unclosedCost(source, /%%\{/, '}%%') > MAX_STEPS)
        return { line: 1, message: 'diagram too complex to check (too many unclosed `%%{` directives)' };
    return undefined;
}

;// CONCATENATED MODULE: ./src/mermaid/loader.ts
/**
 * Loads mermaid on first use only: importing it costs ~700 ms unbundled (~100 ms bundled), which a
 * document without diagrams must not pay.
 */
let loading;
/**
 * In Node, DOMPurify has no window and exposes neither hooks nor sanitize; mermaid calls both while
 * parsing C4 and ER labels. Parsing only needs the text back, so give it no-ops.
 */
async function patchDomPurify() {
    const { default: purify } = await __webpack_require__.e(/* import() */ 7483).then(__webpack_require__.bind(__webpack_require__, 7483));
    const target = purify;
    if (typeof target.sanitize === 'function')
        return;
    const noop = () => { };
    Object.assign(target, {
        addHook: noop,
        removeHook: noop,
        removeHooks: noop,
        removeAllHooks: noop,
        sanitize: (text) => text,
    });
}
function loadMermaid() {
    loading ??= (async () => {
        await patchDomPurify();
        const mod = (await Promise.all(/* import() */[__webpack_require__.e(7483), __webpack_require__.e(7421)]).then(__webpack_require__.bind(__webpack_require__, 7421)));
        return mod.default;
    })().catch((err) => {
        loading = undefined; // let a later call try again
        throw err;
    });
    return loading;
}

// EXTERNAL MODULE: ./src/markdown/parse.ts + 1 modules
var parse = __webpack_require__(27059);
;// CONCATENATED MODULE: ./src/mermaid/preprocess.ts
/**
 * A replica of the text transformations mermaid 11.17.2 applies before its parser sees a diagram
 * (mermaid.parse -> preprocessDiagram twice -> Diagram.fromText -> encodeEntities + "\n"), with the
 * same regular expressions, recording every edit so that a position in the parser's input can be
 * mapped back to the diagram source. mermaid's error lines count from the preprocessed text: front
 * matter, directives and comment lines are gone, so without this map they would point elsewhere.
 * Pure: no mermaid import.
 */


class TrackedText {
    text;
    steps = [];
    constructor(text) {
        this.text = text;
    }
    /** String#replace with the same semantics, remembering what changed. */
    replace(re, replacer) {
        const edits = [];
        this.text = this.text.replace(re, (...args) => {
            const match = String(args[0]);
            // Callback args: match, ...groups, offset, whole string (no named groups in these regexes).
            const offset = Number(args[args.length - 2]);
            const groups = args.slice(1, -2).map((g) => (typeof g === 'string' ? g : undefined));
            const out = replacer(match, ...groups);
            if (out !== match)
                edits.push({ start: offset, end: offset + match.length, length: out.length });
            return out;
        });
        this.steps.push(edits);
    }
    /** Drop the first n characters. */
    dropPrefix(n) {
        if (n <= 0)
            return;
        this.steps.push([{ start: 0, end: n, length: 0 }]);
        this.text = this.text.slice(n);
    }
    /** Drop the last n characters. */
    dropSuffix(n) {
        if (n <= 0)
            return;
        this.steps.push([{ start: this.text.length - n, end: this.text.length, length: 0 }]);
        this.text = this.text.slice(0, this.text.length - n);
    }
    append(suffix) {
        this.steps.push([{ start: this.text.length, end: this.text.length, length: suffix.length }]);
        this.text += suffix;
    }
    /** Map an offset in the current text to the offset in the original text it came from. */
    toOriginal(offset) {
        let o = offset;
        for (let s = this.steps.length - 1; s >= 0; s--)
            o = mapBack(this.steps[s], o);
        return o;
    }
}
function mapBack(edits, o) {
    let shift = 0; // output offset minus input offset, so far
    for (const e of edits) {
        const outStart = e.start + shift;
        if (o < outStart)
            return o - shift;
        if (o < outStart + e.length) {
            // Inside replaced text: point at the corresponding (or last) replaced input character.
            return e.start + Math.min(o - outStart, Math.max(0, e.end - e.start - 1));
        }
        shift += e.length - (e.end - e.start);
    }
    return o - shift;
}
/**
 * mermaid's preprocessDiagram(): cleanupText, front matter, directives, comments. The regexes here and in
 * encodeEntities are mermaid 11.17.2's (src/diagram-api/regexes.ts, comments.ts, preprocess.ts, utils.ts),
 * with the same matches: groups nobody reads made non-capturing, braces escaped, redundant flag and
 * quantifier dropped. Where one of them can still backtrack badly, analyzeDiagram has run checkLimits
 * (limits.ts) first, which refuses the input whose cost it would explode on; mermaid runs the same regexes
 * on the same text anyway.
 */
function preprocessPass(t) {
    t.replace(/\r\n?/g, () => '\n');
    // The word taken whole ((?=(\w+))\1): the only match mermaid's /<(\w+)([^>]*)>/ can find has it, and
    // a `<` without `>` no longer retries every shorter word. Each `<` still runs to the next `>`: checkLimits bounds that sum.
    t.replace(/<(?=(\w+))\1([^>]*)>/g, (_m, tag, attributes) => '<' + tag + (attributes ?? '').replace(/="([^"]*)"/g, "='$1'") + '>');
    const fm = (0,detect/* frontMatterMatch */.Y0)(t.text);
    if (fm)
        t.dropPrefix(fm.length);
    t.replace(/%{2}\{\s*(?:\w+\s*:|\w+)\s*(?:\w+|(?:(?!\}%{2}).|\r?\n)*)\s*(?:\}%{2})?/g, () => ''); // directives
    // eslint-disable-next-line regexp/no-super-linear-move -- mermaid's; checkLimits bounds its blank runs (blankRunCost).
    t.replace(/^\s*%%(?!\{)[^\n]+\n?/gm, () => ''); // comment lines
    t.dropPrefix(t.text.length - t.text.trimStart().length);
}
/** Diagram.fromText(): encodeEntities() then a trailing newline. */
function encodeEntities(t) {
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- mermaid's; checkLimits refuses the lines it crawls on (styleLineCost).
    t.replace(/style.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1));
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- mermaid's; checkLimits refuses the lines it crawls on (styleLineCost).
    t.replace(/classDef.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1));
    t.replace(/#\w+;/g, (s) => {
        const inner = s.substring(1, s.length - 1);
        // (mermaid's test also allows a leading `+`, which `#\w+;` never matches.)
        return /^\d+$/.test(inner) ? '\uFB02\xB0\xB0' + inner + '\xB6\xDF' : '\uFB02\xB0' + inner + '\xB6\xDF';
    });
    t.append('\n');
}
/** Rewrites some diagram parsers apply to their input (mermaid wraps them around the jison parser). */
function parserWrapper(t, keyword) {
    if (keyword === 'graph' || keyword === 'flowchart' || keyword === 'flowchart-elk') {
        t.replace(/\}\s*\n/g, () => '}\n');
    }
    else if (keyword === 'sankey-beta' || keyword === 'sankey') {
        t.replace(/^[^\S\n\r]+|(?<![^\S\n\r])[^\S\n\r]+$/g, () => '');
        t.replace(/([\n\r])+/g, () => '\n');
        t.dropPrefix(t.text.length - t.text.trimStart().length);
        t.dropSuffix(t.text.length - t.text.trimEnd().length);
    }
}
/** The text mermaid.parse() hands to the diagram parser, with a map back to the source. */
function parserInput(source, keyword) {
    const t = new TrackedText(source);
    preprocessPass(t); // mermaid.parse -> processAndSetConfigs
    preprocessPass(t); // -> getDiagramFromText(code) preprocesses again
    encodeEntities(t);
    parserWrapper(t, keyword);
    return t;
}
/** What preprocessing a single pass leaves (mermaidAPI.getDiagramFromText(result) then matches mermaid.parse). */
function onePass(source) {
    const t = new TrackedText(source);
    preprocessPass(t);
    return t.text;
}
/** Maps parser-input positions to source positions. */
class SourceMap {
    source;
    parsed;
    parsedStarts;
    sourceStarts;
    constructor(source, parsed) {
        this.source = source;
        this.parsed = parsed;
        this.parsedStarts = (0,parse/* computeLineStarts */.p4)(parsed.text);
        this.sourceStarts = (0,parse/* computeLineStarts */.p4)(source);
    }
    /** Offset in the parser input of (1-based line, 0-based column) as jison reports them. */
    parsedOffset(line, column0) {
        const start = this.parsedStarts[Math.min(Math.max(line, 1), this.parsedStarts.length) - 1];
        return Math.min(start + Math.max(0, column0), this.parsed.text.length);
    }
    /** Source position of a parser-input offset; past-the-end lands after the last visible character. */
    fromParsedOffset(offset) {
        let o = this.parsed.toOriginal(offset);
        const visibleEnd = this.source.trimEnd().length;
        if (o > visibleEnd)
            o = visibleEnd;
        return (0,parse/* positionAt */.t$)(this.sourceStarts, o);
    }
}

;// CONCATENATED MODULE: ./src/mermaid/errors.ts


function isRecord(x) {
    return typeof x === 'object' && x !== null;
}
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    if (isRecord(err) && typeof err.message === 'string')
        return err.message;
    return String(err);
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
/** jison's showPosition(): up to 20 characters before the token (pre), then the token and what follows. */
function excerptAt(parsed, p, match) {
    const pre = (p > 20 ? '...' : '') + parsed.slice(Math.max(0, p - 20), p).replace(/\n/g, '');
    let next = match;
    if (next.length < 20)
        next += parsed.slice(p + match.length, p + match.length + 20 - next.length);
    return { pre, upcoming: (next.slice(0, 20) + (next.length > 20 ? '...' : '')).replace(/\n/g, '') };
}
/**
 * Offset in the parser input where jison's lookahead (or the unrecognised text) starts: the position
 * whose excerpt equals the one in the message, split where the caret points, with the token ending
 * on the line jison counted.
 */
function locateJison(parsed, message, yylineno, match) {
    const [, excerpt, caretLine] = message.split('\n');
    if (excerpt === undefined || caretLine === undefined || !caretLine.endsWith('^'))
        return undefined;
    const pre = excerpt.slice(0, caretLine.length - 1);
    const upcoming = excerpt.slice(caretLine.length - 1);
    const starts = (0,parse/* computeLineStarts */.p4)(parsed);
    const matchLines = match.split('\n').length - 1;
    const from = starts[Math.max(0, Math.min(yylineno - matchLines, starts.length - 1))];
    const to = yylineno + 1 < starts.length ? starts[yylineno + 1] : parsed.length;
    for (let p = from; p <= to; p++) {
        if (!parsed.startsWith(match, p))
            continue;
        if ((0,parse/* positionAt */.t$)(starts, p + match.length).line - 1 !== yylineno)
            continue;
        const at = excerptAt(parsed, p, match);
        if (at.pre === pre && at.upcoming === upcoming)
            return p;
    }
    return undefined;
}
function describeToken(text, token) {
    if (token === 1 || token === 'EOF' || (text === '' && token !== null))
        return 'end of diagram';
    if (text === '\n' || token === 'NEWLINE' || token === 'EOL')
        return 'end of line';
    return `\`${text.trim() || text}\``;
}
function expectedList(expected) {
    if (!Array.isArray(expected))
        return '';
    const names = expected.map((e) => String(e).replace(/^'|'$/g, ''));
    const shown = names.slice(0, 6).join(', ');
    return names.length > 6 ? `${shown}, ... (${names.length} possibilities)` : shown;
}
function sourceSnippet(source, line, column) {
    const text = (source.split('\n')[line - 1] ?? '').replace(/\r$/, '');
    return text.slice(column - 1, column + 19).trim();
}
function fromJison(err, hash, map, source) {
    const mermaidMessage = messageOf(err);
    const lexical = mermaidMessage.startsWith('Lexical error');
    const match = typeof hash.text === 'string' ? hash.text : '';
    let offset;
    if (typeof hash.line === 'number')
        offset = locateJison(map.parsed.text, mermaidMessage, hash.line, match);
    if (offset === undefined && hash.loc && typeof hash.loc.first_line === 'number') {
        offset = map.parsedOffset(hash.loc.first_line, typeof hash.loc.first_column === 'number' ? hash.loc.first_column : 0);
    }
    if (offset === undefined) {
        const m = /on line (\d+)/.exec(mermaidMessage);
        offset = map.parsedOffset(m ? Number(m[1]) : 1, 0);
    }
    const { line, column } = map.fromParsedOffset(offset);
    if (lexical) {
        const near = sourceSnippet(source, line, column);
        return { line, column, kind: 'lexical', message: `unrecognized text${near ? ` \`${near}\`` : ''}`, mermaidMessage };
    }
    const expecting = expectedList(hash.expected);
    const message = `unexpected ${describeToken(match, hash.token)}${expecting ? `; expecting ${expecting}` : ''}`;
    return { line, column, kind: 'parse', message, mermaidMessage };
}
/** Langium-based diagrams (pie, info, packet, architecture, ...): "Parse error on line L, column C: ...". */
function fromLangium(mermaidMessage, map) {
    const m = /(Lexer|Parse) error on line (\d+), column (\d+): ([^\n]*)/.exec(mermaidMessage);
    if (!m)
        return undefined;
    const { line, column } = map.fromParsedOffset(map.parsedOffset(Number(m[2]), Number(m[3]) - 1));
    return { line, column, kind: m[1] === 'Lexer' ? 'lexical' : 'parse', message: m[4].trim(), mermaidMessage };
}
/** js-yaml's error for invalid front matter: mark.line counts from the line after the opening `---`. */
function fromYaml(err, source) {
    const fm = (0,detect/* frontMatterMatch */.Y0)(source);
    const bodyLine = fm ? (0,parse/* positionAt */.t$)((0,parse/* computeLineStarts */.p4)(source), fm.bodyStart).line : 2;
    const mark = isRecord(err.mark) ? err.mark : {};
    const line = bodyLine + (typeof mark.line === 'number' ? mark.line : 0);
    const column = (fm?.indent.length ?? 0) + (typeof mark.column === 'number' ? mark.column : 0) + 1;
    const reason = typeof err.reason === 'string' ? err.reason : firstLine(messageOf(err));
    return { line, column, kind: 'front-matter', message: `invalid front matter: ${reason}`, mermaidMessage: messageOf(err) };
}
function toDiagramError(err, source, map, header) {
    const at = header ? { line: header.line, column: header.column } : { line: 1, column: 1 };
    const mermaidMessage = messageOf(err);
    if (isRecord(err)) {
        if (err.name === 'UnknownDiagramError' || mermaidMessage.startsWith('No diagram type detected')) {
            const message = header ? `unknown diagram type \`${header.keyword}\`` : 'no diagram type: the diagram is empty or only comments';
            return { ...at, kind: 'unknown-type', message, mermaidMessage };
        }
        if (err.name === 'YAMLException')
            return fromYaml(err, source);
        if (isRecord(err.hash) && /^(?:Parse|Lexical) error on line/.test(mermaidMessage))
            return fromJison(err, err.hash, map, source);
    }
    const langium = fromLangium(mermaidMessage, map);
    if (langium)
        return langium;
    return { ...at, kind: 'other', message: firstLine(mermaidMessage) || 'mermaid rejected the diagram', mermaidMessage };
}

;// CONCATENATED MODULE: ./src/mermaid/c4.ts
/**
 * What a terminal of mermaid 11's C4 lexer is. Looked up per token rather than held in module-level sets,
 * so a test run can tell each name apart (a set is built once, when the module loads).
 */
function roleOf(terminal) {
    switch (terminal) {
        case 'PERSON':
        case 'PERSON_EXT':
        case 'SYSTEM':
        case 'SYSTEM_DB':
        case 'SYSTEM_QUEUE':
        case 'SYSTEM_EXT':
        case 'SYSTEM_EXT_DB':
        case 'SYSTEM_EXT_QUEUE':
        case 'CONTAINER':
        case 'CONTAINER_DB':
        case 'CONTAINER_QUEUE':
        case 'CONTAINER_EXT':
        case 'CONTAINER_EXT_DB':
        case 'CONTAINER_EXT_QUEUE':
        case 'COMPONENT':
        case 'COMPONENT_DB':
        case 'COMPONENT_QUEUE':
        case 'COMPONENT_EXT':
        case 'COMPONENT_EXT_DB':
        case 'COMPONENT_EXT_QUEUE':
            return 'element';
        case 'ENTERPRISE_BOUNDARY':
        case 'SYSTEM_BOUNDARY':
        case 'BOUNDARY':
        case 'CONTAINER_BOUNDARY':
        case 'NODE':
        case 'NODE_L':
        case 'NODE_R':
            return 'boundary';
        case 'REL':
        case 'BIREL':
        case 'REL_U':
        case 'REL_D':
        case 'REL_L':
        case 'REL_R':
        case 'REL_B':
        case 'REL_INDEX':
            return 'relation';
        case 'UPDATE_EL_STYLE':
        case 'UPDATE_REL_STYLE':
        case 'UPDATE_LAYOUT_CONFIG':
            return 'style';
        case 'STR': // quoted or not: the lexer declares ATTRIBUTE but never returns it
        case 'STR_KEY':
        case 'STR_VALUE':
        case 'ATTRIBUTE_EMPTY':
            return 'argument';
    }
    return undefined;
}
/** A line that starts with a macro of mermaid's C4 lexer that declares something (a swallowed one is lost). */
function declarationLine() {
    return new RegExp('^(\\s*)(' +
        [
            'Person_Ext',
            'Person',
            'SystemQueue_Ext',
            'SystemDb_Ext',
            'System_Ext',
            'SystemQueue',
            'SystemDb',
            'System',
            'Enterprise_Boundary',
            'System_Boundary',
            'Container_Boundary',
            'Boundary',
            'ContainerQueue_Ext',
            'ContainerDb_Ext',
            'Container_Ext',
            'ContainerQueue',
            'ContainerDb',
            'Container',
            'ComponentQueue_Ext',
            'ComponentDb_Ext',
            'Component_Ext',
            'ComponentQueue',
            'ComponentDb',
            'Component',
            'Deployment_Node',
            'Node_L',
            'Node_R',
            'Node',
            'Rel_Up',
            'Rel_U',
            'Rel_Down',
            'Rel_D',
            'Rel_Left',
            'Rel_L',
            'Rel_Right',
            'Rel_R',
            'Rel_Back',
            'RelIndex',
            'BiRel',
            'Rel',
        ].join('|') +
        ')\\s*\\(\\s*"?([^",)]*)');
}
function c4_isRecord(x) {
    return typeof x === 'object' && x !== null;
}
function isLexer(x) {
    return c4_isRecord(x) && typeof x.setInput === 'function' && typeof x.lex === 'function';
}
/** What mermaid keeps as an alias: the argument trimmed; a swallowing argument cut at its first line. */
function aliasOf(text) {
    return text.split('\n')[0].trim();
}
/** mermaid stores each text argument as `{ text }`; anything else (a misplaced `$key=value`) counts as absent. */
function textOf(x) {
    if (!c4_isRecord(x) || typeof x.text !== 'string')
        return undefined;
    const t = x.text.trim();
    return t === '' ? undefined : t;
}
/** The elements and boundaries mermaid created, by alias ('global' is mermaid's implicit outermost boundary). */
function shapesIn(...lists) {
    const out = new Map();
    for (const list of lists) {
        if (!Array.isArray(list))
            continue;
        for (const item of list) {
            if (!c4_isRecord(item) || typeof item.alias !== 'string' || item.alias === 'global')
                continue;
            const technology = textOf(item.techn);
            const description = textOf(item.descr);
            const parent = typeof item.parentBoundary === 'string' && item.parentBoundary !== 'global' && item.parentBoundary ? aliasOf(item.parentBoundary) : undefined;
            out.set(aliasOf(item.alias), {
                label: textOf(item.label) ?? '',
                ...(technology ? { technology } : {}),
                ...(description ? { description } : {}),
                ...(parent ? { parent } : {}),
            });
        }
    }
    return out;
}
function tokenize(lexerProto, terminals, map) {
    const lexer = Object.create(lexerProto);
    const input = map.parsed.text;
    lexer.setInput(input, {});
    const tokens = [];
    // Every token consumes at least one character, so this bounds the loop even if the lexer misbehaves.
    for (let i = 0; i <= input.length + 1; i++) {
        const id = lexer.lex();
        const name = typeof id === 'number' ? String(terminals[id] ?? id) : String(id);
        if (name === 'EOF' || id === 1)
            return tokens;
        const loc = lexer.yylloc;
        tokens.push({ name, text: lexer.yytext, offset: map.parsedOffset(loc.first_line, loc.first_column) });
    }
    return undefined;
}
function declarations(tokens) {
    const out = [];
    let current;
    let key = '';
    for (const t of tokens) {
        const role = roleOf(t.name);
        if (current && role === 'argument') {
            current.texts.push(t);
            // A `$key="value"` pair fills one argument slot; STR_VALUE belongs to the preceding STR_KEY.
            if (t.name === 'STR_KEY')
                key = t.text.trim();
            if (t.name === 'STR_VALUE') {
                current.named[key] = t.text.trim();
                continue;
            }
            current.args.push({ text: t.name === 'STR' ? t.text : '', offset: t.offset });
            continue;
        }
        current = undefined;
        if (role !== undefined && role !== 'argument') {
            current = { name: t.name, macro: t, args: [], named: {}, texts: [] };
            out.push(current);
        }
    }
    return out;
}
/** Source position of an argument's first visible character. */
function argPosition(arg, map) {
    const lead = arg.text.length - arg.text.trimStart().length;
    return map.fromParsedOffset(arg.offset + lead);
}
function owner(d) {
    const slot = d.name === 'REL_INDEX' ? 1 : 0;
    return aliasOf(d.args[slot]?.text ?? '');
}
function swallowedIn(d, map) {
    const out = [];
    const intoLine = map.fromParsedOffset(d.macro.offset).line;
    const declaration = declarationLine();
    for (const t of d.texts) {
        const pieces = t.text.split('\n');
        let at = t.offset + pieces[0].length + 1;
        for (const piece of pieces.slice(1)) {
            const m = declaration.exec(piece);
            if (m) {
                const pos = map.fromParsedOffset(at + m[1].length);
                out.push({ alias: m[3].trim(), kind: m[2], ...pos, into: owner(d), intoKind: d.macro.text, intoLine });
            }
            at += piece.length + 1;
        }
    }
    return out;
}
/**
 * @param diagram what mermaidAPI.getDiagramFromText returned for the same parser input `map` describes.
 * @returns undefined when the diagram object does not look like mermaid 11's C4 diagram.
 */
function extractC4(diagram, map) {
    if (!c4_isRecord(diagram) || !c4_isRecord(diagram.parser) || !c4_isRecord(diagram.db))
        return undefined;
    if (diagram.text !== map.parsed.text)
        return undefined; // our replica of mermaid's preprocessing drifted
    const { parser, db } = diagram;
    if (!isLexer(parser.lexer) || !c4_isRecord(parser.terminals_))
        return undefined;
    if (typeof db.getC4ShapeArray !== 'function' || typeof db.getBoundaries !== 'function')
        return undefined;
    const known = shapesIn(db.getC4ShapeArray(), db.getBoundaries());
    const tokens = tokenize(parser.lexer, parser.terminals_, map);
    if (!tokens)
        return undefined;
    const elements = [];
    const relations = [];
    const swallowed = [];
    for (const d of declarations(tokens)) {
        swallowed.push(...swallowedIn(d, map));
        const role = roleOf(d.name);
        if (role === 'relation') {
            const first = d.name === 'REL_INDEX' ? 1 : 0;
            const from = d.args[first];
            const to = d.args[first + 1];
            if (!from || !to)
                continue;
            const at = map.fromParsedOffset(d.macro.offset);
            const f = argPosition(from, map);
            const tt = argPosition(to, map);
            const label = d.args[first + 2]?.text.trim() || d.named.label;
            const technology = d.args[first + 3]?.text.trim() || d.named.techn;
            relations.push({
                kind: d.macro.text,
                from: aliasOf(from.text),
                to: aliasOf(to.text),
                line: at.line,
                column: at.column,
                fromLine: f.line,
                fromColumn: f.column,
                toLine: tt.line,
                toColumn: tt.column,
                ...(label ? { label } : {}),
                ...(technology ? { technology } : {}),
            });
        }
        else if (role === 'element' || role === 'boundary') {
            const arg = d.args[0];
            if (!arg)
                continue;
            const alias = aliasOf(arg.text);
            const shape = known.get(alias);
            if (!shape)
                continue; // mermaid did not create it
            elements.push({ alias, kind: d.macro.text, ...argPosition(arg, map), boundary: role === 'boundary', ...shape });
        }
    }
    return { elements, relations, swallowed };
}

;// CONCATENATED MODULE: ./src/mermaid/er.ts

function er_isRecord(x) {
    return typeof x === 'object' && x !== null;
}
function str(x) {
    return typeof x === 'string' ? x : '';
}
function attributesOf(list) {
    if (!Array.isArray(list))
        return [];
    return list.filter(er_isRecord).map((a) => ({
        type: str(a.type),
        name: str(a.name),
        keys: Array.isArray(a.keys) ? a.keys.filter((k) => typeof k === 'string') : [],
        comment: str(a.comment),
    }));
}
/**
 * Where each word (entity names may contain `-`) occurs after the header line, comment lines left out
 * (front matter and comments may name an entity): one pass, then lookups.
 */
function wordIndex(source) {
    const index = new Map();
    const headerLine = (0,detect/* diagramHeader */.PY)(source)?.line ?? 1;
    source.split(/\r?\n/).forEach((text, i) => {
        if (i < headerLine || /^\s*%%/.test(text))
            return;
        for (const m of text.matchAll(/[\w-]+/g)) {
            const list = index.get(m[0]) ?? [];
            if (list.length === 0)
                index.set(m[0], list);
            if (list.at(-1)?.line !== i + 1)
                list.push({ line: i + 1, column: m.index + 1 });
        }
    });
    return index;
}
/** The first line that names all of `names` (position of the first name); 1:1 when none does. */
function locate(index, names) {
    const [first, ...rest] = names.map((n) => index.get(n) ?? []);
    const others = rest.map((list) => new Set(list.map((p) => p.line)));
    return first.find((p) => others.every((lines) => lines.has(p.line))) ?? { line: 1, column: 1 };
}
/**
 * @param diagram what mermaidAPI.getDiagramFromText returned for `source`.
 * @returns undefined when the diagram object does not look like mermaid 11's ER diagram.
 */
function extractEr(diagram, source) {
    if (!er_isRecord(diagram) || !er_isRecord(diagram.db))
        return undefined;
    const { db } = diagram;
    if (typeof db.getEntities !== 'function' || typeof db.getRelationships !== 'function')
        return undefined;
    const raw = db.getEntities();
    if (!(raw instanceof Map))
        return undefined;
    const index = wordIndex(source);
    const byId = new Map();
    const entities = [];
    for (const [name, e] of raw) {
        if (typeof name !== 'string' || !er_isRecord(e))
            continue;
        if (typeof e.id === 'string')
            byId.set(e.id, name);
        const alias = str(e.alias);
        entities.push({ name, ...(alias ? { alias } : {}), attributes: attributesOf(e.attributes), ...locate(index, [name]) });
    }
    const rels = db.getRelationships();
    const relationships = [];
    for (const r of Array.isArray(rels) ? rels : []) {
        if (!er_isRecord(r))
            continue;
        const from = byId.get(str(r.entityA)) ?? str(r.entityA);
        const to = byId.get(str(r.entityB)) ?? str(r.entityB);
        const spec = er_isRecord(r.relSpec) ? r.relSpec : {};
        const cardinality = [str(spec.cardB), str(spec.relType), str(spec.cardA)].join(' ');
        relationships.push({ from, to, label: str(r.roleA), cardinality, ...locate(index, from === to ? [from] : [from, to]) });
    }
    return { entities, relationships };
}

;// CONCATENATED MODULE: ./src/mermaid/analyze.ts







let queue = Promise.resolve();
function serial(task) {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
}
function analyze_messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}
function mermaidTypeOf(result) {
    if (typeof result === 'object' && result !== null && 'diagramType' in result && typeof result.diagramType === 'string') {
        return result.diagramType;
    }
    return undefined;
}
function internalError(message) {
    return { line: 1, column: 1, kind: 'internal', message };
}
async function c4Details(mermaid, source, map) {
    // One preprocessing pass here plus the one getDiagramFromText does = what mermaid.parse did.
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(onePass(source));
    const c4 = extractC4(diagram, map);
    if (!c4)
        return { internal: 'could not read the C4 elements from mermaid (unexpected mermaid internals)' };
    const db = diagram.db;
    const title = typeof db?.getTitle === 'function' ? db.getTitle() : undefined;
    return { c4, ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}) };
}
async function erDetails(mermaid, source) {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(onePass(source));
    const er = extractEr(diagram, source);
    return er ? { er } : { internal: 'could not read the ER entities from mermaid (unexpected mermaid internals)' };
}
async function analyzeNow(source) {
    const header = (0,detect/* diagramHeader */.PY)(source);
    const heading = (0,detect/* titleOf */.Gg)(source);
    const base = { type: header?.keyword ?? '', ...(heading ? { title: heading.title, titleLine: heading.line } : {}) };
    const limit = checkLimits(source);
    if (limit)
        return { ...base, error: { line: limit.line, column: 1, kind: 'limit', message: limit.message } };
    let mermaid;
    try {
        mermaid = await loadMermaid();
    }
    catch (err) {
        return { ...base, error: internalError(`could not load mermaid: ${analyze_messageOf(err)}`) };
    }
    const map = new SourceMap(source, parserInput(source, base.type));
    let result;
    try {
        result = await mermaid.parse(source);
    }
    catch (err) {
        return { ...base, error: toDiagramError(err, source, map, header) };
    }
    const mermaidType = mermaidTypeOf(result);
    const analysis = { ...base, ...(mermaidType ? { mermaidType } : {}) };
    if (mermaidType === 'er') {
        try {
            return { ...analysis, ...(await erDetails(mermaid, source)) };
        }
        catch (err) {
            return { ...analysis, internal: `could not read the ER entities: ${analyze_messageOf(err)}` };
        }
    }
    if (mermaidType !== 'c4')
        return analysis;
    try {
        const details = await c4Details(mermaid, source, map);
        // The title read from the source (with its line) wins over the one only mermaid found.
        return { ...details, ...analysis };
    }
    catch (err) {
        return { ...analysis, internal: `could not read the C4 elements: ${analyze_messageOf(err)}` };
    }
}
/**
 * The analysis is a function of the diagram's text alone, and `fix` lints the same diagrams again after
 * each round of repairs: the last few analyses are remembered (a bounded number, oldest out first, so a
 * hostile document cannot grow it), and each caller gets its own copy.
 */
const RECENT = 64;
const recent = new Map();
async function analyzeDiagram(source) {
    let analysis = recent.get(source);
    if (!analysis) {
        analysis = serial(async () => {
            try {
                return await analyzeNow(source);
            }
            catch (err) {
                return { type: '', error: internalError(`archdoc could not analyse the diagram: ${analyze_messageOf(err)}`) };
            }
        });
        recent.set(source, analysis);
        if (recent.size > RECENT)
            recent.delete(recent.keys().next().value);
    }
    return structuredClone(await analysis);
}
/**
 * Forget the remembered analyses. For a harness that reruns tests in one process with changed code (the
 * mutation run): a remembered answer would stand in for the code under test.
 */
function forgetAnalyses() {
    recent.clear();
}
/** Analyses in order; the result array lines up with `sources`. */
async function analyzeDiagrams(sources) {
    const out = [];
    for (const s of sources)
        out.push(await analyzeDiagram(s));
    return out;
}


/***/ })

};
