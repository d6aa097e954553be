/** What the LLM is asked: task, structure, requirements, current document; within a measured budget. */
import { UsageError } from '../../src/core/findings.js';
import { applyStamp } from '../../src/drift/stamp.js';
import { buildPrompt, estimateTokens, SYSTEM_PROMPT } from '../../src/generate/prompt.js';
import { loadTemplateSource, templateTask } from '../../src/generate/template-source.js';
import { GOOD_DOC, REQUIREMENTS } from './fixtures.js';
import { cpuClock } from '../../test-support/cpu-time.js';

const DOC = 'docs/02_architecture.md';
const builtin = loadTemplateSource('architecture', () => {
  throw new Error('not read');
});

/** A prompt file in the shape of the kit's (written for this test): role, task, structure, example, chat hand-off. */
const KIT_STYLE = `# Service Design (Team Mode)

You are a staff engineer. Produce a design that a new team member can follow.

## Handoff

When you are done, tell the user to save the file as docs/02_architecture.md.

---

## Your Task

Write a **Service Design** with the exact structure below. Do not ask questions first.

---

## Output Structure

# Service Design

## Context
- **Owner**: [Team]

## Components
...

---

## Example (for reference only)

# Service Design

## Context
- **Owner**: Payments team

---

## After Generation

Tell the user:

> ✅ **Service Design complete!**
> Next steps: click the "Copy response" button.
`;
const kit = loadTemplateSource('design/service.md', () => KIT_STYLE);
const req = (path: string, text: string) => ({ path, text });

describe('the task and the structure', () => {
  test('a kit-style prompt file: its text before the Output Structure, without the chat hand-off', () => {
    const task = templateTask(kit);
    expect(task).toContain('You are a staff engineer.');
    expect(task).toContain('Write a **Service Design** with the exact structure below.');
    expect(task).not.toMatch(/tell the user|Handoff|Copy response|---/i);

    const user = buildPrompt({ template: kit, requirements: [req('r.md', '# R\n')], docPath: DOC }).user;
    expect(user).toContain('<structure>\n# Service Design\n\n## Context\n- **Owner**: [Team]\n\n## Components\n...\n</structure>');
    // Only the structure: the example and the after-generation chat are not in the prompt.
    expect(user).not.toMatch(/Payments team|tell the user|Copy response|complete!/i);
  });

  test('chat headings are recognised with closing #s and blanks; a long heading line ends quickly', () => {
    const prompt = (before: string) => loadTemplateSource('p.md', () => `${before}\n## Output Structure\n# S\n`);
    expect(templateTask(prompt('Keep.\n\n##   Next steps   ##  \nDrop.\n### Drop too\n## Kept\nKeep too.\n'))).toBe('Keep.\n\n## Kept\nKeep too.');
    expect(templateTask(prompt('Keep.\n## Next steps#\nDropped: a closing `#` needs no blank before it.\n'))).toBe('Keep.');
    // The former regex took 82 s on 5,000 blanks between two words of a heading.
    const cpu = cpuClock();
    expect(templateTask(prompt(`# a${' '.repeat(50_000)}b\nText.\n`))).toContain('Text.');
    expect(cpu()).toBeLessThan(1000);
  });

  test("the built-in template brings archdoc's own task text", () => {
    expect(templateTask(builtin)).toMatch(/^Write the architecture design document for the system that the requirements describe\./);
  });

  test('the current document goes in without its stamp; without one the model is told to start from scratch', () => {
    const stamped = applyStamp(GOOD_DOC, { requirements: { 'a.md': 'sha256:0' }, template: 'sha256:1', model: 'm', generated: '2026-01-01T00:00:00Z' });
    const withDoc = buildPrompt({ template: builtin, requirements: [req('a.md', REQUIREMENTS)], currentDoc: stamped, docPath: DOC }).user;
    expect(withDoc).toContain(`<current_document path="${DOC}">\n${GOOD_DOC.trimEnd()}\n</current_document>`);
    expect(withDoc).not.toContain('archdoc:stamp {');

    const fresh = buildPrompt({ template: builtin, requirements: [req('a.md', REQUIREMENTS)], docPath: DOC }).user;
    expect(fresh).toContain(`There is no current document yet: write ${DOC} from scratch.`);
    expect(fresh).not.toContain('<current_document');
  });

  test('requirements are quoted with their paths, in the order given', () => {
    const user = buildPrompt({ template: builtin, requirements: [req('docs/a.md', 'Alpha.'), req('docs/b.md', 'Beta.')], docPath: DOC }).user;
    expect(user).toContain('<requirements path="docs/a.md">\nAlpha.\n</requirements>\n\n<requirements path="docs/b.md">\nBeta.\n</requirements>');
  });
});

