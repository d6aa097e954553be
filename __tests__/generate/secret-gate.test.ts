/**
 * The regenerate gate refuses a reply that carries the key in any form: it would be committed to the
 * document, and redacting it there would corrupt the document silently.
 */
import { proposeRegeneration } from '../../src/generate/propose.js';
import { useFakeLlm } from '../../test-support/fake-llm/harness.js';
import { GOOD_DOC, REQUIREMENTS } from './fixtures.js';

const KEY = 'sk-ant-gate-secret-0123456789abcdef';
const ENV_KEY = 'sk-env-OPENAI-secret-9876543210';
const server = useFakeLlm();

const propose = (apiKey: string | undefined, env: Record<string, string>) =>
  proposeRegeneration({
    llm: { provider: 'openai', model: 'gpt-4.1-mini', ...(apiKey ? { apiKey } : {}), baseUrl: server().openaiBaseUrl, env },
    template: 'architecture',
    readTemplate: () => {
      throw new Error('built-in template: nothing to read');
    },
    requirements: [{ path: 'docs/01_requirements.md', text: REQUIREMENTS }],
    docPath: 'docs/02_architecture.md',
    maxAttempts: 3,
  });

const withEcho = (echo: string) => GOOD_DOC.replace(/\n## /, `\n<!-- ${echo} -->\n\n## `);
const b64 = (s: string, prefix = '') => Buffer.from(prefix + s).toString('base64');

describe('a reply that echoes the key', () => {
  it.each([
    ['raw', KEY],
    ['base64', b64(KEY)],
    [
      'base64 without padding, URL-safe',
      b64(KEY)
        .replace(/={1,2}$/, '')
        .replace(/\+/g, '-')
        .replace(/\//g, '_'),
    ],
    ['base64 at an offset inside a longer string', b64(KEY, 'Authorization: Bearer ')],
    ['URL-encoded, in part', KEY.replace(/-/g, '%2d')],
    ['hex', Buffer.from(KEY).toString('hex')],
  ])('%s: refused at once, nothing proposed, no second call', async (_name, echo) => {
    server().reply({ text: withEcho(echo) }, { text: GOOD_DOC });
    const r = await propose(KEY, {});
    expect(r.status).toBe('failed');
    expect(r.text).toBeUndefined();
    expect(r.diff).toBe('');
    expect(r.calls).toBe(1);
    expect(r.reason).toBe("the LLM's reply contains the LLM API key (raw or encoded), so it was refused; nothing was written");
  });

  it('a key from the environment counts too', async () => {
    server().reply({ text: withEcho(b64(ENV_KEY)) });
    const r = await propose(undefined, { OPENAI_API_KEY: ENV_KEY });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/contains the LLM API key/);
  });

  it('a reply without the key passes as before', async () => {
    server().reply({ text: withEcho('no secret here') });
    const r = await propose(KEY, {});
    expect(r.status).toBe('ok');
  });
});
