import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Finding } from '../../src/core/findings.js';
import {
  COMMENT_LIMIT,
  isStickyComment,
  readCommentDigest,
  renderComment,
  STICKY_MARKER,
  type CommentInput,
  type DocumentReport,
} from '../../src/report/comment.js';
import { RULES, finding } from './fixtures.js';

const DOC = 'docs/02_architecture.md';

type OneDocument = Omit<CommentInput, 'documents'> & DocumentReport;
const DOC_FIELDS = ['docPath', 'findings', 'changed', 'drift', 'proposal', 'neutral', 'pushed', 'notes'] as const;

/** The comment input for one document (the usual case): document fields and run fields in one object. */
function input(over: Partial<OneDocument> = {}): CommentInput {
  const all = oneDocument(over);
  const doc = Object.fromEntries(DOC_FIELDS.filter((k) => all[k] !== undefined).map((k) => [k, all[k]])) as unknown as DocumentReport;
  const run = Object.fromEntries(Object.entries(all).filter(([k]) => !(DOC_FIELDS as readonly string[]).includes(k))) as Omit<CommentInput, 'documents'>;
  return { ...run, documents: [doc] };
}

function oneDocument(over: Partial<OneDocument>): OneDocument {
  return {
    owner: 'acme',
    repo: 'shop',
    headSha: '0123456789abcdef0123456789abcdef01234567',
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    version: '1.2.3',
    mode: 'validate',
    rules: RULES,
    docsBaseUrl: 'https://github.com/example/archdoc/blob/v1.2.3/',
    docPath: DOC,
    findings: [finding()],
    changed: 'document',
    drift: { status: 'in-sync' },
    ...over,
  };
}

/** `lines` lines, every `every`-th one rewritten (every 3rd: one giant hunk; every 20th: many small ones). */
function bigDocument(lines: number, every = 3): { oldText: string; newText: string } {
  const oldLines = Array.from({ length: lines }, (_, i) => `- **Item ${i}**: some text that a long document would have on line ${i}`);
  const newLines = oldLines.map((l, i) => (i % every === 0 ? l.replace('some text', 'rewritten text') : l));
  return { oldText: oldLines.join('\n') + '\n', newText: newLines.join('\n') + '\n' };
}

function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding({
      rule: i % 4 === 0 ? 'section-missing' : 'placeholder',
      severity: i % 4 === 0 ? 'error' : 'warning',
      message: `Finding number ${i}: replace the placeholder "[Describe component ${i}]" with real content | and keep the table intact.`,
      line: n - i,
      column: 1 + (i % 7),
    }),
  );
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}
function tables(markdown: string): MdNode[] {
  const found: MdNode[] = [];
  const walk = (n: MdNode) => {
    if (n.type === 'table') found.push(n);
    n.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode);
  return found;
}
/** A table cell's text as a reader sees it (`<br>` as a line break). */
function cellText(cell: MdNode): string {
  return (cell.children ?? [])
    .map((c) =>
      c.type === 'html'
        ? c.value === '<br>'
          ? '\n'
          : c.value
        : c.type === 'text' || c.type === 'inlineCode'
          ? c.type === 'inlineCode'
            ? `\`${c.value}\``
            : c.value
          : cellText(c),
    )
    .join('');
}