describe('the input budget', () => {
  test('the example requirements fit without trimming, and the estimate is chars/4 of system + user', () => {
    const p = buildPrompt({ template: builtin, requirements: [req('docs/01_requirements.md', REQUIREMENTS)], currentDoc: GOOD_DOC, docPath: DOC });
    expect(p.trimmed).toEqual([]);
    expect(p.system).toBe(SYSTEM_PROMPT);
    expect(p.inputTokens).toBe(Math.ceil(SYSTEM_PROMPT.length / 4) + Math.ceil(p.user.length / 4));
  });

  test('over budget, the largest requirements file is cut first and the cut is reported', () => {
    const big = `# Big\n${'The system shall log every access. '.repeat(2000)}`; // ≈70k chars
    const small = `# Small\n${'Keep it small. '.repeat(100)}`;
    const p = buildPrompt({
      template: builtin,
      requirements: [req('big.md', big), req('small.md', small)],
      currentDoc: GOOD_DOC,
      docPath: DOC,
      maxInputTokens: 8_000,
    });

    expect(p.inputTokens).toBeLessThanOrEqual(8_000);
    expect(p.user).toContain(small.trim());
    expect(p.user).toContain('<current_document');
    expect(p.user).toMatch(/\[archdoc: [\d,]+ more characters of this file were left out to fit the input budget\]/);
    expect(p.trimmed[0]).toMatch(/^the prompt was ≈[\d,]+ tokens, over the 8,000-token input budget; requirements were cut, largest first$/);
    expect(p.trimmed[1]).toMatch(/^big\.md: kept the first [\d,]+ of [\d,]+ characters \(≈[\d,]+ tokens left out\)$/);
    expect(p.trimmed).toHaveLength(2);
  });

  test('two files over budget are levelled: both keep the same share', () => {
    const a = 'a'.repeat(40_000);
    const b = 'b'.repeat(30_000);
    const p = buildPrompt({ template: builtin, requirements: [req('a.md', a), req('b.md', b)], docPath: DOC, maxInputTokens: 10_000 });
    const kept = p.trimmed.slice(1).map((t) => Number(/kept the first ([\d,]+)/.exec(t)?.[1].replace(/,/g, '')));
    expect(kept).toHaveLength(2);
    expect(Math.abs(kept[0] - kept[1])).toBeLessThanOrEqual(1);
    expect(p.inputTokens).toBeLessThanOrEqual(10_000);
  });

  test('when even the current document does not fit, it is left out and the note says the document is rewritten', () => {
    const hugeDoc = GOOD_DOC + 'x'.repeat(40_000);
    const p = buildPrompt({ template: builtin, requirements: [req('r.md', 'r'.repeat(8_000))], currentDoc: hugeDoc, docPath: DOC, maxInputTokens: 5_000 });
    expect(p.user).not.toContain('<current_document');
    expect(p.trimmed[0]).toContain('the current document was left out, so the new one is written from scratch');
    expect(p.inputTokens).toBeLessThanOrEqual(5_000);
  });

  test('a budget the template alone exhausts is a usage error, not a silently empty prompt', () => {
    expect(() => buildPrompt({ template: builtin, requirements: [req('r.md', 'r'.repeat(50_000))], docPath: DOC, maxInputTokens: 600 })).toThrow(UsageError);
    expect(estimateTokens('abcd'.repeat(10))).toBe(10);
  });
});
