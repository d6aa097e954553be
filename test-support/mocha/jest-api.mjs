// Jest's test API on mocha's, for the in-process unit tests (`npm test` runs them under mocha, one process,
// every module loaded once; Jest would load the module graph again for each of ~70 files) and for the mutation
// run (Stryker's mocha runner switches mutants in place). The unit tests use test/it/describe (with .each),
// the before/after hooks and expect; nothing else of Jest. Jest runs the end-to-end tests.
import { format, inspect } from 'node:util';
import { expect } from 'expect';

globalThis.expect = expect;

const show = (v) => (typeof v === 'string' ? v : inspect(v, { depth: 2, breakLength: Infinity }));

/** A row's title as Jest writes it: `$key` from an object row, or printf placeholders (`%s %d %j %p %#`…) in turn. */
function eachTitle(title, args, index) {
  const [first] = args;
  if (args.length === 1 && first !== null && typeof first === 'object' && !Array.isArray(first) && /\$\w/.test(title)) {
    return title.replace(/\$([\w.]+)/g, (m, path) => {
      const v = path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), first);
      return v === undefined ? m : show(v);
    });
  }
  let i = 0;
  return title.replace(/%[sdifjoOp#%]/g, (m) => {
    if (m === '%%') return '%';
    if (m === '%#') return String(index);
    if (i >= args.length) return m;
    const v = args[i++];
    if (m === '%p' || m === '%o' || m === '%O') return inspect(v, { depth: 2, breakLength: Infinity });
    return format(m, v);
  });
}

// Jest's `.each(table)`: a row that is an array is spread into the body's arguments; any other row is one argument.
const withEach = (define) =>
  Object.assign(define, {
    each: (table) => (title, body) =>
      table.forEach((row, index) => {
        const args = Array.isArray(row) ? row : [row];
        define(eachTitle(title, args, index), () => body(...args));
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
  const test = withEach((title, body) => it(title, body));
  globalThis.test = test;
  return test;
});
wrap('before', (before) => {
  globalThis.beforeAll = before;
  return before;
});
wrap('after', (after) => {
  globalThis.afterAll = after;
  return after;
});
