import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import type { FieldProblem } from '@par/contracts';
import type { BandV1, CriteriaSetV1, LeafSource, RuleV1 } from '@par/scoring';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  Matches,
  Max,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import {
  IsCode,
  IsText,
  IsVersion,
  IsYear,
  Optional,
  OptionalQueryInt,
  ValidateNestedArray,
  ValidateNestedOptional,
} from '../common/http/validation';
import { ListQueryDto, PageDtoOf, SearchParam, SortParam } from '../common/http/list-query';
import { CRITERIA_SET_STATUSES, type CriteriaSetStatus } from './criteria-set.entity';
import { interchangeRef } from '../common/openapi/interchange-schemas';

/** How a points field looks in the OpenAPI document: a JSON number or a numeric string. */
export const POINTS_SCHEMA: ApiPropertyOptions = {
  oneOf: [{ type: 'number' }, { type: 'string', pattern: '^\\d+(\\.\\d{1,3})?$' }],
};

/** A decimal of points: a JSON number or numeric string, ≥ 0, at most 3 fractional digits. */
export function IsPoints(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPoints',
      validator: {
        validate: (value: unknown) =>
          (typeof value === 'number' &&
            Number.isFinite(value) &&
            value >= 0 &&
            /^\d+(\.\d{1,3})?$/.test(String(value))) ||
          (typeof value === 'string' && /^\d{1,9}(\.\d{1,3})?$/.test(value)),
        defaultMessage: () =>
          'điểm là số ≥ 0, tối đa 3 chữ số thập phân / points: a number ≥ 0 with at most 3 decimals',
      },
    },
    options,
  );
}

/** A node's position among its siblings. */
function IsPosition(): PropertyDecorator {
  return applyDecorators(Max(10_000), Min(0), IsInt());
}

export class FieldProblemDto implements FieldProblem {
  @ApiPropertyOptional({ description: 'JSON Pointer or field name' }) field?: string;
  @ApiProperty({ example: 'MAX_POINTS_MISMATCH' }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional() messageEn?: string;
  @ApiPropertyOptional({ example: '1.2' }) node?: string;
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional() leaf?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Worksheet row (Excel imports)' }) row?: number;
}

export class CriteriaSetSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SO-2026' }) code!: string;
  @ApiProperty({ example: 'Bộ tiêu chí xác định Chỉ số CCHC các sở, ban, ngành năm 2026' }) name!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ example: 'department' }) unitType!: string;
  @ApiProperty({ enum: CRITERIA_SET_STATUSES }) status!: CriteriaSetStatus;
  @ApiProperty({ type: String, nullable: true }) sourceDecision!: string | null;
  @ApiProperty({ type: 'integer', example: 72 }) leafCount!: number;
  @ApiProperty({ example: 100, description: 'Σ of the areas’ max points' }) maxPoints!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) clonedFromId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class CriteriaSetDetailDto extends CriteriaSetSummaryDto {
  @ApiProperty({
    allOf: [interchangeRef('CriteriaSetV1')],
    description: 'The set as par-index.criteria-set/v1',
  })
  document!: CriteriaSetV1;
  @ApiProperty({
    type: [FieldProblemDto],
    description: 'What still blocks publication (e.g. MAX_POINTS_MISMATCH while editing)',
  })
  issues!: FieldProblemDto[];
}

export class ImportedSetDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
}

export class BandDto implements BandV1 {
  @ApiProperty({ example: 'XS' }) @IsCode() code!: string;
  @ApiProperty({ example: 'Xuất sắc' }) @IsText({ min: 1, max: 100 }) label!: string;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }], example: 90 })
  @ValidateBy({
    name: 'isIndex',
    validator: {
      validate: (v: unknown) =>
        (typeof v === 'number' || typeof v === 'string') &&
        /^\d{1,3}(\.\d{1,2})?$/.test(String(v)) &&
        Number(v) <= 100,
      defaultMessage: () => 'minIndex 0..100, tối đa 2 chữ số thập phân / at most 2 decimals',
    },
  })
  minIndex!: number | string;
}

export class AdjustmentsDto {
  @ApiProperty({ ...POINTS_SCHEMA, example: 2 }) @IsPoints() bonusMax!: number | string;
  @ApiProperty({ ...POINTS_SCHEMA, example: 5 }) @IsPoints() penaltyMax!: number | string;
}

export class UpdateCriteriaSetDto {
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 300 }) name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsText({ max: 300 })
  sourceDecision?: string | null;

  @ValidateNestedArray(BandDto, { optional: true, max: 20 })
  bands?: BandDto[];

  @ValidateNestedOptional(AdjustmentsDto, { nullable: true, description: 'null: no bonus/penalty block' })
  adjustments?: AdjustmentsDto | null;

  @ApiProperty() @IsVersion() version!: number;
}

