/** How the model compares names written by people: case, separators and plurals do not make a different thing. */

/** Lower case, letters and digits only: `Share-Link` and `SHARE_LINK` fold alike. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** English singular of a folded word, enough for resource names (`categories`, `addresses`, `users`). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** `users`, `User` and `USER` name the same entity. */
export function sameEntityName(a: string, b: string): boolean {
  const x = fold(a);
  return x !== '' && singular(x) === singular(fold(b));
}

/** Words that say what kind of thing it is, not which: `IS601 Calculator Application` is `IS601 Calculator`. */
const KIND_WORDS = /\b(?:the|system|platform|application|app)\b/giu;

/** The names an element answers to: its alias and its label, folded, with and without kind words. */
function namesOf(e: { alias: string; label: string }): Set<string> {
  return new Set([fold(e.alias), fold(e.label), fold(e.label.replace(KIND_WORDS, ' '))].filter(Boolean));
}

/** Two C4 elements are the same thing when they share an alias or a label (`System(cf, "ClinicFlow")` and `System_Boundary(cfb, "ClinicFlow")`). */
export function sameElement(a: { alias: string; label: string }, b: { alias: string; label: string }): boolean {
  const names = namesOf(b);
  return [...namesOf(a)].some((n) => names.has(n));
}
