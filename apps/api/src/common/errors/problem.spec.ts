import { buildProblem, preferredLanguage } from './problem';

describe('preferredLanguage', () => {
  it.each<[string | string[] | undefined, 'vi' | 'en']>([
    [undefined, 'vi'],
    ['', 'vi'],
    ['vi-VN', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi, en;q=0.8', 'vi'],
    ['en;q=0.5, vi;q=0.9', 'vi'],
    ['vi;q=0.3, en;q=0.7', 'en'],
    ['fr-FR, de;q=0.9', 'vi'],
    ['fr, en;q=0.1', 'en'],
    ['en;q=0', 'vi'],
    ['en;q=abc', 'vi'],
    [['fr', 'EN-gb'], 'en'],
  ])('%j → %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});

describe('buildProblem', () => {
  it('shapes a bare code, titled in the reader’s language', () => {
    expect(buildProblem({ code: 'PERIOD_PUBLISHED' }, 'vi')).toEqual({
      type: 'urn:par-index:error:period-published',
      title: 'Kỳ đánh giá đã công bố, không sửa được',
      status: 409,
      code: 'PERIOD_PUBLISHED',
      messages: {
        vi: 'Kỳ đánh giá đã công bố, không sửa được',
        en: 'The period is published and cannot change',
      },
    });
  });

  it('joins title and detail in both languages and keeps errors, instance, request id and extensions', () => {
    expect(
      buildProblem(
        {
          code: 'NOT_FOUND',
          detail: { vi: 'Không có đơn vị STP', en: 'No unit STP' },
          errors: [{ field: 'unitCode', code: 'UNIT_NOT_FOUND', message: 'x' }],
          instance: '/api/v1/units/STP',
          requestId: 'r-1',
          extensions: { current: { version: 2 } },
        },
        'en',
      ),
    ).toEqual({
      current: { version: 2 },
      type: 'urn:par-index:error:not-found',
      title: 'Not found',
      status: 404,
      code: 'NOT_FOUND',
      detail: 'No unit STP',
      instance: '/api/v1/units/STP',
      requestId: 'r-1',
      messages: { vi: 'Không tìm thấy dữ liệu: Không có đơn vị STP', en: 'Not found: No unit STP' },
      errors: [{ field: 'unitCode', code: 'UNIT_NOT_FOUND', message: 'x' }],
    });
  });

  it('leaves out an empty error list, and an extension cannot replace the code or status', () => {
    const problem = buildProblem(
      { code: 'VALIDATION_FAILED', errors: [], extensions: { code: 'X', status: 200 } },
      'vi',
    );
    expect(problem).not.toHaveProperty('errors');
    expect([problem.code, problem.status]).toEqual(['VALIDATION_FAILED', 400]);
  });
});
