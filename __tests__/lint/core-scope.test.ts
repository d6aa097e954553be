/** What counts as a section's content (src/lint/scope.ts). */
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const found = async (template: string, section: string) =>
  (await lintText(`# Design\n\n## 1. Data\n\n${section}\n\n## 2. Notes\n\nN.\n`, 'd.md', { template: parseTemplate(template, 't.md') })).findings.map(
    (f) => `${f.line} ${f.rule}`,
  );

describe('an empty section', () => {
  const template = '# Design\n\n## 1. Data\n\nWhat is stored.\n\n## 2. Notes\n\nAnything.\n';
  test.each([
    ['HTML comments, one of them over several lines', '<!-- todo -->\n<!--\nmulti\n-->'],
    ['subheadings without text', '### Sub\n\n#### Subsub'],
    ['a heading indented three spaces', '   ### indented heading'],
    ['blank lines with tabs and spaces', '\t\n  \n'],
    ['a lone #', '#'],
  ])('holds only %s', async (_, section) => {
    expect(await found(template, section)).toEqual(['3 section-empty']);
  });

  test.each([
    ['a #hashtag', '#hashtag'],
    ['a line indented as code', '    # code line'],
    ['seven #', '####### seven'],
    ['text under a subheading', '### Sub\n\nText under sub.'],
    ['text between comments', '<!-- a --> text <!-- b -->'],
  ])('is not one with %s', async (_, section) => {
    expect(await found(template, section)).toEqual([]);
  });
});
