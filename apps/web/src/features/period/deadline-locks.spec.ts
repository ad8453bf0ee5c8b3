import { describe, expect, it } from 'vitest';
import type { PeriodUnit } from './api/types';
import { pastDeadlines } from './deadline-locks';

const unit = (
  code: string,
  assessmentStatus: PeriodUnit['assessmentStatus'],
  extra: Partial<PeriodUnit> = {},
) =>
  ({
    code,
    name: code,
    type: 'commune',
    group: 'communes',
    criteriaSetCode: 'XA-2026',
    assessmentStatus,
    selfAssessmentDue: null,
    explanationDue: null,
    ...extra,
  }) satisfies PeriodUnit;

const NOW = new Date('2026-12-10T03:00:00.000Z');
const period = {
  deadlines: {
    selfAssessment: '2026-12-15T10:00:00.000Z',
    appraisal: null,
    explanation: '2026-12-01T10:00:00.000Z',
    finalAppraisal: '2027-02-01T10:00:00.000Z',
  },
  units: [
    unit('A', 'draft'),
    unit('B', 'draft'),
    unit('C', 'draft', { selfAssessmentDue: '2026-12-20T10:00:00.000Z' }),
    unit('D', 'submitted'),
    unit('E', 'returned'),
    unit('F', 'explained'),
  ],
};

describe('pastDeadlines', () => {
  it('counts the drafts without their own extension a self-assessment deadline in the past locks', () => {
    expect(pastDeadlines(period, { selfAssessment: '2026-12-09T10:00:00.000Z' }, NOW)).toEqual([
      { name: 'selfAssessment', at: '2026-12-09T10:00:00.000Z', locks: 2 },
    ]);
  });

  it('asks nothing for a deadline still ahead, unchanged, or already past before', () => {
    expect(pastDeadlines(period, { selfAssessment: '2026-12-11T10:00:00.000Z' }, NOW)).toEqual([]);
    expect(
      pastDeadlines(period, { selfAssessment: null, explanation: '2026-11-30T10:00:00.000Z' }, NOW),
    ).toEqual([]);
  });

  it('counts the units yet to explain, and says an appraisers’ deadline locks no unit', () => {
    const open = { ...period, deadlines: { ...period.deadlines, explanation: null } };
    expect(
      pastDeadlines(
        open,
        { explanation: '2026-12-09T10:00:00.000Z', appraisal: '2026-12-01T10:00:00.000Z' },
        NOW,
      ),
    ).toEqual([
      { name: 'appraisal', at: '2026-12-01T10:00:00.000Z', locks: null },
      { name: 'explanation', at: '2026-12-09T10:00:00.000Z', locks: 2 },
    ]);
  });
});
