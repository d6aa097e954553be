/** The fix engine: line endings, final newline, rounds, conflicts, and what it refuses to do. */
import { fixText, ineffective, keepsLines, protectedLines } from '../../src/fix/fix.js';
import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { applyEdits, conflicts, editGroups, selectGroups, type EditGroup } from '../../src/fix/edits.js';
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import type { Finding } from '../../src/core/findings.js';

const template = parseTemplate(
  `# Design

## 1. Context
...

## 2. Storage
- **Database**: [Primary store]
- **Backups**: [Schedule]

## 3. Operations
...
`,
  'test template',
);
const fix = (text: string, rules?: Record<string, 'off' | 'warning' | 'error'>) => fixText(text, 'design.md', { template, ...(rules ? { rules } : {}) });

const GOOD = `# Design

## 1. Context

Quotes for customers.

## 2. Storage
- **Database**: PostgreSQL 16
- **Backups**: nightly, kept 30 days

## 3. Operations

On call in PagerDuty.
`;

describe('a document with nothing to fix', () => {
  test('comes back as the very same text, unchanged', async () => {
    const r = await fix(GOOD);
    expect(r.text).toBe(GOOD);
    expect(r.changed).toBe(false);
    expect(r.applied).toEqual([]);
    expect(r.remaining).toEqual([]);
  });

  test('without a final newline, and with CRLF, too', async () => {
    for (const text of [GOOD.trimEnd(), GOOD.replace(/\n/g, '\r\n')]) {
      const r = await fix(text);
      expect(r.text).toBe(text);
      expect(r.changed).toBe(false);
    }
  });
});

describe('line endings and the final newline', () => {
  const broken = GOOD.replace('## 2. Storage', '## Storage').replace('- **Backups**: nightly, kept 30 days\n', '');

  test('a CRLF file stays CRLF, inserted lines included', async () => {
    const r = await fix(broken.replace(/\n/g, '\r\n'));
    expect(r.changed).toBe(true);
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(r.text).toContain('## 2. Storage\r\n- **Database**: PostgreSQL 16\r\n- **Backups**: [Schedule]\r\n');
    expect(r.text.endsWith('\r\n')).toBe(true);
  });

  test('no final newline stays without one, even when text is added at the end', async () => {
    const noOps = GOOD.slice(0, GOOD.indexOf('## 3. Operations')).trimEnd();
    const r = await fix(noOps);
    expect(r.text.endsWith('## 3. Operations\n\n...')).toBe(true);
    const withNewline = await fix(`${noOps}\n`);
    expect(withNewline.text).toBe(`${r.text}\n`);
  });

  test('in a file with mixed line endings, untouched lines keep their own', async () => {
    const mixed = broken.replace('# Design\n', '# Design\r\n').replace('Quotes for customers.\n', 'Quotes for customers.\r\n');
    const r = await fix(mixed);
    expect(r.text.startsWith('# Design\r\n\n## 1. Context\n\nQuotes for customers.\r\n')).toBe(true);
  });

  test('an empty file gets the whole skeleton, ending with a newline', async () => {
    const r = await fix('');
    expect(r.text).toBe(`# Design

## 1. Context

...

## 2. Storage
- **Database**: [Primary store]
- **Backups**: [Schedule]

## 3. Operations

...
`);
    expect(r.remaining.every((f) => f.rule === 'placeholder')).toBe(true);
  });
});

describe('where inserted sections go', () => {
  test('after front matter, the title comes first; before a trailing stamp comment, the missing sections', async () => {
    const text = `---
owner: team-quotes
---
Intro written by the team.

## 1. Context

Quotes for customers.

<!-- archdoc: {"requirements":"abc123"} -->
`;
    const r = await fix(text);
    expect(r.text.startsWith('---\nowner: team-quotes\n---\n\n# Design\n\nIntro written by the team.\n')).toBe(true);
    expect(r.text.endsWith('...\n\n<!-- archdoc: {"requirements":"abc123"} -->\n')).toBe(true);
    expect(r.text.indexOf('## 2. Storage')).toBeLessThan(r.text.indexOf('## 3. Operations'));
  });

  test('nothing is inserted into a code block left open at the end', async () => {
    const text = '# Design\n\n## 1. Context\n\nQuotes.\n\n```text\nno closing fence\n';
    // With the fence left open (its rule off), sections appended at the end would be code.
    const r = await fix(text, { 'fence-unclosed': 'off' });
    expect(r.text).toBe(text);
    const missing = r.remaining.filter((f) => f.rule === 'section-missing');
    expect(missing.length).toBe(2);
    expect(missing.every((f) => !f.fixable)).toBe(true);
    // Otherwise the fence is closed first, and the sections go after it.
    const closed = await fix(text);
    expect(closed.text.startsWith('# Design\n\n## 1. Context\n\nQuotes.\n\n```text\nno closing fence\n```\n\n## 2. Storage\n')).toBe(true);
  });
});

describe('rules turned off', () => {
  test('are neither reported nor fixed', async () => {
    const text = GOOD.replace('Quotes for customers.', 'Quotes for customersâ€™ carts.');
    expect((await fix(text)).text).toContain('customers’ carts');
    const off = await fix(text, { mojibake: 'off' });
    expect(off.text).toBe(text);
    expect(off.remaining).toEqual([]);
  });
});

