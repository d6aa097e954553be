/** The file's own line breaks and final newline come back after a repair made on `\n` text. */
import { lineEndingsOf, restore, toLf } from '../../src/fix/line-endings.js';

describe("reading a file's conventions", () => {
  test.each([
    ['a\nb\n', false, true],
    ['a\r\nb\r\n', true, true],
    ['a\r\nb', true, false],
    ['a\r\nb\nc', false, false], // mixed: left as it is
    ['one line', false, false],
    ['', false, false],
    ['a\r', false, false], // a lone CR is no line break here
  ])('%j: CRLF %s, final newline %s', (text, crlf, finalNewline) => {
    expect(lineEndingsOf(text)).toEqual({ crlf, finalNewline });
  });

  test('only an all-CRLF file is read as `\\n` text', () => {
    expect(toLf('a\r\nb\r\n', lineEndingsOf('a\r\nb\r\n'))).toBe('a\nb\n');
    expect(toLf('a\r\nb\nc', lineEndingsOf('a\r\nb\nc'))).toBe('a\r\nb\nc');
  });
});

describe('writing them back', () => {
  const lf = { crlf: false, finalNewline: true };
  const lfNoFinal = { crlf: false, finalNewline: false };
  const crlf = { crlf: true, finalNewline: true };
  const crlfNoFinal = { crlf: true, finalNewline: false };

  test('a final newline the file had is there again, once, after a repair that dropped it', () => {
    expect(restore('a\nb', lf, false)).toBe('a\nb\n');
    expect(restore('a\nb\n', lf, false)).toBe('a\nb\n');
    expect(restore('a\nb\n\n', lf, false)).toBe('a\nb\n\n'); // blank lines the repair left are its business
  });

  test('no final newline stays without one: every break the repair added at the end goes', () => {
    expect(restore('a\nb\n\n\n', lfNoFinal, false)).toBe('a\nb');
    expect(restore('a\nb', lfNoFinal, false)).toBe('a\nb');
    expect(restore('a\r\n\r\n', lfNoFinal, false)).toBe('a'); // a mixed file's CRLF breaks at the end too
    expect(restore('a\r\r\n', lfNoFinal, false)).toBe('a\r');
  });

  test('CRLF comes back on every line, the added ones too', () => {
    expect(restore('a\nb\n', crlf, false)).toBe('a\r\nb\r\n');
    expect(restore('a\nb', crlf, false)).toBe('a\r\nb\r\n');
    expect(restore('a\nb\n\n', crlfNoFinal, false)).toBe('a\r\nb');
  });

  test('an empty file gets a final newline; an empty result stays empty', () => {
    expect(restore('# T\n\n...', lfNoFinal, true)).toBe('# T\n\n...\n');
    expect(restore('', lfNoFinal, true)).toBe('');
    expect(restore('', lf, false)).toBe('');
  });
});
