/**
 * archdoc's own commits: how their message marks them (a trailer) and how the loop guards count them.
 * With a PAT or a GitHub App token, archdoc's commit starts a new workflow run; the trailer lets that
 * run see its head is archdoc's own and write nothing, and the hourly bound stops any other loop.
 */
import type { RecentCommit } from '../github/port.js';
import { VERSION } from '../version.js';

const TRAILER = 'Archdoc-Command';
/** At most this many archdoc commits on one pull request within an hour. */
export const COMMITS_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

/** Whether the message's last paragraph carries archdoc's trailer. */
export function isArchdocCommit(message: string): boolean {
  const paragraphs = message.trimEnd().split(/\n\s*\n/);
  return paragraphs[paragraphs.length - 1].split('\n').some((l) => l.startsWith(`${TRAILER}: `));
}

/** archdoc commits among the pull request's latest commits made less than an hour before `now`. */
export function archdocCommitsLastHour(commits: readonly RecentCommit[], now: number): number {
  return commits.filter((c) => isArchdocCommit(c.message) && now - Date.parse(c.committedDate) < HOUR_MS).length;
}

export interface CommitMessageInput {
  /** fix or regenerate: what was done, and the trailer's value. */
  action: 'fix' | 'regenerate';
  paths: readonly string[];
  /** Who asked, with which command (a comment command); absent for `push: true` runs. */
  requested?: { login: string; command: string; number: number };
  runUrl?: string;
}

/** Headline, what changed, who asked, and the trailer that marks the commit as archdoc's. */
export function commitMessage(i: CommitMessageInput): string {
  const what = i.paths.length === 1 ? i.paths[0] : `${i.paths.length} documents`;
  const list = i.paths.length === 1 ? [] : [i.paths.map((p) => `- ${p}`).join('\n')];
  const who = i.requested ? [`Requested by @${i.requested.login} with \`${i.requested.command}\` on #${i.requested.number}.`] : [];
  const by = `${i.requested ? 'Made' : 'Proposed'} by archdoc ${VERSION}${i.runUrl ? ` in ${i.runUrl}` : ''}.`;
  return [`docs: ${i.action} ${what} (archdoc)`, ...list, [...who, by].join('\n'), `${TRAILER}: ${i.action}`].join('\n\n');
}
