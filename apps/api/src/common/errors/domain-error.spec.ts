import { DomainError, notFound } from './domain-error';

describe('DomainError', () => {
  it.each([
    [new DomainError('PERIOD_PUBLISHED'), 'PERIOD_PUBLISHED', 'PERIOD_PUBLISHED'],
    [new DomainError('UNIT_CODE_TAKEN', { detail: { vi: 'STP', en: 'STP' } }), 'UNIT_CODE_TAKEN', 'STP'],
    [notFound({ vi: 'Không có kỳ đánh giá này', en: 'No such period' }), 'NOT_FOUND', 'No such period'],
  ])('%#: code %s, message %j (the English detail, else the code)', (error, code, message) => {
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message]).toEqual(['DomainError', code, message]);
  });

  it('notFound carries its detail', () => {
    expect(notFound({ vi: 'a', en: 'b' }).options).toEqual({ detail: { vi: 'a', en: 'b' } });
  });
});
