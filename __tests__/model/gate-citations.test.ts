/** The regenerate prompt asks for requirement ids; the gate counts the ones the new document cites (fake LLM over HTTP). */
import { proposeRegeneration } from '../../src/generate/propose.js';
import { SYSTEM_PROMPT } from '../../src/generate/prompt.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { recordRetries } from '../../test-support/fake-llm/retry-recorder.js';
import { GOOD_DOC, REQUIREMENTS } from '../generate/fixtures.js';

const server = useFakeLlm();

test('the prompt asks the model to cite requirement ids', () => {
  expect(SYSTEM_PROMPT).toMatch(/cite the ids where the document answers them/);
});

test('the outcome and the log say how many of the requirement ids the accepted document cites', async () => {
  const cited = GOOD_DOC.replace('- **Auth**: ', '- **Auth**: (FR-1, FR-2; not FR-150) ').replace('- **Caching**: ', '- **Caching**: (FR-14) ');
  server().reply({ text: cited });
  const log: string[] = [];
  const r = await proposeRegeneration({
    llm: { provider: 'openai', model: 'gpt-4.1-mini', apiKey: 'sk-test-0123456789', baseUrl: server().openaiBaseUrl, env: {}, retry: recordRetries().retry },
    template: 'architecture',
    readTemplate: () => '',
    requirements: [{ path: 'docs/01_requirements.md', text: REQUIREMENTS }],
    docPath: 'docs/02_architecture.md',
    log: (l) => log.push(l),
  });
  expect(r.status).toBe('ok');
  expect(r.traced).toEqual({ cited: 3, total: 15 });
  expect(log).toContain('the document cites 3 of 15 requirement ids');
});
