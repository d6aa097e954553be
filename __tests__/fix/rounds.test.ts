/**
 * The fixer's rounds as a user sees them: which repair goes first, how many rounds it takes, and what it
 * undoes (a repair that does not help, a repair that would take an author's line).
 */
import { fixText, type FixOptions } from '../../src/fix/fix.js';
import type { Finding, TextEdit } from '../../src/core/findings.js';
import { parseTemplate } from '../../src/template/parse-template.js';

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
const fix = (text: string, options: Partial<FixOptions> = {}) => fixText(text, 'design.md', { template, ...options });
const rules = (fs: readonly Finding[]): string[] => fs.map((f) => f.rule);

const GOOD = `# Design

## 1. Context

Quotes for customers.

## 2. Storage
- **Database**: PostgreSQL 16
- **Backups**: nightly

## 3. Operations

On call in PagerDutyâ€™s rota.
`;
const REPAIRED = GOOD.replace('â€™', '’');

/** A finding from outside the catalogue (as requirements-drift brings): the same each round, so its repair never helps. */
const stubborn = (fix: TextEdit[], line = 1): Finding => ({
  rule: 'outside',
  severity: 'warning',
  message: 'always there',
  line,
  column: 1,
  fixable: true,
  fix,
});

describe('a repair that does not help', () => {
  test('is undone, and reported as not fixable; the other repairs of its round still apply', async () => {
    const r = await fix(GOOD, { extraFindings: [stubborn([{ start: 0, end: 0, text: '<!-- stamp -->\n' }])] });
    expect(r.text).toBe(REPAIRED);
    expect(rules(r.applied)).toEqual(['mojibake']);
    expect(r.remaining).toEqual([{ rule: 'outside', severity: 'warning', message: 'always there', line: 1, column: 1, fixable: false }]);
  });

  test('alone, leaves the document as it was', async () => {
    const r = await fix(REPAIRED, { extraFindings: [stubborn([{ start: 0, end: 0, text: '<!-- stamp -->\n' }])] });
    expect(r.text).toBe(REPAIRED);
    expect(r.changed).toBe(false);
    expect(r.applied).toEqual([]);
    expect(r.remaining.map((f) => f.fixable)).toEqual([false]);
  });

  test('whose edits collide with each other, or fall outside the text, is not tried and stays on offer', async () => {
    const end = REPAIRED.length;
    for (const edits of [
      [
        { start: 0, end: 5, text: 'A' },
        { start: 2, end: 3, text: 'B' },
      ],
      [{ start: end - 1, end: end + 1, text: 'X' }],
    ]) {
      const r = await fix(REPAIRED, { extraFindings: [stubborn(edits)] });
      expect(r.text).toBe(REPAIRED);
      expect(r.remaining.map((f) => [f.rule, f.fixable])).toEqual([['outside', true]]);
    }
  });
});

describe("the author's lines", () => {
  test('a repair that would delete an unmarked line is refused; the rest of its round goes ahead', async () => {
    const line = 'Quotes for customers.\n';
    const at = GOOD.indexOf(line);
    const r = await fix(GOOD, { extraFindings: [stubborn([{ start: at, end: at + line.length, text: '' }])] });
    expect(r.text).toBe(REPAIRED);
    expect(rules(r.applied)).toEqual(['mojibake']);
    expect(r.remaining.map((f) => [f.rule, f.fixable])).toEqual([['outside', false]]);
  });

  test('a closing remark in a section moved to the end is kept, though it reads as chat only there', async () => {
    const text = `# Design

## 1. Context

Quotes for customers.

## 3. Operations

On call in PagerDuty.
Let me know if the rota changes.

## 2. Storage
- **Database**: PostgreSQL 16
- **Backups**: nightly
`;
    const r = await fix(text);
    expect(r.text).toBe(`# Design

## 1. Context

Quotes for customers.

## 2. Storage
- **Database**: PostgreSQL 16
- **Backups**: nightly

## 3. Operations

On call in PagerDuty.
Let me know if the rota changes.
`);
    expect(rules(r.applied)).toEqual(['section-order']);
    expect(r.remaining.map((f) => [f.rule, f.fixable])).toEqual([['chat-residue', false]]);
  });
});

