/** `archdoc init`: a workflow, a config and (if absent) a skeleton document to start from. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fix/write-file.js';
import { openRepository } from '../sources/repository.js';
import { DEFAULT_DOC } from '../config/resolve.js';
import { builtinTemplate } from '../template/load.js';
import { sectionSkeleton } from '../lint/edits.js';
import type { TemplateModel } from '../template/model.js';
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
  const repo = openRepository(io.cwd);
  const files: [string, string, string, boolean][] = [
    ['workflow', '.github/workflows/archdoc.yml', WORKFLOW, !!opts.force],
    ['config', '.github/archdoc.yml', CONFIG, !!opts.force],
    // The document is the author's: never overwritten, not even with --force.
    ['document', DEFAULT_DOC, skeletonDocument(builtinTemplate('architecture')!), false],
  ];
  // Its own fixed paths, but in a clone whose .github or docs may be a symlink: all checked before any is written.
  const targets = files.map(([setting, path, text, overwrite]) => ({ path, text, overwrite, full: repo.path(path, { setting, source: 'written by init' }) }));
  for (const { path, text, overwrite, full } of targets) {
    if (existsSync(full) && !overwrite) {
      io.out(`kept    ${path} (exists${path === DEFAULT_DOC ? '' : '; --force overwrites it'})\n`);
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileAtomic(full, text);
    io.out(`wrote   ${path}\n`);
  }
  io.out('next: fill in the document, then run `archdoc lint`\n');
  return 0;
}

/** The template as a starting document: the same section skeletons `archdoc fix` inserts. */
function skeletonDocument(template: TemplateModel): string {
  return template.sections.map(sectionSkeleton).join('\n\n') + '\n';
}
