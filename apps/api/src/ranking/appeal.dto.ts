import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LeafInputV1 } from '@par/scoring';
import { IsIn, IsObject, ValidateIf } from 'class-validator';
import { IsCode, IsText, IsVersion, Optional, ValidateNestedArray } from '../common/http/validation';
import { SnapshotSummaryDto } from '../scoring/scoring.dto';
import { LEAF_INPUT_DOC } from '../self-assessment/assessment.dto';
import { APPEAL_OUTCOMES, type AppealOutcome } from './appeal.entity';

export class AppealLeafFileDto {
  @ApiProperty({ example: '1.2' }) @IsCode() leafCode!: string;
  @ApiProperty({ description: 'Lý do phúc khảo / why the unit asks for a new appraisal of this leaf' })
  @IsText({ min: 5, max: 4000 })
  reason!: string;
}

export class FileAppealDto {
  @ApiPropertyOptional({
    example: 'STP',
    description: 'The appealing unit: a unit user’s own unit (default); admin files for a unit by naming it',
  })
  @Optional()
  @IsCode()
  unitCode?: string;
  @ValidateNestedArray(AppealLeafFileDto, { min: 1, max: 200, description: 'Appealed leaves, each once' })
  leaves!: AppealLeafFileDto[];
}

export class AppealLeafDecisionDto {
  @ApiProperty({ example: '1.2' }) @IsCode() leafCode!: string;
  @ApiProperty({ enum: APPEAL_OUTCOMES }) @IsIn(APPEAL_OUTCOMES) outcome!: AppealOutcome;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { value: 100 },
    description: `Upheld: the corrected appraised input (required). ${LEAF_INPUT_DOC}`,
  })
  @ValidateIf((dto: AppealLeafDecisionDto) => dto.outcome === 'upheld' || dto.correctedInput !== undefined)
  @IsObject()
  correctedInput?: LeafInputV1;
  @ApiProperty({ description: 'Lý do kết luận / the council’s reason' })
  @IsText({ min: 5, max: 4000 })
  reason!: string;
}

export class DecideAppealDto {
  @ApiProperty({ description: 'The appeal’s version last read (else 409 STALE_VERSION)' })
  @IsVersion()
  version!: number;
  @ValidateNestedArray(AppealLeafDecisionDto, { min: 1, max: 200, description: 'Decisions, one per leaf' })
  leaves!: AppealLeafDecisionDto[];
}

export class AppealEvidenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() mime!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: String, nullable: true }) uploadedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: Date;
}

export class AppealLeafDto {
  @ApiProperty() leafCode!: string;
  @ApiProperty({ description: 'The leaf’s title in the criteria set' }) title!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The published (final) input',
  })
  publishedInput!: LeafInputV1 | null;
  @ApiProperty({ type: String, enum: APPEAL_OUTCOMES, nullable: true, description: 'null: not decided yet' })
  outcome!: AppealOutcome | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  correctedInput!: LeafInputV1 | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: Date | null;
  @ApiProperty({ type: [AppealEvidenceDto] }) evidence!: AppealEvidenceDto[];
}

export class AppealDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ description: 'The publication version appealed against' }) publicationVersion!: number;
  @ApiProperty({ enum: ['pending', 'decided'], description: 'decided: every leaf has an outcome' })
  status!: 'pending' | 'decided';
  @ApiProperty() filedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) filedAt!: Date;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [AppealLeafDto] }) leaves!: AppealLeafDto[];
}

export class AppealListDto {
  @ApiProperty({ description: 'Days after the first publication during which appeals may be filed' })
  appealDays!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'End of the appeal window (first publication + appealDays); null before publication',
  })
  deadline!: Date | null;
  @ApiProperty({ description: 'Whether an appeal may be filed now' }) open!: boolean;
  @ApiProperty({ description: 'Appealed leaves without an outcome, over the appeals shown' })
  pending!: number;
  @ApiProperty({
    type: SnapshotSummaryDto,
    nullable: true,
    description: 'The latest appeal compute not yet published (publish it as the next version), else null',
  })
  unpublishedSnapshot!: SnapshotSummaryDto | null;
  @ApiProperty({ type: [AppealDto] }) appeals!: AppealDto[];
}

export class AppealDecisionResultDto {
  @ApiProperty({ type: AppealDto }) appeal!: AppealDto;
  @ApiProperty({
    type: SnapshotSummaryDto,
    nullable: true,
    description:
      'When this decision was the last one pending and some leaf is upheld: the appeal compute it ran (publish it as the next version)',
  })
  computed!: SnapshotSummaryDto | null;
}
