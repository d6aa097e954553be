/** What a command may touch of the outside world: given by the entry point, replaced in tests. */
export interface CommandIO {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal that wants colour. */
  color: boolean;
}
