// Mutation run only (stryker.config.json's mochaOptions.require): every mutant reruns the tests that reach it
// in the same process, so an analysis remembered from an earlier run would answer for the mutated code.
import { forgetAnalyses } from '../../src/mermaid/analyze.ts';

export const mochaHooks = {
  beforeEach() {
    forgetAnalyses();
  },
};
