/**
 * A comment command (SPEC §5 "Comment commands"): the first line of a comment, written by a person, that
 * starts with the command prefix. A first line inside a quote (`>`) or a code block (fenced, or indented
 * by four spaces or a tab) is text about a command, not a command. Pure: text in, a decision out.
 */

const SUBCOMMANDS = ['regenerate', 'fix', 'validate', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export type ParsedCommand =
  /** The comment is not a command: nothing at all happens. */
  | { kind: 'none' }
  /** `name`: what to run; `unknown`: the comment named no known subcommand (then `name` is `help`). */
  | { kind: 'command'; name: Subcommand; unknown: boolean };

/** Only this much of a comment is looked at: the first line of any real command is short. */
const SCAN_LIMIT = 1000;

/** The first line with text, or undefined when it is quoted, in a code block, or there is none. */
function firstLine(body: string): string | undefined {
  const head = body.slice(0, SCAN_LIMIT);
  for (const raw of head.split(/\r\n?|\n/)) {
    if (raw.trim() === '') continue;
    // Indented code: four columns of leading white space (a tab counts as four).
    const indent = /^[ \t]*/.exec(raw)![0].replace(/\t/g, '    ').length;
    if (indent >= 4) return undefined;
    const line = raw.trim();
    if (line.startsWith('>') || line.startsWith('```') || line.startsWith('~~~')) return undefined;
    return line;
  }
  return undefined;
}

/** Whether the first line could be a command of any prefix (every prefix starts with `/`): no API call needed to ignore the rest. */
export function mayBeCommand(body: string): boolean {
  return firstLine(body)?.startsWith('/') ?? false;
}

/** `prefix`: the `command` setting, e.g. `/archdoc` (a `/` and no spaces). */
export function parseCommand(body: string, prefix: string): ParsedCommand {
  const line = firstLine(body);
  if (line === undefined) return { kind: 'none' };
  const [first, second = ''] = line.split(/\s+/, 2);
  if (first !== prefix) return { kind: 'none' };
  const name = second.toLowerCase();
  const known = (SUBCOMMANDS as readonly string[]).includes(name);
  return { kind: 'command', name: known ? (name as Subcommand) : 'help', unknown: !known && name !== '' };
}
