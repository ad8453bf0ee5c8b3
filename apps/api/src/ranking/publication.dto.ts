import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { IsText } from '../common/http/validation';

export class PublishDto {
  @ApiProperty({ example: '125/QĐ-UBND' }) @IsText({ min: 1, max: 100 }) decisionNo!: string;
  @ApiProperty({ example: '2027-02-15', format: 'date' }) @IsISO8601({ strict: true }) decisionDate!: string;
}
