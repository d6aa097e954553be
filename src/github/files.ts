/**
 * Reading files at a commit through GraphQL: literal paths by `object(expression: "<rev>:<path>")`,
 * requirement globs by walking the tree under the glob's fixed base. Builds the query text and reads
 * the answer back into RemoteFiles.
 */

import picomatch from 'picomatch';
import { MAX_DOCUMENT_BYTES } from '../markdown/limits.js';
import type { RemoteFile } from './port.js';

/** Deepest folder nesting a `**` glob walks below its base. */
const MAX_WALK_DEPTH = 6;

export interface TreeWalk {
  base: string;
  depth: number;
  /** Bounded globs fetch blob text in the walk; `**` walks list names only, and matches are read after. */
  withText: boolean;
}

export interface FilePlan {
  literals: string[];
  walks: TreeWalk[];
  /** True for a path that any requirement glob (or literal requirement entry) names. */
  isRequirement: (path: string) => boolean;
}

export function planFiles(paths: readonly string[], requirementGlobs: readonly string[]): FilePlan {
  const literals = new Set(paths);
  const walks = new Map<string, TreeWalk>();
  const globs: string[] = [];
  const literalRequirements = new Set<string>();
  for (const glob of requirementGlobs) {
    const scan = picomatch.scan(glob);
    if (!scan.isGlob) {
      literals.add(glob);
      literalRequirements.add(glob);
      continue;
    }
    globs.push(glob);
    const deep = scan.glob.includes('**');
    const depth = deep ? MAX_WALK_DEPTH : scan.glob.split('/').length;
    const prev = walks.get(scan.base);
    walks.set(scan.base, {
      base: scan.base,
      depth: Math.max(depth, prev?.depth ?? 0),
      withText: !deep && (prev?.withText ?? true),
    });
  }
  const match = globs.length > 0 ? picomatch(globs, { dot: false }) : () => false;
  return { literals: [...literals], walks: [...walks.values()], isRequirement: (p) => literalRequirements.has(p) || match(p) };
}

const BLOB_FIELDS = 'byteSize isBinary isTruncated text';

/** Fields inside `repository { ... }` reading the plan's files at `rev`, with their variables. */
export interface FileSelection {
  varDefs: string[];
  fields: string;
  variables: Record<string, string>;
}

/** Literal paths at `rev` under aliases `<prefix>0`, `<prefix>1`, …, so one query can read several revisions. */
export function selectBlobs(prefix: string, rev: string, literals: readonly string[]): FileSelection {
  const varDefs: string[] = [];
  const variables: Record<string, string> = {};
  const fields: string[] = [];
  literals.forEach((path, i) => {
    varDefs.push(`$${prefix}${i}: String!`);
    variables[`${prefix}${i}`] = `${rev}:${path}`;
    fields.push(`${prefix}${i}: object(expression: $${prefix}${i}) { __typename ... on Blob { ${BLOB_FIELDS} } }`);
  });
  return { varDefs, fields: fields.join('\n'), variables };
}

export function selectFiles(rev: string, literals: readonly string[], walks: readonly TreeWalk[] = [], historyPaths: readonly string[] = []): FileSelection {
  const blobs = selectBlobs('f', rev, literals);
  const varDefs = [...blobs.varDefs];
  const variables = { ...blobs.variables };
  const fields = blobs.fields ? [blobs.fields] : [];
  walks.forEach((walk, i) => {
    varDefs.push(`$t${i}: String!`);
    variables[`t${i}`] = `${rev}:${walk.base}`;
    fields.push(`t${i}: object(expression: $t${i}) { ... on Tree { ${entriesSelection(walk.depth, walk.withText)} } }`);
  });
  if (historyPaths.length > 0) {
    const histories = historyPaths.map((path, i) => {
      varDefs.push(`$h${i}: String!`);
      variables[`h${i}`] = path;
      return `h${i}: history(first: 1, path: $h${i}) { nodes { oid committedDate } }`;
    });
    varDefs.push('$rev: String!');
    variables.rev = rev;
    fields.push(`commit: object(expression: $rev) { ... on Commit { oid ${histories.join(' ')} } }`);
  }
  return { varDefs, fields: fields.join('\n'), variables };
}

