/**
 * Analyse mermaid diagrams with mermaid itself: whether it parses (mermaid.parse is the only judge),
 * where it fails in the diagram source, and for C4 the declared elements and relations.
 * mermaid keeps each diagram's database in a module-level singleton, so analyses run one at a time.
 * Never throws: anything unexpected becomes an `error` (kind 'internal') or an `internal` note.
 */
import type { DiagramAnalysis, DiagramError } from './types.js';
import { diagramHeader, titleOf } from './detect.js';
import { checkLimits } from './limits.js';
import { loadMermaid, type MermaidApi } from './loader.js';
import { onePass, parserInput, SourceMap } from './preprocess.js';
import { toDiagramError } from './errors.js';
import { extractC4 } from './c4.js';
import { extractEr } from './er.js';

let queue: Promise<unknown> = Promise.resolve();

function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function mermaidTypeOf(result: unknown): string | undefined {
  if (typeof result === 'object' && result !== null && 'diagramType' in result && typeof result.diagramType === 'string') {
    return result.diagramType;
  }
  return undefined;
}

function internalError(message: string): DiagramError {
  return { line: 1, column: 1, kind: 'internal', message };
}

async function c4Details(mermaid: MermaidApi, source: string, map: SourceMap): Promise<Pick<DiagramAnalysis, 'c4' | 'internal' | 'title'>> {
  // One preprocessing pass here plus the one getDiagramFromText does = what mermaid.parse did.
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(onePass(source));
  const c4 = extractC4(diagram, map);
  if (!c4) return { internal: 'could not read the C4 elements from mermaid (unexpected mermaid internals)' };
  const db = (diagram as { db?: { getTitle?: unknown } }).db;
  const title = typeof db?.getTitle === 'function' ? (db.getTitle() as unknown) : undefined;
  return { c4, ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}) };
}

async function erDetails(mermaid: MermaidApi, source: string): Promise<Pick<DiagramAnalysis, 'er' | 'internal'>> {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(onePass(source));
  const er = extractEr(diagram, source);
  return er ? { er } : { internal: 'could not read the ER entities from mermaid (unexpected mermaid internals)' };
}

async function analyzeNow(source: string): Promise<DiagramAnalysis> {
  const header = diagramHeader(source);
  const heading = titleOf(source);
  const base: DiagramAnalysis = { type: header?.keyword ?? '', ...(heading ? { title: heading.title, titleLine: heading.line } : {}) };

  const limit = checkLimits(source);
  if (limit) return { ...base, error: { line: limit.line, column: 1, kind: 'limit', message: limit.message } };

  let mermaid: MermaidApi;
  try {
    mermaid = await loadMermaid();
  } catch (err) {
    return { ...base, error: internalError(`could not load mermaid: ${messageOf(err)}`) };
  }

  const map = new SourceMap(source, parserInput(source, base.type));
  let result: unknown;
  try {
    result = await mermaid.parse(source);
  } catch (err) {
    return { ...base, error: toDiagramError(err, source, map, header) };
  }
  const mermaidType = mermaidTypeOf(result);
  const analysis: DiagramAnalysis = { ...base, ...(mermaidType ? { mermaidType } : {}) };
  if (mermaidType === 'er') {
    try {
      return { ...analysis, ...(await erDetails(mermaid, source)) };
    } catch (err) {
      return { ...analysis, internal: `could not read the ER entities: ${messageOf(err)}` };
    }
  }
  if (mermaidType !== 'c4') return analysis;
  try {
    const details = await c4Details(mermaid, source, map);
    // The title read from the source (with its line) wins over the one only mermaid found.
    return { ...details, ...analysis };
  } catch (err) {
    return { ...analysis, internal: `could not read the C4 elements: ${messageOf(err)}` };
  }
}

/**
 * The analysis is a function of the diagram's text alone, and `fix` lints the same diagrams again after
 * each round of repairs: the last few analyses are remembered (a bounded number, oldest out first, so a
 * hostile document cannot grow it), and each caller gets its own copy.
 */
const RECENT = 64;
const recent = new Map<string, Promise<DiagramAnalysis>>();

export async function analyzeDiagram(source: string): Promise<DiagramAnalysis> {
  let analysis = recent.get(source);
  if (!analysis) {
    analysis = serial(async () => {
      try {
        return await analyzeNow(source);
      } catch (err) {
        return { type: '', error: internalError(`archdoc could not analyse the diagram: ${messageOf(err)}`) };
      }
    });
    recent.set(source, analysis);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  }
  return structuredClone(await analysis);
}

/**
 * Forget the remembered analyses. For a harness that reruns tests in one process with changed code (the
 * mutation run): a remembered answer would stand in for the code under test.
 */
export function forgetAnalyses(): void {
  recent.clear();
}

/** Analyses in order; the result array lines up with `sources`. */
export async function analyzeDiagrams(sources: readonly string[]): Promise<DiagramAnalysis[]> {
  const out: DiagramAnalysis[] = [];
  for (const s of sources) out.push(await analyzeDiagram(s));
  return out;
}
