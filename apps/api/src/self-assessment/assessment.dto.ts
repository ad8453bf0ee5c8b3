import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LeafInputV1 } from '@par/scoring';
import { IsBoolean, IsIn, IsISO8601, IsObject, Matches } from 'class-validator';
import { ListQueryDto, PageDtoOf, SearchParam, SortParam } from '../common/http/list-query';
import { IsCode, IsText, IsVersion, Optional } from '../common/http/validation';
import { IsPoints, POINTS_SCHEMA } from '../criteria/criteria.dto';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './assessment.entity';

const LEAF_INPUT_EXAMPLE = { numerator: 19, denominator: 20 };
export const LEAF_INPUT_DOC =
  'A v1 leaf input: `value` (boolean or number), `numerator`+`denominator`, `count`, `counts` (survey options), `meanPercent`, `points` (direct score), or `notApplicable: true`. Validated against the leaf’s rule.';

export class ItemWriteDto {
  @ApiProperty({
    description:
      'The version last read (0 for a leaf never written); a stale one is 409 STALE_VERSION with the current item',
  })
  @IsVersion({ min: 0 })
  version!: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: LEAF_INPUT_EXAMPLE,
    description: `${LEAF_INPUT_DOC} \`null\` clears the input of the current stage.`,
  })
  @Optional({ nullable: true })
  @IsObject()
  input?: LeafInputV1 | null;

  @ApiPropertyOptional({ description: 'Appraiser: keep the unit’s own figures for this round' })
  @Optional()
  @IsBoolean()
  accept?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Unit: how the figures were reached (needed where no evidence is attached)',
  })
  @Optional({ nullable: true })
  @IsText({ max: 5000 })
  note?: string | null;

  @ApiPropertyOptional({
    description: 'Appraiser: the reason for an adjustment (required when points change)',
  })
  @Optional()
  @IsText({ max: 5000 })
  comment?: string;

  @ApiPropertyOptional({ description: 'Unit, explanation window: the giải trình of an adjusted leaf' })
  @Optional()
  @IsText({ max: 10000 })
  explanation?: string;
}

export class StageDto {
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, example: LEAF_INPUT_EXAMPLE })
  input!: LeafInputV1 | null;
  @ApiProperty({ type: Number, nullable: true, example: 1.9 }) points!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) text?: string | null;
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at!: Date | null;
}

export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ke-hoach-cchc-2026.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) mime!: string;
  @ApiProperty({ type: 'integer' }) size!: number;
  @ApiProperty({ example: 'e3b0c442…' }) sha256!: string;
  @ApiProperty({ enum: ['self', 'explanation'] }) stage!: 'self' | 'explanation';
  @ApiProperty({ type: String, nullable: true }) uploadedBy!: string | null;
  @ApiProperty() uploadedAt!: Date;
  @ApiProperty({ example: '/api/v1/evidence/…' }) url!: string;
}

export class AreaTotalDto {
  @ApiProperty({ example: '1' }) code!: string;
  @ApiProperty({ description: 'Applicable max' }) maxPoints!: number;
  @ApiProperty() selfPoints!: number;
  @ApiProperty() points!: number;
}

