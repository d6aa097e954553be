/** Every rule's doc page carries a failing and a passing example; here they run. */
import { RULE_METAS } from '../../src/lint/catalogue.js';
import { lintText } from '../../src/lint/lint.js';
import { fixText } from '../../src/fix/fix.js';
import { unifiedDiff } from '../../src/report/diff.js';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import { readRuleDoc, ruleDocFiles } from '../../test-support/rule-docs.js';

const docRules = RULE_METAS.filter((r) => r.name !== 'requirements-drift');

test('every rule has a doc page and every doc page is a rule', () => {
  expect(ruleDocFiles()).toEqual(RULE_METAS.map((r) => `${r.name}.md`).sort());
});

describe.each(docRules.map((r) => [r.name, r] as const))('%s', (name, meta) => {
  const page = readRuleDoc(`${name}.md`);
  const template = page.template ? parseTemplate(page.template, `${name} example template`) : builtinTemplate('architecture')!;
  // The page's own rule runs even when it is off by default; the requirements, if the page gives them, are read.
  const requirements = page.requirements ? [{ path: 'docs/01_requirements.md', text: page.requirements }] : undefined;
  const options = { template, rules: { [name]: meta.severity }, ...(requirements ? { requirements } : {}) };
  const lint = async (text: string) =>
    (await lintText(text, `${name}.md`, options)).findings.map((f) => ({ line: f.line, column: f.column, rule: f.rule, message: f.message }));

  test('the page names the rule and states its severity and fixability', () => {
    expect(page.title).toBe(name);
    expect(page.text).toContain(meta.description);
    expect(page.text).toMatch(new RegExp(`Severity: \\*\\*${meta.severity}\\*\\*`));
    expect(page.text).toMatch(new RegExp(`Fixable: \\*\\*${meta.fixable ? 'yes' : 'no'}\\*\\*`));
  });

  test('the failing example reports exactly the listed findings, with the messages shown', async () => {
    expect(page.fail).toBeDefined();
    expect(page.findings?.some((f) => f.rule === name)).toBe(true);
    expect(await lint(page.fail!)).toEqual(page.findings);
  });

  test('the passing example has no findings', async () => {
    expect(page.pass).toBeDefined();
    expect(await lint(page.pass!)).toEqual([]);
  });

  if (meta.fixable) {
    test('archdoc fix turns the failing example into the `fixed` one, with the `diff` shown', async () => {
      expect(page.fixed).toBeDefined();
      expect(page.diff).toBeDefined();
      const fixed = await fixText(page.fail!, `${name}.md`, { template });
      expect(fixed.text).toBe(page.fixed);
      expect(unifiedDiff(page.fail!, fixed.text, `${name}.md`)).toBe(page.diff);
      // The rule itself is gone from the fixed example (what is left, if anything, is for the author).
      expect(fixed.remaining.filter((f) => f.rule === name && f.fixable)).toEqual([]);
    });
  }
});
