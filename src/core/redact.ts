/**
 * Secrets out of everything archdoc prints or posts. An LLM (or a document) can echo a key in another
 * form than the raw one, so each secret is searched for as itself, base64 (standard and URL-safe, padded
 * or not, and at each of the three byte offsets it can sit at inside a longer base64 string),
 * percent-encoded and hex.
 */

const REDACTED = '***';
/** Shorter values (or encoded fragments) would mask ordinary text. */
const MIN_SECRET = 6;
const MIN_FORM = 8;

export interface Redactor {
  /** `text` with every form of every secret replaced by `***`. */
  redact(text: string): string;
  /** Whether `text` carries any form of any secret. */
  contains(text: string): boolean;
  /** Every form searched for, longest first (for core.setSecret). */
  forms: readonly string[];
}

const urlSafe = (b64: string): string => b64.replace(/\+/g, '-').replace(/\//g, '_');

/** The base64 characters that depend only on the secret when it starts `offset` bytes into a 3-byte group. */
function base64Fragment(secret: Buffer, offset: number): string {
  const b64 = Buffer.concat([Buffer.alloc(offset), secret]).toString('base64');
  // The first group mixes in the bytes before the secret; the last partial group the bytes after it.
  const skip = offset ? 3 - offset : 0;
  const whole = Math.floor((secret.length - skip) / 3);
  const start = offset ? 4 : 0;
  return b64.slice(start, start + whole * 4);
}

/** Every form of `secret` archdoc looks for. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const b64 = bytes.toString('base64');
  const hex = bytes.toString('hex');
  const percent = encodeURIComponent(secret);
  const forms = [
    secret,
    b64,
    b64.replace(/={1,2}$/, ''),
    ...[0, 1, 2].map((o) => base64Fragment(bytes, o)),
    percent,
    percent.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    // Percent-encoding of every byte, as some encoders do.
    hex.replace(/../g, '%$&'),
    hex.replace(/../g, '%$&').toUpperCase(),
    hex,
    hex.toUpperCase(),
  ];
  const all = forms.flatMap((f) => [f, urlSafe(f)]);
  return [...new Set(all)].filter((f) => f === secret || f.length >= MIN_FORM);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hex digits in either case: `[aA]`. */
const hexDigit = (d: string): string => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d);

/**
 * The secret with any of its characters percent-encoded or not, in either hex case (`sk%2Dab`,
 * `%73%6B-ab`): what URL encoders of every strictness make of it. Linear: one alternative per character.
 */
function percentPattern(secret: string): string {
  return Array.from(secret, (ch) => {
    const encoded = Array.from(Buffer.from(ch, 'utf8'), (b) => `%${Array.from(b.toString(16).padStart(2, '0'), hexDigit).join('')}`).join('');
    return `(?:${escapeRegExp(ch)}|${encoded})`;
  }).join('');
}

export function createRedactor(secrets: Iterable<string | undefined>): Redactor {
  const values = [...new Set([...secrets].map((s) => s?.trim()).filter((s): s is string => !!s && s.length >= MIN_SECRET))];
  const forms = [...new Set(values.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return { redact: (t) => t, contains: () => false, forms };
  // One pass over the text; the longest form wins where forms overlap. Percent-encodings (the raw value
  // among them) are matched by pattern, whatever mix of characters an encoder chose to encode.
  const literal = forms.filter((f) => !/%|^$/.test(f) && !values.includes(f)).map(escapeRegExp);
  const pattern = new RegExp([...values.map(percentPattern), ...literal].join('|'), 'g');
  return {
    redact: (text) => text.replace(pattern, REDACTED),
    contains: (text) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    },
    forms,
  };
}