function entriesSelection(depth: number, withText: boolean): string {
  const blob = withText ? `... on Blob { ${BLOB_FIELDS} }` : '';
  const inner = depth > 1 ? `... on Tree { ${entriesSelection(depth - 1, withText)} }` : '';
  const object = blob || inner ? ` object { ${blob} ${inner} }` : '';
  return `entries { path type${object} }`;
}

interface BlobNode {
  __typename?: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}

interface TreeNode {
  entries?: Array<{ path?: string | null; type: string; object?: (BlobNode & TreeNode) | null }> | null;
}

export interface ReadFiles {
  files: Map<string, RemoteFile>;
  /** Paths whose text GitHub truncated: read them through REST. */
  truncated: string[];
  /** Blob paths seen in tree walks (text included or not). */
  listed: string[];
  lastChanges: Map<string, { oid: string; committedDate: string }>;
  /** Oid of `rev` when history was selected. */
  oid?: string;
}

/** Drops files a bounded walk brought along that no literal path or requirement glob asked for. */
export function keepPlanned(read: ReadFiles, plan: FilePlan): void {
  const literals = new Set(plan.literals);
  const wanted = (path: string) => literals.has(path) || plan.isRequirement(path);
  for (const path of read.files.keys()) if (!wanted(path)) read.files.delete(path);
  read.truncated = read.truncated.filter(wanted);
}

/** Reads the answer to a selectFiles selection. */
/** Reads the answer to a selectBlobs selection. */
export function readBlobs(prefix: string, repository: Record<string, unknown>, literals: readonly string[]): ReadFiles {
  const out: ReadFiles = { files: new Map(), truncated: [], listed: [], lastChanges: new Map() };
  literals.forEach((path, i) => {
    const node = repository[`${prefix}${i}`] as BlobNode | null | undefined;
    addFile(out, path, node ?? null);
  });
  return out;
}

export function readSelection(
  repository: Record<string, unknown>,
  literals: readonly string[],
  walks: readonly TreeWalk[] = [],
  historyPaths: readonly string[] = [],
): ReadFiles {
  const out = readBlobs('f', repository, literals);
  walks.forEach((walk, i) => {
    const tree = repository[`t${i}`] as TreeNode | null | undefined;
    if (tree) collect(out, tree, walk.withText);
  });
  const commit = repository.commit as ({ oid?: string } & Record<string, unknown>) | null | undefined;
  if (commit) {
    out.oid = commit.oid;
    historyPaths.forEach((path, i) => {
      const node = (commit[`h${i}`] as { nodes?: Array<{ oid: string; committedDate: string } | null> } | undefined)?.nodes?.[0];
      if (node) out.lastChanges.set(path, { oid: node.oid, committedDate: node.committedDate });
    });
  }
  return out;
}

function collect(out: ReadFiles, tree: TreeNode, withText: boolean): void {
  for (const entry of tree.entries ?? []) {
    if (!entry.path) continue;
    if (entry.type === 'blob') {
      out.listed.push(entry.path);
      if (withText && entry.object) addFile(out, entry.path, { __typename: 'Blob', ...entry.object });
    } else if (entry.type === 'tree' && entry.object) {
      collect(out, entry.object, withText);
    }
  }
}

function addFile(out: ReadFiles, path: string, node: BlobNode | null): void {
  if (!node) {
    out.files.set(path, { kind: 'missing', path });
  } else if (node.__typename === 'Tree') {
    out.files.set(path, { kind: 'directory', path });
  } else if (node.__typename !== 'Blob') {
    out.files.set(path, { kind: 'missing', path }); // a submodule commit is not a file we can read
  } else if ((node.byteSize ?? 0) > MAX_DOCUMENT_BYTES) {
    // Never read, through GraphQL text or the REST fallback: archdoc would refuse it anyway.
    out.files.set(path, { kind: 'too-large', path, byteSize: node.byteSize ?? 0 });
  } else if (node.isBinary || node.text == null) {
    out.files.set(path, { kind: 'binary', path, byteSize: node.byteSize ?? 0 });
  } else if (node.isTruncated) {
    out.truncated.push(path);
  } else {
    out.files.set(path, { kind: 'text', path, text: node.text, byteSize: node.byteSize ?? Buffer.byteLength(node.text) });
  }
}
