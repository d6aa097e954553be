/**
 * Has the document fallen behind its requirements? Three ways to know, best first:
 * the stamp's hashes; in a pull request, requirements changed but not the document; git history order.
 * When none can decide, the answer is "could not tell", with the reason, never "no drift".
 */
import type { Finding } from '../core/findings.js';
import type { HistoryEvidence } from './history.js';
import { contentHash, readStamp, type SourceFile } from './stamp.js';

type DriftBasis = 'stamp' | 'pull-request' | 'history' | 'none';
type DriftState = 'drifted' | 'in-sync' | 'unknown';

export interface DriftResult {
  state: DriftState;
  /** `state === 'drifted'`. */
  drift: boolean;
  basis: DriftBasis;
  /** Requirements files that changed (or appeared, or vanished) since the document was written. */
  changed: string[];
  /** One sentence for people; for `unknown`, why it could not be told and how to fix that. */
  reason: string;
  /** Line to point a finding at (the stamp, or 1). */
  line: number;
}

export interface DriftInput {
  docText: string;
  requirements: SourceFile[];
  /** The globs that named `requirements`: when given and nothing matched, drift cannot be checked. */
  requirementGlobs?: string[];
  /** In a pull request: which of the files changed. */
  pullRequest?: { docChanged: boolean; requirementsChanged: string[] };
  /** Git history's answer, asked only when no stamp decides (it runs git). */
  history?: () => HistoryEvidence;
}

const result = (state: DriftState, basis: DriftBasis, reason: string, changed: string[] = [], line = 1): DriftResult => ({
  state,
  drift: state === 'drifted',
  basis,
  changed,
  reason,
  line,
});

export function checkDrift(input: DriftInput): DriftResult {
  if (input.requirementGlobs && input.requirements.length === 0) {
    return result(
      'unknown',
      'none',
      `no requirements files match ${list(input.requirementGlobs)}; set \`requirements\` to the files the document is written from`,
    );
  }
  const found = readStamp(input.docText);
  if (found) {
    const recorded = found.stamp.requirements;
    const now = new Map(input.requirements.map((f) => [f.path, contentHash(f.text)]));
    const changed = [...[...now].filter(([p, h]) => recorded[p] !== h).map(([p]) => p), ...Object.keys(recorded).filter((p) => !now.has(p))].sort();
    return changed.length
      ? result(
          'drifted',
          'stamp',
          `${list(changed)} changed since the document was generated${found.stamp.generated ? ` (${found.stamp.generated})` : ''}`,
          changed,
          found.line,
        )
      : result('in-sync', 'stamp', 'the requirements match the stamp', [], found.line);
  }
  if (input.pullRequest) {
    const { docChanged, requirementsChanged } = input.pullRequest;
    if (requirementsChanged.length && !docChanged) {
      return result(
        'drifted',
        'pull-request',
        `this pull request changes ${list(requirementsChanged)} but not the architecture document`,
        [...requirementsChanged].sort(),
      );
    }
    return result(
      'in-sync',
      'pull-request',
      docChanged ? 'the document is updated in this pull request' : 'the requirements are unchanged in this pull request',
    );
  }
  if (input.history) {
    const h = input.history();
    return result(h.state, 'history', h.reason, h.state === 'drifted' ? h.changed : []);
  }
  return result('unknown', 'none', 'the document has no stamp and there is no history to compare against');
}

function list(paths: string[]): string {
  return paths.map((p) => `\`${p}\``).join(', ');
}

export function driftFinding(result: DriftResult): Finding | undefined {
  if (!result.drift) return undefined;
  return {
    rule: 'requirements-drift',
    severity: 'error',
    message: `Requirements drift: ${result.reason}. Update the document (archdoc regenerate) so it reflects them.`,
    line: result.line,
    column: 1,
    fixable: false,
  };
}

/** For reports that have no neutral verdict (`archdoc lint`): "could not tell" as a warning, never as silence that reads as sync. */
export function driftUnknownFinding(result: DriftResult): Finding | undefined {
  if (result.state !== 'unknown') return undefined;
  return {
    rule: 'requirements-drift',
    severity: 'warning',
    message: `Drift could not be checked: ${result.reason}.`,
    line: result.line,
    column: 1,
    fixable: false,
  };
}
