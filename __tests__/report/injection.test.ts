/**
 * Text from a pull request (quoted in finding messages, notes, paths, the diff) never renders live in
 * the sticky comment or the job summary: no HTML beyond archdoc's own, no image, no link to a URL from
 * the document, no @-mention, no issue reference. Checked by rendering with markdown-it (html + linkify).
 */
import fc from 'fast-check';
import { renderComment, type DocumentReport } from '../../src/report/comment.js';
import { codeSpans, escapeCell, inlineText } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { RULES, finding } from './fixtures.js';
import { liveContent, renderedText } from './live-markdown.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ctx = {
  owner: 'acme',
  repo: 'shop',
  headSha: SHA,
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  version: '1.2.3',
  mode: 'fix' as const,
  rules: RULES,
  docsBaseUrl: 'https://github.com/example/archdoc/blob/v1.2.3/',
  command: '/archdoc',
};
const ownLink = (href: string): boolean =>
  href.startsWith(`https://github.com/acme/shop/blob/${SHA}/`) || href.startsWith(ctx.docsBaseUrl) || href === ctx.runUrl;

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '</details>',
  '![x](http://evil.example/x.png)',
  '[click](javascript:alert(1))',
  '<http://evil.example>',
  'see http://evil.example/a and www.evil.example',
  'mail me@evil.example',
  'thanks @octocat and @org/team',
  'fixes #1 and owner/repo#12 and GH-3',
  '&#64;octocat &lt;b&gt;',
  '`unmatched <img src=x onerror=alert(2)> @octocat',
  // The old pairing took the second backtick of the run as a code span's opener: the tag went out raw.
  '``<img src=x onerror=alert(3)> @octocat`',
  '``double` <b>x</b> @octocat ``',
  'a `code <b>` b ``` c',
  '`a|b` | pipe \\| back\\',
  '<!-- x --> <a href="http://evil.example">a</a>',
  '$x^2$ ~~gone~~ **bold**',
];

function comment(text: string, over: Partial<DocumentReport> = {}): string {
  return renderComment({ ...ctx, documents: [report(text, over)] });
}

function report(text: string, over: Partial<DocumentReport>): DocumentReport {
  return {
    docPath: 'docs/02_architecture.md',
    findings: [
      finding({ message: `Chat preamble ("${text}") before the document: remove it.` }),
      finding({ rule: 'placeholder', severity: 'warning', message: text, line: 30 }),
    ],
    changed: 'document',
    drift: { status: 'drifted', detail: text },
    notes: [text, `- ${text}`, `# ${text}`, `1. ${text}`],
    proposal: { oldText: `# Title\n\n${text}\n`, newText: `# Title\n\n${text} changed\n\`\`\`\n~~~\n` },
    ...over,
  };
}

describe('untrusted text in the sticky comment and the job summary', () => {
  it.each(HOSTILE)('renders nothing live from %j', (text) => {
    expect(liveContent(comment(text), ownLink)).toEqual([]);
    expect(liveContent(comment(text, { findings: [], neutral: text }), ownLink)).toEqual([]);
    const summary = renderSummary({
      ...ctx,
      documents: [
        { docPath: 'docs/02_architecture.md', findings: [finding({ message: text })], neutral: text, notes: [text] },
        { docPath: `docs/${text}.md`, findings: [] },
      ],
    });
    expect(liveContent(summary, ownLink)).toEqual([]);
  });

  it('keeps the words: escaped text reads as it was written', () => {
    const text = 'thanks @octocat: see <img src=x> and #1 at www.evil.example (*not bold*)';
    expect(renderedText(comment(text))).toContain(text);
  });

  it('pairs backticks the way CommonMark does: equal runs are code, an unmatched run is literal text', () => {
    expect(codeSpans('`a`')).toEqual([{ start: 0, end: 3 }]);
    expect(codeSpans('``a`b``')).toEqual([{ start: 0, end: 7 }]);
    expect(codeSpans('`a ``b`` c')).toEqual([{ start: 3, end: 8 }]);
    expect(codeSpans('```x``')).toEqual([]);
    expect(codeSpans('``<img src=x>`')).toEqual([]);
    const cell = escapeCell('`unmatched <img src=x> @octocat `code`');
    expect(liveContent(`| a |\n| --- |\n| ${cell} |\n`, ownLink)).toEqual([]);
    expect(renderedText(inlineText('x `y` z'))).toBe('x y z\n');
  });

  it('for any hostile text: nothing live in the comment or the summary (property)', () => {
    const piece = fc.constantFrom(
      ...HOSTILE,
      '`',
      '``',
      '```',
      '\\',
      '|',
      '\n',
      '\r',
      ' ',
      'x',
      '@',
      '#',
      '1',
      '.',
      ':',
      '//',
      '<',
      '>',
      '&',
      '!',
      '[',
      ']',
      '(',
      ')',
      '-',
      '*',
      '_',
      '~',
      '<br>',
      '<sub>',
      'www',
      'http',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }).map((a) => a.join('')),
        (text) => {
          expect(liveContent(comment(text), ownLink)).toEqual([]);
          const summary = renderSummary({
            ...ctx,
            documents: [
              { docPath: 'a.md', findings: [finding({ message: text })], neutral: text },
              { docPath: `${text}.md`, findings: [] },
            ],
          });
          expect(liveContent(summary, ownLink)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
