import { ApiProperty } from '@nestjs/swagger';
import type { LeafInputV1 } from '@par/scoring';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { IsCode } from '../common/http/params';
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
  @ApiProperty({ type: [IndicatorDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  items!: IndicatorDto[];
}

export class IndicatorsResultDto {
  @ApiProperty({ description: 'Items written (all or nothing)' }) updated!: number;
}
