/**
 * `archdoc init`: the three workflows (pull-request check, comment commands, weekly audit), a config with
 * the defaults spelled out, and (if absent) a skeleton document to start from.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fix/write-file.js';
import { openRepository, repositoryRoot } from '../sources/repository.js';
import { DEFAULT_CONFIG, DEFAULT_DOC, DEFAULT_REQUIREMENTS, DEFAULT_TEMPLATE } from '../config/defaults.js';
import { builtinTemplate } from '../template/load.js';
import { sectionSkeleton } from '../lint/edits.js';
import type { TemplateModel } from '../template/model.js';
import { ACTION_REF, HOMEPAGE, SCHEMA_URL } from '../version.js';
import type { CommandIO } from './io.js';

const USES = `# ${ACTION_REF}: the Action's repository and its major tag, which moves to every 1.x release.`;

/** Each workflow holds only the permissions its event needs, and checks out only where history matters. */
export const WORKFLOWS: { path: string; text: string }[] = [
  {
    path: '.github/workflows/archdoc.yml',
    text: `# Checks the architecture document on every pull request: one sticky comment, annotations, job summary.
# No checkout: archdoc reads the pull request's files through the API. Fork pull requests get a read-only
# token; archdoc then reports through annotations and the job summary only.
name: archdoc
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
      ${USES}
      - uses: ${ACTION_REF}
`,
  },
  {
    path: '.github/workflows/archdoc-commands.yml',
    text: `# Comment commands on pull requests: /archdoc fix, /archdoc regenerate, /archdoc validate, /archdoc help.
# Only people with write access may run them (archdoc asks the permissions API). This workflow runs the
# default branch's copy of itself and never checks out the pull request's head: the pull request's files are
# read through the API as data, never run next to the write token or a secret.
name: archdoc commands
on:
  issue_comment:
    types: [created]
permissions:
  contents: write
  pull-requests: write
  issues: write
concurrency:
  group: archdoc-commands-\${{ github.event.issue.number }}
  cancel-in-progress: false
jobs:
  archdoc:
    # A cheap first filter (change it with the config's command); archdoc itself reads the command from the
    # comment's first line and asks GitHub whether the commenter may run it.
    if: github.event.comment.user.type != 'Bot' && contains(github.event.comment.body, '/archdoc')
    runs-on: ubuntu-latest
    steps:
      ${USES}
      - uses: ${ACTION_REF}
        with:
          # /archdoc fix and /archdoc regenerate commit the document to the pull request branch.
          push: true
          # /archdoc regenerate needs an LLM: uncomment and add the secret.
          # llm-provider: openai
          # llm-model: gpt-4o-mini
          # llm-api-key: \${{ secrets.OPENAI_API_KEY }}
`,
  },
  {
    path: '.github/workflows/archdoc-audit.yml',
    text: `# Weekly drift audit of the default branch: opens one issue labelled archdoc-drift when the document is
# wrong or the requirements moved on, keeps it current, and closes it once all is well.
name: archdoc audit
on:
  schedule:
    - cron: '23 6 * * 1'
  workflow_dispatch:
permissions:
  contents: read
  issues: write
jobs:
  archdoc:
    runs-on: ubuntu-latest
    steps:
      # Drift without a stamp is decided by git history: the whole of it.
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      ${USES}
      # The issue's label is the config's drift-label. To get a pull request with the regenerated document
      # instead, add with: mode: regenerate, push: true and the llm-* inputs, and contents: write and
      # pull-requests: write above.
      - uses: ${ACTION_REF}
`,
  },
];

/** The config file: every setting at its default, so the file documents itself; a commented example below. */
export const CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
# archdoc configuration: ${HOMEPAGE}#configuration
# A workflow's inputs win over these settings (the workflows archdoc init writes set only push, for the
# comment commands). A pull request's copy of this file may change only what is checked (doc, template,
# requirements, documents, rules, fail-on); everything else is read from the default branch.

# What is checked.
template: ${DEFAULT_TEMPLATE} # built-in (architecture, requirements, security) or a path to a Markdown skeleton
doc: ${DEFAULT_DOC}
requirements:
${DEFAULT_REQUIREMENTS.map((r) => `  - ${r}`).join('\n')}
fail-on: error # error | warning | never: which findings fail the check

# What archdoc may do (default branch only).
mode: validate # validate | fix | regenerate: what to propose on a pull request
comment: true # one sticky comment per pull request
push: false # commit the proposed document to the pull request branch (archdoc-commands.yml sets it for /archdoc fix)
dry-run: false # true: write nothing at all to GitHub
max-attempts: 3 # LLM rounds before giving up (1 to 10)
command: /archdoc # prefix of comment commands
drift-label: archdoc-drift # label of the issue the audit keeps current
# llm-provider: openai # openai (any OpenAI-compatible endpoint) or anthropic; the key is an input from a secret

# Example: uncomment to change rule severities or to check several documents.
# rules: # off | warning | error; \`archdoc rules\` lists them
#   diagram-title: warning
#   endpoint-duplicate: off
# documents: # each is checked with the settings above, unless it sets its own
#   - doc: ${DEFAULT_DOC}
#   - doc: services/billing/${DEFAULT_DOC}
#     requirements: services/billing/${DEFAULT_REQUIREMENTS[0]}
#     rules:
#       section-empty: warning
`;

export function runInit(io: CommandIO, opts: { force?: boolean }): number {
  // From anywhere in the repository, the files go to its root.
  const root = repositoryRoot(io.cwd);
  const repo = openRepository(root, root);
  const files: [string, string, string, boolean][] = [
    ...WORKFLOWS.map(({ path, text }): [string, string, string, boolean] => ['workflow', path, text, !!opts.force]),
    ['config', DEFAULT_CONFIG, CONFIG, !!opts.force],
    // The document is the author's: never overwritten, not even with --force.
    ['document', DEFAULT_DOC, skeletonDocument(builtinTemplate(DEFAULT_TEMPLATE)!), false],
  ];
  // Its own fixed paths, but in a clone whose .github or docs may be a symlink: all checked before any is written.
  const targets = files.map(([setting, path, text, overwrite]) => ({ path, text, overwrite, full: repo.path(path, { setting, source: 'written by init' }) }));
  let kept = 0;
  for (const { path, text, overwrite, full } of targets) {
    if (existsSync(full) && !overwrite) {
      if (path !== DEFAULT_DOC) kept++;
      io.out(`kept    ${path} (exists${path === DEFAULT_DOC ? '' : '; --force overwrites it'})\n`);
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileAtomic(full, text);
    io.out(`wrote   ${path}\n`);
  }
  io.out(
    `next: fill in ${DEFAULT_DOC} and run \`archdoc lint\`; commit the files, and the workflows check every pull request.\n` +
      `      The workflows use ${ACTION_REF}; see ${HOMEPAGE}#install${kept ? '\n      Run `archdoc init --force` to replace the kept files with the current ones.' : ''}\n`,
  );
  return 0;
}

/** The template as a starting document: the same section skeletons `archdoc fix` inserts. */
function skeletonDocument(template: TemplateModel): string {
  return template.sections.map(sectionSkeleton).join('\n\n') + '\n';
}
