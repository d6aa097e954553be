/**
 * The path guard (SPEC §6): every path archdoc reads or writes stays inside the repository root.
 *
 * Two layers. `assertRepoPath` is pure: it checks a path written as a repository path (a config value, an
 * Action input, a path read through the API) without any disk. `guardPath` checks a path on disk: it must
 * lie inside the root, and so must what it leads to once every symlink (the file and each parent folder)
 * is followed, so a clone cannot point archdoc at a file elsewhere on the machine.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/findings.js';

/** Where a path came from, for the refusal: the setting and its source, e.g. `requirements` / `from .archdoc.yml:3`. */
export interface PathOrigin {
  setting: string;
  source: string;
}

/** The source of a path typed by the user: refusals then say how to run archdoc from the right folder. */
export const COMMAND_LINE = 'from the command line';

/**
 * `file`: one path, which may use `..` as long as it stays inside; `glob`: a pattern, which may not use
 * `..` at all (`**` and braces make "stays inside" undecidable from the text); `document`: a file that
 * archdoc may write, so it must also end in `.md`.
 */
export type PathKind = 'file' | 'glob' | 'document';

/** One line naming the path (as JSON, so no newline or `::` command reaches a log), its origin and the reason. */
function pathRefusal(path: string, origin: PathOrigin, why: string): UsageError {
  return new UsageError(`${origin.setting} ${JSON.stringify(path)} (${origin.source}) ${why}`);
}

/** NUL, newline and the other C0 controls, and DEL: nothing a path needs, and a newline forges log lines. */
const hasControl = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');
const ABSOLUTE = /^(?:[\\/]|[a-z]:)/i;
const SEGMENTS = /[\\/{},()|]/;
const MARKDOWN_ONLY = 'is not a Markdown document: archdoc writes only documents whose path ends in .md';

/** Why `path`, meant relative to the repository root, cannot be used; undefined when it can. */
export function repoPathProblem(path: string, kind: PathKind): string | undefined {
  if (hasControl(path)) return 'contains a control character: a path is one line of plain text';
  if (ABSOLUTE.test(path)) return 'is absolute: paths must be relative to the repository root';
  const climbs = kind === 'glob' ? path.split(SEGMENTS).includes('..') : /^\.\.(?:\/|$)/.test(posix.normalize(path.replace(/\\/g, '/')));
  if (climbs) return `leaves the repository: paths must stay inside it${kind === 'glob' ? ' (a pattern may not use "..")' : ''}`;
  if (kind === 'document' && !isMarkdown(path)) return MARKDOWN_ONLY;
  return undefined;
}

/**
 * The pure check, for paths that name files in the repository without a disk to look at: config values
 * at load time, and the Action's inputs and globs before they are read through the API. Throws the
 * one-line refusal; returns the path unchanged when it is fine.
 */
export function assertRepoPath(path: string, kind: PathKind, origin: PathOrigin): string {
  const problem = repoPathProblem(path, kind);
  if (problem) throw pathRefusal(path, origin, problem);
  return path;
}

function isMarkdown(path: string): boolean {
  return /\.md$/i.test(path);
}

/** The repository root as given (for messages) and as the filesystem sees it (for comparisons). */
export interface Root {
  path: string;
  real: string;
}

export function rootAt(path: string): Root {
  const abs = resolve(path);
  return { path: abs, real: realTarget(abs) ?? abs };
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Where `abs` really leads, following every symlink on the way, also for a path that does not exist yet
 * (its nearest existing parent decides) and a dangling link (where it would create a file). Undefined for
 * a symlink loop.
 */
function realTarget(abs: string, hops = 0): string | undefined {
  if (hops > 40) return undefined;
  try {
    return realpathSync(abs);
  } catch {
    // Missing, or a dangling or looping link somewhere: walk it by hand below.
  }
  let link: string | undefined;
  try {
    if (lstatSync(abs).isSymbolicLink()) link = readlinkSync(abs);
  } catch {
    // Not there at all: its parent decides.
  }
  const parent = dirname(abs);
  if (parent === abs) return abs;
  const realParent = realTarget(parent, hops);
  if (realParent === undefined) return undefined;
  return link === undefined ? join(realParent, basename(abs)) : realTarget(resolve(realParent, link), hops + 1);
}

/**
 * The absolute path `path` (relative to `cwd`) names, once it is known to stay inside the root, symlinks
 * followed. `shown` is what the refusal quotes (a glob rather than its folder).
 */
export function guardPath(root: Root, cwd: string, path: string, origin: PathOrigin, shown = path): string {
  if (hasControl(path)) throw pathRefusal(shown, origin, 'contains a control character: a path is one line of plain text');
  const abs = resolve(cwd, path);
  if (!within(root.path, abs) && !within(root.real, abs)) {
    const how = origin.source === COMMAND_LINE ? ' (cd into the repository that holds it and run archdoc there)' : '';
    throw pathRefusal(shown, origin, `is outside the repository: paths must stay inside ${root.path}${how}`);
  }
  const real = realTarget(abs);
  if (real === undefined || !within(root.real, real)) {
    throw pathRefusal(shown, origin, `leads outside the repository through a symlink: paths must stay inside ${root.path}`);
  }
  return abs;
}

/** `guardPath` for a file archdoc will write: also a Markdown document, by its name and by what it leads to. */
export function guardDocumentWrite(root: Root, cwd: string, path: string, origin: PathOrigin): string {
  const abs = guardPath(root, cwd, path, origin);
  if (!isMarkdown(abs) || !isMarkdown(realTarget(abs) ?? '')) throw pathRefusal(path, origin, MARKDOWN_ONLY);
  return abs;
}
