/**
 * Where chat residue starts and ends (the lines chat-residue reports and `archdoc fix` deletes): what counts as
 * the model talking, and what is the author's own text that must be left alone.
 */
import { findChatResidue, maskWrapper, type ChatResidue } from '../../src/lint/chat.js';
import { computeLineStarts } from '../../src/markdown/parse.js';

const residue = (text: string, bodyStart = 1): ChatResidue => findChatResidue(text.split('\n'), bodyStart);
const body = '# Design\n\n## Entities\n\nCustomers book rooms.\n';
const lines = (n: number) => Array.from({ length: n }, (_, i) => `Rooms are cleaned daily (${i}).`).join('\n');

describe('after the document', () => {
  test.each([
    ['a quoted **Next steps:** that talks to the reader', `${body}\n> **Next steps:**\n> - Review this with your team.\n`, { startLine: 7, endLine: 8 }],
    ['a __Next Steps__: line followed by "tell me"', `${body}\n__Next Steps__:\n- Tell me what to change.\n`, { startLine: 7, endLine: 8 }],
    ['a "Next steps :" line with a blank before its colon', `${body}\nNext steps :\n- Tell me what to change.\n`, { startLine: 7, endLine: 8 }],
    ['a Next steps line whose item offers help', `${body}\nNext steps:\n- Happy to help with the rollout.\n`, { startLine: 7, endLine: 8 }],
    ['🎉 with "done" after it', `${body}\n🎉 All done.\n`, { startLine: 7, endLine: 7 }],
    [
      'a remark with a rule, a blank and a quote leading into it (trailing blanks left out)',
      `${body}\nRooms are cleaned.\n\n---\n\n> Let me know if you want changes.\n\n\n`,
      { startLine: 9, endLine: 11 },
    ],
    ['a remark followed by 11 more lines (12 non-blank in all)', `${body}\nLet me know if you want more.\n${lines(11)}\n`, { startLine: 7, endLine: 18 }],
    [
      'a remark followed by a line of spaces and 11 more lines (spaces are blank)',
      `${body}\nLet me know if you want more.\n   \n${lines(11)}\n`,
      { startLine: 7, endLine: 19 },
    ],
    [
      'a Next steps list of links and then a line that talks to the reader',
      `${body}\nNext steps:\n- [Guide](./guide.md)\n- Tell me what you want changed.\n`,
      { startLine: 7, endLine: 9 },
    ],
    [
      'a Next steps list where one item of two talks to the reader',
      `${body}\nNext steps:\n- Tell me what to change.\n- Partition bookings by month.\n`,
      { startLine: 7, endLine: 9 },
    ],
    ['a "* Next steps:" bullet', `${body}\n* Next steps:\n- Tell me what to change.\n`, { startLine: 7, endLine: 8 }],
    ['a remark right under a heading', '# Design\n\n## Notes\nLet me know if you want more.\n', { startLine: 4, endLine: 4 }],
    ['a remark after a line of spaces (left out)', `${body}\n   \nLet me know if you want more.\n`, { startLine: 8, endLine: 8 }],
    ['a remark with a line of spaces after it (left out)', `${body}\nLet me know if you want more.\n   \n`, { startLine: 7, endLine: 7 }],
    ['a remark with an indented quote line leading into it', `${body}\nText.\n  > A note:\n> Let me know if you want more.\n`, { startLine: 8, endLine: 9 }],
    ['a remark after text ending in ---, not a rule', `${body}\nSee above ---\nLet me know if you want more.\n`, { startLine: 8, endLine: 8 }],
    ['a remark after text starting with ---, not a rule', `${body}\n--- more\nLet me know if you want more.\n`, { startLine: 8, endLine: 8 }],
    ['a remark after a lone *, not a rule', `${body}\n*\nLet me know if you want more.\n`, { startLine: 8, endLine: 8 }],
    [
      'a remark after a dash and a bold label inside a sentence (no labelled field)',
      `${body}\nSee the list - **Support**: let me know if it breaks.\n`,
      { startLine: 7, endLine: 7 },
    ],
  ])('%s is a closing remark', (_, text, postamble) => {
    expect(residue(text)).toEqual({ postamble });
  });

  test.each([
    ['"Next steps:" as the last line, with nothing after it', `${body}\nNext steps:\n`],
    ['"Next steps" inside a sentence', `${body}\nNext steps for the team: let me know when the index is built.\n`],
    ['"Next steps" inside a sentence, whatever follows', `${body}\nNext steps for the team are below.\n- Review this with your team.\n`],
    ['a numbered labelled field that says "feel free to"', `${body}\n1. **Support**: feel free to ask me anything\n`],
    ['a labelled field spaced out, that says "let me know if"', `${body}\n-   **Support** : let me know if it breaks.\n`],
    ['an indented labelled field that says "let me know if"', `${body}\n  - **Support**: let me know if it breaks.\n`],
    ['a labelled field numbered 10 that says "let me know if"', `${body}\n10. **Support**: let me know if it breaks.\n`],
    ['"Next steps." (a sentence, not the two words alone)', `${body}\nNext steps.\n- Tell me what to change.\n`],
    [
      'a Next steps list of links after a line of spaces, one of them to "your" guide',
      `${body}\n**Next Steps:**\n   \n- [Your onboarding guide](./onboarding.md)\n`,
    ],
    [
      'a Next steps list of links, one of them to "your" guide',
      `${body}\n**Next Steps:**\n\n- [Your onboarding guide](./onboarding.md)\n- [Backup policy](./backups.md)\n`,
    ],
    ['"complete ✅" (the emoji after the word, as in a status list)', `${body}\n- Migration complete ✅\n`],
    ['✅ without a word saying the work is done', `${body}\n✅ Customers verified.\n`],
    ['a labelled field that says "feel free to"', `${body}\n- **Support**: feel free to ask me anything\n`],
    ['a remark with a heading after it', `${body}\nLet me know if you want more.\n\n## Appendix\n\nMore.\n`],
    ['a remark with a code fence after it', `${body}\nLet me know if you want more.\n\n\`\`\`sh\nls\n\`\`\`\n`],
    ['a remark followed by 12 more lines', `${body}\nLet me know if you want more.\n${lines(12)}\n`],
  ])('%s is the author’s text', (_, text) => {
    expect(residue(text)).toEqual({});
  });

  test('after a wrapper, a remark takes the quote lines between the closing fence and it, not the fence', () => {
    expect(residue('```markdown\n# Design\n\nText.\n```\n> \n> Let me know if you want more.\n')).toEqual({
      wrapper: { open: 1, close: 5 },
      postamble: { startLine: 6, endLine: 7 },
    });
  });
});

