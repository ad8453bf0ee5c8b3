import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  IsCode,
  IsText,
  IsVersion,
  IsYear,
  Optional,
  OptionalQueryInt,
  ValidateNestedArray,
  ValidateNestedOptional,
  ValidateUUID,
} from '../common/http/validation';
import { ListQueryDto, PageDtoOf, SearchParam, SortParam } from '../common/http/list-query';
import { BandDto } from '../criteria/criteria.dto';
import { PERIOD_STATES, type PeriodState } from './period.entity';

/** An optional, nullable ISO 8601 date-time (null clears it). */
function Deadline(description: string, example?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'date-time',
      nullable: true,
      description,
      ...(example ? { example } : {}),
    }),
    Optional({ nullable: true }),
    IsISO8601({ strict: true }),
  );
}

export class DeadlinesDto {
  @Deadline('Hạn tự đánh giá', '2026-12-15T17:00:00+07:00')
  selfAssessment?: string | null;

  @Deadline('Hạn thẩm định vòng 1')
  appraisal?: string | null;

  @Deadline('Hết hạn giải trình')
  explanation?: string | null;

  @Deadline('Hạn thẩm định vòng 2')
  finalAppraisal?: string | null;
}

export class PeriodUnitInputDto {
  @ApiProperty({ example: 'STP' }) @IsCode() code!: string;
  @ApiProperty({ example: 'departments', description: 'Ranking group' })
  @IsCode()
  group!: string;
}

export class PeriodSetInputDto {
  @ValidateUUID() criteriaSetId!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['commune', 'ward'],
    description:
      'Unit types scored on this set (default: the set’s own type) — e.g. one set for communes and wards',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsCode({ each: true })
  unitTypes?: string[];

  @ValidateNestedArray(BandDto, {
    optional: true,
    max: 20,
    description: 'Bands for this period (default: the set’s)',
  })
  bands?: BandDto[];
}

export class CreatePeriodDto {
  @ApiProperty({ example: 2026 }) @IsYear() year!: number;
  @ApiProperty({ example: 'Chỉ số CCHC năm 2026' }) @IsText({ min: 1, max: 300 }) name!: string;

  @ValidateUUID({
    optional: true,
    description: 'One set for every unit (or use `criteriaSets`, one per unit type)',
  })
  criteriaSetId?: string;

  @ValidateNestedArray(PeriodSetInputDto, {
    optional: true,
    max: 20,
    description: 'One set per unit type; each unit is scored on the set of its type',
  })
  criteriaSets?: PeriodSetInputDto[];

  @ValidateNestedArray(BandDto, {
    optional: true,
    max: 20,
    description: 'With `criteriaSetId`: bands overriding the set’s',
  })
  bands?: BandDto[];

  @ValidateNestedArray(PeriodUnitInputDto, { min: 1, max: 5000 })
  units!: PeriodUnitInputDto[];

  @ValidateNestedOptional(DeadlinesDto)
  deadlines?: DeadlinesDto;
}

export class TieBreakerDto {
  @ApiProperty({
    enum: ['exactIndex', 'points', 'node'],
    description:
      'exactIndex: chỉ số chưa làm tròn; points: tổng điểm; node: chỉ số của tiêu chí `code` cao hơn xếp trên',
  })
  @IsIn(['exactIndex', 'points', 'node'])
  by!: 'exactIndex' | 'points' | 'node';

  @ApiPropertyOptional({
    example: '1',
    description: 'with `node`: the node (e.g. an area) whose index breaks the tie',
  })
  @ValidateIf((dto: TieBreakerDto) => dto.by === 'node')
  @IsCode()
  code?: string;
}

export class UpdatePeriodDto {
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 300 }) name?: string;
  @ValidateNestedOptional(DeadlinesDto)
  deadlines?: DeadlinesDto;
  @ValidateNestedArray(TieBreakerDto, {
    optional: true,
    max: 10,
    description:
      'Tiêu chí phụ xếp hạng khi bằng chỉ số, theo thứ tự / tie-breakers in order; [] = competition ranking only (1, 1, 3)',
  })
  tieBreakers?: TieBreakerDto[];
  @ApiPropertyOptional({
    example: 15,
    description:
      'Thời hạn phúc khảo / appeal window: days after the first publication during which units may file appeals (0 = none; default 15)',
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(365)
  appealDays?: number;
  @ApiProperty() @IsVersion() version!: number;
}

export class PeriodStateDto {
  @ApiProperty({ enum: PERIOD_STATES, example: 'self_assessment' })
  @IsIn(PERIOD_STATES)
  state!: PeriodState;
}

export class UnitDeadlineDto {
  @Deadline('This unit’s own self-assessment deadline (extension)')
  selfAssessmentDue?: string | null;

  @Deadline('This unit’s own explanation deadline (extension)')
  explanationDue?: string | null;
}

export class CreatedPeriodDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class DeadlinesViewDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) selfAssessment!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) appraisal!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) explanation!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finalAppraisal!: Date | null;
}

export class PeriodSetViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitType!: string;
  @ApiProperty({ type: [String], description: 'Unit types scored on this set in this period' })
  unitTypes!: string[];
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status!: string;
  @ApiProperty({ type: [BandDto], description: 'Bands in force for this period' }) bands!: BandDto[];
}

export class PeriodUnitViewDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() type!: string;
  @ApiProperty() group!: string;
  @ApiProperty() criteriaSetCode!: string;
  @ApiProperty({ enum: ['draft', 'submitted', 'returned', 'explained', 'final'] }) assessmentStatus!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Extension for this unit' })
  selfAssessmentDue!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) explanationDue!: Date | null;
}

export class PeriodSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PERIOD_STATES }) state!: PeriodState;
  @ApiProperty({ type: DeadlinesViewDto }) deadlines!: DeadlinesViewDto;
  @ApiProperty({ type: 'integer' }) unitCount!: number;
  @ApiProperty({ type: String, nullable: true }) decisionNo!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) decisionDate!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty({
    type: 'integer',
    description: 'Appeal window in days after the first publication (0 = no appeals)',
  })
  appealDays!: number;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class PeriodDetailDto extends PeriodSummaryDto {
  @ApiProperty({ type: [PeriodSetViewDto] }) criteriaSets!: PeriodSetViewDto[];
  @ApiProperty({ type: [PeriodUnitViewDto] }) units!: PeriodUnitViewDto[];
  @ApiProperty({ type: [String], enum: PERIOD_STATES, description: 'States the period may move to next' })
  nextStates!: PeriodState[];
  @ApiPropertyOptional({ type: [TieBreakerDto], description: 'The period’s tie-breakers ([] when none)' })
  tieBreakers?: TieBreakerDto[];
}

export const PERIOD_SORT = {
  year: 'p.year',
  name: 'p.name',
  state: 'p.state',
  createdAt: 'p.createdAt',
  publishedAt: 'p.publishedAt',
} as const;

export class PeriodQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2026 })
  @OptionalQueryInt({ min: 2000, max: 2100 })
  year?: number;
  @ApiPropertyOptional({ enum: PERIOD_STATES }) @Optional() @IsIn(PERIOD_STATES) state?: PeriodState;
  @SearchParam('the name') q?: string;
  @SortParam(PERIOD_SORT, '-year,-createdAt') override sort?: string;
}

export const PeriodPageDto = PageDtoOf(PeriodSummaryDto, 'PeriodPageDto');
export type PeriodPageDto = InstanceType<typeof PeriodPageDto>;
