/** Which diagram stands for a template section's required diagram. */
import type { DiagramInfo, RuleContext } from './rule.js';
import type { MatchedSection } from './match.js';
import { diagramsIn, fullRange, hasContent } from './scope.js';

function sameDiagramType(found: string, want: string): boolean {
  return found.toLowerCase() === want.toLowerCase();
}

export interface SectionDiagram {
  m: MatchedSection;
  want: NonNullable<MatchedSection['template']['diagram']>;
  /** The block of the required type, else the first diagram of the section, else none. */
  diagram?: DiagramInfo;
  typeMatches: boolean;
}

export function sectionDiagrams(ctx: RuleContext): SectionDiagram[] {
  return ctx.match.byTemplate.flatMap((m) => {
    if (!m?.template.diagram || !hasContent(ctx.doc.text, fullRange(m))) return [];
    const want = m.template.diagram;
    const blocks = diagramsIn(ctx, fullRange(m));
    const right = blocks.find((d) => sameDiagramType(d.analysis.type, want.type));
    return [{ m, want, diagram: right ?? blocks[0], typeMatches: !!right }];
  });
}
