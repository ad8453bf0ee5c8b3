import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsCode, Optional, OptionalQueryInt } from '../common/http/validation';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './assessment.entity';
import { ItemDto } from './assessment.dto';

export class QueueQueryDto {
  @ApiPropertyOptional({ example: '1', description: 'Area (top-level node) code' })
  @Optional()
  @IsCode()
  area?: string;
  @ApiPropertyOptional({ example: 'STP' }) @Optional() @IsCode() unitCode?: string;
  @ApiPropertyOptional({ enum: ['pending', 'done', 'all'], default: 'pending' })
  @Optional()
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
  @ApiProperty({
    type: 'integer',
    enum: [1, 2],
    description: 'The round this leaf waits for (or was decided in)',
  })
  round!: 1 | 2;
  @ApiProperty() pending!: boolean;
}

export class QueuePageDto {
  @ApiProperty({ type: [QueueItemDto] }) items!: QueueItemDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) pending!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}
