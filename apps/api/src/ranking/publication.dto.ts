import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';

export class PublishDto {
  @ApiProperty({ example: '125/QĐ-UBND' }) @IsString() @MinLength(1) @MaxLength(100) decisionNo!: string;
  @ApiProperty({ example: '2027-02-15', format: 'date' }) @IsISO8601({ strict: true }) decisionDate!: string;
}
