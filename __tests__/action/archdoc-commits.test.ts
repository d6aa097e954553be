/** archdoc's own commits: the trailer that marks them, the hourly count, and which workflows answer commands. */
import { archdocCommitsLastHour, commitMessage, isArchdocCommit } from '../../src/action/archdoc-commits.js';
import { answersCommentCommands } from '../../src/action/command-workflow.js';

describe('isArchdocCommit', () => {
  it('sees the trailer in the last paragraph only, as git does', () => {
    expect(isArchdocCommit(commitMessage({ action: 'fix', paths: ['docs/a.md'] }))).toBe(true);
    expect(isArchdocCommit('docs: x\n\nArchdoc-Command: regenerate\n')).toBe(true);
    expect(isArchdocCommit('Archdoc-Command: fix\n\nmore text after it')).toBe(false);
    expect(isArchdocCommit('docs: x\n\nmentions Archdoc-Command: fix in a sentence')).toBe(false);
    expect(isArchdocCommit('Update docs')).toBe(false);
  });
});

describe('archdocCommitsLastHour', () => {
  it('counts archdoc commits younger than an hour', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    const own = 'docs: fix a (archdoc)\n\nArchdoc-Command: fix';
    expect(
      archdocCommitsLastHour(
        [
          { oid: 'a', message: own, committedDate: '2026-01-01T10:59:59Z' },
          { oid: 'b', message: own, committedDate: '2026-01-01T11:00:01Z' },
          { oid: 'c', message: 'someone else', committedDate: '2026-01-01T11:30:00Z' },
          { oid: 'd', message: own, committedDate: '2026-01-01T11:59:00Z' },
        ],
        now,
      ),
    ).toBe(2);
  });
});

describe('commitMessage', () => {
  it('says what was done, who asked, and ends with the trailer', () => {
    expect(commitMessage({ action: 'regenerate', paths: ['a.md', 'b.md'], requested: { login: 'alice', command: '/archdoc regenerate', number: 7 } })).toMatch(
      /^docs: regenerate 2 documents \(archdoc\)\n\n- a\.md\n- b\.md\n\nRequested by @alice with `\/archdoc regenerate` on #7\.\nMade by archdoc \S+\.\n\nArchdoc-Command: regenerate$/,
    );
  });
});

describe('answersCommentCommands', () => {
  const wf = (on: string, uses: string) => ({ text: `on: ${on}\njobs:\n  a:\n    steps:\n      - uses: ${uses}\n` });
  it('needs a workflow on issue_comment that uses archdoc', () => {
    expect(answersCommentCommands([wf('issue_comment', 'archdoc/archdoc@v0')])).toBe(true);
    expect(answersCommentCommands([wf('[pull_request, issue_comment]', "'archdoc/archdoc@v1'")])).toBe(true);
    expect(answersCommentCommands([wf('pull_request', 'archdoc/archdoc@v0'), wf('issue_comment', 'actions/checkout@v4')])).toBe(false);
    expect(answersCommentCommands([wf('issue_comments', 'archdoc/archdoc@v0')])).toBe(false);
    expect(answersCommentCommands([])).toBe(false);
  });
});
