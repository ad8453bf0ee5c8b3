import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean } from 'class-validator';
import { IsCode, IsVersion, Optional, ValidateNestedArray } from '../common/http/validation';

export class BulkLeafDto {
  @ApiProperty({ example: 'STP' }) @IsCode() unitCode!: string;
  @ApiProperty({ example: '1.2' }) @IsCode() leafCode!: string;
  @ApiProperty({
    type: 'integer',
    description:
      'The leaf’s version last read (0 for a leaf never written); for an undo, the version the accept answered',
  })
  @IsVersion({ min: 0 })
  version!: number;
}

export class BulkAcceptDto {
  @ValidateNestedArray(BulkLeafDto, { min: 1, max: 5000, description: 'The leaves, each once' })
  items!: BulkLeafDto[];

  @ApiPropertyOptional({
    description:
      'true: take back these acceptances (the undo of a bulk accept) — only in the same round, at the versions the accept answered',
  })
  @Optional()
  @IsBoolean()
  undo?: boolean;
}

export class BulkFinalizeDto {
  @ApiProperty({ type: [String], example: ['STP', 'STC'], description: 'The units, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsCode({ each: true })
  unitCodes!: string[];

  @ApiPropertyOptional({
    description:
      'true: take back these finalizations (final → explained) while the period is still in round 2',
  })
  @Optional()
  @IsBoolean()
  undo?: boolean;
}

export class BulkItemResultDto {
  @ApiProperty({ example: 'STP' }) unitCode!: string;
  @ApiPropertyOptional({ example: '1.2', description: 'Leaves only' }) leafCode?: string;
  @ApiProperty({ enum: ['done', 'refused'] }) outcome!: 'done' | 'refused';
  @ApiPropertyOptional({
    type: 'integer',
    description: 'Done leaves: the leaf’s new version (send it back to undo)',
  })
  version?: number;
  @ApiPropertyOptional({ example: 'STALE_VERSION', description: 'Refused: the error code' })
  code?: string;
  @ApiPropertyOptional({ description: 'Refused: why, in Vietnamese' }) message?: string;
  @ApiPropertyOptional({ description: 'Refused: why, in English' }) messageEn?: string;
}

export class BulkResultDto {
  @ApiProperty({ type: 'integer', description: 'Items done' }) done!: number;
  @ApiProperty({ type: 'integer', description: 'Items refused (nothing of them was written)' })
  refused!: number;
  @ApiProperty({ type: [BulkItemResultDto], description: 'One answer per item, in the order sent' })
  items!: BulkItemResultDto[];
}
