import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { codeParam, uuidParam } from './params';

const PARAM: ArgumentMetadata = { type: 'param', data: 'id' };

/** The problem a pipe throws, or the value it lets through. */
async function run(pipe: { transform(value: string, metadata: ArgumentMetadata): unknown }, value: string) {
  try {
    return { value: await pipe.transform(value, PARAM) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, errors: error.options.errors };
  }
}

describe('uuidParam', () => {
  it.each([
    ['1b4e28ba-2fa1-41d2-883f-0016d3cca427', 'id', { value: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }],
    [
      'not-a-uuid',
      'id',
      {
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'id', code: 'isUuid', message: 'id phải là UUID / must be a UUID' }],
      },
    ],
    [
      '',
      'periodId',
      {
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'periodId', code: 'isUuid', message: 'periodId phải là UUID / must be a UUID' }],
      },
    ],
  ])('%j as %s → %j', async (value, name, expected) => {
    expect(await run(uuidParam(name), value)).toEqual(expected);
  });
});

describe('codeParam', () => {
  it.each([
    ['STP', 'code', { value: 'STP' }],
    ['1.2.3', 'leafCode', { value: '1.2.3' }],
    ['SO_2026-b', 'code', { value: 'SO_2026-b' }],
    ['a'.repeat(40), 'code', { value: 'a'.repeat(40) }],
    ['a'.repeat(41), 'code', null],
    ['-x', 'code', null],
    ['a b', 'unitCode', null],
    ['a/b', 'code', null],
    ['', 'code', null],
  ])('%j as %s', async (value: string, name: string, expected: object | null) => {
    expect(await run(codeParam(name), value)).toEqual(
      expected ?? {
        code: 'VALIDATION_FAILED',
        errors: [{ field: name, code: 'matches', message: `${name} không hợp lệ / is not a valid code` }],
      },
    );
  });
});
