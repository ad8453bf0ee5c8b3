import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ListQueryDto, SortParam } from '../common/http/list-query';
import { IsCode, Optional, OptionalQueryInt } from '../common/http/validation';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './assessment.entity';
import { ItemDto } from './assessment.dto';

/** Sortable fields of the queue (columns of its SQL). `leafCode` = the leaf's place in the criteria set. */
export const QUEUE_SORT = {
  unitCode: 'unit_code',
  unitName: 'unit_name',
  areaCode: 'area_code',
  leafCode: 'ord',
  pending: 'pending',
} as const;

/** Filters of the queue; pages by `limit`/`offset` (or the older `page`/`pageSize`, default 200). */
export class QueueQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ example: '1', description: 'Area (top-level node) code' })
  @Optional()
  @IsCode()
  area?: string;
  @ApiPropertyOptional({ example: 'STP' }) @Optional() @IsCode() unitCode?: string;
  @ApiPropertyOptional({ enum: ['pending', 'done', 'all'], default: 'pending' })
  @Optional()
  @IsIn(['pending', 'done', 'all'])
  status?: 'pending' | 'done' | 'all';
  @ApiPropertyOptional({
    type: 'integer',
    default: 1,
    minimum: 1,
    maximum: 10_000,
    description: 'Older paging (still answered): page number from 1; `offset` wins when given',
  })
  @OptionalQueryInt({ min: 1, max: 10_000 })
  page?: number;
  @ApiPropertyOptional({
    type: 'integer',
    default: 200,
    minimum: 1,
    maximum: 1000,
    description: 'Older paging (still answered): page size; `limit` wins when given',
  })
  @OptionalQueryInt({ min: 1, max: 1000 })
  pageSize?: number;
  @SortParam(QUEUE_SORT, 'unitCode,leafCode') override sort?: string;
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
  @ApiProperty({ type: 'integer', description: 'Of `total`, the rows still waiting for a decision' })
  pending!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}
