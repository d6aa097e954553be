/**
 * Choosing and applying the rules' edits, on small texts: which edits a rule may offer at all, which repairs
 * wait for the next round, and where inserted text lands.
 */
import { applyEdits, editGroups, selectGroups, type EditGroup } from '../../src/fix/edits.js';
import type { Finding, TextEdit } from '../../src/core/findings.js';

const e = (start: number, end: number, text = 'x'): TextEdit => ({ start, end, text });
const finding = (rule: string, fix: TextEdit[] | undefined, fixable = true): Finding => ({
  rule,
  severity: 'error',
  message: rule,
  line: 1,
  column: 1,
  fixable,
  ...(fix ? { fix } : {}),
});
const rules = (groups: readonly EditGroup[]): string[] => groups.map((g) => g.findings[0].rule);
const group = (rule: string, edits: TextEdit[], exclusive = false): EditGroup => ({ edits, findings: [finding(rule, edits)], exclusive });
/** What the text becomes when the groups are chosen and applied. */
const repaired = (text: string, findings: Finding[]): string =>
  applyEdits(
    text,
    selectGroups(editGroups(text, findings)).accepted.flatMap((g) => g.edits),
  );

describe('edits a rule may offer', () => {
  const text = 'abcdefghij';

  test.each([
    ['before the start', e(-1, 2, 'Z')],
    ['past the end', e(8, 11, 'Z')],
    ['starting past the end', e(11, 11, 'Z')],
    ['ending before it starts', e(5, 3, 'Z')],
  ])('an edit %s is dropped, not guessed at', (_where, edit) => {
    expect(editGroups(text, [finding('bad', [edit])])).toEqual([]);
    expect(repaired(text, [finding('bad', [edit])])).toBe(text);
  });

  test('edits at the very ends of the text are kept: a title before everything, a line after everything', () => {
    expect(repaired(text, [finding('title', [e(0, 0, '# T\n')]), finding('tail', [e(10, 10, '\nend')])])).toBe('# T\nabcdefghij\nend');
    expect(repaired(text, [finding('whole', [e(0, 10, 'ABCDEFGHIJ')])])).toBe('ABCDEFGHIJ');
  });

  test('an edit that changes nothing is dropped; the rest of its finding still applies', () => {
    const groups = editGroups(text, [finding('r', [e(0, 1, 'a'), e(2, 3, 'C')])]);
    expect(groups.map((g) => g.edits)).toEqual([[e(2, 3, 'C')]]);
  });

  test('findings that are not fixable, or carry no edits, offer no repair', () => {
    expect(editGroups(text, [finding('off', [e(0, 1, 'A')], false), finding('none', undefined), finding('empty', [])])).toEqual([]);
  });

  test.each([
    ['overlapping', [e(0, 5, 'A'), e(3, 4, 'B')]],
    ['overlapping, listed out of order', [e(0, 5, 'A'), e(8, 9, 'B'), e(3, 4, 'C')]],
    ['two insertions at one point', [e(4, 4, 'A'), e(4, 4, 'B')]],
    ['an insertion inside its own replacement', [e(2, 6, 'A'), e(4, 4, 'B')]],
  ])('a finding whose own edits collide (%s) is left alone, its other findings still repaired', (_what, edits) => {
    const out = repaired(text, [finding('broken', edits), finding('fine', [e(9, 10, 'J')])]);
    expect(out).toBe('abcdefghiJ');
  });

  test("a finding's edits given in any order apply together, each where it belongs", () => {
    expect(repaired(text, [finding('r', [e(9, 10, 'J'), e(0, 1, 'A'), e(4, 5, 'E')])])).toBe('AbcdEfghiJ');
  });

  test('an insertion at either end of its own replacement is fine', () => {
    expect(repaired(text, [finding('r', [e(2, 4, 'CD'), e(4, 4, '|'), e(2, 2, '|')])])).toBe('ab|CD|efghij');
  });

  test('two findings carrying the same edits, listed in another order, are one repair', () => {
    const groups = editGroups(text, [finding('a', [e(0, 1, 'A'), e(5, 6, 'F')]), finding('b', [e(5, 6, 'F'), e(0, 1, 'A')])]);
    expect(groups).toHaveLength(1);
    expect(rules(groups)).toEqual(['a']);
    expect(groups[0].findings.map((f) => f.rule)).toEqual(['a', 'b']);
  });
});

