/**
 * Config discovery, one way for the CLI and every Action event: the file named (`--config`, the `config`
 * input) alone, else the usual places in order; the first that `read` finds is parsed. Where the bytes
 * come from (the disk through the path guard, a commit through the API) is the caller's business.
 */
import { CONFIG_PATHS } from './defaults.js';
import { parseConfig, type FileConfig } from './file.js';

/** The paths looked at, in order. */
export function configCandidates(explicit: string | undefined): readonly string[] {
  return explicit !== undefined ? [explicit] : CONFIG_PATHS;
}

/** `read` returns a file's text, or undefined when there is none at that path. */
export function discoverConfig(explicit: string | undefined, read: (path: string) => string | undefined): FileConfig | undefined {
  for (const path of configCandidates(explicit)) {
    const text = read(path);
    if (text !== undefined) return parseConfig(text, path);
  }
  return undefined;
}
