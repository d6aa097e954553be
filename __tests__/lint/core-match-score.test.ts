/**
 * How strongly one heading says it is one template section (src/lint/match-evidence.ts): its words, then what its
 * section holds (the section's diagram +0.55, another section's diagram -0.6, two or all of its fields +0.3 and up to
 * +0.4 more, two of another section's fields -0.5, endpoint bullets +0.5), its C4 level (+0.4, or -0.7 when it names
 * another), its number (+0.15 on top of evidence), its depth (+0.05 the same, -0.15 against a title or deeper without
 * the words). A heading is taken from 0.5, wherever it stands from 0.85; these scores decide the outline.
 */
import { headingFacts, pairScore, templateFacts } from '../../src/lint/match-evidence.js';
import { parseForLint } from '../../src/lint/lint.js';
import { parseTemplate } from '../../src/template/parse-template.js';

const fence = '```';
const template = parseTemplate(
  [
    '# Design',
    '## 1. System Context (C4 Level 1)',
    `${fence}mermaid\nC4Context\n${fence}`,
    '## 2. Data Model',
    `${fence}mermaid\nerDiagram\n${fence}`,
    '## 3. Stack',
    '- **Database**: ...\n- **Cache**: ...\n- **Queue**: ...',
    '## 4. API',
    '- `[Method] [Path]` - [Description]',
    '## 5. Notes',
    'Anything.',
    '## 6. Hosting',
    '- **Cloud**: ...',
  ].join('\n\n'),
  't.md',
);
const facts = templateFacts(template);
const er = `${fence}mermaid\nerDiagram\n  A ||--o{ B : has\n${fence}`;
const c4 = `${fence}mermaid\nC4Context\n  Person(u, "U")\n${fence}`;
const sequence = `${fence}mermaid\nsequenceDiagram\n  a->>b: x\n${fence}`;

test.each([
  ['its diagram under a heading without the words', 2, '## Stack', er, 0.6, 'diagram'],
  ['another section’s diagram under its words', 2, '## Data', c4, 0.2192, 'words'],
  ['a diagram no section asks for beside another section’s, under its words', 2, '## Data', `${c4}\n\n${sequence}`, 0.8192, 'words'],
  ['a diagram where the section wants none', 5, '## 5. Notes', er, 0.8, 'text+number'],
  ['two of its three fields', 3, '## Infra', '- **Database**: PG\n- **Cache**: Redis', 0.6167, 'fields'],
  ['one of its three fields (not enough)', 3, '## Infra', '- **Database**: PG', 0.05, ''],
  ['the one field of a one-field section', 6, '## Where', '- **Cloud**: AWS', 0.75, 'fields'],
  ['two fields of another section under its words', 5, '## Notes', '- **Database**: PG\n- **Cache**: Redis', 0.5, 'words'],
  ['endpoint bullets', 4, '## Calls', '- `GET /a` - read\n- `POST /a` - write', 0.55, 'endpoints'],
  ['its C4 level alone', 1, '## Level 1', 'Text.', 0.45, 'level'],
  ['another C4 level under its words', 1, '## Context (Level 2)', 'Text.', 0.1192, 'words'],
  ['its number on top of its diagram', 2, '## 2. Stack', er, 0.75, 'diagram+number'],
  ['its number alone (no evidence: nothing)', 2, '## 2. Foo', 'Text.', 0.05, ''],
  ['its diagram a level deeper, without the words', 2, '### Stack', er, 0.4, 'diagram'],
  ['its diagram under a level-1 heading', 2, '# Stack', er, 0.4, 'diagram'],
  ['its words a level deeper', 2, '### Data', 'Text.', 0.7692, 'words'],
  ['its very words a level deeper (words, not text)', 5, '### 5. Notes', 'Text.', 1, 'words+number'],
])('%s (section %s, `%s`)', (_, t, heading, body, score, reasons) => {
  const doc = parseForLint(`# T\n\n${heading}\n\n${body}\n`, 'd.md');
  const p = pairScore(template.sections[t], facts[t], doc.headings[1], headingFacts(doc)[1]);
  expect(p.score).toBeCloseTo(score, 4);
  expect(p.reasons.join('+')).toBe(reasons);
});
