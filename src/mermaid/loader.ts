/**
 * Loads mermaid on first use only: importing it costs ~700 ms unbundled (~100 ms bundled), which a
 * document without diagrams must not pay.
 */

/** The slice of mermaid's API archdoc uses. */
export interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<unknown> };
}

let loading: Promise<MermaidApi> | undefined;

/**
 * In Node, DOMPurify has no window and exposes neither hooks nor sanitize; mermaid calls both while
 * parsing C4 and ER labels. Parsing only needs the text back, so give it no-ops.
 */
async function patchDomPurify(): Promise<void> {
  const { default: purify } = await import('dompurify');
  const target = purify as unknown as Record<string, unknown>;
  if (typeof target.sanitize === 'function') return;
  const noop = (): void => {};
  Object.assign(target, {
    addHook: noop,
    removeHook: noop,
    removeHooks: noop,
    removeAllHooks: noop,
    sanitize: (text: unknown) => text,
  });
}

export function loadMermaid(): Promise<MermaidApi> {
  loading ??= (async () => {
    await patchDomPurify();
    const mod = (await import('mermaid')) as unknown as { default: MermaidApi };
    return mod.default;
  })().catch((err: unknown) => {
    loading = undefined; // let a later call try again
    throw err;
  });
  return loading;
}
