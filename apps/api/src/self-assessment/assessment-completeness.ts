import type { CriteriaSet } from '@par/scoring';
import type { AssessmentItem } from './assessment-item.entity';
import type { CompletenessDto } from './assessment.dto';
import type { EvidenceByItem } from './assessment.mapper';

/**
 * Whether a self-assessment may be submitted: every self-assessed leaf (survey leaves are scored elsewhere)
 * has an input, and each applicable one has self-stage evidence or a note saying how it was reached.
 */
export function completenessOf(
  set: CriteriaSet,
  items: Pick<AssessmentItem, 'id' | 'leafCode' | 'selfInput' | 'selfNote'>[],
  evidence: EvidenceByItem,
): CompletenessDto {
  const byLeaf = new Map(items.map((item) => [item.leafCode, item]));
  const missingInput: string[] = [];
  const missingEvidence: string[] = [];
  for (const leaf of set.leaves.filter((candidate) => candidate.source === 'assessment')) {
    const item = byLeaf.get(leaf.code);
    if (!item?.selfInput) missingInput.push(leaf.code);
    else if (
      !item.selfInput.notApplicable &&
      !(evidence.get(item.id) ?? []).some((file) => file.stage === 'self') &&
      !item.selfNote?.trim()
    ) {
      missingEvidence.push(leaf.code);
    }
  }
  return {
    complete: missingInput.length === 0 && missingEvidence.length === 0,
    missingInput,
    missingEvidence,
  };
}
