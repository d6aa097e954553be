/**
 * Has the document fallen behind its requirements? Three ways to know, best first:
 * the stamp's hashes; in a pull request, requirements changed but not the document; git history.
 */
import type { Finding } from '../core/findings.js';
import { contentHash, readStamp, type SourceFile } from './stamp.js';

export type DriftBasis = 'stamp' | 'pull-request' | 'history' | 'none';

export interface DriftResult {
  drift: boolean;
  basis: DriftBasis;
  /** Requirements files that changed (or appeared, or vanished) since the document was written. */
  changed: string[];
  /** One sentence for people. */
  reason: string;
  /** Line to point a finding at (the stamp, or 1). */
  line: number;
}

export interface DriftInput {
  docText: string;
  requirements: SourceFile[];
  /** In a pull request: which of the files changed. */
  pullRequest?: { docChanged: boolean; requirementsChanged: string[] };
  /** From git: commit times (seconds) of the document's and each requirement's last change. */
  history?: { docTime?: number; requirementTimes: Record<string, number | undefined> };
}

export function checkDrift(input: DriftInput): DriftResult {
  const found = readStamp(input.docText);
  if (found) {
    const recorded = found.stamp.requirements;
    const now = new Map(input.requirements.map((f) => [f.path, contentHash(f.text)]));
    const changed = [
      ...[...now].filter(([p, h]) => recorded[p] !== h).map(([p]) => p),
      ...Object.keys(recorded).filter((p) => !now.has(p)),
    ].sort();
    return changed.length
      ? {
          drift: true,
          basis: 'stamp',
          changed,
          line: found.line,
          reason: `${list(changed)} changed since the document was generated${found.stamp.generated ? ` (${found.stamp.generated})` : ''}`,
        }
      : { drift: false, basis: 'stamp', changed, line: found.line, reason: 'the requirements match the stamp' };
  }
  if (input.pullRequest) {
    const { docChanged, requirementsChanged } = input.pullRequest;
    if (requirementsChanged.length && !docChanged) {
      return {
        drift: true,
        basis: 'pull-request',
        changed: [...requirementsChanged].sort(),
        line: 1,
        reason: `this pull request changes ${list(requirementsChanged)} but not the architecture document`,
      };
    }
    return { drift: false, basis: 'pull-request', changed: [], line: 1, reason: docChanged ? 'the document is updated in this pull request' : 'the requirements are unchanged in this pull request' };
  }
  if (input.history?.docTime !== undefined) {
    const docTime = input.history.docTime;
    const changed = Object.entries(input.history.requirementTimes)
      .filter(([, t]) => t !== undefined && t > docTime)
      .map(([p]) => p)
      .sort();
    return changed.length
      ? { drift: true, basis: 'history', changed, line: 1, reason: `${list(changed)} changed after the document's last commit` }
      : { drift: false, basis: 'history', changed, line: 1, reason: "the requirements' last changes are older than the document's" };
  }
  return { drift: false, basis: 'none', changed: [], line: 1, reason: 'no stamp and no history to compare against' };
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
