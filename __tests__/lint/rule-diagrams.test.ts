/** The diagram rules point into the file: a diagram indented in a list item is reported where its text stands. */
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const template = parseTemplate(
  '# Design\n\n## 1. System Context\n\n```mermaid\nC4Context\n    title System Context\n    ...\n```\n\n## 2. Containers\n\n```mermaid\nC4Container\n    title Containers\n    ...\n```\n',
  't.md',
);
const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => (l ? `   ${l}` : l))
    .join('\n');
const lint = async (text: string, rules: Record<string, 'warning'> = {}) =>
  (await lintText(text, 'd.md', { template, rules })).findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);
const context = (body: string) =>
  `# Design\n\n## 1. System Context\n\n1. The context:\n\n${indent(`\`\`\`mermaid\nC4Context\n    title System Context\n${body}\n\`\`\``)}\n`;

test('C4 findings in an indented diagram carry the columns of the text', async () => {
  const doc = context('    Person(user, "User")\n    System(app, "App"\n    System(psp, "PSP")\n    System(user, "Again")\n    Rel(user, App, "Uses")');
  expect((await lint(doc)).filter((f) => !f.includes('section-missing'))).toEqual([
    '11:15 c4-orphan-element System `app` has no relation in this C4Context diagram: add the `Rel` that says how it is used, or remove it.',
    '12:8 c4-swallowed-element `System(psp, ...)` was swallowed by `System(app, ...)` at line 11: close that declaration with `)`.',
    '13:15 c4-duplicate-alias Alias `user` is already declared at line 10: give each element its own alias.',
    '14:18 c4-undefined-alias `Rel` refers to `App`, which no element declares (did you mean `app`?).',
  ]);
});

test('a syntax error and a wrong type in an indented diagram are reported inside it', async () => {
  const syntax = context('    Person(user, "User")\n    Rel(user contains)');
  expect((await lint(syntax)).find((f) => f.includes('diagram-syntax'))).toMatch(
    /^11:26 diagram-syntax mermaid cannot parse this diagram: unexpected end of diagram/,
  );
  const type = `# Design\n\n## 1. System Context\n\n- The context:\n\n${indent('```mermaid\nflowchart LR\n    a --> b\n```')}\n`;
  expect((await lint(type)).filter((f) => f.includes('diagram-type'))).toEqual([
    '8:4 diagram-type Diagram is `flowchart`; this section needs a `C4Context` diagram.',
  ]);
});

describe('c4-context-container', () => {
  const rules = { 'c4-context-container': 'warning' } as const;
  const doc = (containers: string) =>
    '# Design\n\n## 1. System Context\n\n```mermaid\nC4Context\n    title System Context\n    Person(patient, "Patient")\n    System(cf, "ClinicFlow", "Books appointments")\n    Rel(patient, cf, "Books visits")\n```\n\n' +
    `## 2. Containers\n\n\`\`\`mermaid\nC4Container\n    title Containers\n${containers}\n\`\`\`\n`;
  const found = async (containers: string) => (await lint(doc(containers), rules)).filter((f) => f.includes('c4-context-container'));

  test('a boundary named like the system, other boundaries and nested ones are fine; an unrelated person is not checked', async () => {
    const ok = [
      '    Person(patient, "Patient")',
      '    Person(visitor, "Visitor")',
      '    Enterprise_Boundary(org, "Clinic") {',
      '    System_Boundary(cfb, "ClinicFlow") {',
      '    System_Boundary(inner, "Inner") {',
      '        Container(web, "Web", "React")',
      '    }',
      '    }',
      '    }',
      '    Container_Boundary(parts, "Parts") {',
      '        Container(api, "API", "Go")',
      '    }',
      '    Rel(patient, web, "Books")',
      '    Rel(web, api, "Calls")',
    ];
    expect(await found(ok.join('\n'))).toEqual([]);
    expect(await found(ok.join('\n').replace('System_Boundary(cfb, "ClinicFlow")', 'System_Boundary(cf, "Booking")'))).toEqual([]);
  });

  test('an outside element is reported once, by its alias alone when it has no other label', async () => {
    const found2 = await found('    System_Ext(sms, "sms")\n    System_Ext(sms, "sms")\n    Container(web, "Web", "React")\n    Rel(web, sms, "Sends")');
    expect(found2).toEqual([
      '18:16 c4-context-container System_Ext `sms` takes part in the Container diagram but not in the Context diagram (line 5): add it there, or use the alias or label it has there.',
    ]);
  });
});

