/** The rule catalogue (SPEC §3), in the order findings are explained in docs. */
import type { Rule } from '../rule.js';
import { sectionMissing } from './section-missing.js';
import { sectionOrder } from './section-order.js';
import { headingMismatch } from './heading-mismatch.js';
import { sectionDuplicate } from './section-duplicate.js';
import { sectionEmpty } from './section-empty.js';
import { fieldMissing } from './field-missing.js';
import { placeholder } from './placeholder.js';
import { endpointFormat } from './endpoint-format.js';
import { endpointDuplicate } from './endpoint-duplicate.js';
import { diagramMissing } from './diagram-missing.js';
import { diagramType } from './diagram-type.js';
import { diagramSyntax } from './diagram-syntax.js';
import { fenceUnclosed } from './fence-unclosed.js';
import { diagramTitle } from './diagram-title.js';
import { c4UndefinedAlias } from './c4-undefined-alias.js';
import { c4DuplicateAlias } from './c4-duplicate-alias.js';
import { c4SwallowedElement } from './c4-swallowed-element.js';
import { chatResidue } from './chat-residue.js';
import { mojibake } from './mojibake.js';
import { unsafeContent } from './unsafe-content.js';
import { c4ContextContainer } from './c4-context-container.js';
import { c4OrphanElement } from './c4-orphan-element.js';
import { c4RelationUndescribed } from './c4-relation-undescribed.js';
import { erUndefinedEntity } from './er-undefined-entity.js';
import { erOrphanEntity } from './er-orphan-entity.js';
import { endpointEntity } from './endpoint-entity.js';
import { stackContainer } from './stack-container.js';
import { requirementUntraced } from './requirement-untraced.js';

export const RULES: readonly Rule[] = [
  sectionMissing,
  sectionOrder,
  headingMismatch,
  sectionDuplicate,
  sectionEmpty,
  fieldMissing,
  placeholder,
  endpointFormat,
  endpointDuplicate,
  diagramMissing,
  diagramType,
  diagramSyntax,
  fenceUnclosed,
  diagramTitle,
  c4UndefinedAlias,
  c4DuplicateAlias,
  c4SwallowedElement,
  chatResidue,
  mojibake,
  unsafeContent,
  c4ContextContainer,
  c4OrphanElement,
  c4RelationUndescribed,
  erUndefinedEntity,
  erOrphanEntity,
  endpointEntity,
  stackContainer,
  requirementUntraced,
];
