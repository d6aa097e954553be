/** `archdoc audit-plan --org ORG [--output FILE]`: the organisation audit's matrix (token from GITHUB_TOKEN, API from GITHUB_API_URL). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/findings.js';
import { createGitHubPort } from '../github/octokit-port.js';
import { planAudit } from '../audit/plan.js';
import type { CommandIO } from './io.js';

export interface AuditPlanOptions {
  org: string;
  output?: string;
}

export function tokenPort(io: CommandIO) {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '';
  if (!token) throw new UsageError("set GITHUB_TOKEN to a token that can read the organisation's repositories");
  return createGitHubPort({ token, log: (m) => io.err(`archdoc: ${m.replace(/[\r\n]+/g, ' ')}\n`) });
}

export async function runAuditPlan(io: CommandIO, opts: AuditPlanOptions): Promise<number> {
  const plan = await planAudit(tokenPort(io), opts.org);
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  if (!opts.output) {
    io.out(json);
    return 0;
  }
  writeFileSync(resolve(io.cwd, opts.output), json);
  const { archived, disabled, withoutArchdoc } = plan.skipped;
  io.out(
    `${plan.repositories.length} repositories to audit in ${plan.chunkCount} matrix chunk(s); skipped ${archived} archived, ${disabled} disabled, ${withoutArchdoc} without archdoc\n`,
  );
  return 0;
}
