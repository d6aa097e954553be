/** For any Markdown input, lint returns findings (never throws) and every position is inside the document. */
import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { RULE_NAMES } from '../../src/lint/catalogue.js';
import { documentArbitrary } from '../../test-support/markdown-arbitrary.js';

const template = builtinTemplate('architecture')!;

async function checkPositions(text: string): Promise<void> {
  const { findings } = await lintText(text, 'doc.md', { template });
  const lines = text.split('\n');
  for (const f of findings) {
    expect(RULE_NAMES).toContain(f.rule);
    expect(['error', 'warning']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeLessThanOrEqual((lines[f.line - 1] ?? '').replace(/\r$/, '').length + 1);
    if (f.endLine !== undefined) {
      expect(f.endLine).toBeGreaterThanOrEqual(f.line);
      expect(f.endLine).toBeLessThanOrEqual(lines.length);
    }
  }
}

test('arbitrary strings never make lint throw', async () => {
  await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), checkPositions), { numRuns: runs(300) });
});

test('architecture-like documents: findings stay inside the document', async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary(), (d) => checkPositions(d.text)),
    { numRuns: runs(300) },
  );
});

test('with diagrams: mermaid runs and positions still hold', async () => {
  await fc.assert(
    fc.asyncProperty(documentArbitrary({ diagrams: true }), (d) => checkPositions(d.text)),
    { numRuns: runs(40) },
  );
});
