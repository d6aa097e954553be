import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { parseDocument, parseMarkdown, parseMarkdownWhole, positionAt, computeLineStarts } from '../../src/markdown/parse.js';

const piece = fc.constantFrom(
  '# Architecture Design\n',
  '## 1. System Context\n',
  '### Key Endpoints\n',
  '#Not a heading\n',
  '   ## Indented heading\n',
  'Some prose with **bold** and `code`.\n',
  '- **Frontend**: React\n- **Backend**: Go\n',
  '1. first\n2. second\n   - nested\n',
  '> a quote\n> ## quoted heading\n',
  '```mermaid\nC4Context\n## not a heading in code\n```\n',
  '~~~\n# tilde fenced\n~~~\n',
  '````markdown\n```\n# inner\n```\n````\n',
  '| a | b |\n| --- | --- |\n| `GET /x` | y |\n',
  'Setext title\n============\n',
  '- item\n# heading right after a list\n',
  '<!-- comment -->\n',
  '\n',
  '    indented code\n    # not a heading\n',
  '`inline ```code``` span`\n',
  // Blocks that cross blank lines, and fences the line scan may take for top-level ones.
  '<!--\n\ncomment\n\n',
  '-->\n',
  '<script>\n\nalert(1)\n\n</script>\n',
  '<div>\n',
  '- <!--\n',
  '- <script>\n\n',
  '<?>\n',
  '- item\n  ```\n\n',
  '```\n',
  '> quote\n> ```\n',
  'Plain paragraph text.\n',
  '1. one\n\n   two\n',
  // (No reference definitions: one resolves links only within its own chunk, the documented cost of chunking.)
);

function stripRootPosition(root: ReturnType<typeof parseMarkdown>): unknown {
  return JSON.parse(JSON.stringify({ ...root, position: undefined }));
}

test('chunked parsing gives exactly the tree of a whole parse (positions included)', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 25 }), fc.boolean(), (pieces, crlf) => {
      let text = pieces.join('');
      if (crlf) text = text.replace(/\n/g, '\r\n');
      expect(stripRootPosition(parseMarkdown(text))).toEqual(stripRootPosition(parseMarkdownWhole(text)));
      // Restarting at every place the line scan allows, the tree is still the whole parse's.
      expect(stripRootPosition(parseMarkdown(text, 1))).toEqual(stripRootPosition(parseMarkdownWhole(text)));
    }),
    { numRuns: runs(300) },
  );
});

test('chunks that are only blank lines, or start with them, parse (and end)', () => {
  // The last: a fence left open inside the last list item, blank lines, then a heading (found by the property above).
  for (const text of [
    '\n# H\n',
    '\n\n# H\n\ntext\n\n\n# B\n',
    '# A\n\n\n',
    '\n',
    '\r\n\r\n# H\r\n',
    '- item\n  ```\n\n- item\n  ```\n\n\n# Architecture Design\n',
  ]) {
    expect(stripRootPosition(parseMarkdown(text, 1))).toEqual(stripRootPosition(parseMarkdownWhole(text)));
  }
});

test('headings inside code blocks are not headings; front matter is not a setext heading', () => {
  const doc = parseDocument('---\ntitle: x\n---\n# Title\n\n```md\n## not\n```\n\n## Real\n');
  expect(doc.headings.map((h) => [h.depth, h.text, h.line])).toEqual([
    [1, 'Title', 4],
    [2, 'Real', 10],
  ]);
  expect(doc.bodyStartLine).toBe(4);
  expect(doc.codeBlocks[0]).toMatchObject({ lang: 'md', line: 6, contentLine: 7, closed: true });
});

test('sections know their own and their full extent', () => {
  const text = '# A\n\n## B\ntext\n### C\nmore\n## D\n';
  const doc = parseDocument(text);
  const b = doc.sections[1];
  expect(text.slice(b.heading.endOffset, b.ownEndOffset)).toBe('\ntext\n');
  expect(text.slice(b.heading.endOffset, b.fullEndOffset)).toBe('\ntext\n### C\nmore\n');
  expect([b.ownEndLine, b.fullEndLine]).toEqual([4, 6]);
});

test('positionAt maps offsets to 1-based lines and columns', () => {
  const starts = computeLineStarts('ab\ncd\n\nx');
  expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
  expect(positionAt(starts, 4)).toEqual({ line: 2, column: 2 });
  expect(positionAt(starts, 7)).toEqual({ line: 4, column: 1 });
});
