/** Drift of a document in a local checkout (the CLI, the Action's workspace): its requirements on disk and git history. */
import { readRequirements } from '../sources/requirements.js';
import { gitHistory } from '../sources/git.js';
import { historyDrift } from './history.js';
import type { DriftInput } from './drift.js';

interface LocalTarget {
  doc: string;
  requirements: string[];
}

/**
 * The facts `checkDrift` decides on. `strict`: a literal requirements path that does not exist is an
 * error (the user named it) rather than nothing matched.
 */
export function localDriftInput(root: string, target: LocalTarget, docText: string, strict = false): DriftInput {
  const requirements = readRequirements(root, target.requirements, strict);
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
