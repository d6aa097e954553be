/**
 * Must-show 3: a regenerated document's stamp makes `archdoc drift` see requirement changes and
 * nothing else. A real git repository, the real commands, a fake LLM on 127.0.0.1.
 */
import { runDrift } from '../../src/commands/drift.js';
import { runRegenerate } from '../../src/commands/regenerate.js';
import { readStamp } from '../../src/drift/stamp.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { GOOD_DOC, REQUIREMENTS } from './fixtures.js';
import { recordingIO, workspace, type Workspace } from './workspace.js';

const DOC = 'docs/02_architecture.md';
const REQ = 'docs/01_requirements.md';
const server = useFakeLlm();
let ws: Workspace;

beforeEach(async () => {
  ws = workspace({ [REQ]: REQUIREMENTS });
  ws.git('init', '-q', '-b', 'main');
  ws.git('add', '.');
  ws.git('commit', '-q', '-m', 'requirements');
  server().reply({ text: GOOD_DOC });
  const io = recordingIO(ws.dir, { OPENAI_API_KEY: 'sk-test-DRIFT-0123456789' });
  const code = await runRegenerate(io, {
    requirements: [],
    provider: 'openai',
    model: 'gpt-4.1-mini',
    baseUrl: server().openaiBaseUrl,
    write: true,
    cache: false,
  });
  expect(code).toBe(0);
  ws.git('add', DOC);
  ws.git('commit', '-q', '-m', 'architecture, regenerated');
});
afterEach(() => ws.remove());

async function drift() {
  const io = recordingIO(ws.dir);
  const code = await runDrift(io, { requirements: [], format: 'pretty' });
  return { code, out: io.stdout };
}

test('right after regeneration there is no drift, judged by the stamp', async () => {
  expect(readStamp(ws.read(DOC))?.stamp.requirements).toEqual({ [REQ]: expect.stringMatching(/^sha256:/) });
  expect(await drift()).toEqual({ code: 0, out: `${DOC}: no drift (stamp): the requirements match the stamp\n` });
});

test('a requirements change committed after stamping is drift, naming the file', async () => {
  ws.write(REQ, REQUIREMENTS.replace('files of up to 5 GB', 'files of up to 20 GB'));
  ws.git('commit', '-q', '-am', 'bigger files');

  const r = await drift();
  expect(r.code).toBe(1);
  expect(r.out).toMatch(new RegExp(`^${DOC}: drift \\(stamp\\): ${REQ} changed since the document was generated \\(\\d{4}-\\d\\d-\\d\\dT[\\d:]+Z\\)\\n$`));
});

test('whitespace-only edits to the document, committed later, are not drift', async () => {
  const doc = ws.read(DOC);
  const reflowed = doc.replace(/\n/g, '  \n').replace('## 3. Data Model', '\n\n## 3. Data Model').replace(/\n/g, '\r\n');
  ws.write(DOC, reflowed);
  ws.git('commit', '-q', '-am', 'whitespace');

  expect(await drift()).toEqual({ code: 0, out: `${DOC}: no drift (stamp): the requirements match the stamp\n` });
});

test('a requirements file that only gains trailing spaces and CRLF line ends is not drift', async () => {
  ws.write(REQ, REQUIREMENTS.replace(/\n/g, ' \r\n'));
  ws.git('commit', '-q', '-am', 'line endings');

  expect((await drift()).code).toBe(0);
});