describe('before the document', () => {
  test.each([
    [
      'an opener over a `---` rule (not a setext heading), up to the real one',
      'Here is the doc:\n---\n\nDesign\n======\n\nText.\n',
      { startLine: 1, endLine: 3 },
    ],
    ['an opener up to a setext heading', 'Sure! Below:\n\nDesign\n======\n\nText.\n', { startLine: 1, endLine: 2 }],
    ['a line continuing a paragraph over `===` (no heading)', 'Sure! Below:\nmore words\nDesign\n======\n\n# Real\n', { startLine: 1, endLine: 5 }],
    ['a list item over `---` (no heading)', 'Sure! Below:\n\n- Design\n---\n\n# Real\n', { startLine: 1, endLine: 5 }],
    ['a quote over `---` (no heading)', 'Sure! Below:\n\n> Design\n---\n\n# Real\n', { startLine: 1, endLine: 5 }],
    ['`===` over `---` (no heading)', 'Sure!\n\n===\n---\n\n# A\n', { startLine: 1, endLine: 5 }],
    ['a line right after a heading, over `===`', 'Sure!\n# A\nTitle\n===\n', { startLine: 1, endLine: 1 }],
    ['a blank line over `---` (no heading)', 'Sure!\n\n\n---\n\n# A\n', { startLine: 1, endLine: 5 }],
    ['a code fence over `---` (no heading: the block is passed over)', 'Sure!\n\n```sh\n---\n```\n\n# A\n', { startLine: 1, endLine: 6 }],
    ['leading blank lines left out', '\n\nHere is the document:\n# Design\n', { startLine: 3, endLine: 3 }],
    [
      'a code block before the document, passed over whole (its closing fence opens no wrapper)',
      'Here is the code:\n\n```sh\nls\n```\n\n# Design\n',
      { startLine: 1, endLine: 6 },
    ],
    [
      'a longer fence before the document, closed only by as long a one',
      'Here is the code:\n\n````sh\nls\n```\n````\n\n# Design\n',
      { startLine: 1, endLine: 7 },
    ],
    ['a ~~~ block before the document, not closed by ```', 'Here is the code:\n\n~~~sh\nls\n```\n~~~\n\n# Design\n', { startLine: 1, endLine: 7 }],
    ['a block closed only by a bare fence, not by ``` inside a line', 'Here is the code:\n\n```sh\nls x ```\n```\n\n# Design\n', { startLine: 1, endLine: 6 }],
    ['a block not closed by a fence with an info string', 'Here is the code:\n\n```sh\nls\n```js\nx\n```\n\n# Design\n', { startLine: 1, endLine: 8 }],
    ['a block closed by a fence with trailing blanks', 'Here is the code:\n\n```sh\nls\n``` \n\n# Design\n', { startLine: 1, endLine: 6 }],
    ['an opener holding ``` inside its line (no block)', 'Here is the code: ```ls```\n\n# Design\n', { startLine: 1, endLine: 2 }],
    ['a line starting with one ~ (no block)', 'Here is the doc:\n~ not a fence\n\n# Design\n', { startLine: 1, endLine: 3 }],
    ['an opener up to a setext heading after a line of spaces', 'Sure! Below:\n  \nDesign\n======\n\nText.\n', { startLine: 1, endLine: 2 }],
    ['a setext heading with > inside its text', 'Sure! Below:\n\nA > B\n=====\n\nText.\n', { startLine: 1, endLine: 2 }],
    ['a line of spaces over `---` (no heading)', 'Sure!\n\n   \n---\n\n# A\n', { startLine: 1, endLine: 5 }],
    ['an indented quote over `---` (no heading)', 'Sure! Below:\n\n  > Design\n---\n\n# Real\n', { startLine: 1, endLine: 5 }],
    ['leading lines of spaces left out', '   \nHere is the document:\n# Design\n', { startLine: 2, endLine: 2 }],
  ])('%s', (_, text, preamble) => {
    expect(residue(text)).toEqual({ preamble });
  });

  test('the preamble starts after the front matter', () => {
    expect(residue('---\ntitle: x\n---\n\nHere is the document:\n\n# Design\n', 4)).toEqual({ preamble: { startLine: 5, endLine: 6 } });
  });

  test('text without an opener, or an opener with no document after it, is left alone', () => {
    expect(residue('A badge line\n\n# Design\n')).toEqual({});
    expect(residue('Here is the document:\n')).toEqual({});
    expect(residue('A badge line\n\n# Design\n\nHere is the plan.\n')).toEqual({});
  });
});