export class ItemDto {
  @ApiProperty({ example: '1.2' }) leafCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '1' }) areaCode!: string;
  @ApiProperty({ example: 2 }) maxPoints!: number;
  @ApiProperty({ enum: ['assessment', 'survey'] }) source!: string;
  @ApiProperty({ enum: ['manual', 'boolean', 'tiers', 'ratio', 'deduction', 'survey'] }) ruleKind!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The v1 rule' }) rule!: unknown;
  @ApiProperty({ type: String, nullable: true, description: 'Appraising agency, inherited along the path' })
  leadAgency!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Agency that must fix lost points, inherited (else the lead agency)',
  })
  responsibleAgency!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidenceHint!: string | null;
  @ApiProperty({ type: String, nullable: true }) guidance!: string | null;
  @ApiProperty({ description: 'The unit may mark it not applicable (with a note)' })
  notApplicableAllowed!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Indicator a provincial system pushes into this leaf (null: it receives no pushes)',
  })
  indicator!: string | null;
  @ApiProperty({
    type: StageDto,
    nullable: true,
    description:
      'Figures pushed by a provincial system (`by` = the source). They count as the self-assessment only while the unit has no entry of its own; the unit’s own entry always wins.',
  })
  pushed!: StageDto | null;
  @ApiProperty({ type: StageDto, nullable: true, description: 'Self-assessment (text = the unit’s note)' })
  self!: StageDto | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Set when the figures came from a provincial system',
  })
  selfSource!: string | null;
  @ApiProperty({ type: StageDto, nullable: true, description: 'Appraisal round 1 (text = reason)' })
  round1!: StageDto | null;
  @ApiProperty({ type: StageDto, nullable: true, description: 'The unit’s explanation (text)' })
  explanation!: StageDto | null;
  @ApiProperty({ type: StageDto, nullable: true, description: 'Appraisal round 2 (text = reason)' })
  round2!: StageDto | null;
  @ApiProperty({
    type: StageDto,
    nullable: true,
    description:
      'Survey leaves of a period with a survey, once it closed: `input.counts` (the distribution per option) and the points',
  })
  survey!: StageDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Points that count now' }) points!: number | null;
  @ApiProperty({ description: 'Round 1 changed the unit’s points (the unit may explain)' })
  adjusted!: boolean;
  @ApiProperty({ description: 'Why the current points (Vietnamese)' }) why!: string;
  @ApiProperty({ description: 'Why the current points (English)' }) whyEn!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
  @ApiProperty({ type: 'integer', description: '0 until first written' }) version!: number;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty({ example: 'STP' }) unitCode!: string;
  @ApiProperty({ example: 'Sở Tư pháp' }) unitName!: string;
  @ApiProperty({ example: 'departments' }) group!: string;
  @ApiProperty({
    format: 'uuid',
    description: 'GET /criteria-sets/{id}/export gives the set for a live score preview',
  })
  criteriaSetId!: string;
  @ApiProperty({ example: 'SO-2026' }) criteriaSetCode!: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status!: AssessmentStatus;
  @ApiProperty({ example: 0.5 }) bonus!: number;
  @ApiProperty({ example: 0 }) penalty!: number;
  @ApiProperty({ type: String, nullable: true }) adjustmentsComment!: string | null;
  @ApiProperty({
    description: 'The unit’s own total by libs/scoring (its inputs, no bonus/penalty)',
  })
  selfPoints!: number;
  @ApiProperty({ description: 'Applicable max of the unit’s own inputs (not-applicable leaves removed)' })
  selfMaxPoints!: number;
  @ApiProperty({ type: Number, nullable: true, example: 97.2 }) selfIndex!: number | null;
  @ApiProperty({
    description:
      'Total that counts now, as compute publishes it: Σ areas + capped bonus − capped penalty, within [0, maxPoints]',
  })
  points!: number;
  @ApiProperty({ description: 'Applicable max (not-applicable leaves removed), as compute counts it' })
  maxPoints!: number;
  @ApiProperty({ type: Number, nullable: true, example: 97.2, description: 'points / maxPoints × 100' })
  index!: number | null;
  @ApiProperty({ type: [AreaTotalDto], description: 'Per area (lĩnh vực), from libs/scoring' })
  areas!: AreaTotalDto[];
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'This unit’s self-assessment deadline',
  })
  selfAssessmentDue!: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'This unit’s explanation deadline',
  })
  explanationDue!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The head who signed the submission' })
  headName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The unit’s report number' })
  reportNumber!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The report’s date' })
  reportDate!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Round-1 results went back to the unit',
  })
  returnedAt!: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The explanation round closed',
  })
  explainedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalAt!: Date | null;
  @ApiProperty({ type: 'integer', description: 'Times an admin reopened it' }) reopenCount!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Largest evidence file accepted, in bytes (EVIDENCE_MAX_BYTES)',
  })
  evidenceMaxBytes!: number;
  @ApiProperty() imported!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: [ItemDto], description: 'Every leaf of the set, in set order' }) items!: ItemDto[];
}

