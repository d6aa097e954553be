/** The cap on documents per run (SPEC §6): a pull request's config must not turn one run into unbounded work. */
import type { DocumentTarget } from '../config/resolve.js';
import type { UncheckedDocuments } from '../report/document-report.js';

/**
 * Each document costs reads, parsing, perhaps an LLM call, and a section of the one sticky comment,
 * whose 65,536 characters all documents share; 20 leaves each section room for its verdict and findings.
 */
const MAX_DOCUMENTS_PER_RUN = 20;

/** The first MAX_DOCUMENTS_PER_RUN targets in configuration order, and what was left out (undefined: nothing). */
export function capDocuments(targets: readonly DocumentTarget[]): { checked: DocumentTarget[]; unchecked?: UncheckedDocuments } {
  const limit = MAX_DOCUMENTS_PER_RUN;
  if (targets.length <= limit) return { checked: [...targets] };
  return { checked: targets.slice(0, limit), unchecked: { total: targets.length, limit, paths: targets.slice(limit).map((t) => t.doc) } };
}
