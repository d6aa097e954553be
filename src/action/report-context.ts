/** The run around the documents, as the comment and the job summary both describe it. */
import type { ReportContext } from '../report/document-report.js';
import { RULE_METAS } from '../lint/catalogue.js';
import { HOMEPAGE, VERSION } from '../version.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export function reportContext(
  ctx: ActionContext,
  inputs: ActionInputs,
  headSha: string,
  facts: { canPush?: boolean; llmConfigured?: boolean; command?: string },
): ReportContext {
  return {
    owner: ctx.owner,
    repo: ctx.repo,
    headSha,
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    version: VERSION,
    mode: inputs.mode,
    rules: RULE_METAS,
    docsBaseUrl: `${HOMEPAGE}/blob/v${VERSION}/`,
    // Comment commands are offered only where a workflow answers them.
    ...(facts.command ? { command: facts.command } : {}),
    ...(facts.canPush !== undefined ? { canPush: facts.canPush } : {}),
    ...(facts.llmConfigured !== undefined ? { llmConfigured: facts.llmConfigured } : {}),
  };
}