describe('which repairs go in one round', () => {
  test('the first of two colliding repairs wins; the other waits, whichever edit of it collides', () => {
    const groups = [group('first', [e(10, 15)]), group('second', [e(0, 2), e(12, 20)]), group('third', [e(20, 22)])];
    const { accepted, deferred } = selectGroups(groups);
    expect(rules(accepted)).toEqual(['first', 'third']);
    expect(rules(deferred)).toEqual(['second']);
  });

  // Accepted edits at 0-1, 10-12, 20-25 (and an insertion at 30), then one new edit each.
  const taken = [group('a', [e(0, 1)]), group('b', [e(10, 12)]), group('c', [e(20, 25)]), group('d', [e(30, 30)])];
  test.each([
    ['inside an accepted replacement', e(11, 11), false],
    ['at the end of an accepted replacement', e(12, 12), true],
    ['at the start of an accepted replacement', e(20, 20), true],
    ['starting inside an accepted replacement', e(12 - 1, 18), false],
    ['spanning two accepted replacements', e(5, 21), false],
    ['right after an accepted replacement', e(25, 28), true],
    ['ending where an accepted replacement starts', e(15, 20), true],
    ['ending inside an accepted replacement', e(15, 21), false],
    ['at the point of an accepted insertion', e(30, 30), false],
    ['replacing the text around an accepted insertion', e(29, 31), false],
    ['ending at an accepted insertion', e(27, 30), true],
    ['past everything accepted', e(40, 45), true],
  ])('an edit %s: accepted %s', (_where, edit, ok) => {
    const { accepted } = selectGroups([...taken, group('new', [edit])]);
    expect(rules(accepted).includes('new')).toBe(ok);
  });

  test('a repair that moves a stretch as a whole: nothing may even touch its ends, before or after it is accepted', () => {
    const whole = group('order', [e(10, 20, 'moved')], true);
    expect(rules(selectGroups([whole, group('at-end', [e(20, 20)])]).accepted)).toEqual(['order']);
    expect(rules(selectGroups([whole, group('at-start', [e(8, 10)])]).accepted)).toEqual(['order']);
    expect(rules(selectGroups([whole, group('apart', [e(21, 22)]), group('before', [e(0, 9)])]).accepted)).toEqual(['order', 'apart', 'before']);
    expect(rules(selectGroups([group('at-end', [e(20, 20)]), whole]).accepted)).toEqual(['at-end']);
    expect(rules(selectGroups([group('inside', [e(12, 14)]), whole]).accepted)).toEqual(['inside']);
    // Two ordinary repairs may share a boundary.
    expect(rules(selectGroups([group('left', [e(10, 20)]), group('right', [e(20, 22)])]).accepted)).toEqual(['left', 'right']);
  });
});

describe('applying edits', () => {
  test('an insertion where a replacement starts goes before the replaced text, in whatever order they come', () => {
    expect(applyEdits('abcdefgh', [e(5, 8, 'X'), e(5, 5, 'I')])).toBe('abcdeIX');
    expect(applyEdits('abcdefgh', [e(5, 5, 'I'), e(5, 8, 'X')])).toBe('abcdeIX');
  });

  test('an insertion where a replacement ends goes after it', () => {
    expect(applyEdits('abcdefgh', [e(5, 5, 'I'), e(2, 5, 'X')])).toBe('abXIfgh');
  });

  test('edits given out of order land where they belong, and the text between them is kept', () => {
    expect(applyEdits('abcdefgh', [e(6, 7, 'G'), e(0, 2, ''), e(3, 3, '-')])).toBe('c-defGh');
    expect(applyEdits('abc', [])).toBe('abc');
  });
});
