/** Redaction of secrets and log lines safe for the runner. */
import fc from 'fast-check';
import { createRedactor, secretForms } from '../../src/core/redact.js';
import { logLine } from '../../src/core/log-line.js';

const KEY = 'sk-proj-AbC123_xyz/+=-9876543210';
const TOKEN = 'ghs_0123456789abcdefABCDEF';

describe('createRedactor', () => {
  const r = createRedactor([KEY, TOKEN, undefined, '', 'short']);
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it.each([
    ['raw', KEY],
    ['base64', b64(KEY)],
    ['base64, no padding', b64(KEY).replace(/={1,2}$/, '')],
    ['base64, URL-safe', b64(KEY).replace(/\+/g, '-').replace(/\//g, '_')],
    ['URL-encoded', encodeURIComponent(KEY)],
    ['URL-encoded, lower-case hex', encodeURIComponent(KEY).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ['every byte percent-encoded', Buffer.from(KEY).toString('hex').replace(/../g, '%$&')],
    ['hex', Buffer.from(KEY).toString('hex')],
    ['HEX', Buffer.from(KEY).toString('hex').toUpperCase()],
  ])('removes the %s form', (_name, form) => {
    const out = r.redact(`before ${form} after`);
    expect(out).toBe('before *** after');
    expect(r.contains(`x${form}x`)).toBe(true);
  });

  it('finds base64 of the key inside any longer base64 string (each of the three byte offsets)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (before, after) => {
        for (const encode of [(b: Buffer) => b.toString('base64'), (b: Buffer) => b.toString('base64url')]) {
          const text = encode(Buffer.concat([Buffer.from(before), Buffer.from(KEY), Buffer.from(after)]));
          expect(r.contains(text)).toBe(true);
          // What is left cannot give the key back: at most two bytes of it at each end.
          expect(r.redact(text)).toContain('***');
        }
      }),
    );
  });

  it('leaves other text alone and ignores empty or very short values', () => {
    expect(r.redact('short text, nothing secret: sk-proj-')).toBe('short text, nothing secret: sk-proj-');
    expect(createRedactor([]).redact('x')).toBe('x');
  });

  it('lists the forms to register with the runner, the raw value once', () => {
    const forms = secretForms(KEY);
    expect(forms.filter((f) => f === KEY)).toHaveLength(1);
    expect(forms).toContain(b64(KEY));
    expect(r.forms).toEqual(expect.arrayContaining([...forms, ...secretForms(TOKEN)]));
  });
});

describe('logLine', () => {
  it.each([
    ['docs/x.md\n::warning file=x::forged', 'docs/x.md⏎::warning file=x::forged'],
    ['::add-mask::acme', '\\::add-mask::acme'],
    ['   ::error::x', '\\   ::error::x'],
    ['a\r::error::x', 'a⏎::error::x'],
    ['a\r\nb\u2028c', 'a⏎b⏎c'],
    ['see ##[add-mask]shop', 'see ##\\[add-mask]shop'],
    ['\u001b[31mred\u001b]8;;http://evil.example\u0007link', '\\x1b[31mred\\x1b]8;;http://evil.example\\x07link'],
    ['plain: ok', 'plain: ok'],
  ])('%j -> %j', (input, expected) => {
    expect(logLine(input)).toBe(expected);
  });

  it('never yields a line the runner reads as a command (property)', () => {
    const piece = fc.constantFrom('::', ':', '#', '##[', '[', '\n', '\r', ' ', '\t', 'add-mask', 'warning', 'x', '\u001b', '\u2028');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }).map((a) => a.join('')),
        (text) => {
          const line = logLine(text);
          expect(line).not.toMatch(/[\r\n]/);
          expect(line.trimStart().startsWith('::')).toBe(false);
          expect(line).not.toContain('##[');
        },
      ),
    );
  });
});
