import { renderPretty } from '../../src/report/pretty.js';
import { finding, reportOf } from './fixtures.js';

const ESC = '\u001b';

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const report = reportOf({
  'docs/02_architecture.md': [
    finding({ line: 3 }),
    finding({ rule: 'placeholder', severity: 'warning', message: 'Replace `[TBD]`\nwith the real value.', line: 120, column: 14, fixable: false }),
  ],
  'docs/clean.md': [],
  'docs/03_security.md': [finding({ rule: 'diagram-type', message: 'Expected C4Context, found graph TB.', line: 9, column: 1, fixable: false })],
});

describe('pretty output', () => {
  it('prints aligned file:line:col, severity, rule and message lines grouped per file, then a summary', () => {
    expect(renderPretty(report, { color: false })).toBe(
      [
        'docs/02_architecture.md:3:1     error    section-missing  Section "## 3. Data Model" is missing.',
        'docs/02_architecture.md:120:14  warning  placeholder      Replace `[TBD]`',
        '                                                          with the real value.',
        '',
        'docs/03_security.md:9:1         error    diagram-type     Expected C4Context, found graph TB.',
        '',
        '✖ 2 errors, 1 warning (1 fixable with `archdoc fix`)',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked, and the colour does not change the layout', () => {
    const plain = renderPretty(report, { color: false });
    const coloured = renderPretty(report, { color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}[31merror`);
    expect(coloured).toContain(`${ESC}[33mwarning`);
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('says "no problems" when there are none', () => {
    expect(renderPretty(reportOf({ 'docs/02_architecture.md': [] }), { color: false })).toBe('✔ no problems\n');
    expect(renderPretty(reportOf({ 'a.md': [] }), { color: true })).toBe(`${ESC}[32m✔ no problems${ESC}[39m\n`);
  });

  it('summarises warnings-only runs without calling them errors', () => {
    const text = renderPretty(reportOf({ 'a.md': [finding({ severity: 'warning', fixable: false })] }), { color: false });
    expect(text.trimEnd().split('\n').pop()).toBe('⚠ 0 errors, 1 warning');
  });

  it('never passes control characters from a message to the terminal', () => {
    const text = renderPretty(reportOf({ 'a.md': [finding({ message: `Chat residue: "${ESC}[2J${ESC}]0;pwned\u0007"` })] }), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    expect(text).toContain('\\x1b[2J');
  });

  it('shows OSC-8 hyperlinks and bidi overrides from a document instead of obeying them', () => {
    const link = `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`;
    const text = renderPretty(reportOf({ 'a\u202e.md': [finding({ message: `Chat residue: "${link}" \u2066x\u2069\u009b31m` })] }), { color: false });

    expect(text).not.toMatch(/[\u001b\u009b\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\x1b]8;;https://evil.example\\x1b\\click');
    expect(text).toContain('a\\u202e.md');
    expect(text).toContain('\\x9b31m');
  });
});