describe('moving sections', () => {
  test('keeps every line of every section, byte for byte', async () => {
    const shuffled = `# Design

## 3. Operations

On call in PagerDuty.
  - an indented   note with   odd spacing

## Appendix
Extra notes travel with the section before them.

## 1. Context

Quotes for customers.

## 2. Storage
* **Database** : PostgreSQL 16
* **Backups**: nightly`;
    const r = await fix(shuffled);
    const order = ['# Design', '## 1. Context', '## 2. Storage', '## 3. Operations', '## Appendix'].map((h) => r.text.indexOf(`${h}\n`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(r.text.split('\n').filter(Boolean).sort()).toEqual(shuffled.split('\n').filter(Boolean).sort());
    expect(r.text.endsWith('Extra notes travel with the section before them.')).toBe(true);
  });
});

describe('choosing edits', () => {
  const e = (start: number, end: number, text = 'x') => ({ start, end, text });
  test('overlaps conflict; an insertion at the edge of a replacement does not, unless the replacement moves text', () => {
    expect(conflicts(e(0, 5), e(4, 8))).toBe(true);
    expect(conflicts(e(0, 5), e(5, 8))).toBe(false);
    expect(conflicts(e(3, 3), e(3, 3))).toBe(true);
    expect(conflicts(e(3, 3), e(0, 5))).toBe(true);
    expect(conflicts(e(5, 5), e(0, 5))).toBe(false);
    expect(conflicts(e(5, 5), e(0, 5), true)).toBe(true);
  });

  test("a finding's edits apply together; a group that collides waits", () => {
    const f = (rule: string, fix: { start: number; end: number; text: string }[]): Finding => ({
      rule,
      severity: 'error',
      message: rule,
      line: 1,
      column: 1,
      fixable: true,
      fix,
    });
    const text = 'abcdefghij';
    const groups = editGroups(text, [f('a', [e(0, 2, 'AB'), e(8, 9, 'I')]), f('b', [e(1, 3, '??')]), f('c', [e(4, 5, 'E')]), f('d', [e(6, 7, 'g')])]);
    expect(groups.map((g) => g.findings[0].rule)).toEqual(['a', 'b', 'c']); // d changes nothing
    const { accepted, deferred } = selectGroups(groups);
    expect(accepted.map((g) => g.findings[0].rule)).toEqual(['a', 'c']);
    expect(deferred.map((g) => g.findings[0].rule)).toEqual(['b']);
    expect(
      applyEdits(
        text,
        accepted.flatMap((g) => g.edits),
      ),
    ).toBe('ABcdEfghIj');
  });

  test('the fast selection agrees with checking every pair, and applying edits agrees with applying them one by one', () => {
    const edit = fc.tuple(fc.nat(60), fc.nat(6), fc.string({ maxLength: 3 })).map(([start, length, text]) => ({ start, end: start + length, text }));
    const group = fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), exclusive: fc.boolean() }).map(
      // Ordered the way editGroups orders a finding's fix: by start, then end.
      ({ edits, exclusive }): EditGroup => ({ edits: edits.sort((a, b) => a.start - b.start || a.end - b.end), findings: [], exclusive }),
    );
    // selectGroups' contract (what editGroups hands it): no two edits of one group conflict. Every pair is
    // checked here, not just neighbours, so a group like (38,41) (38,38) (40,41) cannot slip through.
    const selfConsistent = (g: EditGroup): boolean => g.edits.every((e, i) => g.edits.slice(i + 1).every((f) => !conflicts(e, f)));
    fc.assert(
      fc.property(fc.array(group, { maxLength: 30 }), (groups) => {
        const consistent = groups.filter(selfConsistent);
        const naive: EditGroup[] = [];
        for (const g of consistent) {
          const taken = naive.flatMap((a) => a.edits.map((e) => ({ e, exclusive: !!a.exclusive })));
          if (!g.edits.some((e) => taken.some((t) => conflicts(e, t.e, t.exclusive || !!g.exclusive)))) naive.push(g);
        }
        const { accepted } = selectGroups(consistent);
        expect(accepted).toEqual(naive);
        const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(3);
        const oneByOne = [...accepted.flatMap((g) => g.edits)]
          .sort((a, b) => b.start - a.start || b.end - a.end)
          .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
        expect(
          applyEdits(
            text,
            accepted.flatMap((g) => g.edits),
          ),
        ).toBe(oneByOne);
      }),
      { numRuns: runs(300) },
    );
  });

  test('findings that carry the same fix apply it once', () => {
    const same = [e(2, 2, 'X')];
    const groups = editGroups('abc', [
      { rule: 'r', severity: 'error', message: 'one', line: 1, column: 1, fixable: true, fix: same },
      { rule: 'r', severity: 'error', message: 'two', line: 1, column: 1, fixable: true, fix: [...same] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].findings).toHaveLength(2);
  });
});

describe('what the engine refuses', () => {
  const finding = (rule: string, message: string): Finding => ({ rule, severity: 'error', message, line: 1, column: 1, fixable: true });

  test('a repair whose finding is still there afterwards is ineffective (counted, not just by name)', () => {
    const a = finding('mojibake', 'same text');
    expect([...ineffective([a], [a, a], [a])]).toEqual([]);
    expect([...ineffective([a], [a, a], [a, a])]).toEqual(['mojibake\u0000same text']);
  });

  test("the author's unmarked lines must survive, in order", async () => {
    const text = 'Here is the doc:\n# Design\nkeep me\n\nand me\n';
    const { findings } = await lintText(text, 'd.md', { template });
    const keep = protectedLines(text, findings);
    expect(keep).toEqual(expect.arrayContaining(['# Design', 'keep me']));
    expect(keep).not.toContain('Here is the doc:');
    expect(keepsLines('# Design\nnew\nkeep me\nand me', keep)).toBe(true);
    expect(keepsLines('keep me\n# Design', keep)).toBe(false);
    expect(keepsLines('# Design\nkeep me, edited', keep)).toBe(false);
  });
});
