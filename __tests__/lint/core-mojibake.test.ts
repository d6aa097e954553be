/** Which runs of text are UTF-8 read as Windows-1252, and what they were: each byte length, each edge of the ranges. */
import { findMojibake } from '../../src/lint/mojibake.js';

test.each([
  ['a degree sign (lowest two-byte lead, Â)', 'Â°C', [{ start: 0, end: 2, found: 'Â°', fixed: '°' }]],
  ['the highest two-byte character (lead ß)', 'x ß¿', [{ start: 2, end: 4, found: 'ß¿', fixed: '\u07ff' }]],
  ['Devanagari (lowest three-byte lead, à)', 'à¤…', [{ start: 0, end: 3, found: 'à¤…', fixed: 'अ' }]],
  ['an emoji after a genuine curly quote', 'It’s âœ… done', [{ start: 5, end: 8, found: 'âœ…', fixed: '✅' }]],
  ['a four-byte emoji (lead ð)', 'ðŸŽ‰ done', [{ start: 0, end: 4, found: 'ðŸŽ‰', fixed: '🎉' }]],
  ['the same bytes read as Latin-1', 'ð\u009f\u008e\u0089', [{ start: 0, end: 4, found: 'ð\u009f\u008e\u0089', fixed: '🎉' }]],
  ['the highest four-byte lead (ô)', 'ô€€€', [{ start: 0, end: 4, found: 'ô€€€', fixed: '\u{100000}' }]],
  ['two sequences side by side: one run', 'Ã©Ã©', [{ start: 0, end: 4, found: 'Ã©Ã©', fixed: 'éé' }]],
  [
    'two sequences apart: two runs',
    'Ã©xÃ©',
    [
      { start: 0, end: 2, found: 'Ã©', fixed: 'é' },
      { start: 3, end: 5, found: 'Ã©', fixed: 'é' },
    ],
  ],
  ['a sequence followed by a byte that leads nothing', 'Ã©Á', [{ start: 0, end: 2, found: 'Ã©', fixed: 'é' }]],
  ['a sequence after a lead that leads nothing, in the same run of text', 'x ÃÃ©', [{ start: 3, end: 5, found: 'Ã©', fixed: 'é' }]],
  ['the lowest continuation byte, read as Latin-1 (U+0080)', 'Ã\u0080', [{ start: 0, end: 2, found: 'Ã\u0080', fixed: 'À' }]],
  ['the highest three-byte lead (ï): a fullwidth letter', 'ï¼¡', [{ start: 0, end: 3, found: 'ï¼¡', fixed: 'Ａ' }]],
])('%s is repaired', (_, text, runs) => {
  expect(findMojibake(text)).toEqual(runs);
});

test.each([
  ['Portuguese and French', 'São Paulo, café'],
  ['a lead without its continuation', 'Ã'],
  ['a lead followed by another lead', 'ÃÀ'],
  ['a three-byte lead cut short', 'â€'],
  ['a byte that leads no UTF-8 sequence (õ)', 'õ€€€'],
])('%s is genuine text', (_, text) => {
  expect(findMojibake(text)).toEqual([]);
});
