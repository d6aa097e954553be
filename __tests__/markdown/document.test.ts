/**
 * What parseDocument tells the rules about a document: its front matter, headings, code blocks,
 * list items and sections, each with the lines and offsets a finding points at.
 */
import { parseDocument, parseMarkdown, parseMarkdownWhole, within } from '../../src/markdown/parse.js';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';

describe('front matter', () => {
  test.each([
    ['YAML', '---\ntitle: x\nowner: y\n---\n# Title\n', 5],
    ['TOML', '+++\ntitle = "x"\n+++\n# Title\n', 4],
    ['blanks after the fences', '--- \ntitle: x\n---\t\n# Title\n', 4],
    ['CRLF', '---\r\ntitle: x\r\n---\r\n# Title\r\n', 4],
  ])('%s front matter is skipped, the body starts after it', (_name, text, bodyStartLine) => {
    const doc = parseDocument(text);
    expect(doc.bodyStartLine).toBe(bodyStartLine);
    expect(doc.headings.map((h) => [h.text, h.line])).toEqual([['Title', bodyStartLine]]);
    // Offsets still point into the text as written.
    expect(text.slice(doc.headings[0].startOffset, doc.headings[0].endOffset)).toBe('# Title');
  });

  test('front matter that is the whole document: the body starts on the line after it', () => {
    expect(parseDocument('---\ntitle: x\n---').bodyStartLine).toBe(4);
    expect(parseDocument('---\ntitle: x\n---\n').bodyStartLine).toBe(4);
  });

  test.each([
    ['no front matter', '# Title\n'],
    ['a rule later in the document', '# Title\n\n---\ntext\n---\n'],
    ['fences of two kinds', '---\ntitle: x\n+++\n# Title\n'],
    ['text after the opening fence', '--- yaml\ntitle: x\n---\n'],
  ])('%s: the body starts on line 1', (_name, text) => {
    expect(parseDocument(text).bodyStartLine).toBe(1);
  });

  test('without front matter, `---` under a line makes it a setext heading', () => {
    expect(parseDocument('Title\n---\n').headings.map((h) => [h.depth, h.text])).toEqual([[2, 'Title']]);
  });
});

describe('headings', () => {
  test('inline markup is flattened to its text, blanks trimmed; depth and index kept', () => {
    const doc = parseDocument('# The **big** `api` [link](https://x.y) ![img](i.png)  \n\n### _Three_\n');
    expect(doc.headings.map((h) => [h.depth, h.text, h.index, h.line, h.column])).toEqual([
      [1, 'The big api link', 0, 1, 1],
      [3, 'Three', 1, 3, 1],
    ]);
  });

  test('a setext heading over two lines reads as one line: its line break is a blank, as a browser shows it', async () => {
    const text = '# Architecture Design\n\nThe\ncontext\n-------\n\ntext\n';
    expect(parseDocument(text).headings.map((h) => [h.text, h.line, h.endLine])).toEqual([
      ['Architecture Design', 1, 1],
      ['The context', 3, 5],
    ]);
    // Every message stays on one line (pretty output, annotations, SARIF).
    const { findings } = await lintText(text, 'd.md', { template: builtinTemplate('architecture')! });
    expect(findings.filter((f) => f.message.includes('\n'))).toEqual([]);
    expect(findings.map((f) => f.message)).toContain('Heading `## The context`: text differs from the template; write `## 1. System Context (C4 Level 1)`.');
  });

  test('a heading inside a list item or quote is a heading', () => {
    expect(parseDocument('- item\n\n  ## In list\n\n> ### In quote\n').headings.map((h) => [h.depth, h.text, h.line, h.column])).toEqual([
      [2, 'In list', 3, 3],
      [3, 'In quote', 5, 3],
    ]);
  });
});