describe('a fence wrapped round the whole document', () => {
  test('with chat before and after it, and a diagram inside', () => {
    expect(residue('Sure! Here:\n\n```markdown\n# Design\n\n```mermaid\ngraph TB\n```\n\nText.\n```\n\nLet me know if you want more.\n')).toEqual({
      preamble: { startLine: 1, endLine: 2 },
      wrapper: { open: 3, close: 11 },
      postamble: { startLine: 13, endLine: 13 },
    });
  });

  test('with an opener just inside it and nothing after', () => {
    expect(residue('```markdown\nHere is the document:\n\n# Design\n\nText.\n```\n')).toEqual({
      wrapper: { open: 1, close: 7 },
      inside: { preamble: { startLine: 2, endLine: 3 } },
    });
  });

  test('with chat just inside it', () => {
    expect(residue('```markdown\nHere is the document:\n\n# Design\n\nText.\n\nLet me know if you want changes.\n```\n')).toEqual({
      wrapper: { open: 1, close: 9 },
      inside: { preamble: { startLine: 2, endLine: 3 }, postamble: { startLine: 8, endLine: 8 } },
    });
  });

  test.each([
    ['~~~md', '~~~md\n# Design\n\nText.\n~~~\n', { open: 1, close: 5 }],
    ['a line of backticks holding an inline code span', '```markdown\n# Design\n\n``` inline ` span\n\nText.\n```\n', { open: 1, close: 7 }],
    ['````markdown round ``` blocks', '````markdown\n# Design\n\n```\ncode\n```\n\nText.\n````\n', { open: 1, close: 9 }],
    ['a ```` block inside, closed only by ````', '```markdown\n# D\n\n````\ncode\n```\n````\n\nText.\n```\n', { open: 1, close: 10 }],
    ['a ~~~ block holding ```', '```markdown\n# Design\n\n~~~\ncode\n```\n~~~\n\nText.\n```\n', { open: 1, close: 10 }],
    ['a sentence holding ```', '```markdown\n# D\n\nUse ``` to fence.\n\nText.\n```\n', { open: 1, close: 7 }],
    ['a closing fence with trailing blanks', '```markdown\n# D\n\nText.\n``` \n', { open: 1, close: 5 }],
    ['a ~~~ block whose info string holds backticks', '```markdown\n# D\n\n~~~ `x`\ncode\n~~~\n```\n', { open: 1, close: 7 }],
  ])('%s', (_, text, wrapper) => {
    expect(residue(text)).toEqual({ wrapper });
  });

  test('needs a heading inside: an empty ```markdown block before the document is no wrapper', () => {
    expect(residue('```markdown\nText.\n```\n')).toEqual({});
    expect(residue('```markdown\n```\n\n# Design\n\n```mermaid\ngraph TB\n```\n')).toEqual({});
    expect(residue('```markdown\n```sh\n# comment\n```\n```\n')).toEqual({});
  });

  test('is no wrapper when its only bare fence closes a block inside it', () => {
    expect(residue('```markdown\n# D\n\n```sh\nls\n```\n')).toEqual({});
  });

  test('is closed by its own fence character: ``` does not close ~~~md', () => {
    expect(residue('~~~md\n# D\n\nText.\n```\n')).toEqual({});
  });

  test('masking blanks its two fence lines and nothing else, keeping offsets and CRs', () => {
    const text = '```markdown\r\n# A\r\n```';
    expect(maskWrapper(text, computeLineStarts(text), residue('```markdown\n# A\n```'))).toBe('           \r\n# A\r\n   ');
    expect(maskWrapper(text, computeLineStarts(text), {})).toBe(text);
  });
});
