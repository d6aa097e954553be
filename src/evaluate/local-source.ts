/**
 * A document's bytes from a local checkout (every `archdoc` command, the Action's workspace events): read
 * through the path guard, with refusals that name the setting a path came from; drift from the files on
 * disk and the order of git history.
 */
import type { DocumentTarget } from '../config/resolve.js';
import { localDriftFacts } from '../drift/local.js';
import { COMMAND_LINE, type PathOrigin } from '../sources/path-guard.js';
import type { Repository } from '../sources/repository.js';
import type { DocumentSource } from './evaluate-document.js';

export interface TargetOrigins {
  doc: PathOrigin;
  template: PathOrigin;
  requirements: PathOrigin;
}

/** Where a target's paths came from, so the path guard's refusals can say which setting to change. */
export function targetOrigins(target: DocumentTarget): TargetOrigins {
  const from = target.from ?? { doc: COMMAND_LINE, template: COMMAND_LINE, requirements: COMMAND_LINE };
  return {
    doc: { setting: 'document', source: from.doc },
    template: { setting: 'template', source: from.template },
    requirements: { setting: 'requirements', source: from.requirements },
  };
}

export interface LocalSourceOptions {
  /** The requirements globs were named by the person (`--requirements`): one matching nothing is an error. */
  requirementsNamed?: boolean;
  /** A document that does not exist yet is no error (regenerate writes the first one). */
  documentMayBeMissing?: boolean;
}

export function localSource(repo: Repository, target: DocumentTarget, options: LocalSourceOptions = {}): DocumentSource {
  const from = targetOrigins(target);
  const absent = options.documentMayBeMissing && !repo.exists(target.doc, from.doc);
  return {
    docText: absent ? undefined : repo.read(target.doc, from.doc, 'document'),
    readText: (p) => repo.read(p, from.template, 'template'),
    requirements: () => repo.requirements(target.requirements, from.requirements, !!options.requirementsNamed),
    driftFacts: (requirements) => localDriftFacts(repo.cwd, target, requirements),
  };
}