describe('rounds', () => {
  const outOfOrder = `# Design

## 3. Operations

On call.

## 1. Context

Quotes.
`;

  test('a missing section waits until the others are in order, then goes in its place', async () => {
    const r = await fix(outOfOrder);
    expect(r.text).toBe(`# Design

## 1. Context

Quotes.

## 2. Storage
- **Database**: [Primary store]
- **Backups**: [Schedule]

## 3. Operations

On call.
`);
    expect(rules(r.applied)).toEqual(['section-order', 'section-missing']);
  });

  test('with one pass allowed, only the first round is made, and what is left stays fixable', async () => {
    const r = await fix(outOfOrder, { maxPasses: 1 });
    expect(r.text).toBe('# Design\n\n## 1. Context\n\nQuotes.\n\n## 3. Operations\n\nOn call.\n');
    expect(rules(r.applied)).toEqual(['section-order']);
    expect(r.remaining.map((f) => [f.rule, f.fixable])).toEqual([['section-missing', true]]);
    expect((await fix(outOfOrder, { maxPasses: 2 })).text).toBe((await fix(outOfOrder)).text);
  });

  test('an undone round counts against the passes too', async () => {
    const r = await fix(GOOD, { maxPasses: 1, extraFindings: [stubborn([{ start: 0, end: 0, text: '<!-- stamp -->\n' }])] });
    expect(r.text).toBe(GOOD);
    expect(r.applied).toEqual([]);
    expect(rules(r.remaining)).toEqual(['outside', 'mojibake']);
  });

  test('no passes allowed: nothing is changed', async () => {
    const r = await fix(GOOD, { maxPasses: 0 });
    expect(r.text).toBe(GOOD);
    expect(r.remaining.map((f) => [f.rule, f.fixable])).toEqual([['mojibake', true]]);
  });
});

describe('which repair goes first', () => {
  test('chat around the document goes before anything else; the title and headings are fixed after', async () => {
    const text = `Here is the doc:
# Design

## 1. Context

Quotes.

## 2. Storage
- **Database**: P
- **Backups**: n

## Operations

On call.
`;
    const r = await fix(text);
    expect(r.text).toBe(text.replace('Here is the doc:\n', '').replace('## Operations', '## 3. Operations'));
    expect(rules(r.applied)).toEqual(['chat-residue', 'heading-mismatch']);
  });

  test('chat is removed in a round of its own; the sections are put in order, then the title goes in', async () => {
    const four = parseTemplate('# Design\n\n## 1. Context\n...\n\n## 2. Storage\n...\n\n## 3. Operations\n...\n', 't');
    const text = 'Here is the doc:\n\n## 2. Storage\n\nPG.\n\n## 1. Context\n\nQuotes.\n\n## 3. Operations\n\nOn call.\n';
    const r = await fixText(text, 'design.md', { template: four });
    expect(r.text).toBe('# Design\n\n## 1. Context\n\nQuotes.\n\n## 2. Storage\n\nPG.\n\n## 3. Operations\n\nOn call.\n');
    expect(rules(r.applied)).toEqual(['chat-residue', 'section-order', 'section-missing']);
  });

  test('mis-decoded text in a heading is repaired before the heading is matched to the template', async () => {
    const text = '# Design\n\n## 1. Contextâ€™s\n\nQuotes.\n\n## 2. Storage\n- **Database**: P\n- **Backups**: n\n\n## 3. Operations\n\nOn call.\n';
    const r = await fix(text);
    expect(r.text.startsWith('# Design\n\n## 1. Context’s\n\nQuotes.\n\n## 1. Context\n\n...\n\n## 2. Storage\n')).toBe(true);
    expect(rules(r.applied)).toEqual(['mojibake', 'section-missing']);
  });
});

describe('active content', () => {
  test('a repair never makes a script live: chat that would take a comment opener with it stays', async () => {
    const text = 'Here is the doc:\n<!--\n# Design\n<script>alert(1)</script>\n-->\n\n## 1. Context\n\nQuotesâ€™ carts.\n';
    const r = await fixText(text, 'design.md', { template: parseTemplate('# Design\n\n## 1. Context\n...\n', 't') });
    // The chat stays (inside the document now that the title is put first); the other repairs go ahead.
    expect(r.text).toBe(`# Design\n\n${text.replace('â€™', '’')}`);
    expect(rules(r.applied)).toEqual(['mojibake', 'section-missing']);
  });
});
