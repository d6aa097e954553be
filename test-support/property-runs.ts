/**
 * How many random cases a property test tries. The full count in `npm test`; a few under the mutation run
 * (`npm run mutate`), where every mutant reruns the tests that reach it and the example tests do the pinning.
 */
export function runs(full: number): number {
  const cap = Number(process.env.ARCHDOC_PROPERTY_RUNS);
  return cap > 0 ? Math.min(full, cap) : full;
}
