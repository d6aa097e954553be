export const id = 3461;
export const ids = [3461];
export const modules = {

/***/ 83461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubPort: () => (/* binding */ createGitHubPort),
  createOctokitPort: () => (/* binding */ createOctokitPort)
});

// EXTERNAL MODULE: ./src/core/findings.ts
var findings = __webpack_require__(44637);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 11 modules
var dist_src = __webpack_require__(2012);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * One configured Octokit (core, proxy aware) plus the retry and throttling plugins, pointed at
 * GITHUB_API_URL / GITHUB_GRAPHQL_URL, with every failure turned into an error that names the call and
 * how many attempts were made.
 */





const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * Node's own fetch; with a proxy configured, undici's through @actions/http-client's proxy agent (which
 * honours no_proxy), as @actions/github does. Loaded only then: undici is ~1 MB of code to compile, on a
 * run that makes a handful of requests.
 */
function fetchFor(url, env) {
    if (!PROXY_VARS.some((k) => env[k]))
        return globalThis.fetch;
    let proxied;
    const load = async () => {
        const [{ HttpClient }, undici] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4942)]).then(__webpack_require__.bind(__webpack_require__, 44942)), __webpack_require__.e(/* import() */ 6752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19))]);
        const dispatcher = new HttpClient().getAgentDispatcher(url);
        return ((input, init) => undici.fetch(input, { ...init, dispatcher }));
    };
    return async (input, init) => (await (proxied ??= load()))(input, init);
}
/** Runs in GitHub's orchestration carry its id in the user agent, as @actions/github sends it. */
function userAgent(env) {
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^\w.-]/g, '_')}` : undefined;
}
function defaultApiUrls(env = process.env) {
    const apiUrl = trimSlash(env.GITHUB_API_URL || 'https://api.github.com');
    return { apiUrl, graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`) };
}
function createGitHubClient(options) {
    const env = defaultApiUrls();
    const apiUrl = trimSlash(options.apiUrl ?? env.apiUrl);
    const graphqlUrl = trimSlash(options.graphqlUrl ?? (options.apiUrl ? `${apiUrl}/graphql` : env.graphqlUrl));
    const retries = options.retries ?? 3;
    const unit = options.timeUnitMs ?? (Number(process.env.ARCHDOC_RETRY_BASE_MS) || 1000);
    const maxWait = options.maxWaitSeconds ?? 120;
    const log = options.log ?? (() => undefined);
    const attempts = new WeakMap();
    // Registered first, so it sits innermost: it sees every HTTP attempt, including each retry.
    const countAttempts = (octokit) => {
        octokit.hook.wrap('request', (request, opts) => {
            const n = (attempts.get(opts) ?? 0) + 1;
            attempts.set(opts, n);
            const trace = opts.request?.archdocTrace;
            if (trace)
                trace.attempts = n;
            if (n > 1)
                log(`Retrying ${String(opts.method)} ${String(opts.url)} (attempt ${n} of ${retries + 1})`);
            return request(opts);
        });
    };
    const onLimit = (kind) => (retryAfter, opts, _octokit, retryCount) => {
        const call = `${opts.method} ${opts.url}`;
        if (retryCount >= retries || retryAfter > maxWait) {
            log(`GitHub ${kind} on ${call}: not retrying (retry-after ${retryAfter} s, ${retryCount} retries so far)`);
            return false;
        }
        log(`GitHub ${kind} on ${call}: retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    const ua = userAgent(process.env);
    const octokit = new (dist_src/* Octokit */.E.plugin(countAttempts, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A))({
        auth: options.token,
        baseUrl: apiUrl,
        request: { fetch: fetchFor(apiUrl, process.env) },
        ...(ua ? { userAgent: ua } : {}),
        log: { debug: () => undefined, info: () => undefined, warn: (m) => log(m), error: (m) => log(m) },
        // 409 (conflict) and 422 (validation) mean the request itself is wrong or stale: never blindly repeat it.
        // 403 and 429 are left to the throttling plugin, which honours retry-after and the reset time.
        retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            // GitHub asks for at least a second between writes; the plugin's default groups are process-wide.
            write: new (lib_default()).Group({ maxConcurrent: 1, minTime: unit }),
            notifications: new (lib_default()).Group({ maxConcurrent: 1, minTime: 3 * unit }),
            search: new (lib_default()).Group({ maxConcurrent: 1, minTime: 2 * unit }),
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
    // Registered last, so it sits outermost: it sees the final outcome after all retries.
    octokit.hook.wrap('request', async (request, opts) => {
        try {
            return await request(opts);
        }
        catch (error) {
            if (error instanceof github_errors/* GitHubApiError */.OS)
                throw error;
            const call = describeCall(octokit, opts, apiUrl);
            throw (0,github_errors/* apiError */.pb)({ ...failureOf(error), call: call.label, attempts: attempts.get(opts) ?? 1 }, call.isWrite);
        }
    });
    return {
        apiUrl,
        graphqlUrl,
        octokit,
        async rest(route, params = {}) {
            const res = await octokit.request(route, params);
            return { status: res.status, data: res.data, headers: res.headers };
        },
        async graphql(query, variables, tolerate = []) {
            const trace = { attempts: 0 };
            const res = await octokit.request(`POST ${graphqlUrl}`, { query, variables, request: { archdocTrace: trace } });
            const body = res.data;
            const errors = body.errors ?? [];
            const unhandled = errors.filter((e) => !e.type || !tolerate.includes(e.type));
            if (unhandled.length > 0 || body.data == null) {
                const op = operationOf(query);
                throw (0,github_errors/* apiError */.pb)({
                    call: `POST ${pathOf(graphqlUrl)} (${op.name})`,
                    attempts: Math.max(trace.attempts, 1),
                    reason: (unhandled.length > 0 ? unhandled : errors).map(describeGraphQLError).join('; ') || 'no data',
                    graphqlErrors: errors,
                }, op.isMutation);
            }
            return { data: body.data, errors };
        },
    };
}
function describeGraphQLError(e) {
    return e.type ? `${e.type}: ${e.message}` : e.message;
}
/** Pulls status and GitHub's own message out of whatever Octokit or its plugins threw. */
function failureOf(error) {
    if (typeof error !== 'object' || error === null)
        return { reason: String(error) };
    const e = error;
    const message = typeof e.message === 'string' ? e.message : String(error);
    if (!e.response)
        return { reason: networkReason(error, message) }; // no HTTP answer at all
    const status = typeof e.response.status === 'number' ? e.response.status : undefined;
    const data = e.response.data;
    const graphqlErrors = graphqlErrorsOf(data);
    const reason = graphqlErrors ? graphqlErrors.map(describeGraphQLError).join('; ') : (bodyMessage(data) ?? message);
    return { status, reason, graphqlErrors };
}
/** "fetch failed" says little: add the innermost cause (e.g. "connect ECONNREFUSED 127.0.0.1:443"). */
function networkReason(error, message) {
    let inner = error;
    for (let i = 0; i < 5 && typeof inner === 'object' && inner !== null && 'cause' in inner && inner.cause; i++)
        inner = inner.cause;
    const detail = typeof inner === 'object' && inner !== null && 'message' in inner ? String(inner.message) : '';
    return detail && detail !== message && !message.includes(detail) ? `${message} (${detail})` : message;
}
function graphqlErrorsOf(data) {
    if (typeof data !== 'object' || data === null || !('errors' in data) || 'message' in data)
        return undefined;
    const errors = data.errors;
    return Array.isArray(errors) ? errors : undefined;
}
function bodyMessage(data) {
    if (typeof data === 'string') {
        const text = data.trim();
        return text.startsWith('<') || text === '' ? undefined : text.slice(0, 300);
    }
    if (typeof data !== 'object' || data === null || !('message' in data))
        return undefined;
    const body = data;
    const details = Array.isArray(body.errors)
        ? body.errors.map((x) => {
            if (typeof x === 'string')
                return x;
            const item = (x ?? {});
            return typeof item.message === 'string' ? item.message : `${String(item.resource)}.${String(item.field)} ${String(item.code)}`;
        })
        : [];
    return [String(body.message), ...details].join(': ');
}
function describeCall(octokit, opts, apiUrl) {
    let method = String(opts.method ?? 'GET');
    let url = String(opts.url ?? '');
    try {
        const parsed = octokit.request.endpoint.parse(opts);
        method = parsed.method;
        url = parsed.url;
    }
    catch {
        // Keep the unexpanded template: still names the route.
    }
    const path = url.startsWith(apiUrl) ? url.slice(apiUrl.length) || '/' : pathOf(url);
    if (typeof opts.query === 'string' && method === 'POST') {
        const op = operationOf(opts.query);
        return { label: `${method} ${path} (${op.name})`, isWrite: op.isMutation };
    }
    return { label: `${method} ${path}`, isWrite: method !== 'GET' && method !== 'HEAD' };
}
function operationOf(query) {
    const m = /\b(query|mutation)\s+([A-Za-z_]\w*)/.exec(query);
    return { name: m?.[2] ?? 'anonymous', isMutation: m?.[1] === 'mutation' || /^\s*mutation\b/.test(query) };
}
function pathOf(url) {
    try {
        const u = new URL(url);
        return u.pathname + u.search;
    }
    catch {
        return url;
    }
}
function trimSlash(url) {
    return url.replace(/(?<!\/)\/+$/, '');
}

// EXTERNAL MODULE: ./src/markdown/limits.ts
var limits = __webpack_require__(55337);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/github/files.ts
/**
 * Reading files at a commit through GraphQL: literal paths by `object(expression: "<rev>:<path>")`,
 * requirement globs by walking the tree under the glob's fixed base. Builds the query text and reads
 * the answer back into RemoteFiles.
 */


/** Deepest folder nesting a `**` glob walks below its base. */
const MAX_WALK_DEPTH = 6;
function planFiles(paths, requirementGlobs) {
    const literals = new Set(paths);
    const walks = new Map();
    const globs = [];
    const literalRequirements = new Set();
    for (const glob of requirementGlobs) {
        const scan = picomatch_default().scan(glob);
        if (!scan.isGlob) {
            literals.add(glob);
            literalRequirements.add(glob);
            continue;
        }
        globs.push(glob);
        const deep = scan.glob.includes('**');
        const depth = deep ? MAX_WALK_DEPTH : scan.glob.split('/').length;
        const prev = walks.get(scan.base);
        walks.set(scan.base, {
            base: scan.base,
            depth: Math.max(depth, prev?.depth ?? 0),
            withText: !deep && (prev?.withText ?? true),
        });
    }
    const match = globs.length > 0 ? picomatch_default()(globs, { dot: false }) : () => false;
    return { literals: [...literals], walks: [...walks.values()], isRequirement: (p) => literalRequirements.has(p) || match(p) };
}
const BLOB_FIELDS = 'byteSize isBinary isTruncated text';
/** Literal paths at `rev` under aliases `<prefix>0`, `<prefix>1`, …, so one query can read several revisions. */
function selectBlobs(prefix, rev, literals) {
    const varDefs = [];
    const variables = {};
    const fields = [];
    literals.forEach((path, i) => {
        varDefs.push(`$${prefix}${i}: String!`);
        variables[`${prefix}${i}`] = `${rev}:${path}`;
        fields.push(`${prefix}${i}: object(expression: $${prefix}${i}) { __typename ... on Blob { ${BLOB_FIELDS} } }`);
    });
    return { varDefs, fields: fields.join('\n'), variables };
}
function selectFiles(rev, literals, walks = [], historyPaths = []) {
    const blobs = selectBlobs('f', rev, literals);
    const varDefs = [...blobs.varDefs];
    const variables = { ...blobs.variables };
    const fields = blobs.fields ? [blobs.fields] : [];
    walks.forEach((walk, i) => {
        varDefs.push(`$t${i}: String!`);
        variables[`t${i}`] = `${rev}:${walk.base}`;
        fields.push(`t${i}: object(expression: $t${i}) { ... on Tree { ${entriesSelection(walk.depth, walk.withText)} } }`);
    });
    if (historyPaths.length > 0) {
        const histories = historyPaths.map((path, i) => {
            varDefs.push(`$h${i}: String!`);
            variables[`h${i}`] = path;
            return `h${i}: history(first: 1, path: $h${i}) { nodes { oid committedDate } }`;
        });
        varDefs.push('$rev: String!');
        variables.rev = rev;
        fields.push(`commit: object(expression: $rev) { ... on Commit { oid ${histories.join(' ')} } }`);
    }
    return { varDefs, fields: fields.join('\n'), variables };
}
function entriesSelection(depth, withText) {
    const blob = withText ? `... on Blob { ${BLOB_FIELDS} }` : '';
    const inner = depth > 1 ? `... on Tree { ${entriesSelection(depth - 1, withText)} }` : '';
    const object = blob || inner ? ` object { ${blob} ${inner} }` : '';
    return `entries { path type${object} }`;
}
/** Drops files a bounded walk brought along that no literal path or requirement glob asked for. */
function keepPlanned(read, plan) {
    const literals = new Set(plan.literals);
    const wanted = (path) => literals.has(path) || plan.isRequirement(path);
    for (const path of read.files.keys())
        if (!wanted(path))
            read.files.delete(path);
    read.truncated = read.truncated.filter(wanted);
}
/** Reads the answer to a selectFiles selection. */
/** Reads the answer to a selectBlobs selection. */
function readBlobs(prefix, repository, literals) {
    const out = { files: new Map(), truncated: [], listed: [], lastChanges: new Map() };
    literals.forEach((path, i) => {
        const node = repository[`${prefix}${i}`];
        addFile(out, path, node ?? null);
    });
    return out;
}
function readSelection(repository, literals, walks = [], historyPaths = []) {
    const out = readBlobs('f', repository, literals);
    walks.forEach((walk, i) => {
        const tree = repository[`t${i}`];
        if (tree)
            collect(out, tree, walk.withText);
    });
    const commit = repository.commit;
    if (commit) {
        out.oid = commit.oid;
        historyPaths.forEach((path, i) => {
            const node = commit[`h${i}`]?.nodes?.[0];
            if (node)
                out.lastChanges.set(path, { oid: node.oid, committedDate: node.committedDate });
        });
    }
    return out;
}
function collect(out, tree, withText) {
    for (const entry of tree.entries ?? []) {
        if (!entry.path)
            continue;
        if (entry.type === 'blob') {
            out.listed.push(entry.path);
            if (withText && entry.object)
                addFile(out, entry.path, { __typename: 'Blob', ...entry.object });
        }
        else if (entry.type === 'tree' && entry.object) {
            collect(out, entry.object, withText);
        }
    }
}
function addFile(out, path, node) {
    if (!node) {
        out.files.set(path, { kind: 'missing', path });
    }
    else if (node.__typename === 'Tree') {
        out.files.set(path, { kind: 'directory', path });
    }
    else if (node.__typename !== 'Blob') {
        out.files.set(path, { kind: 'missing', path }); // a submodule commit is not a file we can read
    }
    else if ((node.byteSize ?? 0) > limits/* MAX_DOCUMENT_BYTES */.bi) {
        // Never read, through GraphQL text or the REST fallback: archdoc would refuse it anyway.
        out.files.set(path, { kind: 'too-large', path, byteSize: node.byteSize ?? 0 });
    }
    else if (node.isBinary || node.text == null) {
        out.files.set(path, { kind: 'binary', path, byteSize: node.byteSize ?? 0 });
    }
    else if (node.isTruncated) {
        out.truncated.push(path);
    }
    else {
        out.files.set(path, { kind: 'text', path, text: node.text, byteSize: node.byteSize ?? Buffer.byteLength(node.text) });
    }
}

;// CONCATENATED MODULE: ./src/github/octokit-port.ts
/** GitHubPort over the real API: GraphQL for reads and commits, REST for comments, reactions, issues and pull requests. */





/** How many of a pull request's latest commits the snapshot lists (the loop guards look at them). */
const RECENT_COMMITS = 30;
/** Workflows on the default branch: the snapshot lists them, whole, so the report knows which commands answer. */
const WORKFLOWS_DIR = '.github/workflows';
const PULL_REQUEST_FIELDS = `
  number state headRefName headRefOid baseRefName baseRefOid isCrossRepository maintainerCanModify
  headRepository { nameWithOwner }
  files(first: 100, after: $filesAfter) @include(if: $withFiles) {
    totalCount pageInfo { hasNextPage endCursor } nodes { path changeType }
  }
  commits(last: ${RECENT_COMMITS}) @include(if: $withFiles) { nodes { commit { oid message committedDate } } }
  comments(first: 100, after: $commentsAfter) @include(if: $withComments) {
    pageInfo { hasNextPage endCursor }
    nodes { id databaseId body url viewerDidAuthor viewerCanUpdate author { __typename login } }
  }`;
function loadPullRequestQuery(fileVarDefs, fileFields) {
    const defs = [
        '$owner: String!',
        '$repo: String!',
        '$number: Int!',
        '$filesAfter: String',
        '$commentsAfter: String',
        '$withFiles: Boolean!',
        '$withComments: Boolean!',
        ...fileVarDefs,
    ];
    return `query LoadPullRequest(${defs.join(', ')}) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {${PULL_REQUEST_FIELDS}
    }
    ${fileFields}
  }
}`;
}
function readFilesQuery(varDefs, fields) {
    return `query ReadFiles(${['$owner: String!', '$repo: String!', ...varDefs].join(', ')}) {
  repository(owner: $owner, name: $repo) {
    ${fields}
  }
}`;
}
const ISSUE_FIELDS = 'number url title body';
const LOAD_REPOSITORY_HEAD = `defaultBranchRef { name }
    head: object(expression: $head) { ... on Commit { oid } }
    issues(first: 1, labels: [$label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withIssue) {
      nodes { ${ISSUE_FIELDS} }
    }`;
const FIND_ISSUE = `query FindIssueByLabel($owner: String!, $repo: String!, $label: String!) {
  repository(owner: $owner, name: $repo) {
    issues(first: 50, labels: [$label], states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) { nodes { ${ISSUE_FIELDS} viewerDidAuthor } }
  }
}`;
const FIND_OWN_ISSUES = `query FindOwnIssues($owner: String!, $repo: String!, $label: String!, $after: String) {
  repository(owner: $owner, name: $repo) {
    issues(first: 100, after: $after, labels: [$label], states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ${ISSUE_FIELDS} state viewerDidAuthor }
    }
  }
}`;
/** Repositories per existence query: small enough to stay far below GraphQL's node and time limits. */
const PRESENCE_BATCH = 50;
const COMMIT_FILE = `mutation CommitFile($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
const BRANCH_HEAD = `query BranchHead($owner: String!, $repo: String!, $ref: String!) {
  repository(owner: $owner, name: $repo) { ref(qualifiedName: $ref) { target { oid } } }
}`;
const PROPOSE_CHANGE = `query LoadProposal($owner: String!, $repo: String!, $base: String!, $branch: String!, $baseFile: String!, $branchFile: String!, $branchRef: String!) {
  repository(owner: $owner, name: $repo) {
    defaultBranchRef { name }
    baseCommit: object(expression: $base) { ... on Commit { oid } }
    baseFile: object(expression: $baseFile) { __typename ... on Blob { byteSize isBinary isTruncated text } }
    branch: ref(qualifiedName: $branchRef) { target { oid ... on Commit { message } } }
    branchFile: object(expression: $branchFile) { __typename ... on Blob { byteSize isBinary isTruncated text } }
    pullRequests(headRefName: $branch, states: [OPEN], first: 10) {
      nodes { number url title body headRepository { nameWithOwner } }
    }
  }
}`;
/** The port the Action uses: a configured client (env endpoints, retries, throttling) behind GitHubPort. */
function createGitHubPort(options) {
    return createOctokitPort(createGitHubClient(options));
}
function createOctokitPort(client) {
    /** Fetches whole files GitHub truncated in GraphQL (one REST call each). */
    async function completeTruncated(coords, rev, read) {
        for (const path of read.truncated) {
            const res = await client.rest('GET /repos/{owner}/{repo}/contents/{path}', {
                ...coords,
                path,
                ref: rev,
                mediaType: { format: 'raw' },
            });
            const text = typeof res.data === 'string' ? res.data : new TextDecoder().decode(res.data);
            const byteSize = Buffer.byteLength(text);
            // GraphQL said the blob is within the cap (files.ts); a body that disagrees is not used.
            read.files.set(path, byteSize > limits/* MAX_DOCUMENT_BYTES */.bi ? { kind: 'too-large', path, byteSize } : { kind: 'text', path, text, byteSize });
        }
        read.truncated = [];
    }
    /** Second pass for `**` walks (names only in the first pass) and for history of glob matches. */
    async function readMatches(coords, rev, plan, first, history) {
        const matched = first.listed.filter((p) => plan.isRequirement(p));
        const toRead = matched.filter((p) => !first.files.has(p));
        const historyPaths = history ? matched.filter((p) => !first.lastChanges.has(p)) : [];
        if (toRead.length === 0 && historyPaths.length === 0)
            return;
        const sel = selectFiles(rev, toRead, [], historyPaths);
        const { data } = await client.graphql(readFilesQuery(sel.varDefs, sel.fields), { ...coords, ...sel.variables });
        const more = readSelection(data.repository, toRead, [], historyPaths);
        for (const [p, f] of more.files)
            first.files.set(p, f);
        for (const [p, c] of more.lastChanges)
            first.lastChanges.set(p, c);
        first.truncated.push(...more.truncated);
    }
    function requirementPaths(plan, files) {
        return [...files.values()]
            .filter((f) => f.kind !== 'missing' && f.kind !== 'directory' && plan.isRequirement(f.path))
            .map((f) => f.path)
            .sort();
    }
    async function pullRequestPages(coords, first, wantFiles) {
        const changedFiles = [];
        let sticky = { own: null, former: null };
        let node = first;
        for (;;) {
            if (node.files)
                changedFiles.push(...node.files.nodes.filter((f) => f !== null));
            if (node.comments)
                sticky = chooseSticky(sticky, node.comments.nodes, coords);
            const filesAfter = wantFiles && node.files?.pageInfo.hasNextPage ? node.files.pageInfo.endCursor : null;
            const commentsAfter = !sticky.own && node.comments?.pageInfo.hasNextPage ? node.comments.pageInfo.endCursor : null;
            if (!filesAfter && !commentsAfter)
                break;
            const { data } = await client.graphql(loadPullRequestQuery([], ''), {
                owner: coords.owner,
                repo: coords.repo,
                number: coords.number,
                filesAfter,
                commentsAfter,
                withFiles: filesAfter !== null,
                withComments: commentsAfter !== null,
            });
            node = data.repository.pullRequest;
        }
        return { changedFiles, sticky: toSticky(sticky.own ?? sticky.former) };
    }
    const port = {
        async loadPullRequest(input) {
            const coords = { owner: input.owner, repo: input.repo };
            const plan = planFiles(input.paths, input.requirementGlobs);
            const rev = input.headSha;
            const sel = rev ? selectFiles(rev, plan.literals, plan.walks) : selectFiles('', []);
            // The default branch's files ride along in the same query (`HEAD` is the default branch): no extra call.
            const basePaths = input.defaultBranchPaths ?? [];
            const baseSel = selectBlobs('d', 'HEAD', basePaths);
            const workflowsField = `workflows: object(expression: "HEAD:${WORKFLOWS_DIR}") { ... on Tree { entries { path type object { ... on Blob { isTruncated text } } } } }`;
            const { data } = await client.graphql(loadPullRequestQuery([...sel.varDefs, ...baseSel.varDefs], `defaultBranchRef { name }\n${workflowsField}\n${sel.fields}\n${baseSel.fields}`), {
                ...coords,
                number: input.number,
                filesAfter: null,
                commentsAfter: null,
                withFiles: true,
                withComments: true,
                ...sel.variables,
                ...baseSel.variables,
            });
            const pr = data.repository.pullRequest;
            const defaultBranch = data.repository.defaultBranchRef?.name ?? pr.baseRefName;
            const baseRead = readBlobs('d', data.repository, basePaths);
            await completeTruncated(coords, defaultBranch, baseRead);
            const readAt = rev ?? pr.headRefOid;
            let read;
            if (rev) {
                read = readSelection(data.repository, plan.literals, plan.walks);
            }
            else {
                const late = selectFiles(readAt, plan.literals, plan.walks);
                const more = await client.graphql(readFilesQuery(late.varDefs, late.fields), { ...coords, ...late.variables });
                read = readSelection(more.data.repository, plan.literals, plan.walks);
            }
            keepPlanned(read, plan);
            const lookup = {
                ...coords,
                number: input.number,
                marker: input.marker,
                ...(input.formerMarkerPrefix ? { formerMarkerPrefix: input.formerMarkerPrefix } : {}),
            };
            const pages = await pullRequestPages(lookup, pr, true);
            await readMatches(coords, readAt, plan, read, false);
            await completeTruncated(coords, readAt, read);
            const [headOwner, headName] = pr.headRepository?.nameWithOwner.split('/') ?? [];
            return {
                number: pr.number,
                state: pr.state,
                headRef: pr.headRefName,
                headOid: pr.headRefOid,
                readAt,
                baseRef: pr.baseRefName,
                baseOid: pr.baseRefOid,
                headRepository: headOwner && headName ? { owner: headOwner, repo: headName } : null,
                isFork: pr.isCrossRepository,
                maintainerCanModify: pr.maintainerCanModify,
                changedFiles: pages.changedFiles,
                files: read.files,
                requirementPaths: requirementPaths(plan, read.files),
                stickyComment: pages.sticky,
                defaultBranch: { name: defaultBranch, files: baseRead.files, workflows: workflowTexts(data.repository.workflows) },
                recentCommits: (pr.commits?.nodes ?? []).flatMap((n) => (n ? [n.commit] : [])),
            };
        },
        async findStickyComment(lookup) {
            const { owner, repo, number } = lookup;
            const { data } = await client.graphql(loadPullRequestQuery([], ''), {
                owner,
                repo,
                number,
                filesAfter: null,
                commentsAfter: null,
                withFiles: false,
                withComments: true,
            });
            return (await pullRequestPages(lookup, data.repository.pullRequest, false)).sticky;
        },
        async upsertStickyComment(input) {
            const body = startsWithLine(input.body, input.marker) ? input.body : `${input.marker}\n${input.body}`;
            const current = input.existing === undefined ? await port.findStickyComment(input) : input.existing;
            if (current && current.body === body)
                return { id: current.id, url: current.url, written: false, created: false };
            if (current) {
                try {
                    const res = await client.rest('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                        owner: input.owner,
                        repo: input.repo,
                        comment_id: current.id,
                        body,
                    });
                    return { id: res.data.id, url: res.data.html_url, written: true, created: false };
                }
                catch (e) {
                    // Someone deleted the comment since we read it: post a new one rather than fail the run.
                    if (!(e instanceof github_errors/* GitHubApiError */.OS && e.status === 404))
                        throw e;
                }
            }
            const created = await port.postComment({ owner: input.owner, repo: input.repo, number: input.number, body });
            return { ...created, written: true, created: true };
        },
        async postComment({ owner, repo, number, body }) {
            const res = await client.rest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: number,
                body,
            });
            return { id: res.data.id, url: res.data.html_url };
        },
        async addReaction({ owner, repo, commentId, content }) {
            await client.rest('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { owner, repo, comment_id: commentId, content });
        },
        async getPermission({ owner, repo, username }) {
            try {
                const res = await client.rest('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner, repo, username });
                const { permission, role_name: role = permission, user } = res.data;
                const push = user?.permissions?.push;
                return { role, canWrite: push ?? (permission === 'admin' || permission === 'write') };
            }
            catch (e) {
                if (e instanceof github_errors/* GitHubApiError */.OS && e.status === 404)
                    return { role: 'none', canWrite: false };
                throw e;
            }
        },
        async commitFiles(input) {
            refuseUncommittable(input.files.map((f) => f.path));
            const [headline, ...rest] = input.message.split('\n');
            const body = rest.join('\n').trim();
            const { data, errors } = await client.graphql(COMMIT_FILE, {
                input: {
                    branch: { repositoryNameWithOwner: `${input.owner}/${input.repo}`, branchName: input.branch },
                    expectedHeadOid: input.expectedHeadOid,
                    message: body ? { headline, body } : { headline },
                    fileChanges: { additions: input.files.map((f) => ({ path: f.path, contents: Buffer.from(f.content, 'utf8').toString('base64') })) },
                },
            }, ['STALE_DATA']);
            if (errors.some((e) => e.type === 'STALE_DATA') || !data.createCommitOnBranch) {
                // Where the branch is now, so the caller can say so (one more request, only in this rare case).
                const head = await client.graphql(BRANCH_HEAD, {
                    owner: input.owner,
                    repo: input.repo,
                    ref: `refs/heads/${input.branch}`,
                });
                const oid = head.data.repository?.ref?.target?.oid;
                return { moved: true, ...(oid ? { headOid: oid } : {}) };
            }
            return { moved: false, ...data.createCommitOnBranch.commit };
        },
        async loadRepository(input) {
            const coords = { owner: input.owner, repo: input.repo };
            const plan = planFiles(input.paths, input.requirementGlobs);
            const rev = input.ref ?? 'HEAD';
            const historyPaths = input.history ? plan.literals : [];
            const sel = selectFiles(rev, plan.literals, plan.walks, historyPaths);
            const query = `query LoadRepository(${['$owner: String!', '$repo: String!', '$head: String!', '$label: String!', '$withIssue: Boolean!', ...sel.varDefs].join(', ')}) {
  repository(owner: $owner, name: $repo) {
    ${LOAD_REPOSITORY_HEAD}
    ${sel.fields}
  }
}`;
            const { data } = await client.graphql(query, { ...coords, head: rev, label: input.issueLabel ?? '', withIssue: input.issueLabel !== undefined, ...sel.variables });
            const repo = data.repository;
            const oid = repo.head?.oid;
            if (!oid) {
                throw new github_errors/* GitHubApiError */.OS({
                    call: `POST /graphql (LoadRepository)`,
                    attempts: 1,
                    reason: `no commit found for ref "${rev}" in ${input.owner}/${input.repo}`,
                });
            }
            const read = readSelection(repo, plan.literals, plan.walks, historyPaths);
            keepPlanned(read, plan);
            for (const p of historyPaths)
                if (read.files.get(p)?.kind === 'missing')
                    read.lastChanges.delete(p);
            await readMatches(coords, oid, plan, read, input.history ?? false);
            await completeTruncated(coords, oid, read);
            return {
                defaultBranch: repo.defaultBranchRef?.name ?? '',
                oid,
                files: read.files,
                requirementPaths: requirementPaths(plan, read.files),
                lastChanges: read.lastChanges,
                ...(input.issueLabel !== undefined ? { issue: repo.issues?.nodes.find((n) => n !== null) ?? null } : {}),
            };
        },
        async findIssueByLabel({ owner, repo, label }) {
            const { data } = await client.graphql(FIND_ISSUE, {
                owner,
                repo,
                label,
            });
            const own = data.repository.issues.nodes.find((n) => n?.viewerDidAuthor);
            return own ? { number: own.number, url: own.url, title: own.title, body: own.body } : null;
        },
        async findOwnIssues({ owner, repo, label }) {
            const out = [];
            let after = null;
            // Bounded: 20 pages is 2,000 labelled issues, far more than one per document ever makes.
            for (let page = 0; page < 20; page++) {
                const res = await client.graphql(FIND_OWN_ISSUES, { owner, repo, label, after });
                const issues = res.data.repository.issues;
                for (const n of issues.nodes) {
                    if (n?.viewerDidAuthor)
                        out.push({ number: n.number, url: n.url, title: n.title, body: n.body, state: n.state === 'OPEN' ? 'open' : 'closed' });
                }
                const info = issues.pageInfo;
                if (!info.hasNextPage || !info.endCursor)
                    break;
                after = info.endCursor;
            }
            return out;
        },
        async upsertIssue(input) {
            const current = input.existing === undefined ? await port.findIssueByLabel(input) : input.existing;
            if (!current) {
                const res = await client.rest('POST /repos/{owner}/{repo}/issues', {
                    owner: input.owner,
                    repo: input.repo,
                    title: input.title,
                    body: input.body,
                    labels: [input.label],
                });
                return { issue: issueSummary(res.data), action: 'created' };
            }
            const closed = 'state' in current && current.state === 'closed';
            if (!closed && current.title === input.title && current.body === input.body)
                return { issue: current, action: 'unchanged' };
            // Reopening and the new report are one request: the issue never shows the old report as open.
            const res = await client.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                owner: input.owner,
                repo: input.repo,
                issue_number: current.number,
                title: input.title,
                body: input.body,
                ...(closed ? { state: 'open' } : {}),
            });
            return { issue: issueSummary(res.data), action: closed ? 'reopened' : 'updated' };
        },
        async ensureLabel({ owner, repo, name, color, description }) {
            try {
                await client.rest('GET /repos/{owner}/{repo}/labels/{name}', { owner, repo, name });
                return { created: false };
            }
            catch (e) {
                if (!(e instanceof github_errors/* GitHubApiError */.OS && e.status === 404))
                    throw e;
            }
            try {
                await client.rest('POST /repos/{owner}/{repo}/labels', { owner, repo, name, color, description });
                return { created: true };
            }
            catch (e) {
                // Created meanwhile by a concurrent run: the label is there, which is all that matters.
                if (e instanceof github_errors/* GitHubApiError */.OS && e.status === 422)
                    return { created: false };
                throw e;
            }
        },
        async listOrgRepositories({ org }) {
            const out = [];
            for (let page = 1;; page++) {
                const res = await client.rest('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
                for (const r of res.data) {
                    const [owner = org, name = r.name] = r.full_name.split('/');
                    out.push({ owner, repo: name, archived: r.archived ?? false, disabled: r.disabled ?? false, defaultBranch: r.default_branch ?? '' });
                }
                if (res.data.length < 100)
                    return out;
            }
        },
        async filesPresent({ repositories, paths }) {
            const found = new Map();
            const pathDefs = paths.map((_, k) => `$p${k}: String!`);
            const pathVars = Object.fromEntries(paths.map((p, k) => [`p${k}`, `HEAD:${p}`]));
            for (let start = 0; start < repositories.length; start += PRESENCE_BATCH) {
                const batch = repositories.slice(start, start + PRESENCE_BATCH);
                // Owner and name travel as variables, never spliced into the query text.
                const defs = batch.flatMap((_, i) => [`$o${i}: String!`, `$n${i}: String!`]);
                const objects = paths.map((_, k) => `f${k}: object(expression: $p${k}) { __typename }`).join(' ');
                const fields = batch.map((_, i) => `r${i}: repository(owner: $o${i}, name: $n${i}) { ${objects} }`).join('\n    ');
                const query = `query FilesPresent(${[...defs, ...pathDefs].join(', ')}) {\n    ${fields}\n}`;
                const variables = {
                    ...pathVars,
                    ...Object.fromEntries(batch.flatMap((r, i) => [
                        [`o${i}`, r.owner],
                        [`n${i}`, r.repo],
                    ])),
                };
                const { data } = await client.graphql(query, variables, ['NOT_FOUND']);
                batch.forEach((r, i) => {
                    const node = data[`r${i}`];
                    found.set(`${r.owner}/${r.repo}`, node ? paths.filter((_, k) => node[`f${k}`]?.__typename === 'Blob') : []);
                });
            }
            return found;
        },
        async closeIssue({ owner, repo, number, comment }) {
            if (comment)
                await port.postComment({ owner, repo, number, body: comment });
            await client.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' });
        },
        async proposeChange(input) {
            const baseRev = input.base ?? 'HEAD';
            const { data } = await client.graphql(PROPOSE_CHANGE, {
                owner: input.owner,
                repo: input.repo,
                base: baseRev,
                branch: input.branch,
                branchRef: `refs/heads/${input.branch}`,
                baseFile: `${baseRev}:${input.path}`,
                branchFile: `refs/heads/${input.branch}:${input.path}`,
            });
            const repo = data.repository;
            const baseOid = repo.baseCommit?.oid;
            if (!baseOid) {
                throw new github_errors/* GitHubApiError */.OS({ call: 'POST /graphql (LoadProposal)', attempts: 1, reason: `base "${baseRev}" not found in ${input.owner}/${input.repo}` });
            }
            const baseName = input.base ?? repo.defaultBranchRef?.name ?? 'main';
            // Never a push to the branch the pull request targets (the default branch, for the audit).
            if (input.branch === baseName || input.branch === repo.defaultBranchRef?.name) {
                throw new findings/* UsageError */.eb(`refusing to propose on ${input.branch}: archdoc proposes on a branch of its own, never on the base or default branch`);
            }
            let branchOid = repo.branch?.target?.oid ?? null;
            const ownPr = repo.pullRequests.nodes.find((p) => p?.headRepository?.nameWithOwner.toLowerCase() === `${input.owner}/${input.repo}`.toLowerCase());
            // A head commit without archdoc's trailer was made by someone else (or the branch is theirs): leave it.
            if (branchOid && input.trailer && branchOid !== baseOid && !hasLine(repo.branch?.target?.message ?? '', input.trailer)) {
                return { status: 'foreign', headOid: branchOid, pullRequest: ownPr ? { number: ownPr.number, url: ownPr.url } : null };
            }
            let current = branchOid ? repo.branchFile : repo.baseFile;
            if (!branchOid && blobText(current) === input.content)
                return { status: 'unchanged' };
            if (!branchOid) {
                await client.rest('POST /repos/{owner}/{repo}/git/refs', { owner: input.owner, repo: input.repo, ref: `refs/heads/${input.branch}`, sha: baseOid });
                branchOid = baseOid;
                current = repo.baseFile;
            }
            let commitOid = null;
            if (blobText(current) !== input.content) {
                const commit = await port.commitFiles({
                    owner: input.owner,
                    repo: input.repo,
                    branch: input.branch,
                    expectedHeadOid: branchOid,
                    files: [{ path: input.path, content: input.content }],
                    message: input.commitMessage,
                });
                if (commit.moved)
                    return { status: 'moved' };
                commitOid = commit.oid;
            }
            if (!ownPr) {
                const res = await client.rest('POST /repos/{owner}/{repo}/pulls', {
                    owner: input.owner,
                    repo: input.repo,
                    title: input.title,
                    body: input.body,
                    head: input.branch,
                    base: baseName,
                });
                return { status: 'proposed', pullRequest: { number: res.data.number, url: res.data.html_url, created: true }, commitOid };
            }
            if (ownPr.title !== input.title || ownPr.body !== input.body) {
                await client.rest('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                    owner: input.owner,
                    repo: input.repo,
                    pull_number: ownPr.number,
                    title: input.title,
                    body: input.body,
                });
            }
            return { status: 'proposed', pullRequest: { number: ownPr.number, url: ownPr.url, created: false }, commitOid };
        },
    };
    return port;
}
/** The workflow files' texts (a truncated one is left out: a workflow that large is not archdoc's). */
function workflowTexts(node) {
    return (node?.entries ?? []).flatMap((e) => e?.path && e.type === 'blob' && /\.ya?ml$/i.test(e.path) && e.object?.text != null && !e.object.isTruncated ? [{ path: e.path, text: e.object.text }] : []);
}
/** Text of a blob, or undefined when absent, binary or truncated (then it is never "equal" to new content). */
function blobText(node) {
    if (!node || node.__typename !== 'Blob' || node.isTruncated || node.text == null)
        return undefined;
    return node.text;
}
/** Whether `text` has `line` as one of its lines (a commit trailer). */
function hasLine(text, line) {
    return text.split(/\r?\n/).some((l) => l.trim() === line);
}
function issueSummary(i) {
    return { number: i.number, url: i.html_url, title: i.title, body: i.body ?? '' };
}
/** Whether `body` starts with `marker` on a line of its own (bodies edited in the web UI come back with CRLF). */
function startsWithLine(body, marker) {
    if (!body.startsWith(marker))
        return false;
    const rest = body.slice(marker.length, marker.length + 2);
    return rest === '' || rest.startsWith('\n') || rest === '\r\n';
}
/**
 * archdoc's comment is the oldest one this token's identity wrote that starts with the marker (SPEC §6);
 * failing that, the oldest it wrote in an older format. A comment by anyone else (a person, another bot,
 * archdoc run under another token) is never taken, whatever it quotes.
 */
