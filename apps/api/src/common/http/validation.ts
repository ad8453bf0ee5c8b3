/**
 * The DTOs' validation vocabulary (immich's `validation.ts`): one decorator per repeated stack of
 * class-validator, class-transformer and Swagger decorators, so a rule reads once and is the same everywhere.
 * Each composite applies its parts in the order the stack was written (decorators run bottom-up), which
 * keeps the order of a property's errors; the ones that include the Swagger property say so.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';

/** A DTO class, as `@Type` and the Swagger property take it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any class, as Nest's own `Type<T>`
type DtoClass = Function;

/** The decorators of a stack as written top to bottom, applied as TypeScript would (bottom first). */
function stack(...written: Array<PropertyDecorator | false | undefined>): PropertyDecorator {
  return applyDecorators(
    ...written.filter((decorator) => decorator !== false && decorator !== undefined).reverse(),
  );
}

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const CODE_MESSAGE =
  'mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (≤ 40 ký tự) / letters, digits . _ - (≤ 40)';

/** A code field (unit, set, node, leaf, group, band): the same rule and message everywhere. */
export const IsCode = (options: ValidationOptions = {}) =>
  Matches(CODE_PATTERN, { message: CODE_MESSAGE, ...options });

/**
 * May be left out (absent or null: the other checks are skipped). With `nullable`, null is a value of its
 * own (it clears the field) and says so to the reader.
 */
export function Optional({ nullable = false }: { nullable?: boolean } = {}): PropertyDecorator {
  // Absent is fine; `null` only where the field says so — else it is validated (and refused) like any value,
  // instead of reaching the service as "given" (`null.trim()` was a 500).
  return nullable ? IsOptional() : ValidateIf((_o, value) => value !== undefined);
}

/** A string of `min` (when given) to `max` characters. */
export function IsText({ min, max }: { min?: number; max: number }): PropertyDecorator {
  return stack(IsString(), min !== undefined && MinLength(min), MaxLength(max));
}

/** The optimistic-concurrency version a write sends back (the version last read; 0 for a new item). */
export function IsVersion({ min = 1 }: { min?: number } = {}): PropertyDecorator {
  return stack(IsInt(), Min(min));
}

/** A year of the index (criteria sets, periods). */
export function IsYear(): PropertyDecorator {
  return stack(IsInt(), Min(2000), Max(2100));
}

/** An optional whole number in a query string (`?page=2`), converted from text. */
export function OptionalQueryInt({ min, max }: { min: number; max: number }): PropertyDecorator {
  return stack(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** A UUID, with its Swagger property (`format: uuid`). */
export function ValidateUUID({
  optional = false,
  description,
}: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const property: ApiPropertyOptions = {
    format: 'uuid',
    ...(description !== undefined ? { description } : {}),
  };
  return stack(
    optional ? ApiPropertyOptional(property) : ApiProperty(property),
    optional && IsOptional(),
    IsUUID(),
  );
}

/**
 * An array of nested DTOs, each validated as `type` (`@ValidateNested` without `@Type` would let them pass
 * unchecked), with its Swagger property.
 */
export function ValidateNestedArray(
  type: DtoClass,
  {
    optional = false,
    min,
    max,
    description,
  }: { optional?: boolean; min?: number; max: number; description?: string },
): PropertyDecorator {
  const property: ApiPropertyOptions = {
    type: [type] as [DtoClass],
    ...(description !== undefined ? { description } : {}),
  };
  return stack(
    optional ? ApiPropertyOptional(property) : ApiProperty(property),
    optional && IsOptional(),
    IsArray(),
    min !== undefined && ArrayMinSize(min),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}

/** One nested DTO, validated as `type`, optional (and with `nullable`, null clears it), with its Swagger property. */
export function ValidateNestedOptional(
  type: DtoClass,
  { nullable = false, description }: { nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const property: ApiPropertyOptions = {
    type,
    ...(nullable ? { nullable } : {}),
    ...(description !== undefined ? { description } : {}),
  };
  return stack(
    ApiPropertyOptional(property),
    Optional({ nullable }),
    ValidateNested(),
    Type(() => type),
  );
}