test('diagram-type points at the type keyword below a comment, or at the first line when there is none', async () => {
  const below = `# Design\n\n## 1. System Context\n\n- The context:\n\n${indent('```mermaid\n%% drawn later\n  flowchart LR\n  a --> b\n```')}\n`;
  const none = '# Design\n\n## 1. System Context\n\n```mermaid\n%% nothing yet\n```\n';
  const types = async (doc: string) => (await lint(doc)).filter((f) => f.includes('diagram-type'));
  expect([...(await types(below)), ...(await types(none))]).toEqual([
    '9:6 diagram-type Diagram is `flowchart`; this section needs a `C4Context` diagram.',
    '6:1 diagram-type Diagram is `no diagram type`; this section needs a `C4Context` diagram.',
  ]);
});

describe('diagram-title: where archdoc fix writes the title', () => {
  const contextOnly = parseTemplate('# Design\n\n## 1. System Context\n\n```mermaid\nC4Context\n    title System Context\n    ...\n```\n', 't.md');
  const section = (diagram: string) => `# Design\n\n## 1. System Context\n\n${diagram}\n`;
  const titleFindings = async (diagram: string) =>
    (await lintText(section(diagram), 'd.md', { template: contextOnly })).findings
      .filter((f) => f.rule === 'diagram-title')
      .map((f) => `${f.line}:${f.column}`);
  const fixedDiagram = async (diagram: string) => (await fixText(section(diagram), 'd.md', { template: contextOnly })).text.slice(section('').length - 1, -1);

  test.each([
    [
      'below the keyword, past front matter, a blank line and a comment, indented like the next statement',
      '```mermaid\n---\nconfig:\n  theme: dark\n---\n\n%% the context\nC4Context\n  Person(u, "U")\n```',
      '```mermaid\n---\nconfig:\n  theme: dark\n---\n\n%% the context\nC4Context\n  title System Context\n  Person(u, "U")\n```',
    ],
    [
      'four blanks deeper than an indented keyword whose statements are not indented',
      '```mermaid\n  C4Context\nPerson(u, "U")\n```',
      '```mermaid\n  C4Context\n      title System Context\nPerson(u, "U")\n```',
    ],
    [
      'below the keyword, past a line of blanks and an indented comment',
      '```mermaid\n   \n  %% note\nC4Context\n  Person(u, "U")\n```',
      '```mermaid\n   \n  %% note\nC4Context\n  title System Context\n  Person(u, "U")\n```',
    ],
    ['four blanks deep when the keyword is all there is', '```mermaid\nC4Context\n```', '```mermaid\nC4Context\n    title System Context\n```'],
    [
      'with the tab the statements use, past a line of blanks',
      '```mermaid\nC4Context\n  \n\tPerson(u, "U")\n```',
      '```mermaid\nC4Context\n\ttitle System Context\n  \n\tPerson(u, "U")\n```',
    ],
    [
      'right after front matter that the keyword follows at once',
      '```mermaid\n---\nconfig:\n  theme: dark\n---\nC4Context\n  Person(u, "U")\n```',
      '```mermaid\n---\nconfig:\n  theme: dark\n---\nC4Context\n  title System Context\n  Person(u, "U")\n```',
    ],
    [
      'four blanks deeper than a keyword its statements are indented like',
      '```mermaid\n  C4Context\n  Person(u, "U")\n```',
      '```mermaid\n  C4Context\n      title System Context\n  Person(u, "U")\n```',
    ],
    [
      'four blanks deep, whatever the text after the diagram',
      '```mermaid\nC4Context\n```\n  Indented text.',
      '```mermaid\nC4Context\n    title System Context\n```\n  Indented text.',
    ],
  ])('%s', async (_name, diagram, want) => {
    expect(await titleFindings(diagram)).toEqual(['5:1']);
    expect(await fixedDiagram(diagram)).toBe(want);
  });

  test('a title in the front matter counts, and a diagram of another type is left to diagram-type', async () => {
    expect(await titleFindings('```mermaid\n---\ntitle: Quoting\n---\nC4Context\n  Person(u, "U")\n```')).toEqual([]);
    expect(await titleFindings('```mermaid\nflowchart LR\n  a --> b\n```')).toEqual([]);
  });

  test('no title is asked for where the template gives none', async () => {
    const untitled = parseTemplate('# Design\n\n## 1. System Context\n\n```mermaid\nC4Context\n    ...\n```\n', 't.md');
    const found = await lintText(section('```mermaid\nC4Context\n  Person(u, "U")\n```'), 'd.md', { template: untitled });
    expect(found.findings.filter((f) => f.rule === 'diagram-title')).toEqual([]);
  });
});