function chooseSticky(prev, nodes, lookup) {
    const next = { ...prev };
    for (const c of nodes) {
        if (!c || c.databaseId === null || !c.viewerDidAuthor)
            continue;
        if (startsWithLine(c.body, lookup.marker))
            next.own ??= c;
        else if (lookup.formerMarkerPrefix && c.body.startsWith(lookup.formerMarkerPrefix))
            next.former ??= c;
    }
    return next;
}
/**
 * Defence in depth (SPEC §6: only configured `.md` documents are ever pushed): whatever the caller
 * computed, this port commits nothing but Markdown files at plain relative paths inside the repository.
 */
function refuseUncommittable(paths) {
    if (paths.length === 0)
        throw new findings/* UsageError */.eb('refusing an empty commit: no files were given');
    const seen = new Set();
    for (const path of paths) {
        const segments = path.split('/');
        const plain = path.endsWith('.md') &&
            // eslint-disable-next-line no-control-regex
            !/[\x00-\x1f\x7f\\]/.test(path) &&
            segments.every((s) => s !== '' && s !== '.' && s !== '..' && s.toLowerCase() !== '.git');
        if (!plain)
            throw new findings/* UsageError */.eb(`refusing to commit ${JSON.stringify(path)}: archdoc only commits Markdown documents (.md) at relative paths inside the repository`);
        if (seen.has(path))
            throw new findings/* UsageError */.eb(`refusing to commit ${JSON.stringify(path)} twice in one commit`);
        seen.add(path);
    }
}
function toSticky(c) {
    if (!c || c.databaseId === null)
        return null;
    return { id: c.databaseId, nodeId: c.id, body: c.body, url: c.url, author: c.author?.login ?? null };
}


/***/ })

};