describe('sticky comment', () => {
  it('starts with the one hidden marker of the pull request, whatever the document', () => {
    const body = renderComment(input());
    expect(body.startsWith('<!-- archdoc:sticky -->\n')).toBe(true);
    expect(isStickyComment(body)).toBe(true);
    expect(isStickyComment(body.replace(/\n/g, '\r\n'))).toBe(true);
    expect(renderComment(input({ docPath: 'services/a/docs/02_architecture.md' })).startsWith(`${STICKY_MARKER}\n`)).toBe(true);
    // Quoting the marker, or the older per-document marker, is not archdoc's comment.
    expect(isStickyComment(`see ${body}`)).toBe(false);
    expect(isStickyComment(`<!-- archdoc:sticky ${DOC} -->\nold`)).toBe(false);
    expect(isStickyComment(`${STICKY_MARKER}x`)).toBe(false);
  });

  it('links each finding to its rule docs and to the line at the head commit', () => {
    const body = renderComment(input({ findings: [finding({ line: 12, endLine: 15 })] }));
    expect(body).toContain('[section-missing](https://github.com/example/archdoc/blob/v1.2.3/docs/rules/section-missing.md)');
    expect(body).toContain('[12](https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/docs/02_architecture.md#L12-L15)');
  });

  it('escapes table cells: pipes, newlines and HTML in a message stay inside their cell', () => {
    const message = 'Chat residue "Here is | the doc"\nsecond line <script>alert(1)</script> & `a|b` done';
    const body = renderComment(input({ findings: [finding({ message }), finding({ rule: 'placeholder', severity: 'warning', message: 'plain', line: 20 })] }));
    expect(body).not.toContain('<script>');
    const [table] = tables(body);
    const rows = table.children ?? [];
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.children).toHaveLength(4);
    expect(cellText(rows[1].children![3])).toBe(message);
    expect(cellText(rows[2].children![3])).toBe('plain');
  });

  it('does not @-mention people quoted in a message', () => {
    const body = renderComment(input({ findings: [finding({ message: 'Chat residue: "thanks @octocat"' })] }));
    expect(body).not.toMatch(/@octocat/);
  });

  it.each([
    [{ findings: [] }, '✅ **Pass:**'],
    [{ findings: [finding({ severity: 'warning' })] }, '⚠️ **Warnings only:** 1 warning, no errors'],
    [{ findings: [finding(), finding({ line: 2 }), finding({ severity: 'warning' })] }, '❌ **2 errors, 1 warning**'],
    [{ findings: [], neutral: 'no LLM configured' }, '⏸ **Neutral:** no LLM configured'],
    [
      { findings: [], drift: { status: 'unknown' as const, detail: 'the history is too shallow' } },
      '⏸ **Neutral:** drift could not be checked: the history is too shallow',
    ],
  ])('has a verdict line (%#)', (over, verdict) => {
    expect(renderComment(input(over))).toContain(`\n${verdict}`);
  });

  it('says what the PR changed and whether the document drifted', () => {
    const body = renderComment(input({ changed: 'requirements', drift: { status: 'drifted', detail: 'docs/01_requirements.md changed after the document.' } }));
    expect(body).toContain('**This pull request changes:** the requirements, not the document.');
    expect(body).toContain(
      '**Drift:** ⚠️ the requirements changed since the document was generated or last updated. docs/01\\_requirements\\.md changed after the document.',
    );
  });

  it('shows the proposed diff collapsed, in a fence longer than any backticks inside, with how to apply it', () => {
    const oldText = '# Architecture Design\n\n````markdown\nnested\n````\n\n## 1. System Context\n';
    const newText = oldText.replace('nested', 'nested, fixed');
    const body = renderComment(input({ mode: 'fix', command: '/archdoc', proposal: { oldText, newText } }));
    expect(body).toMatch(/<details><summary>docs\/02_architecture\.md: \+1 −1 lines<\/summary>\n\n`````diff\n--- a\/docs\/02_architecture\.md\n/);
    expect(body).toContain('\n`````\n\n</details>');
    expect(body).toContain('Comment `/archdoc fix` on this pull request to commit the proposed change');
    expect(body).toContain('`git apply archdoc.patch`');
  });

  it('without comment commands: offers push: true and the local commands, never a command nobody answers', () => {
    const body = renderComment(input({ mode: 'fix', proposal: { oldText: 'a\n', newText: 'b\n' }, findings: [finding({ fixable: true })] }));
    expect(body).not.toMatch(/Comment `\/archdoc/);
    expect(body).toContain('Set `push: true` in the workflow');
    expect(body).toContain('`git apply archdoc.patch`');
  });

  it('offers only what works on a fork (no push)', () => {
    const body = renderComment(input({ mode: 'fix', canPush: false, proposal: { oldText: 'a\n', newText: 'b\n' } }));
    expect(body).not.toContain('`/archdoc fix`');
    expect(body).toContain('cannot push to this branch');
    expect(body).toContain('`git apply archdoc.patch`');
  });

  it('suggests the fix command in validate mode when findings are fixable, with the configured command', () => {
    const body = renderComment(input({ command: '/docs', findings: [finding({ fixable: true })] }));
    expect(body).toContain('comment `/docs fix`');
    expect(body).toContain('`/docs regenerate`');
    expect(renderComment(input({ llmConfigured: false }))).not.toContain('regenerate`');
  });

  it("shows the caller's notes and the commit it pushed", () => {
    const body = renderComment(
      input({
        notes: ['The branch moved since this run started; nothing was pushed.'],
        pushed: { sha: 'feedfacecafe', url: 'https://github.com/acme/shop/commit/feedfacecafe' },
      }),
    );
    expect(body).toContain('- The branch moved since this run started; nothing was pushed.');
    expect(body).toContain('[`feedfac`](https://github.com/acme/shop/commit/feedfacecafe)');
  });

  it('ends with the version and the run link', () => {
    expect(renderComment(input())).toContain('<sub>archdoc 1.2.3 · mode validate · [workflow run](https://github.com/acme/shop/actions/runs/42)</sub>');
  });

  it('is byte-identical for identical input, and its digest ignores only the run link', () => {
    const a = renderComment(input({ findings: manyFindings(30), mode: 'fix', proposal: bigDocument(200) }));
    const b = renderComment(input({ findings: manyFindings(30), mode: 'fix', proposal: bigDocument(200) }));
    expect(b).toBe(a);
    const otherRun = renderComment(
      input({ findings: manyFindings(30), mode: 'fix', proposal: bigDocument(200), runUrl: 'https://github.com/acme/shop/actions/runs/43' }),
    );
    expect(otherRun).not.toBe(a);
    expect(readCommentDigest(otherRun)).toBe(readCommentDigest(a));
    expect(readCommentDigest(renderComment(input({ findings: manyFindings(31) })))).not.toBe(readCommentDigest(a));
  });

  it('stays under 65,536 characters with a 5,000-line diff and 2,000 findings, and says what it left out', () => {
    const findings = manyFindings(2000);
    const body = renderComment(input({ mode: 'fix', findings, proposal: bigDocument(5000, 20) }));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(60_000); // it uses the room it has

    // The diff went first, then the table was cut, errors first.
    expect(body).not.toContain('```diff');
    expect(body).toContain('_The proposed diff (docs/02_architecture.md: +250 −250 lines) was left out');
    expect(body).toContain('was left out to stay within the size limit. See the job summary of this workflow run for it._');
    const [table] = tables(body);
    const shown = (table.children ?? []).length - 1;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(2000);
    const severities = (table.children ?? []).slice(1).map((r) => cellText(r.children![0]));
    expect(severities.every((s) => s === '❌ error')).toBe(true); // 500 errors come before any warning
    expect(body).toContain(
      `_Showing ${shown} of 2000 findings, errors first; ${2000 - shown} findings (${500 - shown} errors, 1500 warnings) left out to stay within the size limit. See the job summary of this workflow run for the rest._`,
    );
    // Since the diff is gone, it does not tell people to `git apply` it.
    expect(body).not.toContain('git apply');
  });

  it('shortens a big diff at hunk boundaries before touching the findings', () => {
    const body = renderComment(input({ mode: 'fix', findings: manyFindings(20), proposal: bigDocument(5000, 20) }));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toMatch(/\n`{3,}diff\n--- a\/docs\/02_architecture\.md\n/);
    expect(body).toMatch(
      /_The diff was shortened: showing the first \d+ of 250 hunks; \d+ hunks \(\+\d+ −\d+ lines\) left out\. See the job summary of this workflow run for the full diff\._/,
    );
    expect((tables(body)[0].children ?? []).length).toBe(21);
    // The partial diff is not offered for `git apply`; the full fix is.
    expect(body).not.toContain('git apply');
    expect(body).toContain('archdoc fix --write docs/02_architecture.md');
  });

  it('drops context lines when the change is one giant hunk', () => {
    const body = renderComment(input({ mode: 'fix', findings: manyFindings(20), proposal: bigDocument(2000, 3) }));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toMatch(/\n`{3,}diff\n--- a\/docs\/02_architecture\.md\n\+\+\+ b\/docs\/02_architecture\.md\n@@ -1,1 \+1,1 @@\n/);
    expect(body).toMatch(
      /_The diff was shortened: showing the first \d+ of 667 hunks; \d+ hunks \(\+\d+ −\d+ lines\) left out\. Context lines are left out too\. See the job summary/,
    );
  });

  it('cuts even its fixed parts as a last resort, and says so', () => {
    const notes = Array.from({ length: 25 }, (_, i) => `Note ${i}: ${'very long explanation '.repeat(60)}`);
    const body = renderComment(input({ notes, budget: 3000 }));
    expect(body.length).toBeLessThanOrEqual(3000);
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
    expect(body).toContain('_…the rest of this report was cut to stay within the size limit. See the job summary of this workflow run._');
    expect(readCommentDigest(body)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps caller notes on one line each', () => {
    const body = renderComment(input({ notes: ['first line\nsecond line'], neutral: 'no LLM\nconfigured', findings: [] }));
    expect(body).toContain('\n- first line second line\n');
    expect(body).toContain('⏸ **Neutral:** no LLM configured');
  });

  it('never exceeds the limit, whatever the findings, messages and diff', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ message: fc.string({ maxLength: 3000 }), line: fc.integer({ min: 1, max: 100000 }), error: fc.boolean() }), { maxLength: 400 }),
        fc.array(fc.string({ maxLength: 400 }), { maxLength: 300 }),
        fc.array(fc.string({ maxLength: 2000 }), { maxLength: 30 }),
        fc.string({ maxLength: 300 }),
        (rows, lines, notes, docPath) => {
          const findings = rows.map((r) => finding({ message: r.message, line: r.line, severity: r.error ? 'error' : 'warning' }));
          const oldText = lines.join('\n');
          const newText = lines.map((l, i) => (i % 2 ? `${l}!` : l)).join('\n');
          const body = renderComment(input({ findings, notes, docPath: docPath || DOC, mode: 'fix', proposal: { oldText, newText }, budget: 20_000 }));
          return body.length <= 20_000;
        },
      ),
      { numRuns: 40, seed: 1 },
    );
  });
});

