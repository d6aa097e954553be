/** A template rendered as a starting document: every heading with its skeleton body and placeholders. */
import type { TemplateModel } from './model.js';

export function sectionSkeleton(t: TemplateModel['sections'][number]): string {
  const heading = `${'#'.repeat(t.depth)} ${t.heading}`;
  return t.body ? `${heading}\n\n${t.body}` : heading;
}

export function skeletonDocument(template: TemplateModel): string {
  return template.sections.map(sectionSkeleton).join('\n\n') + '\n';
}
