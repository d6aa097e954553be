/** What one repository's audit did (audit.json, next to the Action's report.json): the organisation report merges these. */
export interface DocumentAudit {
  path: string;
  errors: number;
  warnings: number;
  drift: 'drifted' | 'in-sync' | 'unknown';
  needsAttention: boolean;
  issue?: { number: number; url: string; action: 'created' | 'updated' | 'reopened' | 'unchanged' | 'closed' | 'none' };
  pullRequest?: string;
}

export interface AuditReport {
  repository: string;
  sha: string;
  documents: DocumentAudit[];
  /** Requests that wrote something (issue, comment, label, branch, commit, pull request). */
  writes: number;
}
