/**
 * issue_comment: comment commands on a pull request (SPEC §5 "Comment commands", §6). The job holds the
 * LLM key and a write token while the pull request is untrusted, so:
 *
 * - only new comments (`created`) by people count; bots are ignored without a word, and archdoc's own
 *   comments never start with a command;
 * - settings come from the workflow inputs and the config on the default branch (settings.ts);
 * - the collaborator-permission API decides who may run a command (write, maintain, admin); anyone else
 *   gets one polite reply and nothing else happens: no LLM call, no commit, no sticky update;
 * - the head is read when the command is handled and pinned: read there, committed on top of it only.
 *
 * Reactions tell the requester at once (eyes) and at the end (rocket: done; confused: refused or failed).
 */
import { UsageError } from '../../core/findings.js';
import { GitHubApiError } from '../../github/errors.js';
import type { GitHubPort, ReactionContent } from '../../github/port.js';
import { mentionLogin } from '../../report/comment.js';
import { inlineCode } from '../../report/markdown.js';
import { parseCommand, mayBeCommand, type Subcommand } from '../command.js';
import type { ActionContext } from '../context.js';
import { dryRunPort } from '../dry-run.js';
import type { ActionInputs, WorkflowInputs } from '../inputs.js';
import type { RunOutcome } from '../outcome.js';
import { configIn, configPaths, resolveSettings } from '../settings.js';
import { checkPullRequest, readPullRequest, type Deps } from './pull-request.js';

interface CommentEvent {
  action: string;
  /** The issue or pull request number. */
  number: number;
  isPullRequest: boolean;
  commentId: number;
  body: string;
  login: string;
  /** `Bot` for apps and bots. */
  userType: string;
}

function commentEvent(payload: Record<string, unknown>): CommentEvent {
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined;
  const comment = payload.comment as { id?: number; body?: string | null; user?: { login?: string; type?: string } | null } | undefined;
  if (!issue?.number || !comment?.id) throw new UsageError('the event payload has no issue with a number and a comment with an id');
  return {
    action: typeof payload.action === 'string' ? payload.action : '',
    number: issue.number,
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    commentId: comment.id,
    body: comment.body ?? '',
    login: comment.user?.login ?? '',
    userType: comment.user?.type ?? '',
  };
}

const isBot = (e: CommentEvent): boolean => e.userType === 'Bot' || e.login.endsWith('[bot]') || e.login === '';

const DESCRIPTIONS: Record<Subcommand, string> = {
  fix: "commit the deterministic fix of the documents (no LLM) to this pull request's branch",
  regenerate: 'rewrite the documents from the requirements with the configured LLM and commit them to the branch',
  validate: "check the documents at the pull request's head and update archdoc's comment",
  help: 'this list',
};

function helpText(prefix: string, login: string, unknown: boolean): string {
  const lead = unknown ? `${mentionLogin(login)}, archdoc does not know that command.` : `${mentionLogin(login)}, archdoc answers these commands`;
  return [
    `${lead} Write one on the first line of a pull request comment:`,
    '',
    ...(Object.keys(DESCRIPTIONS) as Subcommand[]).map((name) => `- ${inlineCode(`${prefix} ${name}`)}: ${DESCRIPTIONS[name]}.`),
    '',
    "Only people with write access to the repository can run them. The answer goes into archdoc's comment on the pull request.",
  ].join('\n');
}

function refusalText(login: string, prefix: string): string {
  return (
    `Sorry ${mentionLogin(login)}, only people with write access to this repository can run ${inlineCode(prefix)} commands. ` +
    'A maintainer can run it for you.'
  );
}

function notPullRequestText(login: string, prefix: string): string {
  return `${mentionLogin(login)}, ${inlineCode(prefix)} commands work on pull requests only: comment there.`;
}

function nothing(ctx: ActionContext, settings: ActionInputs, log: (l: string) => void, why: string): RunOutcome {
  log(why);
  return { settings, documents: [], headSha: ctx.sha };
}

