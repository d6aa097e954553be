/**
 * Whether comment commands answer in this repository: a workflow on the default branch runs archdoc on
 * `issue_comment`. Read from the workflow texts the pull request query already lists (no extra call),
 * so the report offers `/archdoc fix` only where someone will answer it.
 */

const ON_ISSUE_COMMENT = /(?:^|[\s[,{'"])issue_comment(?:$|[\s\]:,}'"])/m;

/** A step `uses: <something named archdoc>@<ref>`. */
function usesArchdoc(text: string): boolean {
  return text.split('\n').some((line) => {
    const uses = /^[ \t-]*uses:[ \t]*(\S+)/.exec(line)?.[1].replace(/['"]/g, '');
    return uses !== undefined && uses.includes('@') && uses.split('@')[0].toLowerCase().includes('archdoc');
  });
}

export function answersCommentCommands(workflows: readonly { text: string }[]): boolean {
  return workflows.some((w) => ON_ISSUE_COMMENT.test(w.text) && usesArchdoc(w.text));
}
