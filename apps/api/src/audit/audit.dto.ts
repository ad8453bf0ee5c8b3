import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, Matches } from 'class-validator';
import { ListQueryDto, SortParam } from '../common/http/list-query';
import { IsText, Optional, OptionalQueryInt } from '../common/http/validation';

export const AUDIT_SORT = {
  at: 'a.at',
  action: 'a.action',
  entityType: 'a.entityType',
  actor: 'a.actorName',
} as const;

/** Filters of the audit log; pages by `limit`/`offset` (or the older `page`/`pageSize`). */
export class AuditQueryDto extends ListQueryDto {
  @ApiPropertyOptional({
    example: 'auth.login',
    description: 'Exact action, or a prefix ending in `.` (e.g. `user.`)',
  })
  @Optional()
  @Matches(/^[a-z_.]{1,60}$/)
  action?: string;

  @ApiPropertyOptional({ example: 'user' }) @Optional() @Matches(/^[a-z_]{1,40}$/) entityType?: string;
  @ApiPropertyOptional() @Optional() @IsText({ max: 100 }) entityId?: string;
  @ApiPropertyOptional({ description: 'Actor name (username or API key name) contains' })
  @Optional()
  @IsText({ max: 100 })
  actor?: string;
  @ApiPropertyOptional({ enum: ['user', 'api_key', 'system', 'anonymous'] })
  @Optional()
  @IsIn(['user', 'api_key', 'system', 'anonymous'])
  actorKind?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @Optional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @Optional() @IsISO8601() to?: string;
  @ApiPropertyOptional({
    type: 'integer',
    default: 1,
    minimum: 1,
    maximum: 100_000,
    description: 'Older paging (still answered): page number from 1; `offset` wins when given',
  })
  @OptionalQueryInt({ min: 1, max: 100_000 })
  page?: number;
  @ApiPropertyOptional({
    type: 'integer',
    default: 50,
    minimum: 1,
    maximum: 500,
    description: 'Older paging (still answered): page size; `limit` wins when given',
  })
  @OptionalQueryInt({ min: 1, max: 500 })
  pageSize?: number;
  @SortParam(AUDIT_SORT, '-at') override sort?: string;
}

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ enum: ['user', 'api_key', 'system', 'anonymous'] }) actorKind!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ example: 'unit.update' }) action!: string;
  @ApiProperty({ example: 'unit' }) entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'What the entry is about, by name (a user’s full name, a unit’s or period’s name, “unit — period — leaf” for an assessment item); null when deleted or unnamed',
    example: 'Sở Tư pháp — Kỳ đánh giá năm 2026',
  })
  entityName!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The acting user’s full name (actorName is the username); null for keys, the system and deleted users',
  })
  actorFullName!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    description: '{ field: [before, after] }',
    additionalProperties: { type: 'array', minItems: 2, maxItems: 2, items: {} },
  })
  diff!: Record<string, [unknown, unknown]> | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
  @ApiProperty({ type: 'integer' }) page!: number;
  @ApiProperty({ type: 'integer' }) pageSize!: number;
}
