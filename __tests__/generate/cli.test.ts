/** `archdoc regenerate` end to end: files on disk, a fake OpenAI server on 127.0.0.1, exit codes and output. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runRegenerate, type RegenerateCliOptions } from '../../src/commands/regenerate.js';
import { readStamp } from '../../src/drift/stamp.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { openAiError } from '../../test-support/fake-llm/server.js';
import { BROKEN_DIAGRAM_DOC, chatWrapped, GOOD_DOC, REQUIREMENTS } from './fixtures.js';
import { recordingIO, workspace, type Workspace } from './workspace.js';

const KEY = 'sk-test-CLI-SECRET-0123456789';
const DOC = 'docs/02_architecture.md';
const OLD_DOC = readFileSync(fileURLToPath(new URL('../../examples/02_architecture.md', import.meta.url)), 'utf8');
const NOW = () => new Date('2026-03-02T08:30:00Z');

const server = useFakeLlm();
let ws: Workspace;
beforeEach(() => {
  ws = workspace({ 'docs/01_requirements.md': REQUIREMENTS, [DOC]: OLD_DOC });
});
afterEach(() => ws.remove());

async function run(extra: Partial<RegenerateCliOptions> = {}, env: NodeJS.ProcessEnv = { OPENAI_API_KEY: KEY }) {
  const io = recordingIO(ws.dir, env);
  const code = await runRegenerate(io, { requirements: [], provider: 'openai', model: 'gpt-4.1-mini', baseUrl: server().openaiBaseUrl, now: NOW, ...extra });
  return { code, out: io.stdout, err: io.stderr };
}

describe('archdoc regenerate', () => {
  test('--write replaces the document with the gated, stamped one; the prompt carried the current document', async () => {
    server().reply({ text: chatWrapped(GOOD_DOC) });
    const r = await run({ write: true });

    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(`archdoc: wrote ${DOC}`);
    const written = ws.read(DOC);
    expect(written.startsWith(GOOD_DOC.trimEnd())).toBe(true);
    expect(readStamp(written)?.stamp.model).toBe('gpt-4.1-mini');
    expect(ws.files('docs')).toEqual(['01_requirements.md', '02_architecture.md']);
    const user = (server().requests[0].body as { messages: { content: string }[] }).messages[1].content;
    expect(user).toContain(`<current_document path="${DOC}">\n# Architecture Design`);
    expect(user).toContain('Get presigned S3 URL');
  });

  test('without --write or --diff it prints the document and writes nothing', async () => {
    server().reply({ text: GOOD_DOC });
    const r = await run();

    expect(r.code).toBe(0);
    expect(r.out.startsWith(GOOD_DOC.trimEnd())).toBe(true);
    expect(ws.read(DOC)).toBe(OLD_DOC);
  });

  test('--diff prints a unified diff against the current document', async () => {
    server().reply({ text: GOOD_DOC });
    const r = await run({ diff: true });

    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^--- a\/docs\/02_architecture\.md\n\+\+\+ b\/docs\/02_architecture\.md\n@@ /m);
    expect(r.out).toContain('-- `POST /v1/files/finalize` - Register uploaded file');
    expect(r.out).toContain('+<!-- archdoc:stamp ');
    expect(ws.read(DOC)).toBe(OLD_DOC);
  });

  test('three failing replies: exit 1, the findings on stderr, the document untouched', async () => {
    server().reply({ text: BROKEN_DIAGRAM_DOC }, { text: BROKEN_DIAGRAM_DOC }, { text: BROKEN_DIAGRAM_DOC });
    const r = await run({ write: true });

    expect(r.code).toBe(1);
    expect(server().requests).toHaveLength(3);
    expect(r.err).toMatch(new RegExp(`${DOC}:\\d+:\\d+ diagram-syntax: mermaid cannot parse`));
    expect(r.err).toMatch(/did not pass the gate after 3 attempts.*nothing was written/);
    expect(ws.read(DOC)).toBe(OLD_DOC);
    expect(ws.files('docs')).toEqual(['01_requirements.md', '02_architecture.md']);
  });

  test('--max-attempts bounds the rounds', async () => {
    server().reply({ text: BROKEN_DIAGRAM_DOC }, { text: GOOD_DOC });
    const r = await run({ write: true, maxAttempts: 1 });

    expect(r.code).toBe(1);
    expect(server().requests).toHaveLength(1);
    expect(r.err).toContain('after 1 attempt:');
  });

  test('a rejected key: exit 2 at once, a message naming the setting, never the key', async () => {
    server().reply(openAiError(401, `Incorrect API key provided: ${KEY}.`, { code: 'invalid_api_key' }));
    const r = await run({ write: true });

    expect(r.code).toBe(2);
    expect(server().requests).toHaveLength(1);
    expect(r.err).toMatch(/the API key was rejected \(401\) by openai at 127\.0\.0\.1:\d+: check llm-api-key \/ OPENAI_API_KEY/);
    expect(r.err + r.out).not.toContain(KEY);
    expect(ws.read(DOC)).toBe(OLD_DOC);
  });

  test('a key the model echoes into the document (raw or base64): refused, nothing written, the key never printed', async () => {
    for (const echo of [KEY, Buffer.from(KEY).toString('base64')]) {
      server().reply({ text: GOOD_DOC.replace('Terraform', `Terraform (token ${echo})`) });
      const r = await run({ write: true });

      expect(r.code).toBe(1);
      expect(r.err).toContain("the LLM's reply contains the LLM API key (raw or encoded), so it was refused");
      expect(r.err + r.out).not.toContain(echo);
      expect(ws.read(DOC)).toBe(OLD_DOC);
    }
  });

  test('no provider configured: exit 2, how to configure one, and archdoc fix as the alternative', async () => {
    const r = await run({ provider: undefined, model: undefined, baseUrl: undefined, write: true }, {});

    expect(r.code).toBe(2);
    expect(server().requests).toHaveLength(0);
    expect(r.err).toMatch(/no LLM provider configured: .*OPENAI_API_KEY/);
    expect(r.err).toContain('`archdoc fix`');
    expect(r.err).toContain('--provider, --model and --base-url');
    expect(ws.read(DOC)).toBe(OLD_DOC);
  });

  test('the same inputs a second time come from the cache folder: no second call, the same output', async () => {
    server().reply({ text: GOOD_DOC });
    const first = await run();
    const second = await run();

    expect(server().requests).toHaveLength(1);
    expect(second.code).toBe(0);
    expect(second.out).toBe(first.out);
    expect(second.err).toContain('reused that result without calling the LLM');
    expect(ws.files('.archdoc-cache')).toEqual(['.gitignore', expect.stringMatching(/^[0-9a-f]{32}\.json$/)]);
  });

  test('--no-cache and --force ask again', async () => {
    server().reply({ text: GOOD_DOC }, { text: GOOD_DOC }, { text: GOOD_DOC });
    await run();
    await run({ cache: false });
    await run({ force: true });

    expect(server().requests).toHaveLength(3);
  });

  test('after --write, the stamp says the document is up to date until the requirements change', async () => {
    server().reply({ text: GOOD_DOC }, { text: GOOD_DOC.replace('Terraform', 'Terraform, Helm') });
    await run({ write: true, cache: false });
    const written = ws.read(DOC);

    const again = await run({ write: true, cache: false });
    expect(again.code).toBe(0);
    expect(server().requests).toHaveLength(1);
    expect(again.err).toContain(`${DOC} is up to date: its stamp records these requirements, this template and gpt-4.1-mini`);
    expect(ws.read(DOC)).toBe(written);

    ws.write('docs/01_requirements.md', `${REQUIREMENTS}\n- FR-16: Administrators can require WebAuthn for every member.\n`);
    const changed = await run({ write: true, cache: false });
    expect(changed.code).toBe(0);
    expect(server().requests).toHaveLength(2);
    expect(ws.read(DOC)).toContain('Terraform, Helm');
  });

  test('a model other than the stamped one regenerates', async () => {
    server().reply({ text: GOOD_DOC }, { text: GOOD_DOC });
    await run({ write: true, cache: false });
    await run({ write: true, cache: false, model: 'gpt-4.1' });

    expect(server().requests).toHaveLength(2);
    expect(readStamp(ws.read(DOC))?.stamp.model).toBe('gpt-4.1');
  });

  test('a document that does not exist yet is written from scratch, its folder created', async () => {
    server().reply({ text: GOOD_DOC });
    const r = await run({ write: true, doc: 'design/architecture.md' });

    expect(r.code).toBe(0);
    expect(ws.read('design/architecture.md').startsWith(GOOD_DOC.trimEnd())).toBe(true);
    const user = (server().requests[0].body as { messages: { content: string }[] }).messages[1].content;
    expect(user).toContain('There is no current document yet: write design/architecture.md from scratch.');
  });

  test('no requirements files: exit-2 usage error naming the globs', async () => {
    ws.remove();
    ws = workspace({ [DOC]: OLD_DOC });
    await expect(run()).rejects.toThrow('no requirements files found (docs/01_requirements.md): name them with --requirements');
  });
});
