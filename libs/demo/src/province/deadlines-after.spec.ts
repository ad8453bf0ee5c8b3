import { deadlinesAfter } from './deadlines-after';

const DAYS = { selfAssessment: 30, appraisal: 51, explanation: 61, finalAppraisal: 72 };

describe('deadlinesAfter', () => {
  it('counts days from a date, each deadline at 17:00 Vietnam time', () => {
    expect(deadlinesAfter('2026-04-10', DAYS)).toEqual({
      selfAssessment: '2026-05-10T17:00:00+07:00',
      appraisal: '2026-05-31T17:00:00+07:00',
      explanation: '2026-06-10T17:00:00+07:00',
      finalAppraisal: '2026-06-21T17:00:00+07:00',
    });
  });

  it('reads a moment on the Vietnam calendar day, across month and year ends', () => {
    // 20:30 UTC on 9 April is 03:30 on 10 April in Vietnam
    expect(deadlinesAfter(new Date('2026-04-09T20:30:00Z'), DAYS).selfAssessment).toBe(
      '2026-05-10T17:00:00+07:00',
    );
    expect(deadlinesAfter('2026-04-09T16:59:00Z', DAYS).selfAssessment).toBe('2026-05-09T17:00:00+07:00');
    expect(deadlinesAfter('2025-12-20', DAYS).selfAssessment).toBe('2026-01-19T17:00:00+07:00');
  });

  it('refuses what is not a date', () => {
    expect(() => deadlinesAfter('hôm nay', DAYS)).toThrow(RangeError);
  });
});
