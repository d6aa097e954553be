/** unsafe-content: active content is found wherever it renders, and left alone where it is only shown. */
import fc from 'fast-check';
import { runs } from '../../test-support/property-runs.js';
import { fixText } from '../../src/fix/fix.js';
import { lintText } from '../../src/lint/lint.js';
import { builtinTemplate } from '../../src/template/load.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import { documentArbitrary } from '../../test-support/markdown-arbitrary.js';
import { findUnsafeContent } from '../../src/lint/rules/unsafe-content.js';
import { parseDocument } from '../../src/markdown/parse.js';

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

/**
 * The scanner reads HTML the way a browser does. Each row: a document, and what is reported in it, in the order of
 * the text: `line:column` and a piece of the message. In an HTML block (after a `<div>` line) every following line
 * is raw HTML, whatever it holds.
 */
describe('the HTML and mermaid scanner, case by case', () => {
  type Row = [string, string, string[]];
  const scan = (text: string) => findUnsafeContent(parseDocument(text)).map((f) => `${f.line}:${f.column} ${f.message}`);
  test.each([
    // Comments and bogus comments hide what they hold, up to where the browser ends them.
    ['`<!-->` closes a comment at once', '<div>\n<!--><script>alert(1)</script>', ['2:6 `<script>`']],
    ['`<!--->` closes a comment at once', '<div>\n<!---><script>alert(1)</script>', ['2:7 `<script>`']],
    ['a tag after a closed comment', '<div>\n<!-- a --><iframe src="x">', ['2:11 `<iframe>`']],
    ['a tag after two comments', '<div>\n<!-- a --><!-- b --><embed src="x">', ['2:21 `<embed>`']],
    ['an unclosed comment hides the rest', '<div>\n<!-- unclosed <script>alert(1)</script>', []],
    ['a bogus comment `<!...>` ends at its first `>`', '<div>\n<![CDATA[ <script>alert(1)</script>', []],
    ['a bogus comment `<?...>` ends at its first `>`', '<div>\n<b><? <iframe>x</iframe>', []],
    ['an unclosed bogus comment hides the rest', '<div>\n<? <script', []],
    ['a tag after a bogus comment', '<div>\n<!DOCTYPE html><script>x</script>', ['2:16 `<script>`']],
    ['a tag after a bogus comment and text', '<div>\n<!DOCTYPE html>hi<script>x</script>', ['2:18 `<script>`']],
    // Tag names.
    ['text between tags is not a tag name', '<div>\n<span>hi<script>x</script></span>', ['2:9 `<script>`']],
    ['text after a comment is not a tag name', '<div>\n<!-- c -->xy<script>x</script>', ['2:13 `<script>`']],
    ['a tag cut off at the end of the text', '<div>\n<iframe', ['2:1 `<iframe>`']],
    ['`<` and a blank is text', '<div>\n< img onerror=alert(1)>', []],
    ['`<` and a digit is text', '<div>\n<1a onclick=alert(1)>', []],
    ['upper-case tag names', '<div>\n<SCRIPT>x</SCRIPT>', ['2:1 `<script>`']],
    [
      'every element that runs or redirects',
      '<div>\n<frame><frameset><applet><link rel=x>',
      ['2:1 `<frame>`', '2:8 `<frameset>`', '2:18 `<applet>`', '2:26 `<link>`'],
    ],
    // End tags are ignored with their attributes; a quoted value still hides a `<`.
    ['a handler on an end tag', '<div>\n</span onclick="alert(1)">', []],
    ['a tag name quoted in an end tag', '<div>\n</b title="<script>">', []],
    // Attribute names.
    ['a handler after a valueless attribute', '<div>\n<input disabled onfocus=alert(1)>', ['2:17 `onfocus` on `<input>`']],
    ['a handler right before `>`', '<div>\n<b onmouseover>x</b>', ['2:4 Event-handler attribute `onmouseover` on `<b>`:']],
    ['a handler right before `/>`', '<div>\n<img onerror/>', ['2:6 Event-handler attribute `onerror` on `<img>`:']],
    ['a handler after a `/`', '<div>\n<img/onerror=alert(1)>', ['2:6 `onerror`']],
    ['a handler after a stray quote', '<div>\n<img "onerror=alert(1)>', ['2:7 `onerror`']],
    ["a handler after a stray '", "<div>\n<img 'onerror=alert(1)>", ['2:7 `onerror`']],
    ['a handler cut off at the end of the text', '<div>\n<img src=x onerror', ['2:12 `onerror`']],
    [
      'tabs, newlines and form feeds between attributes',
      '<div>\n<img\tsrc=x\tonerror=a\nonload=b\fonclick=c>',
      ['2:12 `onerror`', '3:1 `onload`', '3:10 `onclick`'],
    ],
    ['a lone CR between attributes', '<div>\n<img src=x\ronerror=a>', ['2:12 `onerror`']],
    ['words after a tag are content, not attributes', '<div>\n<b title=x>Say onclick=hi</b>', []],
    ['words after a quoted attribute and `>` are content', '<div>\n<b title="x">Say onclick=hi</b>', []],
    // Attribute values.
    ['blanks round `=`', '<div>\n<a href = "javascript:alert(1)">x</a>', ['2:4 `href` with a `javascript:` URL on `<a>`']],
    ['a single-quoted URL', "<div>\n<a href='javascript:alert(1)'>x</a>", ['2:4 `javascript:`']],
    ['an unquoted URL', '<div>\n<a href=javascript:alert(1)>x</a>', ['2:4 `javascript:`']],
    ['an unquoted URL and a handler after it', '<div>\n<a href=https://x.example onclick=go()>x</a>', ['2:27 `onclick`']],
    ['a data: URL is named by its type', '<div>\n<a href="data:text/html">x</a>', ['2:4 `href` with a `data:text/html` URL on `<a>`']],
    ['an unclosed quoted value runs to the end', '<div>\n<a href="data:text/html', ['2:4 `data:text/html` URL']],
    ['an unclosed unquoted value runs to the end', '<div>\n<a href=data:text/html', ['2:4 `data:text/html` URL']],
    ['a URL attribute without a value', '<div>\n<a href>x</a>', []],
    ['http-equiv is only read on `<meta>`', '<div>\n<div http-equiv="refresh">', []],
    ['`<meta http-equiv>` points at the tag', '<div>\n<meta content=x http-equiv="refresh">', ['2:1 `<meta http-equiv>`']],
    // What a browser strips from a scheme, and what it keeps.
    ['a leading blank', '<div>\n<a href=" javascript:alert(1)">x</a>', ['2:4 `javascript:`']],
    ['a DEL character', '<div>\n<a href="\u007fjavascript:alert(1)">x</a>', ['2:4 `javascript:`']],
    ['a C1 control character', '<div>\n<a href="java\u009fscript:alert(1)">x</a>', ['2:4 `javascript:`']],
    ['a letter beyond ASCII is kept', '<div>\n<a href="java\u00e9script:alert(1)">x</a>', []],
    ['an entity without its `;`', '<div>\n<a href="&#106avascript:alert(1)">x</a>', ['2:4 `javascript:`']],
    ['`&Tab;` and `&NewLine;` in the scheme', '<div>\n<a href="java&Tab;scr&NewLine;ipt:alert(1)">x</a>', ['2:4 `javascript:`']],
    ['`&tab;` is no entity', '<div>\n<a href="java&tab;script:alert(1)">x</a>', []],
    ['a reference past the last code point is dropped', '<div>\n<a href="&#x110000;javascript:alert(1)">x</a>', ['2:4 `javascript:`']],
    ['the last code point is kept', '<div>\n<a href="&#x10ffff;javascript:alert(1)">x</a>', []],
    // Markdown links and images.
    ['an image with a script URL', '![x](javascript:alert(1))', ['1:1 Image with a `javascript:` URL: it is no image']],
    // Mermaid configuration: only front matter and `%%{...}%%` directives configure, wherever they end.
    ...(
      [
        ['front matter after a blank line', '\n---\nconfig:\n  securityLevel: loose\n---\ngraph TD', ['5:3 securityLevel to "loose"']],
        ['front matter with blanks after its `---`', '--- \t\nconfig:\n  securityLevel: loose\n---\ngraph TD', ['4:3 "loose"']],
        ['unclosed front matter runs to the end', '---\nconfig:\n  securityLevel: loose', ['4:3 securityLevel to "loose":']],
        ['a label after empty front matter', '---\n---\ngraph TD\n  A["securityLevel: loose"]', []],
        ['a label after front matter', '---\nconfig:\n  theme: dark\n---\ngraph TD\n  A["securityLevel: loose"]', []],
        ['a `---` line in the diagram is no front matter', 'graph TD\n  A ---\n  B["securityLevel: loose"]', []],
        ['a label between two directives', '%%{init: {"theme":"dark"}}%%\ngraph TD\n  A["securityLevel: loose"] --> B\n  %%{init: {"theme":"forest"}}%%', []],
        ['an empty directive', '%%{}%%\ngraph TD\n  A-->B', []],
        ['the second of two directives on one line', '%%{init: {"theme":"dark"}}%%%%{init: {"securityLevel":"loose"}}%%\ngraph TD', ['2:40 "loose"']],
        ['the second of two directives', '%%{init: {"theme":"dark"}}%%\n%%{init: {"securityLevel":"loose"}}%%\ngraph TD', ['3:12 "loose"']],
        ['an unclosed directive before another', '%%{init: {"securityLevel":"loose"}\ngraph TD\n  %%{x', ['2:12 "loose"']],
        ['an unclosed directive ending in the value', '%%{init: {"securityLevel":"loose', ['2:12 securityLevel to "loose":']],
        ['a blank before the colon', '%%{init: {"securityLevel" : "loose"}}%%\ngraph TD', ['2:12 "loose"']],
        // `click`, `callback` and `link` lines.
        ['two blanks after `click`', 'graph TD\n  click  A call f()', ['3:3 `click` callback']],
        ['the node named in full', 'graph TD\n  click Node1 call f()', ['3:3 plain `click Node1 href']],
        ['two blanks before a script URL', 'graph TD\n  click A  "javascript:alert(1)"', ['3:3 mermaid `click` with a `javascript:` URL']],
        ['two blanks after href', 'graph TD\n  click A href  "javascript:alert(1)"', ['3:3 mermaid `click` with a `javascript:` URL']],
        ['a bare `click A`', 'graph TD\n  click A\t', []],
        ['a `link` to an unquoted address', 'classDiagram\n  class A\n  link A https://example.com', []],
        ['a `link` to a script URL', 'classDiagram\n  class A\n  link A "javascript:alert(1)"', ['4:3 mermaid `link` with a `javascript:` URL']],
      ] satisfies Row[]
    ).map(([name, diagram, want]): Row => [`mermaid: ${name}`, `\`\`\`mermaid\n${diagram}\n\`\`\``, want]),
    ['mermaid: a bare `click A` with CRLF line endings', '```mermaid\r\ngraph TD\r\n  click A\r\n  A-->B\r\n```', []],
    ['mermaid: CRLF in a list item', '- x\r\n\r\n  ```mermaid\r\n  graph TD\r\n    click A call f()\r\n    A-->B\r\n  ```', ['5:5 `click` callback']],
    // Positions in containers.
    ['a multi-line HTML block in a quote', '# T\n\n> <div>\n> <script>x</script>\n> </div>', ['4:3 `<script>`']],
  ] satisfies Row[])('%s', (_name, text, want) => {
    const found = scan(text);
    expect(found).toHaveLength(want.length);
    want.forEach((w, k) => {
      const [at, ...words] = w.split(' ');
      expect(found[k].startsWith(`${at} `)).toBe(true);
      expect(found[k]).toContain(words.join(' '));
    });
  });
});
