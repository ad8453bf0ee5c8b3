import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { IsText, IsVersion, Optional, ValidateNestedOptional } from '../common/http/validation';
import { LOST_POINTS_BY, type LostPointsBy } from './analysis.service';
import { REMEDIATION_LEVELS, REMEDIATION_STATUSES, type RemediationStatus } from './remediation-task.entity';

export class TaskSourceDto {
  @ApiProperty({
    enum: [...LOST_POINTS_BY, 'penalty', 'national'],
    description: 'The lost-points table’s `by` (or `penalty`); `national`: a row of the national standing',
  })
  @IsIn([...LOST_POINTS_BY, 'penalty', 'national'])
  by!: LostPointsBy | 'penalty' | 'national';

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The row’s key (node code, agency, `penalty`; the standing row’s id for `national`)',
  })
  @ValidateIf((_o, value) => value !== null)
  @IsText({ min: 1, max: 200 })
  key!: string | null;

  @ApiPropertyOptional({ description: 'The row’s criteria set (node rows of a period with several sets)' })
  @Optional()
  @IsText({ min: 1, max: 40 })
  criteriaSet?: string;
}

export class CreateTaskDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() periodId!: string;

  @ValidateNestedOptional(TaskSourceDto, {
    description:
      'Create from a row of GET /periods/{id}/analysis/lost-points: the task keeps its key, set and lost points; title and owner default from it (owner: the responsible agency)',
  })
  from?: TaskSourceDto;

  @ApiPropertyOptional({ example: 'Rà soát, công khai đầy đủ thủ tục hành chính' })
  @Optional()
  @IsText({ min: 1, max: 500 })
  title?: string;

  @ApiPropertyOptional() @Optional() @IsText({ max: 5000 }) description?: string;

  @ApiPropertyOptional({
    example: 'VPUBND',
    description: 'Any agency, evaluated or not: a unit code or a name (e.g. “Công an tỉnh”)',
  })
  @Optional()
  @IsText({ min: 1, max: 200 })
  ownerAgency?: string;

  @ApiProperty({ example: '2026-11-15', description: 'Overdue after the end of that day (province time)' })
  @IsISO8601({ strict: true })
  dueDate!: string;
}

export class UpdateTaskDto {
  @ApiProperty({ description: 'The version last read (else 409 STALE_VERSION)' })
  @IsVersion()
  version!: number;
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 500 }) title?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsText({ max: 5000 })
  description?: string | null;
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 200 }) ownerAgency?: string;
  @ApiPropertyOptional({ example: '2026-11-15' }) @Optional() @IsISO8601({ strict: true }) dueDate?: string;
  @ApiPropertyOptional({ enum: REMEDIATION_STATUSES })
  @Optional()
  @IsIn(REMEDIATION_STATUSES)
  status?: RemediationStatus;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @Optional() @IsInt() @Min(0) @Max(100) progress?: number;
  @ApiPropertyOptional({ description: 'A progress note (kept with the date, the author and the progress)' })
  @Optional()
  @IsText({ min: 1, max: 5000 })
  note?: string;
}

export class VersionQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
}

export class TaskListQueryDto {
  @ApiPropertyOptional({ enum: REMEDIATION_STATUSES })
  @Optional()
  @IsIn(REMEDIATION_STATUSES)
  status?: RemediationStatus;
  @ApiPropertyOptional({ description: 'Owner agency' })
  @Optional()
  @IsText({ min: 1, max: 200 })
  owner?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @Optional() @IsIn(['true', 'false']) overdue?:
    'true' | 'false';
}

export class ReportQueryDto {
  @ApiPropertyOptional({
    example: '2026-11-15',
    description: 'The date the report stands at (default today)',
  })
  @Optional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

export class ProgressNoteDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() by!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'Per cent done' }) progress!: number;
  @ApiProperty({ enum: REMEDIATION_STATUSES }) status!: RemediationStatus;
}

export class TaskEvidenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  @ApiProperty() mime!: string;
  @ApiProperty({ type: String, nullable: true }) uploadedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: Date;
}

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty({ enum: REMEDIATION_LEVELS, nullable: true }) level!:
    (typeof REMEDIATION_LEVELS)[number] | null;
  @ApiProperty({ type: String, nullable: true }) sourceKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) criteriaSet!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Lost there when the task was created' })
  lostPoints!: number | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() ownerAgency!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The unit’s name when the owner is a unit code' })
  ownerName!: string | null;
  @ApiProperty({ example: '2026-11-15' }) dueDate!: string;
  @ApiProperty({ enum: REMEDIATION_STATUSES }) status!: RemediationStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'Per cent done' }) progress!: number;
  @ApiProperty({ description: 'Open after the end of its due day' }) overdue!: boolean;
  @ApiProperty({ type: [ProgressNoteDto] }) notes!: ProgressNoteDto[];
  @ApiProperty({ type: [TaskEvidenceDto] }) evidence!: TaskEvidenceDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: Date | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
  @ApiProperty({ type: 'integer' }) version!: number;
}
