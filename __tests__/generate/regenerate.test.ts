/** The gate's other paths, over the OpenAI protocol against the fake server on 127.0.0.1. */
import { applyStamp, contentHash, requirementHashes } from '../../src/drift/stamp.js';
import { proposeRegeneration, type ProposeOptions } from '../../src/generate/propose.js';
import { BUILTIN_TEMPLATES } from '../../src/template/builtin.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { recordRetries } from '../../test-support/fake-llm/retry-recorder.js';
import { GOOD_DOC, REQUIREMENTS } from './fixtures.js';

const DOC = 'docs/02_architecture.md';
const REQS = [{ path: 'docs/01_requirements.md', text: REQUIREMENTS }];
const server = useFakeLlm();

function propose(extra: Partial<ProposeOptions> = {}) {
  return proposeRegeneration({
    llm: { provider: 'openai', model: 'gpt-4.1-mini', apiKey: 'sk-test-0123456789', baseUrl: server().openaiBaseUrl, env: {}, retry: recordRetries().retry },
    template: 'architecture',
    readTemplate: () => '',
    requirements: REQS,
    docPath: DOC,
    ...extra,
  });
}
const turns = (i: number) => (server().requests[i].body as { messages: { role: string; content: string }[] }).messages.slice(1);

test('errors that archdoc fix can repair (a renamed heading, a renamed field) cost no repair call', async () => {
  server().reply({ text: GOOD_DOC.replace('## 4. API Design Strategy', '## 4. API Design').replace('**Infra**', '**Infrastructure**') });
  const r = await propose();

  expect(r.status).toBe('ok');
  expect(r.calls).toBe(1);
  expect(r.rounds[0]).toMatchObject({ outcome: 'accepted', errors: 2 });
  expect(r.fixesApplied).toBe(2);
  expect(r.text).toContain('## 4. API Design Strategy\n');
  expect(r.text).toContain('- **Infra**: AWS');
});

test('a reply with no document gets one asking for the document only', async () => {
  server().reply({ text: 'Could you tell me which cloud provider you prefer?' }, { text: GOOD_DOC });
  const r = await propose();

  expect(r.status).toBe('ok');
  expect(r.rounds.map((x) => x.outcome)).toEqual(['no-document', 'accepted']);
  expect(turns(1)[1]).toEqual({ role: 'assistant', content: 'Could you tell me which cloud provider you prefer?' });
  expect(turns(1)[2].content).toBe(
    'Your answer contained no Markdown document. Answer with the complete document only, starting with `# Architecture Design`.',
  );
});

test('a content-filtered reply ends the run at once: asking again gets the same answer', async () => {
  server().reply({ text: GOOD_DOC.slice(0, 500), finishReason: 'content_filter' }, { text: GOOD_DOC });
  const r = await propose();

  expect(r.status).toBe('failed');
  expect(r.calls).toBe(1);
  expect(r.reason).toContain('the reply was cut off (content_filter)');
});

test('no provider: a neutral not-configured result carrying the deterministic fix as the alternative', async () => {
  const current = GOOD_DOC.replace('## 4. API Design Strategy', '## 4. API Design');
  const r = await propose({ llm: { env: {} }, currentDoc: current });

  expect(r.status).toBe('not-configured');
  expect(r.text).toBeUndefined();
  expect(r.diff).toBe('');
  expect(r.reason).toMatch(
    /^no LLM provider configured: .*`archdoc fix` repairs what can be repaired deterministically \(1 repair for docs\/02_architecture\.md\)\.$/,
  );
  expect(r.fallback?.text).toContain('## 4. API Design Strategy');
  expect(r.fallbackDiff).toContain('+## 4. API Design Strategy');
  expect(server().requests).toHaveLength(0);
});

describe('the stamp as the cache (the Action has no disk between runs)', () => {
  const stamped = (doc: string, model: string) =>
    applyStamp(doc, { requirements: requirementHashes(REQS), template: contentHash(BUILTIN_TEMPLATES.architecture), model, generated: '2026-01-01T00:00:00Z' });

  test('same requirements, template and model, and the document passes lint: nothing to regenerate, no call', async () => {
    const current = stamped(GOOD_DOC, 'gpt-4.1-mini');
    const r = await propose({ currentDoc: current });

    expect(r).toMatchObject({ status: 'unchanged-cached', cached: 'stamp', calls: 0, changed: false, text: current, diff: '' });
    expect(server().requests).toHaveLength(0);
  });

  test('a matching stamp on a document that no longer passes lint does not stop regeneration', async () => {
    server().reply({ text: GOOD_DOC });
    const r = await propose({ currentDoc: stamped(GOOD_DOC.replace(/### Key Endpoints[\s\S]*?\n\n/, ''), 'gpt-4.1-mini') });

    expect(r.status).toBe('ok');
    expect(r.calls).toBe(1);
    expect(r.diff).toContain('+### Key Endpoints');
  });

  test('a stamp from another model does not count', async () => {
    server().reply({ text: GOOD_DOC });
    const r = await propose({ currentDoc: stamped(GOOD_DOC, 'gpt-4o') });
    expect(r.calls).toBe(1);
  });
});

test('a CRLF document stays CRLF, so the diff shows content changes only', async () => {
  server().reply({ text: GOOD_DOC });
  const r = await propose({ currentDoc: GOOD_DOC.replace('Terraform', 'CDK').replace(/\n/g, '\r\n') });

  expect(r.status).toBe('ok');
  expect(r.text?.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  expect(
    r.diff
      .split('\n')
      .filter((l) => /^[-+]/.test(l) && !/^(?:---|\+\+\+) [ab]\//.test(l))
      .map((l) => l.trimEnd()),
  ).toEqual([
    '-- **Infra**: AWS, EKS (Kubernetes), CDK',
    '+- **Infra**: AWS, EKS (Kubernetes), Terraform',
    '+',
    expect.stringMatching(/^\+<!-- archdoc:stamp /),
  ]);
});

test('max-attempts outside 1..10 is a usage error', async () => {
  await expect(propose({ maxAttempts: 0 })).rejects.toThrow('max-attempts must be a whole number from 1 to 10, not 0');
  await expect(propose({ maxAttempts: Number.NaN })).rejects.toThrow('max-attempts must be a whole number from 1 to 10');
});
