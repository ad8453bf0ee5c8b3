import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsUUID } from 'class-validator';
import { IsCode, IsVersion, Optional, ValidateNestedArray } from '../common/http/validation';
import { TREND_BY, type TrendBy } from './trends.service';

export class TrendQueryDto {
  @ApiPropertyOptional({
    enum: TREND_BY,
    default: 'area',
    description: 'The lines: areas, criteria or leaves',
  })
  @Optional()
  @IsIn(TREND_BY)
  by?: TrendBy;
}

export class UnitTrendQueryDto extends TrendQueryDto {
  @ApiProperty({ example: 'STP' })
  @IsCode()
  unitCode!: string;
}

export class ProvinceTrendQueryDto extends TrendQueryDto {
  @ApiPropertyOptional({
    description: 'Units of this type (default: the type with most units in the latest period)',
  })
  @Optional()
  @IsCode()
  unitType?: string;
}

class TrendValueDto {
  @ApiProperty({ type: Number, nullable: true }) index!: number | null;
  @ApiProperty() points!: number;
  @ApiProperty({ description: 'Applicable max' }) maxPoints!: number;
  @ApiProperty() lostPoints!: number;
  @ApiProperty({ type: [String], description: 'The codes of that year’s set read (through the crosswalks)' })
  codes!: string[];
}

@ApiExtraModels(TrendValueDto)
class TrendLineDto {
  @ApiProperty({ description: 'The code in the latest set' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) depth!: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', nullable: true, allOf: [{ $ref: getSchemaPath(TrendValueDto) }] },
    description: 'Parallel to `years`; null: no counterpart that year',
  })
  values!: (TrendValueDto | null)[];
}

class TrendYearBaseDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) periodId!: string;
  @ApiProperty() periodName!: string;
  @ApiProperty({
    type: 'integer',
    description: 'The snapshot read: the last published, else the last compute',
  })
  snapshotSeq!: number;
  @ApiProperty() published!: boolean;
  @ApiProperty() criteriaSet!: string;
}

class UnitTrendYearDto extends TrendYearBaseDto {
  @ApiProperty() group!: string;
  @ApiProperty({ type: Number, nullable: true }) index!: number | null;
  @ApiProperty() points!: number;
  @ApiProperty() maxPoints!: number;
  @ApiProperty({ type: 'integer', nullable: true }) rank!: number | null;
  @ApiProperty({ type: 'integer', description: 'Ranked units of the group' }) rankOf!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Against the year before' }) indexChange!:
    number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '> 0: moved up' }) rankChange!: number | null;
  @ApiProperty() groupChanged!: boolean;
}

class TrendUnitDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class UnitTrendDto {
  @ApiProperty({ type: TrendUnitDto }) unit!: TrendUnitDto;
  @ApiProperty({ enum: TREND_BY }) by!: TrendBy;
  @ApiProperty({ description: 'The latest set: the lines’ codes' }) criteriaSet!: string;
  @ApiProperty({ type: [UnitTrendYearDto] }) years!: UnitTrendYearDto[];
  @ApiProperty({ type: [TrendLineDto] }) lines!: TrendLineDto[];
}

class NationalYearDto {
  @ApiProperty() value!: number;
  @ApiProperty({ type: 'integer', nullable: true }) rank!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rankOf!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '> 0: moved up' }) rankChange!: number | null;
}

class ProvinceTrendYearDto extends TrendYearBaseDto {
  @ApiProperty({ type: 'integer' }) units!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the units’ indexes' }) meanIndex!:
    number | null;
  @ApiProperty({ type: NationalYearDto, nullable: true, description: 'The province’s PAR INDEX that year' })
  national!: NationalYearDto | null;
}

export class ProvinceTrendDto {
  @ApiProperty() unitType!: string;
  @ApiProperty({ enum: TREND_BY }) by!: TrendBy;
  @ApiProperty() criteriaSet!: string;
  @ApiProperty({ type: [ProvinceTrendYearDto] }) years!: ProvinceTrendYearDto[];
  @ApiProperty({ type: [TrendLineDto], description: 'Pooled over the units: Σ points ÷ Σ max' })
  lines!: TrendLineDto[];
}

export class CrosswalkEntryInputDto {
  @ApiProperty({ description: 'A node code of this set' })
  @IsCode()
  code!: string;

  @ApiProperty({ type: [String], description: 'The previous set’s codes it continues ([]: new, no history)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsCode({ each: true })
  previous!: string[];
}

export class PutCrosswalkDto {
  @ApiProperty({ format: 'uuid', description: 'The set used the year before' })
  @IsUUID()
  previousCriteriaSetId!: string;

  @ApiProperty({
    type: 'integer',
    description: 'The version read (0: none stored yet); else 409 STALE_VERSION',
  })
  @IsVersion({ min: 0 })
  version!: number;

  @ValidateNestedArray(CrosswalkEntryInputDto, {
    max: 5000,
    description: 'Only the codes that do not continue the same code; the others are identity by code',
  })
  entries!: CrosswalkEntryInputDto[];
}

class CrosswalkEntryDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer' }) depth!: number;
  @ApiProperty({ type: [String] }) previous!: string[];
  @ApiProperty({
    enum: ['explicit', 'identity', 'none'],
    description: 'explicit: stored; identity: same code; none: new in this set',
  })
  source!: 'explicit' | 'identity' | 'none';
}

export class CrosswalkDto {
  @ApiProperty({ format: 'uuid' }) criteriaSetId!: string;
  @ApiProperty() criteriaSet!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousCriteriaSetId!: string | null;
  @ApiProperty({ type: String, nullable: true }) previousCriteriaSet!: string | null;
  @ApiProperty({ type: 'integer', description: '0: nothing stored (identity by code)' }) version!: number;
  @ApiProperty({ type: [CrosswalkEntryDto], description: 'Every node of the set' })
  entries!: CrosswalkEntryDto[];
}
