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

export class IndicatorsResultDto {
  @ApiProperty({ description: 'Items written (all or nothing)' }) updated!: number;
}
