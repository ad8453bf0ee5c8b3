import { ApiProperty } from '@nestjs/swagger';
import type { LeafInputV1 } from '@par/scoring';
import { IsObject } from 'class-validator';
import { IsCode, ValidateNestedArray } from '../common/http/validation';
import { LEAF_INPUT_DOC } from './assessment.dto';

export class IndicatorDto {
  @ApiProperty({ example: 'STP' }) @IsCode() unitCode!: string;
  @ApiProperty({ example: '2.1' }) @IsCode() leafCode!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { numerator: 195, denominator: 200 },
    description: LEAF_INPUT_DOC,
  })
  @IsObject()
  input!: LeafInputV1;
}

export class IndicatorsDto {
  @ValidateNestedArray(IndicatorDto, { min: 1, max: 10_000 })
  items!: IndicatorDto[];
}

export class IndicatorProblemDto {
  @ApiProperty({ example: 'NOT_AN_INDICATOR_LEAF' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ required: false }) messageEn?: string;
  @ApiProperty({ required: false, example: 'items.3' }) field?: string;
  @ApiProperty({ required: false, example: '2.1' }) leaf?: string;
}

export class IndicatorUnitResultDto {
  @ApiProperty({ example: 'STP' }) unitCode!: string;
  @ApiProperty({ enum: ['accepted', 'refused'] }) status!: 'accepted' | 'refused';
  @ApiProperty({ type: 'integer', description: 'Leaves written for this unit' }) leaves!: number;
  @ApiProperty({ type: [IndicatorProblemDto], description: 'Why the unit was refused (all of its items)' })
  problems!: IndicatorProblemDto[];
}

export class IndicatorsResultDto {
  @ApiProperty({ type: 'integer', description: 'Items written, over every accepted unit' }) updated!: number;
  @ApiProperty({ type: [IndicatorUnitResultDto], description: 'One answer per unit named in the batch' })
  units!: IndicatorUnitResultDto[];
}
