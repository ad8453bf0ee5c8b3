import type { ArgumentMetadata, ValidationError } from '@nestjs/common';
import { IsInt, Min } from 'class-validator';
import { DomainError } from './domain-error';
import { MAX_BODY_DEPTH, createValidationPipe, exceedsDepth, flattenValidationErrors } from './validation';

describe('flattenValidationErrors', () => {
  const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
    ({ property, constraints, children }) as ValidationError;

  it.each<[string, ValidationError[], object[]]>([
    ['nothing', [], []],
    [
      'a field with two broken rules',
      [error('year', { isInt: 'year must be an integer', min: 'year must not be less than 2000' })],
      [
        { field: 'year', code: 'isInt', message: 'year must be an integer' },
        { field: 'year', code: 'min', message: 'year must not be less than 2000' },
      ],
    ],
    [
      'nested fields, as dotted paths',
      [error('units', undefined, [error('2', undefined, [error('code', { matches: 'mã sai' })])])],
      [{ field: 'units.2.code', code: 'matches', message: 'mã sai' }],
    ],
    [
      'a parent’s own rule before its children’s',
      [error('deadlines', { isObject: 'x' }, [error('appraisal', { isIso8601: 'y' })])],
      [
        { field: 'deadlines', code: 'isObject', message: 'x' },
        { field: 'deadlines.appraisal', code: 'isIso8601', message: 'y' },
      ],
    ],
  ])('%s', (_, errors, expected) => {
    expect(flattenValidationErrors(errors)).toEqual(expected);
  });
});

/** `depth` levels of `{ a: … }` (or `[…]`) around 1, built without recursion. */
const nested = (depth: number, wrap: (inner: unknown) => unknown = (inner) => ({ a: inner })) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};
const listed = (depth: number) => nested(depth, (inner) => [inner]);

describe('exceedsDepth', () => {
  it.each<[string, unknown, number, boolean]>([
    ['a scalar', 5, 1, false],
    ['null', null, 1, false],
    ['an object one deep, limit 0', { a: 1 }, 0, true],
    ['an object one deep, limit 1', { a: 1 }, 1, false],
    ['3 objects deep, limit 2', nested(3), 2, true],
    ['3 objects deep, limit 3', nested(3), 3, false],
    ['3 arrays deep, limit 2', listed(3), 2, true],
    ['as deep as the body limit', nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH, false],
    ['one level more', nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH, true],
    ['100 000 deep, without a stack overflow', nested(100_000), MAX_BODY_DEPTH, true],
  ])('%s → %s', (_, value, limit, expected) => {
    expect(exceedsDepth(value, limit)).toBe(expected);
  });
});

class YearDto {
  @IsInt() @Min(2000) year!: number;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const body = (metatype?: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

  /** The problem the pipe throws (code, detail, errors), or the value it returns. */
  async function run(value: unknown, metadata: ArgumentMetadata) {
    try {
      return { value: await pipe.transform(value, metadata) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, detail: error.options.detail, errors: error.options.errors };
    }
  }

  it.each<[string, unknown, ArgumentMetadata, object]>([
    [
      'a DTO body that is an array',
      [],
      body(YearDto),
      {
        code: 'VALIDATION_FAILED',
        detail: { vi: 'nội dung phải là một đối tượng JSON', en: 'the body must be a JSON object' },
        errors: [{ field: '', code: 'isObject', message: 'body must be a JSON object' }],
      },
    ],
    [
      'a DTO body that is null',
      null,
      body(YearDto),
      {
        code: 'VALIDATION_FAILED',
        detail: { vi: 'nội dung phải là một đối tượng JSON', en: 'the body must be a JSON object' },
        errors: [{ field: '', code: 'isObject', message: 'body must be a JSON object' }],
      },
    ],
    [
      'a raw document (no DTO), as it is',
      { a: { b: { c: 1 } } },
      body(Object),
      { value: { a: { b: { c: 1 } } } },
    ],
    [
      'an invalid DTO: every field at once',
      { year: 1999.5 },
      body(YearDto),
      {
        code: 'VALIDATION_FAILED',
        detail: { vi: '1 trường không hợp lệ', en: '1 invalid field(s)' },
        errors: [
          { field: 'year', code: 'min', message: 'year must not be less than 2000' },
          { field: 'year', code: 'isInt', message: 'year must be an integer number' },
        ],
      },
    ],
    [
      'an unknown field',
      { year: 2026, extra: true },
      body(YearDto),
      {
        code: 'VALIDATION_FAILED',
        detail: { vi: '1 trường không hợp lệ', en: '1 invalid field(s)' },
        errors: [{ field: 'extra', code: 'whitelistValidation', message: 'property extra should not exist' }],
      },
    ],
    [
      'a valid DTO, converted',
      { year: 2026 },
      body(YearDto),
      { value: Object.assign(new YearDto(), { year: 2026 }) },
    ],
  ])('%s', async (_, value, metadata, expected) => {
    expect(await run(value, metadata)).toEqual(expected);
  });

  it('refuses any body nested deeper than MAX_BODY_DEPTH, DTO or not', async () => {
    const refused = {
      code: 'VALIDATION_FAILED',
      detail: {
        vi: `lồng nhau quá ${MAX_BODY_DEPTH} cấp`,
        en: `nested deeper than ${MAX_BODY_DEPTH} levels`,
      },
      errors: undefined,
    };
    expect(await run(nested(MAX_BODY_DEPTH + 1), body(Object))).toEqual(refused);
    expect(await run({ year: nested(MAX_BODY_DEPTH) }, body(YearDto))).toEqual(refused);
    expect(await run(nested(MAX_BODY_DEPTH), body(Object))).toEqual({ value: nested(MAX_BODY_DEPTH) });
  });
});
