/**
 * CPU time of this process, for the few tests that bound how long a hostile input may take: a bound on CPU time
 * holds on a busy machine, where one on wall time fails (and a runaway regex still burns CPU, so it is caught).
 */

/** A clock started now: each call returns the CPU ms (user + system) spent since. */
export function cpuClock(): () => number {
  const start = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
}

/** The CPU ms `f` takes. */
export function cpuTimeOf(f: () => unknown): number {
  const clock = cpuClock();
  f();
  return clock();
}
