/** Human output for a terminal: one aligned line per finding, grouped by file, then a summary line. */
import type { Finding, LintReport } from '../core/findings.js';
import { showControls } from '../core/log-line.js';
import { countFindings, plural } from './text.js';

export interface PrettyOptions {
  /** ANSI colour; the CLI decides from isTTY / NO_COLOR / FORCE_COLOR. */
  color: boolean;
}

type Style = (s: string) => string;
const plain: Style = (s) => s;
const ansi =
  (open: number, close: number): Style =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export function renderPretty(report: LintReport, options: PrettyOptions): string {
  const c = options.color;
  const red = c ? ansi(31, 39) : plain;
  const yellow = c ? ansi(33, 39) : plain;
  const green = c ? ansi(32, 39) : plain;
  const dim = c ? ansi(2, 22) : plain;
  const bold = c ? ansi(1, 22) : plain;
  const underline = c ? ansi(4, 24) : plain;

  const rows: { loc: string; severity: Finding['severity']; rule: string; message: string }[][] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    rows.push(
      file.findings.map((f) => ({
        loc: `${clean(file.path)}:${f.line}:${f.column}`,
        severity: f.severity,
        rule: clean(f.rule),
        message: f.message,
      })),
    );
  }
  const all = rows.flat();
  // Widths are measured on the uncoloured text so escape codes never break the alignment.
  const locWidth = Math.max(0, ...all.map((r) => r.loc.length));
  const sevWidth = all.some((r) => r.severity === 'warning') ? 'warning'.length : 'error'.length;
  const ruleWidth = Math.max(0, ...all.map((r) => r.rule.length));
  const messageIndent = ' '.repeat(locWidth + sevWidth + ruleWidth + 6);

  const out: string[] = [];
  for (const group of rows) {
    for (const r of group) {
      const sev = (r.severity === 'error' ? red : yellow)(r.severity.padEnd(sevWidth));
      const message = clean(r.message).split('\n').join(`\n${messageIndent}`);
      out.push(`${underline(r.loc)}${' '.repeat(locWidth - r.loc.length)}  ${sev}  ${dim(r.rule.padEnd(ruleWidth))}  ${message}`);
    }
    out.push('');
  }

  const { errors, warnings, fixable } = countFindings(report.files.flatMap((x) => x.findings));
  if (errors + warnings === 0) {
    out.push(green('✔ no problems'));
  } else {
    const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    const fix = fixable ? dim(` (${fixable} fixable with \`archdoc fix\`)`) : '';
    out.push(errors ? bold(red(`✖ ${counts}`)) + fix : bold(yellow(`⚠ ${counts}`)) + fix);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Messages quote the document, which may hold escape sequences (CSI, OSC-8 links), other control
 * characters or bidi overrides; printed raw they would restyle, rewrite or disguise the user's terminal.
 * Newlines survive (as line breaks).
 */
function clean(text: string): string {
  return showControls(text.replace(/\r\n?/g, '\n'));
}