export class AssessmentSummaryDto {
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() group!: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status!: AssessmentStatus;
  @ApiProperty({ description: 'The unit’s own total (libs/scoring, no bonus/penalty)' }) selfPoints!: number;
  @ApiProperty({ description: 'Total that counts now, as compute publishes it' }) points!: number;
  @ApiProperty({ description: 'Applicable max, as compute counts it' }) maxPoints!: number;
  @ApiProperty({ type: Number, nullable: true }) index!: number | null;
  @ApiProperty({ type: 'integer', description: 'Leaves with a self-assessment input' }) filled!: number;
  @ApiProperty({ type: 'integer', description: 'Assessment-source leaves' }) leaves!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class CompletenessDto {
  @ApiProperty() complete!: boolean;
  @ApiProperty({ type: [String], description: 'Leaves without input' }) missingInput!: string[];
  @ApiProperty({ type: [String], description: 'Leaves with neither evidence nor a note' })
  missingEvidence!: string[];
}

export class AdjustmentsWriteDto {
  @ApiProperty({ ...POINTS_SCHEMA, example: 0.5 }) @IsPoints() bonus!: number | string;
  @ApiProperty({ ...POINTS_SCHEMA, example: 0 }) @IsPoints() penalty!: number | string;
  @ApiPropertyOptional() @Optional() @IsText({ max: 5000 }) comment?: string;
  @ApiProperty({ description: 'The assessment version last read' }) @IsVersion() version!: number;
}

/** The signed report behind a submission: who signed it, its number and date (all optional). */
export class SubmitDto {
  @ApiPropertyOptional({
    example: 'Nguyễn Văn An',
    description: 'The head who signs the report (default: the submitting head’s full name)',
  })
  @Optional()
  @IsText({ min: 2, max: 200 })
  headName?: string;

  @ApiPropertyOptional({ example: '125/BC-STP', description: 'The unit’s report number (Số báo cáo)' })
  @Optional()
  @IsText({ min: 1, max: 100 })
  reportNumber?: string;

  @ApiPropertyOptional({ example: '2027-01-25', format: 'date', description: 'The report’s date' })
  @Optional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày dạng YYYY-MM-DD / date as YYYY-MM-DD' })
  reportDate?: string;
}

export class ReopenDto {
  @ApiProperty({ example: 'Đơn vị nộp nhầm tài liệu kiểm chứng, cho phép bổ sung' })
  @IsText({ min: 5, max: 2000 })
  reason!: string;
}

/** Sortable fields of `GET /periods/{id}/assessments` (columns of its SQL). */
export const ASSESSMENT_SORT = {
  unitCode: 'u.code',
  unitName: 'u.name',
  group: 'pu.group_code',
  status: 'a.status',
  submittedAt: 'a.submitted_at',
} as const;

export class AssessmentListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES })
  @Optional()
  @IsIn(ASSESSMENT_STATUSES)
  status?: AssessmentStatus;
  @ApiPropertyOptional({ example: 'departments', description: 'Ranking group code' })
  @Optional()
  @IsCode()
  group?: string;
  @SearchParam('unit code and name') q?: string;
  @SortParam(ASSESSMENT_SORT, 'group,unitCode') override sort?: string;
}

export const AssessmentSummaryPageDto = PageDtoOf(AssessmentSummaryDto, 'AssessmentSummaryPageDto');
export type AssessmentSummaryPageDto = InstanceType<typeof AssessmentSummaryPageDto>;