describe('one comment for several documents', () => {
  const many = (n: number, over: (i: number) => Partial<DocumentReport> = () => ({})): DocumentReport[] =>
    Array.from({ length: n }, (_, i) => ({ docPath: `services/s${i}/docs/architecture.md`, findings: [finding()], changed: 'document' as const, ...over(i) }));
  const withDocuments = (documents: DocumentReport[], over: Partial<CommentInput> = {}): CommentInput => ({ ...input(), documents, ...over });

  it('has one marker, a verdict per document up front, then a section per document', () => {
    const documents = many(3, (i) => (i === 1 ? { findings: [] } : {}));
    const body = renderComment(withDocuments(documents));
    expect(body.split('<!-- archdoc:sticky').length).toBe(2);
    expect(body.startsWith(`${STICKY_MARKER}\n**archdoc checked 3 documents**\n`)).toBe(true);
    const [overview] = tables(body);
    expect((overview.children ?? []).slice(1).map((r) => (r.children ?? []).map(cellText))).toEqual([
      ['services/s0/docs/architecture.md', '❌ 1 error'],
      ['services/s1/docs/architecture.md', '✅ pass'],
      ['services/s2/docs/architecture.md', '❌ 1 error'],
    ]);
    const sections = documents.map((d) => body.indexOf(`### archdoc · \`${d.docPath}\``));
    expect(sections.every((at, i) => at > 0 && (i === 0 || at > sections[i - 1]))).toBe(true);
  });

  it('one huge document cannot crowd out the others: the small ones stay whole, the big one drops its diff, then rows, and says so', () => {
    const documents = many(20, (i) => (i === 7 ? { findings: manyFindings(2000), proposal: bigDocument(5000, 20) } : {}));
    const body = renderComment(withDocuments(documents, { mode: 'fix' }));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    const big = documents[7].docPath;
    const section = (path: string) => body.slice(body.indexOf(`### archdoc · \`${path}\``)).split(/\n(?=### archdoc · )/)[0];
    for (const d of documents) {
      if (d.docPath === big) continue;
      expect(section(d.docPath)).not.toContain('left out');
      expect(section(d.docPath)).toContain('| ❌ error | [section-missing]');
    }
    const bigSection = section(big);
    expect(bigSection).toContain(
      `_The proposed diff (${big}: +250 −250 lines) was left out to stay within the size limit. See the job summary of this workflow run for it._`,
    );
    expect(bigSection).toMatch(/_Showing \d+ of 2000 findings, errors first; .* See the job summary of this workflow run for the rest\._/);
  });

  it('stays under the limit when every one of 20 documents is huge, each keeping its verdict and saying what it left out', () => {
    const documents = many(20, () => ({ findings: manyFindings(500), proposal: bigDocument(2000, 10) }));
    const body = renderComment(withDocuments(documents, { mode: 'fix' }));
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(55_000);
    for (const d of documents) expect(body).toContain(`### archdoc · \`${d.docPath}\`\n\n❌ **125 errors, 375 warnings**`);
    expect(body.match(/was left out to stay within the size limit/g)).toHaveLength(20);
    expect(readCommentDigest(body)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('says how many documents were not checked, and which, without rendering their paths as Markdown', () => {
    const paths = Array.from({ length: 20 }, (_, i) => (i === 0 ? 'docs/<img src=x onerror=alert(1)>@octocat.md' : `more/d${i}.md`));
    const body = renderComment(withDocuments(many(2), { unchecked: { total: 22, limit: 20, paths } }));
    expect(body).toContain(
      '⏸ 20 of 22 documents were not checked: archdoc checks at most 20 documents per run (the first 20 the configuration lists). Not checked: `docs/<img src=x onerror=alert(1)>@octocat.md`, `more/d1.md`',
    );
    expect(body).toContain('`more/d9.md`, and 10 more. Run `archdoc lint` locally to check them all.');
    expect(body).not.toContain('`more/d10.md`');
  });

  it('never exceeds the limit, however many documents and whatever their reports', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            findings: fc.integer({ min: 0, max: 300 }),
            lines: fc.integer({ min: 0, max: 600 }),
            note: fc.string({ maxLength: 2000 }),
            path: fc.string({ minLength: 1, maxLength: 300 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (docs) => {
          const documents = docs.map((d) => ({
            docPath: d.path,
            findings: manyFindings(d.findings),
            notes: [d.note],
            ...(d.lines ? { proposal: bigDocument(d.lines, 7) } : {}),
          }));
          const body = renderComment(withDocuments(documents, { mode: 'fix', budget: 30_000 }));
          return body.length <= 30_000;
        },
      ),
      { numRuns: 15, seed: 2 },
    );
  });
});
