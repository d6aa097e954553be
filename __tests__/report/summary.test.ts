import type { Finding } from '../../src/core/findings.js';
import { SUMMARY_LIMIT_BYTES, renderSummary, type SummaryInput } from '../../src/report/summary.js';
import type { DocumentReport } from '../../src/report/comment.js';
import { RULES, finding } from './fixtures.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function ctx(documents: DocumentReport[], over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    owner: 'acme',
    repo: 'shop',
    headSha: 'abc123',
    runUrl: 'https://github.com/acme/shop/actions/runs/7',
    version: '1.2.3',
    mode: 'fix',
    rules: RULES,
    docsBaseUrl: 'https://github.com/example/archdoc/blob/v1.2.3/',
    documents,
    ...over,
  };
}

function findings(n: number, text = 'Replace the placeholder'): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding({ rule: 'placeholder', severity: i % 2 ? 'warning' : 'error', message: `${text} number ${i}.`, line: i + 1 }),
  );
}

function proposal(lines: number) {
  const oldText = Array.from({ length: lines }, (_, i) => `Line ${i}: “quoted” € text`).join('\n') + '\n';
  return { oldText, newText: oldText.replace(/Line (\d*0):/g, 'Row $1:') };
}

describe('job summary', () => {
  it('reports every document, with an overview when there are several', () => {
    const text = renderSummary(
      ctx([
        { docPath: 'docs/02_architecture.md', findings: findings(3), changed: 'both', drift: { status: 'in-sync' } },
        { docPath: 'services/pay/docs/02_architecture.md', findings: [] },
      ]),
    );
    expect(text.startsWith('## archdoc report\n')).toBe(true);
    expect(text).toContain('| `docs/02_architecture.md` | ❌ **2 errors, 1 warning** | 2 errors, 1 warning | in-sync |');
    expect(text).toContain('| `services/pay/docs/02_architecture.md` | ✅ **Pass:** the document follows its template | no findings | — |');
    expect(text).toContain('### archdoc · `docs/02_architecture.md`');
    expect(text).toContain('### archdoc · `services/pay/docs/02_architecture.md`');
    expect(text).not.toContain('archdoc:sticky');
    expect(text.trimEnd().endsWith('<sub>archdoc 1.2.3 · mode fix · [workflow run](https://github.com/acme/shop/actions/runs/7)</sub>')).toBe(true);
  });

  it('holds the full report that the comment had to cut: every finding and the whole diff', () => {
    const text = renderSummary(ctx([{ docPath: 'docs/02_architecture.md', findings: findings(2000), proposal: proposal(5000) }]));
    expect(text.match(/^\| (❌ error|⚠️ warning) \|/gm)).toHaveLength(2000);
    expect(text).toContain('```diff\n--- a/docs/02_architecture.md');
    expect(text).not.toContain('left out');
    expect(bytes(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });

  it('stays within its byte budget with multi-byte text, and says what it left out', () => {
    const text = renderSummary(
      ctx([{ docPath: 'docs/02_architecture.md', findings: findings(3000, '€€€ “Zusammenfassung” — '), proposal: proposal(5000) }], { budget: 200_000 }),
    );
    expect(bytes(text)).toBeLessThanOrEqual(200_000);
    expect(text.length).toBeLessThan(200_000);
    expect(text).toContain('See the JSON report (action output `report`) or a local `archdoc lint` run');
    expect(text).toMatch(/_Showing \d+ of 3000 findings, errors first;/);
  });

  it('does not let one huge document crowd out the others', () => {
    const text = renderSummary(
      ctx(
        [
          { docPath: 'docs/huge.md', findings: findings(5000) },
          { docPath: 'docs/small.md', findings: findings(5, 'Small document finding') },
        ],
        { budget: 100_000 },
      ),
    );
    expect(bytes(text)).toBeLessThanOrEqual(100_000);
    for (let i = 0; i < 5; i++) expect(text).toContain(`Small document finding number ${i}.`);
    expect(text).toMatch(/_Showing \d+ of 5000 findings/);
  });

  it('says so when there was nothing to check', () => {
    expect(renderSummary(ctx([]))).toContain('No documents were checked.');
  });

  it('says how many documents the cap on documents per run left unchecked', () => {
    const text = renderSummary(ctx([{ docPath: 'docs/a.md', findings: [] }], { unchecked: { total: 21, limit: 20, paths: ['docs/z.md'] } }));
    expect(text).toContain(
      '⏸ 1 of 21 documents were not checked: archdoc checks at most 20 documents per run (the first 20 the configuration lists). Not checked: `docs/z.md`.',
    );
  });
});
