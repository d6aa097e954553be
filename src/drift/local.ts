/** Drift of a document in a local checkout (the CLI, the Action's workspace): its requirements on disk and git history. */
import { gitHistory } from '../sources/git.js';
import { historyDrift } from './history.js';
import type { DriftInput } from './drift.js';
import type { SourceFile } from './stamp.js';

interface LocalTarget {
  doc: string;
  requirements: string[];
}

/** The facts `checkDrift` decides on besides the texts; `requirements` were read through the path guard by the caller. */
export function localDriftFacts(cwd: string, target: LocalTarget, requirements: SourceFile[]): Pick<DriftInput, 'requirementGlobs' | 'history'> {
  return {
    requirementGlobs: target.requirements,
    history: () =>
      historyDrift(
        gitHistory(cwd),
        target.doc,
        requirements.map((r) => r.path),
      ),
  };
}
