import { plainToInstance } from 'class-transformer';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
  validate,
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
  ValidateUUID,
} from './validation';

/** Where @nestjs/swagger keeps a property's options (`DECORATORS.API_MODEL_PROPERTIES`). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

class ChildDto {
  @IsCode() code!: string;
}

class SampleDto {
  @Optional() @IsCode() code?: string;
  @Optional({ nullable: true }) @IsCode() parentCode?: string | null;
  @Optional() @IsText({ min: 1, max: 5 }) name?: string;
  @Optional() @IsText({ max: 3 }) note?: string;
  @Optional() @IsVersion() version?: number;
  @Optional() @IsVersion({ min: 0 }) itemVersion?: number;
  @Optional() @IsYear() year?: number;
  @OptionalQueryInt({ min: 1, max: 50 }) page?: number;
  @ValidateUUID({ optional: true }) setId?: string;
  @ValidateNestedArray(ChildDto, { optional: true, min: 1, max: 2 }) children?: ChildDto[];
  @ValidateNestedOptional(ChildDto, { nullable: true }) child?: ChildDto | null;
}

/** The same rules as the stacks the DTOs wrote out before the composites. */
class WrittenDto {
  @IsOptional() @IsCode() code?: string;
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsCode() parentCode?: string | null;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(5) name?: string;
  @IsOptional() @IsString() @MaxLength(3) note?: string;
  @IsOptional() @IsInt() @Min(1) version?: number;
  @IsOptional() @IsInt() @Min(0) itemVersion?: number;
  @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) page?: number;
  @IsOptional() @IsUUID() setId?: string;
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => ChildDto)
  children?: ChildDto[];
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @ValidateNested()
  @Type(() => ChildDto)
  child?: ChildDto | null;
}

/** The failed constraints of each property of `body`, in class-validator's order (nested: `a.0.code`). */
async function problems(body: object, dto: new () => object = SampleDto): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const walk = (errors: Awaited<ReturnType<typeof validate>>, prefix: string) => {
    for (const error of errors) {
      const field = prefix + error.property;
      if (error.constraints) out[field] = Object.keys(error.constraints);
      walk(error.children ?? [], `${field}.`);
    }
  };
  walk(await validate(plainToInstance(dto, body)), '');
  return out;
}

describe('validation decorators', () => {
  it.each<[string, object, Record<string, string[]>]>([
    ['nothing (every field optional)', {}, {}],
    ['null on optional, nullable fields skips their checks', { child: null, parentCode: null }, {}],
    ['a bad code', { code: 'a b' }, { code: ['matches'] }],
    ['a nullable code still checked when given', { parentCode: '-x' }, { parentCode: ['matches'] }],
    ['text too short', { name: '' }, { name: ['minLength'] }],
    ['text too long', { name: 'abcdef' }, { name: ['maxLength'] }],
    ['text not a string', { name: 5 }, { name: ['maxLength', 'minLength', 'isString'] }],
    ['text without a minimum', { note: '' }, {}],
    ['version 0 where 1 is the least', { version: 0 }, { version: ['min'] }],
    ['version 0 of a new item', { itemVersion: 0 }, {}],
    ['a version that is not whole', { version: 1.5 }, { version: ['isInt'] }],
    ['a year out of range', { year: 1999 }, { year: ['min'] }],
    ['a year in range', { year: 2026 }, {}],
    ['a query number as text, converted', { page: '7' }, {}],
    ['a query number too large', { page: '51' }, { page: ['max'] }],
    ['a query number that is not one', { page: 'x' }, { page: ['max', 'min', 'isInt'] }],
    ['a malformed UUID', { setId: 'nope' }, { setId: ['isUuid'] }],
    ['a UUID', { setId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }, {}],
    [
      'nested items checked as their class',
      { children: [{ code: 'ok' }, { code: '!' }] },
      { 'children.1.code': ['matches'] },
    ],
    ['too few nested items', { children: [] }, { children: ['arrayMinSize'] }],
    [
      'too many nested items',
      { children: [{ code: 'a' }, { code: 'b' }, { code: 'c' }] },
      { children: ['arrayMaxSize'] },
    ],
    [
      'not an array',
      { children: 'x' },
      { children: ['arrayMaxSize', 'arrayMinSize', 'isArray', 'nestedValidation'] },
    ],
    ['one nested object checked as its class', { child: { code: '!' } }, { 'child.code': ['matches'] }],
  ])('%s: as the written-out stacks', async (_, body, expected) => {
    expect(await problems(body)).toEqual(expected);
    expect(await problems(body, WrittenDto)).toEqual(expected);
  });

  it('null on an optional field that is not nullable is checked like any value (refused), not skipped', async () => {
    // `@IsOptional()` would skip it and hand `null` to the service as "given" (`null.trim()`: a 500).
    expect(await problems({ code: null, name: null })).toEqual({
      code: ['matches'],
      name: ['maxLength', 'minLength', 'isString'],
    });
    expect(await problems({})).toEqual({});
  });

  it.each<[keyof SampleDto, Record<string, unknown>]>([
    ['setId', { format: 'uuid', required: false }],
    ['children', { type: ChildDto, isArray: true, required: false }],
    ['child', { type: ChildDto, nullable: true, required: false }],
  ])('documents %s in the OpenAPI property', (property, expected) => {
    const metadata = Reflect.getMetadata(API_MODEL_PROPERTIES, SampleDto.prototype, property);
    expect(metadata).toMatchObject(expected);
  });
});
