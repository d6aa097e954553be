/** Retry hooks for tests: waits are recorded, never slept, and jitter is fixed. */
import type { RetryNotice } from '../../src/generate/providers/transport.js';

export function recordRetries(random = 0.5) {
  const waits: number[] = [];
  const notices: RetryNotice[] = [];
  return {
    waits,
    notices,
    retry: {
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      random: () => random,
      onRetry: (n: RetryNotice) => {
        notices.push(n);
      },
    },
  };
}
