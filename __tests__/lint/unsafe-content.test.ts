/** unsafe-content: active content is found wherever it renders, and left alone where it is only shown. */
import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import { documentArbitrary } from '../../test-support/markdown-arbitrary.js';

const template = parseTemplate('# Design\n\n## 1. Context\n...\n', 'test template');

async function unsafe(body: string): Promise<string[]> {
  const { findings } = await lintText(`# Design\n\n## 1. Context\n\n${body}\n`, 'doc.md', { template });
  return findings.filter((f) => f.rule === 'unsafe-content').map((f) => `${f.line - 4}:${f.column} ${f.message}`);
}

describe('reported, with the position of the offending text (line counted from the body)', () => {
  test.each([
    ['inline <script>', 'Text <script>alert(1)</script>', '1:6', /`<script>`/],
    ['block <iframe> in a quote', '> <iframe src="https://evil.example"></iframe>', '1:3', /`<iframe>`/],
    ['<object>', '<object data="x.swf"></object>', '1:1', /`<object>`/],
    ['<embed>', '<embed src="x.swf">', '1:1', /`<embed>`/],
    ['<style>', '<style>body{display:none}</style>', '1:1', /`<style>`/],
    ['<form>', '<form action="https://evil.example"><input name="p"></form>', '1:1', /`<form>`/],
    ['<base>', '<base href="https://evil.example/">', '1:1', /`<base>`/],
    ['<meta http-equiv>', 'x <meta http-equiv="refresh" content="0;url=https://evil.example">', '1:3', /http-equiv/],
    ['svg with a script', '<svg><script>alert(1)</script></svg>', '1:6', /`<script>`/],
    ['svg onload', '<svg onload="alert(1)"></svg>', '1:6', /`onload`/],
    ['onerror on an image', 'See <img src="x.png" onerror="alert(1)">', '1:22', /`onerror` on `<img>`/],
    ['an unquoted handler in upper case', '<div ONCLICK=alert(1)>x</div>', '1:6', /`onclick`/],
    ['href="javascript:"', '<a href="javascript:alert(1)">x</a>', '1:4', /`href` with a `javascript:` URL/],
    ['an entity-encoded scheme', '<a href="&#106;avascript&colon;alert(1)">x</a>', '1:4', /`javascript:`/],
    ['a tab inside the scheme', '<a href="java&#x09;script:alert(1)">x</a>', '1:4', /`javascript:`/],
    ['vbscript', '<a href="VBScript:msgbox(1)">x</a>', '1:4', /`vbscript:`/],
    ['a Markdown link', 'See [docs](javascript:alert(1)).', '1:5', /Link to a `javascript:` URL/],
    ['an autolink', 'See <javascript:alert(1)>.', '1:5', /Link to a `javascript:` URL/],
    ['an image with data:text/html', '![x](data:text/html;base64,PHNjcmlwdD4=)', '1:1', /`data:text\/html`/],
    ['a reference definition', '[r]: javascript:alert(1)\n\nSee [r].', '1:1', /Link reference definition/],
    ['a link in a list item', '- item\n  - [x](javascript:alert(1))', '2:5', /Link to/],
  ])('%s', async (_name, body, at, message) => {
    const found = await unsafe(body);
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(`${at} `)).toBe(true);
    expect(found[0]).toMatch(message);
  });

  test.each([
    ['%%{init}%% with loose', '%%{init: {"securityLevel":"loose"}}%%\ngraph TD\n  A-->B', '2:12', /securityLevel to "loose"/],
    ['%%{initialize}%% with sandbox', "%%{initialize: { 'securityLevel': 'sandbox' } }%%\ngraph TD\n  A-->B", '2:19', /"sandbox"/],
    ['front matter config', '---\nconfig:\n  securityLevel: antiscript\n---\nflowchart LR\n  A-->B', '4:3', /"antiscript"/],
    ['click call', 'graph TD\n  A-->B\n  click A call fn()', '4:3', /`click` callback/],
    ['click with a bare callback name', 'graph TD\n  A-->B\n  click A callback "tip"', '4:3', /`click` callback/],
    ['click href javascript:', 'graph TD\n  A-->B\n  click B href "javascript:alert(1)"', '4:3', /`click` with a `javascript:` URL/],
    ['click with a javascript: URL and no href', 'graph TD\n  A-->B\n  click B "javascript:alert(1)"', '4:3', /`javascript:`/],
    ['class diagram callback', 'classDiagram\n  class A\n  callback A "fn"', '4:3', /`callback` callback/],
  ])('mermaid: %s', async (_name, diagram, at, message) => {
    const found = await unsafe(`\`\`\`mermaid\n${diagram}\n\`\`\``);
    expect(found).toHaveLength(1);
    expect(found[0].startsWith(`${at} `)).toBe(true);
    expect(found[0]).toMatch(message);
  });

  test('an indented mermaid block points into the file', async () => {
    expect(await unsafe('  ```mermaid\n  graph TD\n    A-->B\n    click A call x()\n  ```')).toEqual([expect.stringMatching(/^4:5 /)]);
  });
});