export async function handleIssueComment(ctx: ActionContext, given: WorkflowInputs, trustedDeps: Deps): Promise<RunOutcome> {
  const { log } = trustedDeps;
  const event = commentEvent(ctx.payload);
  const defaults = resolveSettings({ event: ctx.eventName, inputs: given }).settings;
  // Free checks first: most comments are not commands, and they cost no API call at all.
  if (event.action !== 'created') return nothing(ctx, defaults, log, `issue_comment ${event.action}: only new comments run commands; nothing to do`);
  if (isBot(event)) return nothing(ctx, defaults, log, 'a comment by a bot: ignored');
  if (!mayBeCommand(event.body) || (given.command !== undefined && parseCommand(event.body, given.command).kind === 'none')) {
    return nothing(ctx, defaults, log, 'not a comment command: nothing to do');
  }

  // The prefix and dry-run may come from the config on the default branch (never from a pull request).
  const paths = configPaths(given);
  const repo = await trustedDeps.port.loadRepository({ owner: ctx.owner, repo: ctx.repo, paths, requirementGlobs: [] });
  const base = configIn(repo.files, given);
  if (given.config !== undefined && !base) throw new UsageError(`${given.config}: config file not found on the default branch (${repo.defaultBranch})`);
  const { settings } = resolveSettings({ event: ctx.eventName, inputs: given, base });
  const parsed = parseCommand(event.body, settings.command);
  if (parsed.kind === 'none') return nothing(ctx, settings, log, 'not a comment command: nothing to do');

  const port = settings.dryRun ? dryRunPort(trustedDeps.port, log) : trustedDeps.port;
  const deps = { ...trustedDeps, port };
  const coords = { owner: ctx.owner, repo: ctx.repo };
  const react = (content: ReactionContent) => reaction(port, log, { ...coords, commentId: event.commentId, content });
  const reply = (body: string) => port.postComment({ ...coords, number: event.number, body });
  log(`comment command ${settings.command} ${parsed.name} by ${event.login} on #${event.number}`);
  await react('eyes');
  try {
    const permission = await port.getPermission({ ...coords, username: event.login });
    if (!permission.canWrite) {
      await reply(refusalText(event.login, settings.command));
      await react('confused');
      return nothing(ctx, settings, log, `${event.login} has ${permission.role} permission, not write: refused politely, nothing else done`);
    }
    if (!event.isPullRequest) {
      await reply(notPullRequestText(event.login, settings.command));
      await react('confused');
      return nothing(ctx, settings, log, `#${event.number} is an issue, not a pull request: nothing to do`);
    }
    if (parsed.name === 'help') {
      await reply(helpText(settings.command, event.login, parsed.unknown));
      await react(parsed.unknown ? 'confused' : 'rocket');
      return nothing(ctx, settings, log, 'answered with the list of commands');
    }
    const name = parsed.name;
    // The head as it is now, pinned: the files are read at it and the commit goes on top of it only.
    const read = await readPullRequest(ctx, given, deps, { number: event.number });
    if (read.snapshot.state !== 'OPEN') {
      await reply(`${mentionLogin(event.login)}, this pull request is ${read.snapshot.state.toLowerCase()}: archdoc commits only to open pull requests.`);
      await react('confused');
      return nothing(ctx, settings, log, `#${event.number} is ${read.snapshot.state.toLowerCase()}: nothing to do`);
    }
    const inputs: ActionInputs = {
      ...read.inputs,
      mode: name,
      push: name !== 'validate',
      comment: true,
      // The findings are of the document before the fix: a fix or regenerate run fails only when it could not do its work.
      ...(name === 'validate' ? {} : { failOn: 'never' as const }),
    };
    const run = await checkPullRequest(ctx, deps, { ...read, inputs }, {}, { name, prefix: settings.command, login: event.login });
    await react(run.result?.done ? 'rocket' : 'confused');
    return run;
  } catch (e) {
    await react('confused');
    throw e;
  }
}

/** Reactions are a courtesy: one that cannot be added is logged, never the end of the run. */
async function reaction(port: GitHubPort, log: (l: string) => void, input: Parameters<GitHubPort['addReaction']>[0]): Promise<void> {
  try {
    await port.addReaction(input);
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    log(`could not react ${input.content} to the comment: ${e.message}`);
  }
}
