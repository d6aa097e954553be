/** Where a target's paths came from, so the path guard's refusals can say which setting to change. */
import type { DocumentTarget } from '../config/resolve.js';
import { COMMAND_LINE, type PathOrigin } from '../sources/path-guard.js';

export interface TargetOrigins {
  doc: PathOrigin;
  template: PathOrigin;
  requirements: PathOrigin;
}

export function targetOrigins(target: DocumentTarget): TargetOrigins {
  const from = target.from ?? { doc: COMMAND_LINE, template: COMMAND_LINE, requirements: COMMAND_LINE };
  return {
    doc: { setting: 'document', source: from.doc },
    template: { setting: 'template', source: from.template },
    requirements: { setting: 'requirements', source: from.requirements },
  };
}
