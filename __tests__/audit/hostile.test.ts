/**
 * A hostile repository: a document path and document text with HTML, @mentions, issue references and
 * workflow commands. None of it renders live in the audit issue, and none reaches the log raw.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ActionRunResult } from '../../test-support/action-run.js';
import { parseCommands } from '../../test-support/action-run.js';
import { liveContent } from '../report/live-markdown.js';
import { REQUIREMENTS, startAudit, VALID_DOC, type AuditWorld } from './world.js';

const DOC = 'docs/@octocat <img src=x onerror=alert(1)> #1.md';
const HOSTILE_DOC = VALID_DOC.replace('## 3. Data Model', '## 3. Data <script>alert(1)</script> @octocat #2\n::error::pwned\n%0A::warning::injected').replace(
  '- **Auth**: OIDC',
  '- **Auth**: <img src=x onerror=alert(2)> @admins OIDC',
);

let w: AuditWorld;
let run: ActionRunResult;

beforeAll(async () => {
  w = await startAudit({ '.github/archdoc.yml': `doc: "${DOC}"\n`, [DOC]: HOSTILE_DOC, 'docs/01_requirements.md': REQUIREMENTS });
  w.checkout.commit({ 'docs/01_requirements.md': `${REQUIREMENTS}- ::error::from requirements\n` }, 'req', w.tick());
  run = await w.audit();
}, 60_000);

afterAll(async () => {
  await w.close();
});

it('opens the issue, with every piece of repository text inert', () => {
  const [issue] = w.ownIssues();
  expect(issue).toBeDefined();
  const own = (href: string) => href.startsWith('https://github.com/acme/shop/') || href.startsWith('https://github.com/archdoc/archdoc/');
  expect(liveContent(issue.title, own)).toEqual([]);
  expect(liveContent(issue.body, own)).toEqual([]);
  // The hostile path is shown, as code.
  expect(issue.body).toContain(`checked \`${DOC}\``);
  // The marker cannot be closed early by the path.
  expect(issue.body.split('\n')[0]).toBe(`<!-- archdoc:audit ${encodeURIComponent(DOC)} -->`);
});

it('no workflow command reaches the log from the repository', () => {
  const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
  expect(commands.filter((l) => /pwned|injected|from requirements/.test(l) && !/^::(?:error|warning) [^:]*file=/.test(l))).toEqual([]);
  expect(parseCommands(run.stdout).failures.join('\n')).not.toMatch(/^pwned/m);
  expect(run.stdout).not.toMatch(/^::warning::injected/m);
});
