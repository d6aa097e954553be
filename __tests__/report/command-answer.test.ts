/**
 * The sticky comment as a command's answer: who asked for what (the requester mentioned on purpose,
 * nothing else live), and for a fork the whole proposed file, dropped first when the size limit needs it.
 */
import { COMMENT_LIMIT, renderComment, type CommentInput } from '../../src/report/comment.js';
import { liveContent } from './live-markdown.js';
import { RULES } from './fixtures.js';

const DOC = 'docs/02_architecture.md';
const OLD = '# Architecture Design\n\n## 3. Data model\n';
const NEW = '# Architecture Design\n\n## 3. Data Model\n';

function input(over: Partial<CommentInput> = {}): CommentInput {
  return {
    owner: 'acme',
    repo: 'shop',
    headSha: '0123456789abcdef0123456789abcdef01234567',
    version: '1.2.3',
    mode: 'fix',
    rules: RULES,
    canPush: false,
    documents: [{ docPath: DOC, findings: [], proposal: { oldText: OLD, newText: NEW }, wholeFile: true }],
    ...over,
  };
}

const ownLink = (href: string): boolean => href.startsWith('https://github.com/acme/shop/');

describe('the requester line', () => {
  it('names the command and mentions the requester; the result renders as text', () => {
    const body = renderComment(input({ request: { command: '/archdoc fix', login: 'alice', result: 'Committed `abc1234` to this branch.' } }));
    expect(body.split('\n')[1]).toBe('`/archdoc fix` requested by @alice: Committed `abc1234` to this branch.');
  });

  it('a login GitHub would never issue, or a result carrying HTML and mentions, renders nothing live', () => {
    const body = renderComment(
      input({
        request: { command: '/archdoc fix', login: '<img src=x onerror=alert(1)>', result: 'Failed: <script>x</script> @everyone #1 see https://evil.example' },
      }),
    );
    expect(liveContent(body, ownLink)).toEqual([]);
    const mentions = renderComment(input({ request: { command: '/archdoc fix', login: 'alice', result: 'ok' } }));
    expect(liveContent(mentions, ownLink)).toEqual(['@-mention in text: " requested by @alice: ok"']);
  });
});

describe('the whole proposed file (a fork archdoc cannot push to)', () => {
  it('is shown in a collapsed block next to the diff, with the ways to apply it', () => {
    const body = renderComment(input());
    expect(body).toContain('<details><summary>The whole proposed docs/02_architecture.md (3 lines)</summary>\n\n```markdown\n' + NEW + '```\n\n</details>');
    expect(body).toContain('`git apply archdoc.patch`');
    expect(body).toContain('`archdoc fix --write docs/02_architecture.md`');
    expect(body).toContain('Or replace `docs/02_architecture.md` with the whole proposed file above.');
  });

  it('cannot close its block early, whatever fences the document holds', () => {
    const fenced = `${NEW}\n\`\`\`\`\`\`\n</details>\n<script>x</script>\n`;
    const body = renderComment(input({ documents: [{ docPath: DOC, findings: [], proposal: { oldText: OLD, newText: fenced }, wholeFile: true }] }));
    expect(liveContent(body, ownLink)).toEqual([]);
  });

  it('is dropped first when the comment would exceed its limit, and the comment says so', () => {
    const big = `${NEW}${'- a line of the document that makes it large\n'.repeat(1000)}`;
    const body = renderComment(input({ documents: [{ docPath: DOC, findings: [], proposal: { oldText: OLD, newText: big }, wholeFile: true }] }));
    expect([...body].length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).not.toContain('The whole proposed docs/02_architecture.md');
    expect(body).toContain('_The whole proposed file was left out to stay within the size limit._');
    expect(body).toContain('<details><summary>docs/02_architecture.md: +1001 −1 lines</summary>');
  });
});
