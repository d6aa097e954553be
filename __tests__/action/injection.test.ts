/**
 * A pull request is hostile (SPEC §6): its config cannot forge workflow commands in the runner's log, its
 * document cannot render live HTML, images or mentions in the comment and the summary, and an LLM reply
 * that echoes the key (raw or encoded) is never proposed, pushed, logged or posted. End to end through
 * dist/index.js against the fake GitHub and a fake LLM.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startFakeLlm, type FakeLlm } from '../../test-support/fake-llm/server.js';
import { secretForms } from '../../src/core/redact.js';
import { liveContent } from '../report/live-markdown.js';
import { DOC, REQS, REQUIREMENTS, VALID_DOC, scenarioPerTest, type Scenario } from './scenario.js';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

const unescapeData = (v: string): string => v.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** Lines the runner would read as workflow commands: `::name` after leading whitespace, `##[name]` anywhere. */
function commands(stdout: string, name: string): string[] {
  // A line that parses as a `::` command is not read again as a legacy one.
  return stdout.split(/\r\n|\r|\n/).filter((l) => (l.trimStart().startsWith('::') ? l.trimStart().startsWith(`::${name}`) : l.includes(`##[${name}`)));
}

describe('workflow-command injection through the config', () => {
  it('a doc value with a newline and ::warning / ::add-mask:: / ##[ forges nothing in the log', async () => {
    const forged = 'docs/x.md\n::warning file=x::forged\n  ::add-mask::acme\r::error::forged too\n##[add-mask]shop';
    const config = `doc: ${JSON.stringify(forged)}\n`;
    const pr = s.openPr({ '.github/archdoc.yml': config });
    const run = await s.run(pr);

    const token = s.gh.token;
    const ours = new Set(secretForms(token));
    const masks = commands(run.stdout, 'add-mask').map((l) => unescapeData(l.trimStart().replace(/^::add-mask::/, '')));
    expect(masks.filter((m) => !ours.has(m))).toEqual([]);
    expect(commands(run.stdout, 'warning').filter((l) => !l.startsWith('::warning file='))).toEqual([]);
    // archdoc's own annotations carry the path escaped in their properties (by @actions/core), never a forged file.
    for (const a of run.annotations) expect(a.file === 'x' || a.message === 'forged').toBe(false);
    expect(run.failures.join('\n')).not.toMatch(/^forged too$/m);
    expect(commands(run.stdout, 'error').filter((l) => !l.startsWith('::error::') && !l.startsWith('::error file='))).toEqual([]);
    // The path guard refuses the value, quoting it on one line.
    expect(run.stdout).toMatch(/^::error::doc "docs\/x\.md\\n::warning file=x::forged.*contains a control character/m);
  });
});

describe('an LLM reply that echoes the key', () => {
  let llm: FakeLlm;
  beforeEach(async () => {
    llm = await startFakeLlm();
  });
  afterEach(async () => {
    await llm.close();
  });

  const KEY = 'sk-archdoc-secret-0123456789abcdef';
  const b64 = Buffer.from(KEY).toString('base64');
  it.each([
    ['base64', b64],
    ['base64 inside a longer base64 string', Buffer.from(`token=${KEY};`).toString('base64')],
    ['URL-encoded', encodeURIComponent(KEY).replace(/-/g, '%2D')],
    ['raw', KEY],
  ])('%s: nothing proposed or pushed, and no form of the key in the log, the comment or the summary', async (_name, echo) => {
    const reply = VALID_DOC.replace('- **Auth**: OIDC access tokens', `- **Auth**: bearer ${echo} (OIDC access tokens`).replace(
      'company identity provider\n',
      'company identity provider)\n',
    );
    llm.reply({ text: reply }, { text: reply }, { text: reply });
    const pr = s.openPr({ [REQS]: `${REQUIREMENTS}- **Audit**: keep every change.\n` });
    const run = await s.run(pr, { mode: 'regenerate', 'llm-base-url': llm.openaiBaseUrl, 'llm-model': 'test-model', 'llm-api-key': KEY, push: 'true' });

    expect(llm.requests.length).toBeGreaterThanOrEqual(1);
    expect(run.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
    expect(s.gh.fileAt('acme', 'shop', 'feature', DOC)).toBe(VALID_DOC);
    const [comment] = s.comments(pr);
    expect(comment.body).toMatch(/regenerat\w* failed/i);
    expect(comment.body).toMatch(/contains the LLM API key/);

    const forms = secretForms(KEY);
    const leaks = (text: string): string[] => [...forms, echo].filter((f) => text.includes(f));
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(leaks(log)).toEqual([]);
    expect(leaks(run.stderr)).toEqual([]);
    expect(leaks(run.summary)).toEqual([]);
    const bodies = s.gh.requests.map((r) => JSON.stringify(r.body ?? ''));
    expect(bodies.flatMap(leaks)).toEqual([]);
    // The encoded forms are handed to the runner to mask as well.
    expect(run.stdout).toContain(`::add-mask::${b64}`);
  });
});

describe('a hostile document in the comment and the summary', () => {
  it('renders no live HTML, image, link or mention from the document', async () => {
    const hostile = 'Here is ``<img src=x onerror=alert(1)> @octocat ![x](http://evil.example/x.png) <script>alert(2)</script> #1 `odd';
    const pr = s.openPr({ [DOC]: `${hostile}\n\n${VALID_DOC}` });
    const run = await s.run(pr, { mode: 'fix' });
    const [comment] = s.comments(pr);
    expect(comment.body).toContain('Chat preamble');
    const own = (href: string): boolean => href.startsWith('https://github.com/') && !href.includes('evil');
    expect(liveContent(comment.body, own)).toEqual([]);
    expect(run.summary).toContain('Chat preamble');
    expect(liveContent(run.summary, own)).toEqual([]);
  });
});
