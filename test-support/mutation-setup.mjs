// Jest setup for `npm run mutate` only (jest.mutate.config.js): property tests try a few cases (see property-runs.ts).
process.env.ARCHDOC_PROPERTY_RUNS ??= '8';
