// Jest's test API on mocha's, for the mutation run only (`npm run mutate`). Stryker's mocha runner loads the
// test files once and switches mutants in place; its Jest runner re-imports every related test file for each
// of the ~7,600 mutants, which makes a run take hours. The core's tests use test/describe(.each), the
// before/after hooks and expect; nothing else of Jest.
import { format } from 'node:util';
import { expect } from 'expect';

// Property tests try a few cases here: every mutant reruns the tests that reach it (see property-runs.ts).
process.env.ARCHDOC_PROPERTY_RUNS ??= '8';
globalThis.expect = expect;

// Jest's `%s` titles: each row's values fill the title's placeholders in turn.
const withEach = (define) =>
  Object.assign(define, {
    each: (table) => (title, body) =>
      table.forEach((row) => {
        const args = Array.isArray(row) ? row : [row];
        define(format(title, ...args.slice(0, (title.match(/%[sdifjoOp]/g) ?? []).length)), () => body(...args));
      }),
  });

// Mocha sets its globals again before each test file loads: wrap whatever it sets.
const wrap = (name, make) => {
  let current;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get: () => current,
    set: (v) => {
      current = make(v);
    },
  });
};
wrap('describe', (describe) => withEach((title, body) => describe(title, body)));
wrap('it', (it) => {
  globalThis.test = withEach((title, body) => it(title, body));
  return it;
});
wrap('before', (before) => {
  globalThis.beforeAll = before;
  return before;
});
wrap('after', (after) => {
  globalThis.afterAll = after;
  return after;
});
