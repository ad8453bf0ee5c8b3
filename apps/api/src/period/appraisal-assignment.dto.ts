import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { IsCode, Optional, ValidateNestedArray } from '../common/http/validation';

export class AppraisalAssignmentInputDto {
  @ApiProperty({ example: 'thamdinh.stp', description: 'Username of an appraiser account' })
  @IsString()
  @MaxLength(100)
  username!: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['1', '2'],
    description: 'Area (top-level node) codes; empty or absent = every area (council secretary of the units)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCode({ each: true })
  areaCodes?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['STC', 'SXD'],
    description: 'Participating unit codes; empty or absent = every unit except the appraiser’s own',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsCode({ each: true })
  unitCodes?: string[];
}

export class AppraisalAssignmentsWriteDto {
  @ValidateNestedArray(AppraisalAssignmentInputDto, {
    max: 1000,
    description:
      'The whole list (replaces the previous one). Empty list = no assignments: appraisers fall back to their account’s areas.',
  })
  assignments!: AppraisalAssignmentInputDto[];
}

export class AppraisalAssignmentDto {
  @ApiProperty() userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The appraiser’s own unit (never appraised by them)',
  })
  unitCode!: string | null;
  @ApiProperty({ type: [String], description: 'Empty = every area' }) areaCodes!: string[];
  @ApiProperty({ type: [String], description: 'Empty = every participating unit but their own' })
  unitCodes!: string[];
  @ApiProperty({ description: 'Covers every area: finalizes and sets bonus/penalty of its units' })
  wholeUnit!: boolean;
}
