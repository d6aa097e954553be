/** Drift of a document in a local checkout (the CLI, the Action's workspace): its requirements on disk and git history. */
import { gitHistory } from '../sources/git.js';
import { historyDrift } from './history.js';
import type { DriftInput } from './drift.js';
import type { SourceFile } from './stamp.js';

interface LocalTarget {
  doc: string;
  requirements: string[];
}

/** The facts `checkDrift` decides on; `requirements` were read through the path guard by the caller. */
export function localDriftInput(root: string, target: LocalTarget, docText: string, requirements: SourceFile[]): DriftInput {
  return {
    docText,
    requirements,
    requirementGlobs: target.requirements,
    history: () =>
      historyDrift(
        gitHistory(root),
        target.doc,
        requirements.map((r) => r.path),
      ),
  };
}
