/**
 * The one ncc bundle behind dist/index.js (the Action) and dist/cli.js (the CLI). Each side is a lazy
 * chunk, so the CLI never loads Octokit and the Action's start does not load the CLI's argument parser.
 */
export async function runCli(): Promise<void> {
  await import('./cli.js');
}

export async function runAction(): Promise<void> {
  const { runAction: run } = await import('./action/main.js');
  await run();
}
