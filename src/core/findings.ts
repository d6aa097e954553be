/** The vocabulary every stage shares: a finding is what a rule reports about one place in a document. */

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based line of the start of the offending text. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Inclusive last line the finding covers (defaults to `line`); the fixer may touch only these lines. */
  endLine?: number;
  fixable: boolean;
  /** Internal: the edits that repair this finding (offsets into the source). Never serialised. */
  fix?: TextEdit[];
}

/** Replace source[start, end) with text. Edits of one finding apply together or not at all. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One template section and the document heading it was read as (SPEC §5 `outline`). */
export interface OutlineEntry {
  /** The template's heading line, e.g. `## 3. Data Model`. */
  section: string;
  level: number;
  /** 1-based line of the matched heading; null when the section is absent. */
  line: number | null;
  /** The matched heading as written; null when absent. */
  heading: string | null;
  /** Why the heading was taken for the section: `text`, `words`, `diagram`, `fields`, `endpoints`, `level`, `number`, `order`, `title`. */
  matchedBy: string[];
}

export interface FileReport {
  path: string;
  findings: Finding[];
  /** How the document's headings map onto the template, when the document was matched. */
  outline?: OutlineEntry[];
}

export interface LintReport {
  files: FileReport[];
  errors: number;
  warnings: number;
}

export function summarize(files: FileReport[]): LintReport {
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    for (const x of f.findings) {
      if (x.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files, errors, warnings };
}

export function compareFindings(a: Finding, b: Finding): number {
  // Ties keep the rules' own order (template order for section findings): Array#sort is stable.
  return a.line - b.line || a.column - b.column;
}

/** An error the user can act on: bad input, bad config, unreadable file. Exit code 2 in the CLI. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
