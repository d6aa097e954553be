/**
 * Read a rule's doc page (docs/rules/<name>.md) into its runnable examples, so the docs are the test
 * fixtures and cannot go stale. Blocks are fenced with four backticks and tagged in the info string:
 *   ````markdown template   the template the examples are checked against (default: built-in architecture)
 *   ````markdown fail       a document that breaks the rule
 *   ```text findings        what lint reports for the failing document: `line:column rule message` per line
 *   ````markdown pass       a near-identical document that passes (no findings at all)
 *   ````markdown requirements  the requirements both documents answer (requirement-untraced)
 *   ````markdown fixed      what `archdoc fix` makes of the failing document (fixable rules)
 *   ```diff                 the diff `archdoc fix --diff` prints for it
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/markdown/parse.js';

export interface RuleDoc {
  name: string;
  path: string;
  title: string;
  text: string;
  template?: string;
  fail?: string;
  findings?: { line: number; column: number; rule: string; message: string }[];
  pass?: string;
  requirements?: string;
  fixed?: string;
  diff?: string;
}

const RULE_DOCS_DIR = new URL('../docs/rules/', import.meta.url).pathname;

export function readRuleDoc(file: string): RuleDoc {
  const path = join(RULE_DOCS_DIR, file);
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, path);
  const out: RuleDoc = { name: file.replace(/\.md$/, ''), path, title: doc.headings[0]?.text ?? '', text };
  for (const block of doc.codeBlocks) {
    const tag = block.meta.trim();
    const value = block.value.endsWith('\n') || block.value === '' ? block.value : `${block.value}\n`;
    if (block.lang === 'markdown' && (tag === 'template' || tag === 'fail' || tag === 'pass' || tag === 'fixed' || tag === 'requirements')) out[tag] = value;
    else if (block.lang === 'text' && tag === 'findings') {
      out.findings = block.value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => {
          const m = /^(\d+):(\d+) (\S+) (\S.*)$/.exec(l);
          if (!m) throw new Error(`${path}: bad findings line "${l}" (want "line:column rule message")`);
          return { line: Number(m[1]), column: Number(m[2]), rule: m[3], message: m[4] };
        });
    } else if (block.lang === 'diff') out.diff = value;
  }
  return out;
}

export function ruleDocFiles(): string[] {
  return readdirSync(RULE_DOCS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
}
