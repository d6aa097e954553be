/**
 * What a template file tells archdoc a document needs: sections and their nesting, fields, bullet shapes,
 * diagrams, free content and placeholders; where the skeleton sits in a kit prompt file; and how a template
 * is named on the command line.
 */
import { UsageError } from '../../src/core/findings.js';
import { BUILTIN_TEMPLATES } from '../../src/template/builtin.js';
import { builtinTemplate, resolveTemplate } from '../../src/template/load.js';
import { extractSkeleton, parseTemplate } from '../../src/template/parse-template.js';

const noFiles = (path: string): string => {
  throw new Error(`read ${path}`);
};

describe('sections', () => {
  const t = parseTemplate('# Doc\n\n## A\n\n### A.1\n\n#### A.1.a\n\n### A.2\n\n## B\n\n# Appendix\n', 't');

  test('each heading is a section, in order, with its depth and its enclosing section', () => {
    expect(t.sections.map((s) => [s.index, s.depth, s.heading, s.parent])).toEqual([
      [0, 1, 'Doc', undefined],
      [1, 2, 'A', 0],
      [2, 3, 'A.1', 1],
      [3, 4, 'A.1.a', 2],
      [4, 3, 'A.2', 1],
      [5, 2, 'B', 0],
      [6, 1, 'Appendix', undefined],
    ]);
    expect('parent' in t.sections[0]).toBe(false);
  });

  test('a template without headings is refused, saying what a template is', () => {
    expect(() => parseTemplate('Just prose.\n- **Field**: [x]\n', 'notes.md')).toThrow(UsageError);
    expect(() => parseTemplate('Just prose.\n', 'notes.md')).toThrow(
      'template notes.md: no headings found; a template is a Markdown skeleton with the required headings',
    );
  });
});

describe('what a section asks for', () => {
  test('fields are the `**Label**: value` items of the section itself, not of the next one', () => {
    const t = parseTemplate('# T\n## A\n- **Style**: [REST]\n- **Auth:** [OAuth2]\n- plain item\n## B\n- **Other**: [x]\n', 't');
    expect(t.sections[1].fields).toEqual([
      { label: 'Style', placeholder: '[REST]' },
      { label: 'Auth', placeholder: '[OAuth2]' },
    ]);
    expect(t.sections[2].fields).toEqual([{ label: 'Other', placeholder: '[x]' }]);
    expect(t.sections[0].fields).toEqual([]);
  });

  test.each([['-'], ['–'], ['—'], [':']])('a bullet shape may separate code and description with %s', (sep) => {
    const t = parseTemplate(`# T\n## API\n- \`[Verb]  [Path]\` ${sep} [Description]\n`, 't');
    expect(t.sections[1].patterns).toEqual([
      { code: '[Verb]  [Path]', tokens: ['verb', 'path'], description: '[Description]', example: `- \`[Verb]  [Path]\` ${sep} [Description]` },
    ]);
    expect(t.placeholderCode).toEqual(['[Verb]  [Path]']);
  });

  test('blanks around a label, an item or a code span do not count', () => {
    const t = parseTemplate('# T\n## A\n- ** Style **: [REST]\n- ** Auth :** [OAuth2]\n- ` [Verb] [Path] ` - [Description]   \n', 't');
    expect(t.sections[1].fields.map((f) => f.label)).toEqual(['Style', 'Auth']);
    expect(t.sections[1].patterns.map((p) => [p.tokens, p.description, p.example])).toEqual([
      [['verb', 'path'], '[Description]', '- ` [Verb] [Path] ` - [Description]'],
    ]);
  });

  test('a field is not also a bullet shape, and a code span without `[...]` is no shape', () => {
    const t = parseTemplate('# T\n## API\n- **Base**: `[url]` - [x]\n- `GET /health` - liveness\n', 't');
    expect(t.sections[1].patterns).toEqual([]);
    expect(t.placeholderCode).toEqual([]);
  });

  test('a diagram: its type and title, comment lines skipped; the skeleton keeps only those', () => {
    const t = parseTemplate('# T\n## C\n```mermaid\n%% drawn by hand, title to come\n\nC4Container\n    title   Containers  \n    Person(a, "A")\n```\n', 't');
    expect(t.sections[1].diagram).toEqual({ type: 'C4Container', title: 'Containers', skeleton: 'C4Container\n    title Containers\n    %% ...' });
  });

  test('a diagram without a title requires none', () => {
    const t = parseTemplate('# T\n## Data\n```mermaid\nerDiagram LR\n    A ||--o{ B : has\n```\n', 't');
    expect(t.sections[1].diagram).toEqual({ type: 'erDiagram', skeleton: 'erDiagram LR\n    %% ...' });
    expect(t.sections[1].body).toBe('```mermaid\nerDiagram LR\n    %% ...\n```');
  });

  test('a diagram belongs to the section it is in; other code blocks and empty diagrams are none', () => {
    const t = parseTemplate('# T\n## A\n```js\nflowchart\n```\n```mermaid\n%% only a comment\n```\n## B\n```mermaid\nflowchart TD\n```\n', 't');
    expect(t.sections.map((s) => s.diagram?.type)).toEqual([undefined, undefined, 'flowchart']);
  });

  test('free content is a line of just `...`, outside code', () => {
    const t = parseTemplate('# T\n## A\n\t...\t\n## B\nSee ... later; to be written ...\n## C\n```\n...\n```\n## D\n...\n', 't');
    expect(t.sections.map((s) => s.freeContent)).toEqual([false, true, false, false, true]);
  });

  test("a section's body is its own skeleton without the heading and the blank lines around it", () => {
    const t = parseTemplate('# T\n## A\n\n\nLine one.\n\n- **F**: [v]\n\n\n### A.1\n...\n', 't');
    expect(t.sections[1].body).toBe('Line one.\n\n- **F**: [v]');
    expect(t.sections[2].body).toBe('...');
  });
});

