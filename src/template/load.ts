/** Resolve a template name or path to a model. The caller supplies file reading, so this stays pure. */
import { UsageError } from '../core/findings.js';
import { BUILTIN_TEMPLATES } from './builtin.js';
import { parseTemplate } from './parse-template.js';
import type { TemplateModel } from './model.js';

export type ReadText = (path: string) => string;

const cache = new Map<string, TemplateModel>();

export function builtinTemplate(name: string): TemplateModel | undefined {
  // Own names only: `toString` or `__proto__` is no template (the object's prototype is not a lookup table).
  if (!Object.hasOwn(BUILTIN_TEMPLATES, name)) return undefined;
  const text = BUILTIN_TEMPLATES[name];
  let model = cache.get(name);
  if (!model) {
    model = parseTemplate(text, name);
    cache.set(name, model);
  }
  return model;
}

/** `architecture`, `requirements`, `security`, or a path to a Markdown skeleton / kit prompt file. */
export function resolveTemplate(spec: string, readText: ReadText): TemplateModel {
  const builtin = builtinTemplate(spec);
  if (builtin) return builtin;
  if (!/[\\/.]/.test(spec)) {
    throw new UsageError(`unknown template "${spec}": use one of ${Object.keys(BUILTIN_TEMPLATES).join(', ')} or a path to a Markdown file`);
  }
  return parseTemplate(readText(spec), spec);
}