describe('code blocks', () => {
  test('a fenced block: language in lower case, meta, value and where its content starts', () => {
    const doc = parseDocument('text\n\n  ```Mermaid title="x"\n  graph TD\n  ```\n');
    expect(doc.codeBlocks).toEqual([
      expect.objectContaining({ lang: 'mermaid', meta: 'title="x"', value: 'graph TD', line: 3, contentLine: 4, endLine: 5, indent: 2, closed: true }),
    ]);
  });

  test('a block without a language', () => {
    expect(parseDocument('~~~\nx\n~~~\n').codeBlocks[0]).toMatchObject({ lang: '', meta: '', value: 'x', indent: 0, closed: true });
  });

  test.each([
    ['closed by the same fence', '```\nx\n```\n', true],
    ['closed by a longer fence with blanks after it', '~~~\nx\n~~~~~  \n', true],
    ['closed with no content', '```\n```\n', true],
    ['open to the end', '```\nx\n', false],
    ['open to the end, its last line a shorter fence inside it', '````\nx\n```', false],
    ['open to the end, its last line a shorter tilde fence', '~~~~\nx\n~~~', false],
    ['open to the end, its last line a fence of the other kind', '```\nx\n~~~', false],
    ['open to the end, its last line a fence with text after it', '```\nx\n``` x', false],
    ['open to the end, its last line a fence with an info string', '```\nx\n```x', false],
    ['open to the end, a bare opening fence its only line', '```', false],
    ['in an indented quote, closed', '  > ```\n  > x\n  > ```', true],
    ['only its opening fence', '```js\n', false],
    ['in a quote, closed', '> ```\n> x\n> ```\n', true],
    ['in a quote, closed by a fence further in', '> ```\n> x\n>   ```\n', true],
    ['in a quote, left open where the quote ends', '> ```\n> x\n\ntext\n', false],
    ['in a quote, its last line a fence quoted once more', '> ```\n> > ```\n', false],
    ["on a list item's first line, closed", '- ```\n  x\n  ```\n', true],
    ["on a list item's first line, open", '- ```\n  x\n', false],
  ])('a fenced block %s', (_name, text, closed) => {
    expect(parseDocument(text).codeBlocks[0].closed).toBe(closed);
  });

  test('indented code is closed and has no fence: its content starts on its first line', () => {
    expect(parseDocument('text\n\n    code\n    more\n').codeBlocks).toEqual([
      expect.objectContaining({ lang: '', value: 'code\nmore', line: 3, contentLine: 3, endLine: 4, indent: 0, closed: true }),
    ]);
  });

  test("a fence in a quote or on a list item's first line: its content starts on the next line, columns shift by the markers", () => {
    const doc = parseDocument('> ```mermaid\n> graph TD\n> ```\n\n- ```mermaid\n  graph TD\n  ```\n\n> - ~~~\n>   x\n');
    expect(doc.codeBlocks.map((c) => [c.lang, c.line, c.contentLine, c.indent])).toEqual([
      ['mermaid', 1, 2, 2],
      ['mermaid', 5, 6, 2],
      ['', 9, 10, 4],
    ]);
  });

  test('a syntax error in a quoted diagram is reported on its own line and column', async () => {
    const text = '# A\n\n> ```mermaid\n> erDiagram\n>   A ||--o{ B oops\n> ```\n';
    const { findings } = await lintText(text, 'd.md', { template: builtinTemplate('architecture')! });
    expect(findings.filter((f) => f.rule === 'diagram-syntax').map((f) => [f.line, f.column])).toEqual([[5, 16]]);
    expect(findings.filter((f) => f.rule === 'fence-unclosed')).toEqual([]);
  });

  test('indented code whose first line holds a fence is still indented code', () => {
    expect(parseDocument('text\n\n    x ```\n    y\n').codeBlocks[0]).toMatchObject({ line: 3, contentLine: 3, indent: 0, closed: true });
  });

  test('code in list items and quotes is found', () => {
    const doc = parseDocument('- item\n\n  ```sql\n  select 1;\n  ```\n\n> ```js\n> x\n> ```\n');
    expect(doc.codeBlocks.map((c) => [c.lang, c.line, c.indent, c.closed])).toEqual([
      ['sql', 3, 2, true],
      ['js', 7, 2, true],
    ]);
  });
});

describe('list items', () => {
  test('each item with its first paragraph as written and its nesting', () => {
    const doc = parseDocument('- **Frontend**: React\n  more\n  - nested `x`\n    1. deeper\n- last\n\n> - quoted\n');
    expect(doc.listItems.map((i) => [i.raw, i.nesting, i.line])).toEqual([
      ['**Frontend**: React\n  more', 0, 1],
      ['nested `x`', 1, 3],
      ['deeper', 2, 4],
      ['last', 0, 5],
      ['quoted', 0, 7],
    ]);
    expect(doc.listItems[0].children.map((c) => c.type)).toEqual(['strong', 'text']);
  });

  test('an item that starts with something else than a paragraph is not listed, its sub-items are', () => {
    const doc = parseDocument('- ```\n  code\n  ```\n  - inner\n-\n');
    expect(doc.listItems.map((i) => [i.raw, i.nesting])).toEqual([['inner', 1]]);
  });

  test('an item spans its sub-items', () => {
    const doc = parseDocument('- a\n  - b\n- c\n');
    expect(doc.listItems.map((i) => [i.line, i.endLine])).toEqual([
      [1, 2],
      [2, 2],
      [3, 3],
    ]);
  });
});

