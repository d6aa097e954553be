/**
 * Text that was UTF-8 once and got decoded as Windows-1252 (or Latin-1): `âœ…` for `✅`, `â€™` for `’`.
 * Repair by turning the characters back into bytes and decoding those as UTF-8; only runs that decode
 * cleanly count, so genuine accented text (`São`, `é`) is never touched.
 */

const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** The byte a character of a candidate run stood for before the wrong decoding (each one stands for one). */
function byteOf(ch: number): number {
  return CP1252_HIGH[ch] ?? ch;
}

/** How many bytes a UTF-8 sequence with this lead byte spans; a byte that leads none fails to decode anyway. */
function seqLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text the bytes spell in UTF-8; undefined unless they are one whole, valid sequence or more (a bad or short continuation, an overlong form). */
function decode(bytes: number[]): string | undefined {
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

export interface MojibakeRun {
  start: number;
  end: number;
  found: string;
  fixed: string;
}

const CANDIDATE =
  /[\u00c2-\u00f4][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;

export function findMojibake(text: string): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const s = m[0];
    const base = m.index ?? 0;
    let i = 0;
    while (i < s.length) {
      const n = seqLength(byteOf(s.charCodeAt(i)));
      const found = s.slice(i, i + n);
      const fixed = decode([...found].map((c) => byteOf(c.charCodeAt(0))));
      if (fixed === undefined) {
        i++;
        continue;
      }
      const prev = runs[runs.length - 1];
      if (prev && prev.end === base + i) {
        prev.end += n;
        prev.found += found;
        prev.fixed += fixed;
      } else runs.push({ start: base + i, end: base + i + n, found, fixed });
      i += n;
    }
  }
  return runs;
}
