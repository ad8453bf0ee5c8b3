import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';
import { IsText, IsVersion, IsYear, Optional } from '../common/http/validation';
import { NATIONAL_INDEXES, type NationalIndex } from './national-standing.entity';

export class StandingQueryDto {
  @ApiPropertyOptional({ enum: NATIONAL_INDEXES })
  @Optional()
  @IsIn(NATIONAL_INDEXES)
  indexCode?: NationalIndex;
}

export class CreateStandingDto {
  @ApiProperty({ example: 2025 }) @IsYear() year!: number;
  @ApiProperty({ enum: NATIONAL_INDEXES }) @IsIn(NATIONAL_INDEXES) indexCode!: NationalIndex;
  @ApiPropertyOptional({ description: 'Empty or absent: the index’s total; else an area code', example: '3' })
  @Optional()
  @IsText({ max: 40 })
  areaCode?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Cải cách thủ tục hành chính' })
  @Optional({ nullable: true })
  @IsText({ max: 300 })
  areaTitle?: string | null;
  @ApiProperty({ example: 72.23, description: 'Points or percent, ≤ 3 decimals' })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(100000)
  value!: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'The area’s maximum, if published' })
  @Optional({ nullable: true })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(100000)
  maxPoints?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 58 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(1000)
  rank?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 63, description: 'Provinces ranked' })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(1000)
  rankOf?: number | null;
}

export class UpdateStandingDto {
  @ApiProperty() @IsVersion() version!: number;
  @ApiPropertyOptional({ example: 2025 }) @Optional() @IsYear() year?: number;
  @ApiPropertyOptional({ enum: NATIONAL_INDEXES })
  @Optional()
  @IsIn(NATIONAL_INDEXES)
  indexCode?: NationalIndex;
  @ApiPropertyOptional() @Optional() @IsText({ max: 40 }) areaCode?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsText({ max: 300 })
  areaTitle?: string | null;
  @ApiPropertyOptional() @Optional() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0) @Max(100000) value?: number;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @Optional({ nullable: true })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(100000)
  maxPoints?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(1000)
  rank?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(1000)
  rankOf?: number | null;
}

export class StandingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: NATIONAL_INDEXES }) indexCode!: NationalIndex;
  @ApiProperty({ description: '"" for the total' }) areaCode!: string;
  @ApiProperty({ type: String, nullable: true }) areaTitle!: string | null;
  @ApiProperty() value!: number;
  @ApiProperty({ type: Number, nullable: true }) maxPoints!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'maxPoints − value' }) lostPoints!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rank!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) rankOf!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Last year’s rank − this rank: > 0 moved up' })
  rankChange!: number | null;
  @ApiProperty({ type: Number, nullable: true }) valueChange!: number | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class StandingImportResultDto {
  @ApiProperty({ type: 'integer' }) created!: number;
  @ApiProperty({ type: 'integer' }) updated!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Rows identical to what was stored (re-importing a file is safe)',
  })
  unchanged!: number;
}