describe('sections', () => {
  const text = '# A\nintro\n## B\ntext\n### C\nmore\n## D\nend';
  const doc = parseDocument(text);
  const ends = doc.sections.map((s) => [s.heading.text, s.ownEndLine, s.fullEndLine]);

  test('own content ends at the next heading; the whole section at the next of its level or above', () => {
    expect(ends).toEqual([
      ['A', 2, 8],
      ['B', 4, 6],
      ['C', 6, 6],
      ['D', 8, 8],
    ]);
    expect(text.slice(doc.sections[0].heading.endOffset, doc.sections[0].ownEndOffset)).toBe('\nintro\n');
    expect(doc.sections[0].fullEndOffset).toBe(text.length);
    expect(text.slice(doc.sections[2].heading.startOffset, doc.sections[2].fullEndOffset)).toBe('### C\nmore\n');
  });

  test('the last section runs to the end of the document, a final line end included', () => {
    const withEnd = parseDocument('# A\ntext\n');
    expect(withEnd.sections[0]).toMatchObject({ ownEndOffset: 9, fullEndOffset: 9, ownEndLine: 3, fullEndLine: 3 });
  });

  test('a heading right on the next line: the section before has only its heading line', () => {
    const d = parseDocument('# A\n## B\n');
    expect(d.sections.map((s) => [s.ownEndLine, s.fullEndLine])).toEqual([
      [1, 3],
      [3, 3],
    ]);
  });
});

describe('lines', () => {
  test('lines are the text split at line ends, CR dropped; lineStarts are their offsets', () => {
    const doc = parseDocument('# A\r\n\r\ntext\n');
    expect(doc.lines).toEqual(['# A', '', 'text', '']);
    expect(doc.lineStarts).toEqual([0, 5, 7, 12]);
    expect(doc.path).toBe('document.md');
  });
});

describe('chunked parsing', () => {
  test('the root spans the whole text, as a whole parse says', () => {
    for (const text of ['# A\n\ntext\n\n# B\n', '# A\r\n\r\ntext\r\n\r\n# B', '# A\n\n# B\n\n\n']) {
      expect(parseMarkdown(text, 1).position).toEqual(parseMarkdownWhole(text).position);
    }
  });

  test.each([
    ['a fence left open in a quote', '> ```\n> x\n\n# H\n\ntext\n'],
    ['a tilde fence in a list item, closed by a shorter one', '- item\n  ~~~~\n  x\n  ~~~\n\n\n# H\n\ntext\n'],
    ['a backtick fence in a list item, closed by tildes', '- item\n  ```\n  x\n  ~~~\n\n\n# H\n\ntext\n'],
    ['a fence in a list item with only its opening line', '- item\n  ```\n\n\n# H\n'],
    ['a comment in a list item running on', '- item\n  <!--\n\n# H\n\n-->\n'],
    ['a comment in a list item, closed', '- item\n  <!-- x -->\n\n# H\n'],
    ['a comment opening a list item, running on past blank lines', '- <!--\n\n\ntext\n-->\n'],
    ['a script in a list item after a paragraph, running on', 'text\n- <script>\n\n\n</script>\n'],
    ['a processing instruction in a quote, running on', '> <?x\n>\n\n# H\n'],
    ['a script opening a list item, a heading right after', '- <script>\n# H\n'],
    ['a comment opening a list item, a heading right after', '- <!--\n# H\n'],
    ['a tilde fence opening a list item, a heading right after', '- ~~~\n# H\n'],
    ['an HTML block, a heading right after', '<div>\n# H\n'],
    ['indented code in a list item', '- item\n\n        code\n\n# H\n'],
    ['a closed fence in a list item', '- item\n  ```\n  x\n  ```\n\n# H\n'],
    ['a fence the line scan takes for closed, in a later chunk', '# T\n\nIntro.\n\n- a\n\n  ```\n  code\n\n```\n\n# H\n\ntext\n'],
  ])("%s: the chunked tree is the whole parse's", (_name, text) => {
    const strip = (root: ReturnType<typeof parseMarkdown>) => JSON.parse(JSON.stringify(root.children)) as unknown;
    expect(strip(parseMarkdown(text, 1))).toEqual(strip(parseMarkdownWhole(text)));
  });
});

describe('within', () => {
  test('a span belongs to a range by its start: start included, end excluded', () => {
    expect([4, 5, 9, 10].map((startOffset) => within({ startOffset }, 5, 10))).toEqual([false, true, true, false]);
  });
});

describe('GitHub Flavored Markdown structure', () => {
  test('tables, task lists, footnotes and strikethrough are read as GitHub renders them; bare URLs stay text', () => {
    const doc = parseDocument('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\nText[^1] ~~gone~~ https://example.com\n\n[^1]: note\n');
    expect(doc.root.children.map((n) => n.type)).toEqual(['table', 'list', 'paragraph', 'footnoteDefinition']);
    expect(doc.listItems.map((i) => [i.raw, i.line])).toEqual([
      ['done', 5],
      ['todo', 6],
    ]);
    const list = doc.root.children[1];
    expect(list.type === 'list' && list.children.map((i) => i.checked)).toEqual([true, false]);
    const para = doc.root.children[2];
    expect(para.type === 'paragraph' && para.children.map((n) => n.type)).toEqual(['text', 'footnoteReference', 'text', 'delete', 'text']);
  });
});
