import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';
import { mentions, technologyWords } from '../../model/technology.js';

/** Stack fields that name where and how things run, not what a container is built with. */
const NOT_CONTAINERS = /infra|deploy|hosting|cloud|devops|\bci\b|\bcd\b|observab|monitor|logging|testing|tool|security|auth/i;

export const stackContainer: Rule = {
  name: 'stack-container',
  description: 'A container technology is missing from the Technology Stack, or a Technology Stack field names nothing any container uses.',
  severity: 'warning',
  fixable: false,
  offByDefault: true,
  check(ctx) {
    const model = modelOf(ctx);
    if (model.stack.length === 0) return [];
    const containers = model.diagrams
      .filter((d) => d.type === 'C4Container')
      .flatMap((d) => d.c4?.elements ?? [])
      .filter((e) => e.kind.startsWith('Container') && !e.boundary && !e.kind.includes('_Ext') && e.technology);
    if (containers.length === 0) return [];
    const stackWords = technologyWords(model.stack.map((f) => f.value).join(', '));
    const containerWords = technologyWords(containers.map((c) => c.technology).join(', '));
    const out: RuleFinding[] = [];
    const reported = new Set<string>();
    for (const c of containers) {
      const tech = c.technology!;
      if (reported.has(tech) || mentions(stackWords, tech)) continue;
      reported.add(tech);
      out.push({
        message: `Container \`${c.alias}\` is built with "${tech}", which the Technology Stack does not name: add it to the stack or correct the container.`,
        line: c.line,
        column: c.column,
      });
    }
    for (const f of model.stack) {
      if (NOT_CONTAINERS.test(f.label) || mentions(containerWords, f.value)) continue;
      out.push({
        message: `**${f.label}** names ${f.value ? `"${f.value}"` : 'nothing'}, which no container of the Container diagram uses: give the containers their technology, or correct the stack.`,
        line: f.line,
        column: f.column,
      });
    }
    return out;
  },
};