describe('not reported', () => {
  test.each([
    ['a code span', 'Escape `<script>alert(1)</script>` and `[x](javascript:alert(1))`.'],
    ['a non-mermaid code block', '```html\n<script>alert(1)</script>\n<a href="javascript:x">x</a>\n```'],
    ['an indented code block', '    <script>alert(1)</script>'],
    ['an HTML comment', '<!-- <script>alert(1)</script> <img onerror=x> -->'],
    ['an inline HTML comment', 'Text <!-- <iframe> --> more.'],
    ['an escaped tag', 'Text \\<script>alert(1)\\</script>.'],
    ['harmless HTML', '<details><summary>More</summary>\n\n<img src="a.png" alt="on error" width="10">\n\n</details>'],
    ['a tag name inside an attribute value', '<span title="<script>">x</span>'],
    ['an https link and a raster data image', '[x](https://example.com) ![y](data:image/png;base64,AAAA)'],
    ['the word javascript in prose', 'We use javascript: a lot, and onerror=handlers in prose.'],
    ['<meta> without http-equiv', '<meta name="x" content="y">'],
    ['a plain click link', '```mermaid\ngraph TD\n  A-->B\n  click A href "https://example.com" "tip" _blank\n  click B "https://example.com"\n```'],
    ['securityLevel strict', '```mermaid\n%%{init: {"securityLevel": "strict", "theme": "dark"}}%%\ngraph TD\n  A-->B\n```'],
    ['a theme directive', '```mermaid\n%%{init: {"theme": "forest"}}%%\ngraph TD\n  A-->B\n```'],
    ['a click line in a mermaid comment', '```mermaid\ngraph TD\n  A-->B\n  %% click A call fn()\n```'],
    ['a click line in a non-mermaid block', '```text\nclick A call fn()\n%%{init: {"securityLevel":"loose"}}%%\n```'],
  ])('%s', async (_name, body) => {
    expect(await unsafe(body)).toEqual([]);
  });
});

test('reported inside a whole-document ```markdown wrapper too', async () => {
  const { findings } = await lintText('```markdown\n# Design\n\n## 1. Context\n\n<script>x</script>\n```\n', 'doc.md', { template });
  expect(findings.filter((f) => f.rule === 'unsafe-content').map((f) => `${f.line}:${f.column}`)).toEqual(['6:1']);
});

test('a config can lower or turn off the rule for lint', async () => {
  const text = '# Design\n\n## 1. Context\n\n<script>x</script>\n';
  expect((await lintText(text, 'doc.md', { template, rules: { 'unsafe-content': 'warning' } })).findings.map((f) => f.severity)).toEqual(['warning']);
  expect((await lintText(text, 'doc.md', { template, rules: { 'unsafe-content': 'off' } })).findings).toEqual([]);
});

describe('archdoc fix never introduces active content', () => {
  // Active text where it is inert, and pieces that a repair might move or cut round it.
  const inert = fc.constantFrom(
    'Escape `<script>alert(1)</script>` in replies.',
    '<!-- <script>alert(1)</script> -->',
    '<!--',
    '-->',
    '<script>alert(1)</script>',
    '```html\n<iframe src="x"></iframe>\n```',
    '    <img src=x onerror=alert(1)>',
    '```',
    '`[x](javascript:alert(1))`',
    'Here is the document: <!--',
    '✅ Architecture Document complete! -->',
    'Next steps: <!--',
  );
  const doc = fc.tuple(documentArbitrary(), fc.array(fc.tuple(fc.nat(), inert), { maxLength: 4 })).map(([d, extra]) => {
    const lines = d.text.split('\n');
    for (const [at, text] of extra) lines.splice(at % (lines.length + 1), 0, text);
    return lines.join('\n');
  });
  const architecture = builtinTemplate('architecture')!;
  const unsafeIn = async (text: string) =>
    (await lintText(text, 'docs/02_architecture.md', { template: architecture })).findings.filter((f) => f.rule === 'unsafe-content');

  test('for a document without unsafe content, the fixed document has none', async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (text) => {
        fc.pre((await unsafeIn(text)).length === 0);
        const fixed = await fixText(text, 'docs/02_architecture.md', { template: architecture });
        expect(await unsafeIn(fixed.text)).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });
});
