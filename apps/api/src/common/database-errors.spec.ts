import { containsPattern, isUniqueViolation } from './database-errors';

describe('isUniqueViolation', () => {
  it.each<[string, unknown, string | undefined, boolean]>([
    ['the driver error itself', { code: '23505', constraint: 'uq_unit_code' }, undefined, true],
    ['wrapped by TypeORM', { driverError: { code: '23505', constraint: 'uq_unit_code' } }, undefined, true],
    ['on the named constraint', { code: '23505', constraint: 'uq_unit_code' }, 'uq_unit_code', true],
    ['on another constraint', { code: '23505', constraint: 'uq_user_name' }, 'uq_unit_code', false],
    ['a foreign-key violation', { code: '23503', constraint: 'fk_unit_parent' }, undefined, false],
    ['no code at all', new Error('boom'), undefined, false],
    ['null', null, undefined, false],
    ['undefined', undefined, undefined, false],
  ])('%s → %s', (_, error, constraint, expected) => {
    expect(isUniqueViolation(error, constraint)).toBe(expected);
  });
});

describe('containsPattern', () => {
  it.each([
    ['Tư pháp', '%Tư pháp%'],
    ['', '%%'],
    ['50%', '%50\\%%'],
    ['a_b', '%a\\_b%'],
    ['c:\\x', '%c:\\\\x%'],
  ])('%j → %j', (text, expected) => {
    expect(containsPattern(text)).toBe(expected);
  });
});
