/**
 * fast-check arbitraries for architecture documents as people and LLMs write them: the template's
 * headings with variations, extra sections, prose, lists, labelled fields, endpoints, chat residue,
 * mojibake, the odd diagram, CRLF line breaks, and arbitrary strings in between.
 */
import fc from 'fast-check';

const word = fc.constantFrom('service', 'users', 'cache', 'queue', 'the', 'API', 'store', 'São', 'naïve', 'résumé', 'data', 'TODO', '[Strategy]', '...');
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => `${ws.join(' ')}.`);

const headingText = fc.constantFrom(
  'Architecture Design',
  'My Service Architecture',
  '1. System Context (C4 Level 1)',
  'System Context',
  '2. Container Architecture (C4 Level 2)',
  '2. Containers',
  'Technology Stack',
  'Tech Stack',
  '3. Data Model',
  'Data Model',
  '4. API Design Strategy',
  '4. API Design',
  'Key Endpoints',
  '5. Cross-Cutting Concerns',
  'cross-cutting concerns',
  'Glossary',
  'Notes',
  'Deployment',
);
const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), headingText, fc.constantFrom('', ' ##')).map(([d, t, close]) => `${'#'.repeat(d)} ${t}${close}`);

/** Setext headings start a block of their own (after a line of text they would take it into the heading). */
const setext = fc
  .constantFrom('Architecture Design\n===================', 'Parcel Tracker\n===', 'Data Model\n----------', '3. Data Model\n---')
  .map((h) => `\n${h}`);

const label = fc.constantFrom(
  'Frontend',
  'Backend',
  'Database',
  'Infra',
  'Infrastructure',
  'Style',
  'Auth',
  'Observability',
  'Error handling',
  'Caching',
  'Resilience',
  'Owner',
);
const field = fc
  .tuple(
    fc.constantFrom('- ', '* ', '1. ', '  - ', ''),
    label,
    fc.constantFrom('**: ', ':** '),
    fc.constantFrom('React', 'Go', '', '[Pick one]', 'PostgreSQL 16', 'AWS EKS'),
  )
  .map(([b, l, sep, v]) => `${b}**${l}${sep}${v}`.trimEnd());
const bullet = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. '), sentence).map(([b, s]) => b + s);
const endpoint = fc.constantFrom(
  '- `GET /v1/users` - list users',
  '- `POST /v1/files` - upload',
  '- `[Method] [Path]` - [Description]',
  '- GET /bad - not a code span',
);
/** What a chat model says before the document; in the middle of a document it is just prose. */
const opener = fc.constantFrom('Here is your architecture document:', "Sure! Here's the document you asked for.", 'Below is the design.');
/**
 * What it says after the document. Only generated there: a closing remark in the middle of the text may
 * become the last words once the fixer has moved sections or removed a wrapper, and lint then sees chat
 * that it did not see before (so the fixer's two promises, keeping unmarked lines and idempotence, would
 * pull in different directions on such a document).
 */
const closer = fc.constantFrom('✅ Architecture Document complete!', 'âœ… Architecture Document complete!', 'Next steps:', 'Let me know if you want changes.');
const mojibake = fc.constantFrom('Itâ€™s fast', 'cafÃ© menu', 'â€œquotedâ€\x9d', 'done âœ…', 'the Ã¼ber service');
/** Whole code blocks. (A stray fence line turns the rest of the file into code; see `strayFence`.) */
const codeBlock = fc.constantFrom('```text\ncode line\n```', '~~~bash\nnpm ci\n~~~', '```bash\n# a comment, not a heading\n```', '```json\n{"a": [1]}\n```');
/** A fence line alone: a broken document. Only the never-throws property feeds these to the fixer. */
const strayFence = fc.constantFrom('```', '```markdown', '~~~');
const diagram = fc.constantFrom(
  '```mermaid\nC4Context\n    title System Context\n    Person(u, "User")\n    System(s, "Shop")\n    Rel(u, s, "Uses")\n```',
  '```mermaid\nC4Context\n    Person(u, "User")\n```',
  '```mermaid\nC4Container\n    Container(api, "API", "Go")\n```',
  '```mermaid\nerDiagram\n    USER ||--o{ ORDER : places\n```',
  '```mermaid\ngraph TB\n    A --> B\n```',
);
const comment = fc.constantFrom('<!-- note to self -->', '<!-- archdoc: {"requirements":"abc"} -->');

export interface DocOptions {
  /** Allow mermaid blocks (slow: every diagram is parsed by mermaid). */
  diagrams?: boolean;
  /** Allow fence lines that open or close nothing in particular. */
  strayFences?: boolean;
}

/** One line or block of a document. */
function piece(o: DocOptions = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: heading },
    { weight: 4, arbitrary: sentence },
    { weight: 5, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: bullet },
    { weight: 5, arbitrary: field },
    { weight: 2, arbitrary: endpoint },
    { weight: 1, arbitrary: opener },
    // A thematic break stands between blank lines: right under a line of text it would make that line a heading.
    { weight: 1, arbitrary: fc.constant('\n---\n') },
    { weight: 1, arbitrary: setext },
    { weight: 2, arbitrary: mojibake },
    { weight: 1, arbitrary: codeBlock },
    { weight: o.strayFences ? 1 : 0, arbitrary: strayFence },
    { weight: 1, arbitrary: comment },
    { weight: o.diagrams ? 1 : 0, arbitrary: diagram },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
}

export interface GeneratedDoc {
  text: string;
  crlf: boolean;
  finalNewline: boolean;
}

/** A document: pieces joined by line breaks, optionally wrapped in a ```markdown fence, optionally with chat around it. */
export function documentArbitrary(o: DocOptions = {}): fc.Arbitrary<GeneratedDoc> {
  return fc
    .record({
      pieces: fc.array(piece(o), { maxLength: 40 }),
      before: fc.option(opener, { nil: undefined }),
      after: fc.option(closer, { nil: undefined }),
      wrap: fc.boolean(),
      crlf: fc.boolean(),
      finalNewline: fc.boolean(),
    })
    .map(({ pieces, before, after, wrap, crlf, finalNewline }) => {
      let lines = wrap ? ['```markdown', ...pieces, '```'] : pieces;
      if (before !== undefined) lines = [before, '', ...lines];
      if (after !== undefined) lines = [...lines, '', after];
      let text = lines.join('\n');
      if (finalNewline) text += '\n';
      if (crlf) text = text.replace(/\r?\n/g, '\r\n');
      // The flags describe the text as it came out (an empty last piece also ends it with a newline).
      return { text, crlf, finalNewline: /\r?\n$/.test(text) };
    });
}
