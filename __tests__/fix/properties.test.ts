/**
 * The fixer's promises, checked on random documents built from realistic pieces (template headings
 * with variations, prose, lists, fields, endpoints, code blocks, chat, mojibake, CRLF) and arbitrary
 * strings: it never throws, fixing twice changes nothing, the author's unmarked lines survive in order,
 * and afterwards lint finds nothing it could still fix. (Stray fence lines, which turn the rest of a
 * file into code, only go to the never-throws property: see test-support/markdown-arbitrary.ts.)
 */
import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { fixText, keepsLines, protectedLines } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { documentArbitrary } from '../../test-support/markdown-arbitrary.js';

const template = builtinTemplate('architecture')!;
const PATH = 'docs/02_architecture.md';
const fix = (text: string) => fixText(text, PATH, { template });
const RUNS = 60;

test('fix never throws, whatever the text', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        documentArbitrary({ strayFences: true }).map((d) => d.text),
      ),
      async (text) => {
        await fix(text);
      },
    ),
    { numRuns: runs(RUNS) },
  );
});

/**
 * The fixer's three promises on one document each run: the lint before, two fixes and the lint after
 * serve all of them (they were three properties of 60 runs each, paying for the same work three times).
 */
test("fix(fix(x)) == fix(x); every line of the author's that no finding marked is still there, in order; afterwards lint reports nothing fix could still repair; CRLF and the final newline are as they were", async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary(), async ({ text, crlf, finalNewline }) => {
      const before = await lintText(text, PATH, { template });
      const once = await fix(text);
      const twice = await fix(once.text);
      expect(twice.text).toBe(once.text);
      expect(twice.changed).toBe(false);

      expect(keepsLines(once.text, protectedLines(text, before.findings))).toBe(true);

      const after = await lintText(once.text, PATH, { template });
      expect(after.findings.filter((f) => f.fixable).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      // Each rule that was fixable before is gone or reports only what it cannot fix.
      for (const rule of new Set(before.findings.filter((f) => f.fixable).map((f) => f.rule))) {
        expect(after.findings.filter((f) => f.rule === rule && f.fixable)).toEqual([]);
      }
      if (once.changed && text !== '') {
        if (crlf) expect(once.text.replace(/\r\n/g, '')).not.toContain('\n');
        expect(once.text.endsWith('\n')).toBe(finalNewline);
      }
    }),
    { numRuns: runs(RUNS) },
  );
});

test('the same holds for documents with diagrams (parsed by mermaid)', async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary({ diagrams: true }), async ({ text }) => {
      const { findings } = await lintText(text, PATH, { template });
      const once = await fix(text);
      expect(keepsLines(once.text, protectedLines(text, findings))).toBe(true);
      expect((await fix(once.text)).text).toBe(once.text);
      expect(once.remaining.filter((f) => f.fixable)).toEqual([]);
    }),
    { numRuns: runs(20) },
  );
});
