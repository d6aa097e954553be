/** Jest glue for provider tests: a fresh fake server per test, and a typed "this call must fail". */
import { LlmError } from '../../src/generate/providers/types.js';
import { startFakeLlm, type FakeLlm } from './server.js';

/** Starts a fake LLM before each test and closes it after; call the returned function inside a test. */
export function useFakeLlm(): () => FakeLlm {
  let fake: FakeLlm | undefined;
  beforeEach(async () => {
    fake = await startFakeLlm();
  });
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  return () => {
    if (!fake) throw new Error('useFakeLlm: the server exists only inside a test');
    return fake;
  };
}

/** Resolves to the LlmError the call rejected with; fails the test if it succeeded or threw anything else. */
export async function expectLlmError(call: Promise<unknown>): Promise<LlmError> {
  try {
    await call;
  } catch (e) {
    expect(e).toBeInstanceOf(LlmError);
    return e as LlmError;
  }
  throw new Error('expected the call to fail with an LlmError');
}