export class CreateNodeDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '1', description: 'null/absent: a new area' })
  @Optional({ nullable: true })
  @IsCode()
  parentCode?: string | null;

  @ApiProperty({ example: '1.4' }) @IsCode() code!: string;
  @ApiProperty({ example: 'Tổ chức kiểm tra CCHC' })
  @IsText({ min: 1, max: 1000 })
  title!: string;
  @ApiProperty({ ...POINTS_SCHEMA, example: 1.5 }) @IsPoints() maxPoints!: number | string;
  @ApiPropertyOptional({ enum: ['assessment', 'survey'] })
  @Optional()
  @IsIn(['assessment', 'survey'])
  source?: LeafSource;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { kind: 'boolean' },
    description: 'A v1 rule (leaves)',
  })
  @Optional()
  @IsObject()
  rule?: RuleV1;
  @ApiPropertyOptional() @Optional() @IsText({ max: 5000 }) guidance?: string;
  @ApiPropertyOptional({ description: 'Evidence the unit must attach' })
  @Optional()
  @IsText({ max: 2000 })
  evidence?: string;
  @ApiPropertyOptional({ example: 'SNV' })
  @Optional()
  @IsCode()
  leadAgency?: string;
  @ApiPropertyOptional({
    example: 'Sở Tư pháp',
    description: 'The agency that manages the field and must fix lost points (code or name; inherited)',
  })
  @Optional()
  @IsText({ max: 200 })
  responsibleAgency?: string;
  @ApiPropertyOptional({ description: 'Leaves: the unit may mark it not applicable, with a note' })
  @Optional()
  @IsBoolean()
  notApplicableAllowed?: boolean;
  @ApiPropertyOptional({ example: 'one-stop.on-time-rate', description: 'Leaves: indicator pushed into it' })
  @Optional()
  @IsCode()
  indicator?: string;
  @ApiPropertyOptional({ description: 'Position among siblings (default: last)' })
  @Optional()
  @IsPosition()
  position?: number;
}

export class UpdateNodeDto {
  @ApiPropertyOptional({ description: 'Rename (children follow)' })
  @Optional()
  @IsCode()
  code?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Move under another node (null: make it an area)',
  })
  @Optional({ nullable: true })
  @IsCode()
  parentCode?: string | null;

  @ApiPropertyOptional() @Optional() @IsPosition() position?: number;
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 1000 }) title?: string;
  @ApiPropertyOptional(POINTS_SCHEMA) @Optional() @IsPoints() maxPoints?: number | string;
  @ApiPropertyOptional({ enum: ['assessment', 'survey'] })
  @Optional()
  @IsIn(['assessment', 'survey'])
  source?: LeafSource;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  @Optional({ nullable: true })
  @IsObject()
  rule?: RuleV1 | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsText({ max: 5000 })
  guidance?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsText({ max: 2000 })
  evidence?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true })
  @IsCode()
  leadAgency?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The agency that must fix lost points' })
  @Optional({ nullable: true })
  @IsText({ max: 200 })
  responsibleAgency?: string | null;
  @ApiPropertyOptional({ description: 'Leaves: the unit may mark it not applicable, with a note' })
  @Optional()
  @IsBoolean()
  notApplicableAllowed?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Leaves: indicator pushed into it' })
  @Optional({ nullable: true })
  @IsCode()
  indicator?: string | null;
}

export class CloneCriteriaSetDto {
  @ApiProperty({ example: 'SO-2027' }) @IsCode() code!: string;
  @ApiProperty({ example: 2027 }) @IsYear() year!: number;
  @ApiPropertyOptional() @Optional() @IsText({ min: 1, max: 300 }) name?: string;
}

export class DiffQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The other set (e.g. last year’s)' })
  @Matches(/^[0-9a-f-]{36}$/)
  against!: string;
}

export const CRITERIA_SET_SORT = {
  code: 's.code',
  name: 's.name',
  year: 's.year',
  unitType: 's.unitType',
  status: 's.status',
  createdAt: 's.createdAt',
  publishedAt: 's.publishedAt',
} as const;

export class CriteriaSetQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ example: 'SO-2026', description: 'Exact code, ignoring case (lookup by code)' })
  @Optional()
  @IsCode()
  code?: string;
  @ApiPropertyOptional({ type: 'integer', example: 2026 })
  @OptionalQueryInt({ min: 2000, max: 2100 })
  year?: number;
  @ApiPropertyOptional({ example: 'department' }) @Optional() @IsCode() unitType?: string;
  @ApiPropertyOptional({ enum: CRITERIA_SET_STATUSES })
  @Optional()
  @IsIn(CRITERIA_SET_STATUSES)
  status?: CriteriaSetStatus;
  @SearchParam('code and name') q?: string;
  @SortParam(CRITERIA_SET_SORT, '-year,code') override sort?: string;
}

export const CriteriaSetPageDto = PageDtoOf(CriteriaSetSummaryDto, 'CriteriaSetPageDto');
export type CriteriaSetPageDto = InstanceType<typeof CriteriaSetPageDto>;
