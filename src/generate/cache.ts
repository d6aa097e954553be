/**
 * Same inputs, same result, no second call. Two memories: the document's own stamp (the Action has no
 * disk that survives a run) and, on the command line, a cache folder keyed by a hash of the inputs.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, readStamp, requirementHashes, type SourceFile } from '../drift/stamp.js';
import { withoutStamp } from './prompt.js';

/** Bump when the prompt or the gate changes what a given input produces. */
const PROMPT_VERSION = 1;

export interface CacheInputs {
  requirements: SourceFile[];
  templateHash: string;
  currentDoc?: string;
  provider: string;
  model: string;
  maxInputTokens: number;
}

/**
 * The stamp says the document was generated from exactly these requirements and this template by this
 * model: regenerating would only ask the same question again.
 */
export function stampMatches(doc: string, requirements: SourceFile[], templateHash: string, model: string): boolean {
  const found = readStamp(doc);
  if (!found) return false;
  const { stamp } = found;
  const now = requirementHashes(requirements);
  const recorded = stamp.requirements;
  const same = Object.keys(now).length === Object.keys(recorded).length && Object.entries(now).every(([p, h]) => recorded[p] === h);
  return same && stamp.template === templateHash && stamp.model === model;
}

export function cacheKey(i: CacheInputs): string {
  const material = JSON.stringify({
    v: PROMPT_VERSION,
    provider: i.provider,
    model: i.model,
    template: i.templateHash,
    requirements: requirementHashes(i.requirements),
    // The stamp is left out: it changes with every write but is not an input.
    doc: i.currentDoc === undefined ? null : contentHash(withoutStamp(i.currentDoc)),
    budget: i.maxInputTokens,
  });
  return createHash('sha256').update(material).digest('hex').slice(0, 32);
}

interface CacheEntry {
  /** The stamped document that was produced. */
  text: string;
  model: string;
  created: string;
}

export interface ResultCache {
  get(key: string): CacheEntry | undefined;
  /** False when the entry could not be stored (a read-only folder, a full disk). */
  set(key: string, entry: CacheEntry): boolean;
}

/** A plain file, not a symlink: a clone's cache folder may hold links to files elsewhere on the machine. */
function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * One JSON file per key. The folder gets a `.gitignore` of `*` so it never ends up in a commit.
 * A damaged entry is a miss, never an error: the cache only saves a call. `dir` has passed the path guard;
 * inside it, no symlink is read or written through (new files are created exclusively, then renamed).
 */
export function folderCache(dir: string): ResultCache {
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      if (!isPlainFile(file(key))) return undefined;
      try {
        const data = JSON.parse(readFileSync(file(key), 'utf8')) as Partial<CacheEntry>;
        if (typeof data.text !== 'string' || typeof data.model !== 'string' || typeof data.created !== 'string') return undefined;
        return { text: data.text, model: data.model, created: data.created };
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      const tmp = `${file(key)}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        const ignore = join(dir, '.gitignore');
        if (!lstatSync(ignore, { throwIfNoEntry: false })) writeFileSync(ignore, '# archdoc regeneration cache\n*\n', { flag: 'wx' });
        rmSync(tmp, { force: true });
        writeFileSync(tmp, JSON.stringify(entry), { flag: 'wx' });
        renameSync(tmp, file(key));
        return true;
      } catch {
        rmSync(tmp, { force: true });
        return false;
      }
    },
  };
}
