// Property tests try a few cases under the mutation run: every mutant reruns the tests that reach it, and the
// example tests do the pinning (see test-support/property-runs.ts). Loaded by stryker.config.json only.
process.env.ARCHDOC_PROPERTY_RUNS ??= '8';
