/**
 * The diagrams archdoc refuses to hand to mermaid (its regexes would crawl on them), each at the edge
 * of its limit: just inside is checked, just past is refused with the line and the reason.
 */
import { checkLimits, MAX_DIAGRAM_CHARS, MAX_LINE_CHARS } from '../../src/mermaid/limits.js';
import { analyzeDiagram } from '../../src/mermaid/analyze.js';

describe('size', () => {
  test('a diagram of 50,000 characters is checked; one more is refused on line 1', () => {
    const lines = (n: number) => `graph TD\n${'A-->B\n'.repeat(n)}`;
    const full = lines(Math.floor((MAX_DIAGRAM_CHARS - 9) / 6)) + 'x'.repeat((MAX_DIAGRAM_CHARS - 9) % 6);
    expect(full).toHaveLength(MAX_DIAGRAM_CHARS);
    expect(checkLimits(full)).toBeUndefined();
    expect(checkLimits(`${full}x`)).toEqual({ line: 1, message: 'diagram too large to check (50001 characters; archdoc checks up to 50000)' });
  });

  test('a line of 5,000 characters is checked; a longer one is refused on its line', () => {
    expect(checkLimits(`graph TD\n  A\n${'a'.repeat(MAX_LINE_CHARS)}`)).toBeUndefined();
    expect(checkLimits(`graph TD\n  A\n${'a'.repeat(MAX_LINE_CHARS + 1)}\n  B`)).toEqual({
      line: 3,
      message: 'line too long to check (5001 characters; archdoc checks lines up to 5000)',
    });
  });

  test('analyzeDiagram reports the refused line, column 1', async () => {
    const a = await analyzeDiagram(`erDiagram\n  A ||--o{ B : x\n  ${'B'.repeat(MAX_LINE_CHARS)}`);
    expect(a.error).toEqual({ line: 3, column: 1, kind: 'limit', message: 'line too long to check (5002 characters; archdoc checks lines up to 5000)' });
    expect(a.type).toBe('erDiagram');
  });
});

describe('`style` and `classDef` lines full of `:` and `#`', () => {
  const message = 'line too complex to check (a long `style`/`classDef` line full of `:` and `#`)';
  // Cost: colons x (hashes + 1) x the length from the keyword on; refused past 20,000,000.

  test('a `style` line at the edge: 4,469 colons checked, 4,470 refused', () => {
    expect(checkLimits(`graph TD\nstyle ${':'.repeat(4_469)}`)).toBeUndefined();
    expect(checkLimits(`graph TD\nstyle ${':'.repeat(4_470)}`)).toEqual({ line: 2, message });
  });

  test('`#` multiplies the cost', () => {
    expect(checkLimits(`graph TD\nstyle ${':#'.repeat(200)}`)).toBeUndefined();
    expect(checkLimits(`graph TD\nstyle ${':#'.repeat(300)}`)).toEqual({ line: 2, message });
    expect(checkLimits(`graph TD\n  A\n  style A ${':#'.repeat(2_000)}`)).toEqual({ line: 3, message });
  });

  test('text before the keyword does not count; a line without one costs nothing', () => {
    expect(checkLimits(`graph TD\n${'a'.repeat(500)} style ${':'.repeat(4_469)}`)).toBeUndefined();
    expect(checkLimits(`graph TD\n${':#'.repeat(2_400)}`)).toBeUndefined();
  });

  test('`classDef` counts like `style`, from the first of them', () => {
    expect(checkLimits(`graph TD\nclassDef ${':#'.repeat(300)}`)).toEqual({ line: 2, message });
    expect(checkLimits(`graph TD\n${'a'.repeat(500)} classDef ${':'.repeat(4_466)}`)).toBeUndefined();
    expect(checkLimits(`graph TD\nclassDef ${':'.repeat(4_470)} style`)).toEqual({ line: 2, message });
  });
});

describe('blank runs', () => {
  // Each line start costs the blanks that follow it: n line ends cost n(n+1)/2, refused past 2,000,000.
  test('1,999 line ends in a row are checked; 2,000 are refused', () => {
    expect(checkLimits(`${'\n'.repeat(1_999)}graph TD`)).toBeUndefined();
    expect(checkLimits(`${'\n'.repeat(2_000)}graph TD`)).toEqual({ line: 1, message: 'diagram too complex to check (too many consecutive blank lines)' });
  });

  test('blanks inside a line count from the line start only', () => {
    expect(checkLimits(`graph TD\nA${' '.repeat(4_000)}\nB`)).toBeUndefined();
  });
});

describe('unclosed `<` and `%%{`', () => {
  // Each `<` followed by a word costs the distance to the next `>`; refused past 20,000,000.
  test('3,650 lines of `<a` are checked; 3,651 are refused', () => {
    expect(checkLimits('<a\n'.repeat(3_650))).toBeUndefined();
    expect(checkLimits('<a\n'.repeat(3_651))).toEqual({ line: 1, message: 'diagram too complex to check (too many `<` without `>`)' });
  });

  test('a `<` closed by a `>` costs only up to it, and what it spans is skipped', () => {
    expect(checkLimits('<a>\n'.repeat(10_000))).toBeUndefined();
    expect(checkLimits(`${'<a\n'.repeat(3_651)}>`)).toBeUndefined();
    expect(checkLimits('< a\n'.repeat(5_000))).toBeUndefined();
  });

  test('3,161 lines of `%%{` are checked; 3,162 are refused', () => {
    expect(checkLimits('%%{\n'.repeat(3_161))).toBeUndefined();
    expect(checkLimits('%%{\n'.repeat(3_162))).toEqual({ line: 1, message: 'diagram too complex to check (too many unclosed `%%{` directives)' });
    expect(checkLimits(`${'%%{\n'.repeat(3_162)}}%%`)).toBeUndefined();
  });
});
