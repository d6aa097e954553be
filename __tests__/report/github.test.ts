import * as core from '@actions/core';
import { jest } from '@jest/globals';
import {
  escapeData,
  escapeProperty,
  locatedFindings,
  prioritizeAnnotations,
  renderWorkflowCommands,
  toAnnotation,
  workflowCommand,
  type LocatedFinding,
} from '../../src/report/github.js';
import { finding, reportOf } from './fixtures.js';

/** What @actions/core itself prints for an annotation: the runner's reference behaviour. */
function coreOutput(level: 'error' | 'warning', message: string, props: core.AnnotationProperties): string {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    core[level](message, props);
  } finally {
    spy.mockRestore();
  }
  return lines.join('').replace(/\r?\n$/, '');
}

describe('workflow commands', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('prints exactly what @actions/core prints for the same annotation', () => {
    const nasty = finding({
      rule: 'placeholder',
      severity: 'warning',
      message: 'Replace "[TBD]" (50% done):\r\nline two, with a comma; %0A stays literal',
      line: 7,
      column: 3,
    });
    const located: LocatedFinding = { ...nasty, path: 'docs/a,b:c%.md' };
    const a = toAnnotation(located);
    expect(workflowCommand(a.level, a.properties, a.message)).toBe(coreOutput('warning', a.message, a.properties));

    const multi = toAnnotation({ ...finding({ line: 3, endLine: 9 }), path: 'docs/02_architecture.md' });
    expect(workflowCommand(multi.level, multi.properties, multi.message)).toBe(coreOutput('error', multi.message, multi.properties));
  });

  it('names the file, lines and rule; a column only on single-line findings', () => {
    const text = renderWorkflowCommands(
      reportOf({ 'docs/02_architecture.md': [finding({ line: 12, column: 4 }), finding({ rule: 'diagram-type', line: 20, endLine: 31 })] }),
    );
    expect(text.split('\n')).toEqual([
      '::error title=archdoc section-missing,file=docs/02_architecture.md,line=12,endLine=12,col=4::Section "## 3. Data Model" is missing.',
      '::error title=archdoc diagram-type,file=docs/02_architecture.md,line=20,endLine=31::Section "## 3. Data Model" is missing.',
      '',
    ]);
    expect(renderWorkflowCommands(reportOf({ 'a.md': [] }))).toBe('');
  });
});

describe('prioritizeAnnotations', () => {
  it('puts errors first, then the more important rules, then file and line', () => {
    const report = reportOf({
      'docs/b.md': [
        finding({ rule: 'diagram-title', severity: 'warning', line: 1 }),
        finding({ rule: 'placeholder', severity: 'warning', line: 2 }),
        finding({ rule: 'placeholder', severity: 'error', line: 50 }),
        finding({ rule: 'section-missing', severity: 'error', line: 90 }),
      ],
      'docs/a.md': [
        finding({ rule: 'zz-custom', severity: 'error', line: 1 }),
        finding({ rule: 'aa-custom', severity: 'error', line: 5 }),
        finding({ rule: 'section-missing', severity: 'error', line: 40 }),
        finding({ rule: 'chat-residue', severity: 'warning', line: 3 }),
      ],
    });
    const order = prioritizeAnnotations(locatedFindings(report)).map((f) => `${f.severity} ${f.rule} ${f.path}:${f.line}`);
    expect(order).toEqual([
      'error section-missing docs/a.md:40',
      'error section-missing docs/b.md:90',
      'error placeholder docs/b.md:50',
      'error aa-custom docs/a.md:5',
      'error zz-custom docs/a.md:1',
      'warning chat-residue docs/a.md:3',
      'warning placeholder docs/b.md:2',
      'warning diagram-title docs/b.md:1',
    ]);
  });

  it('shows the ten most important warnings even when many minor ones come first in the file', () => {
    const minor = Array.from({ length: 30 }, (_, i) => finding({ rule: 'diagram-title', severity: 'warning', line: i + 1 }));
    const major = Array.from({ length: 10 }, (_, i) => finding({ rule: 'chat-residue', severity: 'warning', line: 100 + i }));
    const shown = prioritizeAnnotations([...minor, ...major]).slice(0, 10);
    expect(shown.every((f) => f.rule === 'chat-residue')).toBe(true);
  });

  it('does not reorder its input', () => {
    const input = [finding({ severity: 'warning' }), finding()];
    prioritizeAnnotations(input);
    expect(input[0].severity).toBe('warning');
  });
});
