/** Taking the document out of what a model answers. */
import { extractDocument } from '../../src/generate/extract.js';
import { chatWrapped, GOOD_DOC } from './fixtures.js';

describe('extractDocument', () => {
  test('a bare document comes through unchanged', () => {
    expect(extractDocument(GOOD_DOC)).toEqual({ text: GOOD_DOC, removed: [] });
  });

  test('preamble, ```markdown wrapper and closing remarks go; the mermaid fences inside stay', () => {
    const r = extractDocument(chatWrapped(GOOD_DOC));
    expect(r.text).toBe(GOOD_DOC);
    expect(r.text.match(/```mermaid/g)).toHaveLength(3);
  });

  test("a reasoning model's <think> block and CRLF line ends", () => {
    const r = extractDocument(`<think>\nThe user wants # headings...\n</think>\n\n${GOOD_DOC.replace(/\n/g, '\r\n')}`);
    expect(r.text).toBe(GOOD_DOC);
    expect(r.removed).toEqual(['a <think> block']);
  });

  test('prose before the first heading goes even when it does not open like chat', () => {
    const r = extractDocument(`The design below reflects the new sharing requirements.\n\n${GOOD_DOC}`);
    expect(r.text).toBe(GOOD_DOC);
    expect(r.removed).toEqual(['1 line of text before the first heading']);
  });

  test('a wrapper without a language and text after it', () => {
    const r = extractDocument(`\`\`\`\n${GOOD_DOC}\`\`\`\nI kept the diagrams small.\n`);
    expect(r.text).toBe(GOOD_DOC);
    expect(r.removed).toEqual(['the code fence around the document', '1 line of chat after the document']);
  });

  test('a reply without any heading holds no document', () => {
    expect(extractDocument('I cannot help with that request.').text).toBe('');
    expect(extractDocument('').text).toBe('');
  });
});
