import { canonicalRuleV1, fromMilli, type CriteriaSet, type LeafInputV1, type LeafNode } from '@par/scoring';
import type { EvidenceFile } from '../evidence/evidence-file.entity';
import type { EvidenceLink } from '../evidence/evidence-link.entity';
import { areaOf, inheritedAgency } from './assessment-access';
import type { AssessmentContext } from './assessment-context.loader';
import type { AssessmentItem } from './assessment-item.entity';
import { totalsOf } from './assessment-totals';
import { currentInput } from './assessment-stage';
import type { AssessmentDto, AssessmentSummaryDto, EvidenceDto, ItemDto, StageDto } from './assessment.dto';
import type { AssessmentSummaryRow } from './assessment-read.repository';
import { whyOf } from './leaf-scoring';

/** Entities → DTOs, with no I/O (like immich's `mapAlbum`): callers load, these only shape. */

const pointsOf = (milli: number | null) => (milli === null ? null : fromMilli(milli));

/** Evidence of items by item id (what the read repository's `evidenceOf` returns). */
export type EvidenceByItem = Map<string, EvidenceDto[]>;

export function toEvidenceDto(link: EvidenceLink, file: EvidenceFile): EvidenceDto {
  return {
    id: link.id,
    fileName: link.fileName,
    mime: file.mime,
    size: Number(file.sizeBytes),
    sha256: file.sha256,
    stage: link.stage,
    uploadedBy: link.uploadedBy,
    uploadedAt: link.uploadedAt,
    url: `/api/v1/evidence/${link.id}`,
  };
}

function toStageDto(
  input: LeafInputV1 | null,
  milli: number | null,
  text: string | null,
  by: string | null,
  at: Date | null,
): StageDto | null {
  if (!at && input === null && text === null) return null;
  return { input, points: pointsOf(milli), text, by, at };
}

/** One leaf with every stage of its item (`null` item: never written), why it scores, and its evidence. */
export function toItemDto(
  set: CriteriaSet,
  leaf: LeafNode,
  item: AssessmentItem | null,
  evidence: EvidenceDto[],
): ItemDto {
  const current = item ? currentInput(item) : null;
  return {
    leafCode: leaf.code,
    title: leaf.title,
    areaCode: areaOf(set, leaf.code),
    maxPoints: fromMilli(leaf.maxMilli),
    source: leaf.source,
    ruleKind: leaf.rule.kind,
    // The leaf's rule as v1 JSON for the SPA's live preview (it scores with the same libs/scoring).
    rule: canonicalRuleV1(leaf.rule),
    leadAgency: inheritedAgency(set, leaf.code, 'leadAgency'),
    responsibleAgency:
      inheritedAgency(set, leaf.code, 'responsibleAgency') ?? inheritedAgency(set, leaf.code, 'leadAgency'),
    evidenceHint: leaf.evidence ?? null,
    guidance: leaf.guidance ?? null,
    notApplicableAllowed: leaf.notApplicableAllowed === true,
    indicator: leaf.indicator ?? null,
    pushed: item?.indicatorAt
      ? {
          input: item.indicatorInput,
          points: null,
          text: null,
          by: item.indicatorSource,
          at: item.indicatorAt,
        }
      : null,
    self: item
      ? toStageDto(item.selfInput, item.selfPointsMilli, item.selfNote, item.selfBy, item.selfAt)
      : null,
    selfSource: item?.selfSource ?? null,
    round1: item
      ? toStageDto(item.round1Input, item.round1PointsMilli, item.round1Comment, item.round1By, item.round1At)
      : null,
    explanation: item?.explanationAt
      ? { input: null, points: null, text: item.explanation, by: item.explanationBy, at: item.explanationAt }
      : null,
    round2: item
      ? toStageDto(item.round2Input, item.round2PointsMilli, item.round2Comment, item.round2By, item.round2At)
      : null,
    survey: item?.surveyAt
      ? {
          input: item.surveyInput,
          points: pointsOf(item.surveyPointsMilli),
          text: null,
          by: null,
          at: item.surveyAt,
        }
      : null,
    points: pointsOf(item?.finalPointsMilli ?? null),
    adjusted: Boolean(item?.round1At && item.round1PointsMilli !== item.selfPointsMilli),
    why: whyOf(leaf, current),
    whyEn: whyOf(leaf, current, 'en'),
    evidence,
    version: item?.version ?? 0,
  };
}

/** One unit's assessment: every leaf of the set in set order, with totals and the unit's deadlines. */
export function toAssessmentDto(
  context: AssessmentContext,
  items: AssessmentItem[],
  evidence: EvidenceByItem,
  evidenceMaxBytes: number,
): AssessmentDto {
  const { assessment, set, participation, period } = context;
  const byLeaf = new Map(items.map((item) => [item.leafCode, item]));
  return {
    id: assessment.id,
    periodId: assessment.periodId,
    unitCode: context.unit.code,
    unitName: context.unit.name,
    group: participation.groupCode,
    criteriaSetId: assessment.criteriaSetId,
    criteriaSetCode: set.code,
    status: assessment.status,
    bonus: fromMilli(assessment.bonusMilli),
    penalty: fromMilli(assessment.penaltyMilli),
    adjustmentsComment: assessment.adjustmentsComment,
    ...totalsOf(set, context.unit.code, items, assessment.bonusMilli, assessment.penaltyMilli),
    selfAssessmentDue: participation.selfAssessmentDue ?? period.selfAssessmentDue,
    explanationDue: participation.explanationDue ?? period.explanationDue,
    submittedAt: assessment.submittedAt,
    headName: assessment.headName,
    reportNumber: assessment.reportNumber,
    reportDate: assessment.reportDate,
    returnedAt: assessment.returnedAt,
    explainedAt: assessment.explainedAt,
    finalAt: assessment.finalAt,
    reopenCount: assessment.reopenCount,
    evidenceMaxBytes,
    imported: assessment.imported,
    version: assessment.version,
    items: set.leaves.map((leaf) => {
      const item = byLeaf.get(leaf.code) ?? null;
      return toItemDto(set, leaf, item, evidence.get(item?.id ?? '') ?? []);
    }),
  };
}

/** One row of the period's overview: status and totals of a unit's assessment. */
export function toAssessmentSummaryDto(
  row: AssessmentSummaryRow,
  set: CriteriaSet,
  items: AssessmentItem[],
): AssessmentSummaryDto {
  const totals = totalsOf(set, row.unitCode, items, row.bonusMilli, row.penaltyMilli);
  return {
    unitCode: row.unitCode,
    unitName: row.unitName,
    group: row.groupCode,
    status: row.status,
    selfPoints: totals.selfPoints,
    points: totals.points,
    maxPoints: totals.maxPoints,
    index: totals.index,
    filled: items.filter((item) => item.selfInput !== null).length,
    leaves: set.leaves.filter((leaf) => leaf.source === 'assessment').length,
    submittedAt: row.submittedAt,
    version: row.version,
  };
}
