import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { IsText, Optional, OptionalQueryInt } from './validation';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
export const MAX_OFFSET = 1_000_000;

/**
 * `limit`/`offset` of every list route. The answer is the `Page` envelope `{ items, total, limit, offset }`
 * (`total` counts every match, not only this page).
 */
export class ListQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    default: DEFAULT_LIMIT,
    minimum: 1,
    maximum: MAX_LIMIT,
    description: `Items per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`,
  })
  @OptionalQueryInt({ min: 1, max: MAX_LIMIT })
  limit?: number;

  @ApiPropertyOptional({
    type: 'integer',
    default: 0,
    minimum: 0,
    maximum: MAX_OFFSET,
    description: 'Items to skip (0 = the first page)',
  })
  @OptionalQueryInt({ min: 0, max: MAX_OFFSET })
  offset?: number;

  /** Declared by each route's query with `@SortParam(...)`, which documents the fields it allows. */
  sort?: string;
}

/** A route's sortable fields: public name → SQL expression (e.g. `{ code: 'u.code' }`). */
export type SortFields = Readonly<Record<string, string>>;

/** The `sort` query parameter of one route: `field`, `-field` (descending), comma-separated. */
export function SortParam(fields: SortFields, defaultSort: string): PropertyDecorator {
  const names = Object.keys(fields);
  return applyDecorators(
    ApiPropertyOptional({
      type: 'string',
      example: `-${names[0]}`,
      default: defaultSort,
      maxLength: 200,
      pattern: '^-?[A-Za-z]+(,-?[A-Za-z]+)*$',
      description: `Sort order: one or more fields, comma-separated, \`-\` for descending. Allowed: ${names
        .map((name) => `\`${name}\``)
        .join(', ')}. Default: \`${defaultSort}\`. Another field: 400 SORT_FIELD_UNKNOWN.`,
    }),
    Optional(),
    IsText({ max: 200 }),
    Matches(/^-?[A-Za-z]+(,-?[A-Za-z]+)*$/),
  );
}

/** The search parameter `q` of a list route: accent- and case-insensitive, Vietnamese-aware. */
export function SearchParam(what: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'string',
      maxLength: 100,
      example: 'Tu phap',
      description: `Search in ${what}, ignoring accents and case (Vietnamese-aware: "Tu phap", "tư pháp" and "TU PHAP" all find "Sở Tư pháp"; đ = d).`,
    }),
    Optional(),
    IsText({ max: 100 }),
  );
}

/** The list envelope. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** `ORDER BY` terms for `sort` (throws 400 SORT_FIELD_UNKNOWN on a field the route does not allow). */
export function orderTerms(
  sort: string | undefined,
  fields: SortFields,
  defaultSort: string,
): { expression: string; direction: 'ASC' | 'DESC' }[] {
  const terms = (sort || defaultSort).split(',').filter(Boolean);
  return terms.map((term) => {
    const descending = term.startsWith('-');
    const name = descending ? term.slice(1) : term;
    const expression = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    if (!expression) {
      throw new DomainError('SORT_FIELD_UNKNOWN', {
        detail: {
          vi: `không sắp xếp được theo "${name}"; được phép: ${Object.keys(fields).join(', ')}`,
          en: `cannot sort by "${name}"; allowed: ${Object.keys(fields).join(', ')}`,
        },
        extensions: { allowed: Object.keys(fields) },
      });
    }
    return { expression, direction: descending ? 'DESC' : 'ASC' };
  });
}

/**
 * One page of `qb` in SQL: `ORDER BY` from `sort` (whitelisted, then `tieBreaker` so pages are stable),
 * `LIMIT`/`OFFSET`, and the total count of every match.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto,
  sort: { fields: SortFields; default: string; tieBreaker: string; tieBreakerDirection?: 'ASC' | 'DESC' },
  defaults: { limit?: number; offset?: number } = {},
): Promise<Page<T>> {
  const limit = query.limit ?? defaults.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? defaults.offset ?? 0;
  const terms = orderTerms(query.sort, sort.fields, sort.default);
  qb.orderBy();
  for (const term of terms) qb.addOrderBy(term.expression, term.direction, 'NULLS LAST');
  qb.addOrderBy(sort.tieBreaker, sort.tieBreakerDirection ?? 'ASC');
  const [items, total] = await qb.skip(offset).take(limit).getManyAndCount();
  return { items, total, limit, offset };
}

/** `par_fold(column) LIKE par_fold('%q%')` — accent-, case-insensitive (see the ApiConventions migration). */
export function foldedContains(columns: string[], parameter: string): string {
  return `(${columns.map((column) => `public.par_fold(${column}) LIKE public.par_fold(:${parameter})`).join(' OR ')})`;
}

/** A named envelope schema for Swagger: `{ items: Item[], total, limit, offset }`. */
export function PageDtoOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ type: 'integer', description: 'Every match, not only this page' }) total!: number;
    @ApiProperty({ type: 'integer' }) limit!: number;
    @ApiProperty({ type: 'integer' }) offset!: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
