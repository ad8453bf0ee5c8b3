import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCode, OptionalQueryInt } from '../common/http/validation';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './assessment.entity';
import { ItemDto } from './assessment.dto';

export class QueueQueryDto {
  @ApiPropertyOptional({ example: '1', description: 'Area (top-level node) code' })
  @IsOptional()
  @IsCode()
  area?: string;
  @ApiPropertyOptional({ example: 'STP' }) @IsOptional() @IsCode() unitCode?: string;
  @ApiPropertyOptional({ enum: ['pending', 'done', 'all'], default: 'pending' })
  @IsOptional()
  @IsIn(['pending', 'done', 'all'])
  status?: 'pending' | 'done' | 'all';
  @ApiPropertyOptional({ default: 1, maximum: 1000 })
  @OptionalQueryInt({ min: 1, max: 1000 })
  page?: number;
  @ApiPropertyOptional({ default: 200, maximum: 1000 })
  @OptionalQueryInt({ min: 1, max: 1000 })
  pageSize?: number;
}

export class QueueItemDto extends ItemDto {
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) assessmentStatus!: AssessmentStatus;
  @ApiProperty({ enum: [1, 2], description: 'The round this leaf waits for (or was decided in)' }) round!:
    1 | 2;
  @ApiProperty() pending!: boolean;
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] }) items!: QueueItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