describe('placeholders', () => {
  test('bracketed text of every section, once each, without task boxes or blank brackets', () => {
    const t = parseTemplate('# T [Name]\n\nIntro [Name] and [Owner].\n## A\n- [ ] todo\n- [x] done\n- [   ] blank\n- **F**: [Owner]\n', 't');
    expect(t.placeholders).toEqual(['[Name]', '[Owner]']);
  });

  test('a bracket pair across lines is no placeholder; code spans and fenced code are not read', () => {
    const t = parseTemplate('# T\n## A\n[left\nright] `[code]` [kept]\n~~~\n[fenced]\n~~~\n## B\n[never closed', 't');
    expect(t.placeholders).toEqual(['[kept]']);
  });
});

describe('a kit prompt file', () => {
  const prompt = `# Architecture prompt

You are an architect. Write the document below.

## Output Structure

# Design

## 1. Context
...

---

## Notes for the model
- **Tone**: [formal]
`;

  test('only the Output Structure section up to the next rule is the skeleton', () => {
    expect(extractSkeleton(prompt)).toBe('\n# Design\n\n## 1. Context\n...\n\n');
    const t = parseTemplate(prompt, 'prompt.md');
    expect(t.sections.map((s) => s.heading)).toEqual(['Design', '1. Context']);
    expect(t.placeholders).toEqual([]);
  });

  test('a heading that only mentions it is not the section', () => {
    for (const heading of ['## Your output structure', '## Output Structure (draft)']) {
      const text = `# P\n${heading}\n# Design\n`;
      expect(extractSkeleton(text)).toBe(text);
    }
  });

  test('without a rule after it, the skeleton runs to the end; a rule before it does not count', () => {
    const text = '# P\n\n---\n\noutput structure\n=================\n# Design\n## A\n- **F**: [v]\n';
    expect(extractSkeleton(text)).toBe('# Design\n## A\n- **F**: [v]\n');
  });

  test('a CRLF file: the line break after the heading is dropped whole', () => {
    expect(extractSkeleton('# P\r\n## Output Structure\r\n# Design\r\n')).toBe('# Design\r\n');
  });

  test('a file without that section is all skeleton', () => {
    const text = '# Design\n\n---\n\n## A\n';
    expect(extractSkeleton(text)).toBe(text);
  });
});

describe('naming a template', () => {
  test('the built-in names give the built-in templates, parsed once', () => {
    for (const name of Object.keys(BUILTIN_TEMPLATES)) {
      const t = resolveTemplate(name, noFiles);
      expect(t.name).toBe(name);
      expect(resolveTemplate(name, noFiles)).toBe(t);
      expect(builtinTemplate(name)).toBe(t);
    }
    expect(resolveTemplate('architecture', noFiles).sections[0].heading).toBe('Architecture Design');
    expect(resolveTemplate('security', noFiles).sections[0].heading).toBe('Security & Compliance Strategy');
  });

  test('an unknown bare name is a usage error listing the built-ins', () => {
    expect(() => resolveTemplate('architectur', noFiles)).toThrow(UsageError);
    expect(() => resolveTemplate('architectur', noFiles)).toThrow(
      'unknown template "architectur": use one of architecture, requirements, security or a path to a Markdown file',
    );
    expect(builtinTemplate('architectur')).toBeUndefined();
    expect(builtinTemplate('toString')).toBeUndefined();
  });

  test.each([['docs/skeleton'], ['skeleton.md'], ['docs\\skeleton']])('%s is a path: read through the caller', (spec) => {
    const read: string[] = [];
    const t = resolveTemplate(spec, (path) => {
      read.push(path);
      return '# Mine\n## Part\n';
    });
    expect(read).toEqual([spec]);
    expect(t.name).toBe(spec);
    expect(t.sections.map((s) => s.heading)).toEqual(['Mine', 'Part']);
  });
});
