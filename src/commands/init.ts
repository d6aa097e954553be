/** `archdoc init`: a workflow, a config and (if absent) a skeleton document to start from. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DOC } from '../config/resolve.js';
import { builtinTemplate } from '../template/load.js';
import { sectionSkeleton } from '../lint/edits.js';
import type { TemplateModel } from '../template/model.js';
import { inCwd } from './lint.js';
import type { CommandIO } from './io.js';

export const WORKFLOW = `name: archdoc
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]
permissions:
  contents: read
  pull-requests: write
jobs:
  archdoc:
    runs-on: ubuntu-latest
    steps:
      - uses: archdoc/archdoc@v0
        with:
          mode: validate
`;

export const CONFIG = `# archdoc configuration: https://github.com/archdoc/archdoc#configuration
template: architecture
doc: ${DEFAULT_DOC}
requirements:
  - docs/01_requirements.md
rules: {}
  # diagram-title: warning
`;

export function runInit(io: CommandIO, opts: { force?: boolean }): number {
  const files: [string, string, boolean][] = [
    ['.github/workflows/archdoc.yml', WORKFLOW, !!opts.force],
    ['.github/archdoc.yml', CONFIG, !!opts.force],
    // The document is the author's: never overwritten, not even with --force.
    [DEFAULT_DOC, skeletonDocument(builtinTemplate('architecture')!), false],
  ];
  for (const [path, text, overwrite] of files) {
    const full = inCwd(io, path);
    if (existsSync(full) && !overwrite) {
      io.out(`kept    ${path} (exists${path === DEFAULT_DOC ? '' : '; --force overwrites it'})\n`);
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    io.out(`wrote   ${path}\n`);
  }
  io.out('next: fill in the document, then run `archdoc lint`\n');
  return 0;
}

/** The template as a starting document: the same section skeletons `archdoc fix` inserts. */
function skeletonDocument(template: TemplateModel): string {
  return template.sections.map(sectionSkeleton).join('\n\n') + '\n';
}
