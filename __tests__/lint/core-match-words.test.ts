/**
 * What a heading's words say (src/lint/match-words.ts, and the cues in match-evidence.ts): a heading is taken for
 * a template section from 0.5, wherever it stands from 0.85; these are the scores and words behind the outline.
 */
import { headingWords, normalizeHeading, wordScore } from '../../src/lint/match-words.js';
import { leadingNumber, levelCue } from '../../src/lint/match-evidence.js';

test.each([
  ['4. API Design', 'api design', '4'],
  ['Section 2.1: Containers', 'containers', '2'],
  ['IV. Data & Flow', 'data and flow', undefined],
  ['iv) Data', 'data', undefined],
  ['**Bold** `code` ~x~ _y_', 'bold code x y', undefined],
  ['2) Stack', 'stack', '2'],
  ['10.2.3 Deep', 'deep', '10'],
  ['3 Data', 'data', '3'],
  ['3Data', '3data', undefined],
  ['x. Not roman', 'not roman', undefined],
  ['Section Data', 'section data', undefined],
  [' 2. Stack', 'stack', '2'],
  ['Section  2: Containers', 'containers', '2'],
  ['10.12 Deep', 'deep', '10'],
  ['Containers (C4)', 'containers c4', undefined],
])('%s reads as "%s", numbered %s', (heading, normalized, number) => {
  expect(normalizeHeading(heading)).toBe(normalized);
  expect(leadingNumber(heading)).toBe(number);
});

test.each([
  ['Cross cutting concerns', ['crosscutting', 'concern']],
  ['Containers (C4 Level 2)', ['container']],
  ['Data (model) flows (2)', ['data', 'flow']],
  ['a (b (c) d', ['d']],
  ['Analysis of the Bus Class', ['analysis', 'bus', 'class']],
  ['Endpoints', ['endpoint']],
  ['Contenedores', ['container']],
  ['Arquitectura del sistema', ['architecture', 'system']],
  ['The 2 Data stores', ['data', 'store']],
  ['数据模型', ['数据模型', 'data', 'model']],
  ['技术栈', ['技术栈', 'technology', 'stack']],
])('the words of %s', (heading, words) => {
  expect([...headingWords(heading)]).toEqual(words);
});

test.each([
  ['Data Model', 'Data Model', 1],
  ['Data Model', 'data model', 0.95],
  ['Data Model', '3. Data Model', 0.95],
  ['API Design Strategy', 'API Design', 0.8125],
  ['Technology Stack', 'Tech', 0.75],
  ['Container Architecture', 'Containers', 0.7692],
  ['Data Model', 'Data', 0.7692],
  ['Data Model Store', 'Data Store', 0.8696],
  ['System Design', 'Design system overview', 0.6667],
  ['Data Model', 'Data flows', 0.4348],
  ['Data Model', 'C4 model', 0.2308],
  ['Data Model', 'Model', 0.2308],
  ['Data Model', 'Deployment', 0],
  ['x', '***', 0],
  ['', '', 0],
])('%s for %s scores %s', (template, doc, score) => {
  expect(wordScore(template, doc)).toBeCloseTo(score, 4);
});

test.each([
  ['Level 1', 1],
  ['C4 L2', 2],
  ['Nivel 3:', 3],
  ['Level-2', 2],
  ['level: 4', 4],
  ['Уровень 1', 1],
  ['Ebene 2', 2],
  ['第一层', 1],
  ['层级 2', 2],
  ['レベル三', 3],
  ['第 四 级', 4],
  ['Level 12', undefined],
  ['Level 5', undefined],
  ['HTML5', undefined],
  ['Model 2', undefined],
])('%s names C4 level %s', (heading, level) => {
  expect(levelCue(heading)).toBe(level);
});
