/** A document's model from its text: what `archdoc trace` and `archdoc diff` read (lint builds the same from its context). */
import { lintContext } from '../lint/lint.js';
import type { RuleContext } from '../lint/rule.js';
import type { TemplateModel } from '../template/model.js';
import type { SourceFile } from '../drift/stamp.js';
import { modelOf } from './build.js';
import type { DocumentModel } from './model.js';

export async function loadModel(
  text: string,
  path: string,
  template: TemplateModel,
  requirements?: SourceFile[],
): Promise<{ ctx: RuleContext; model: DocumentModel }> {
  const ctx = await lintContext(text, path, template, requirements);
  return { ctx, model: modelOf(ctx) };
}
