import assessmentsJson from '../__fixtures__/example/assessments.json';
import criteriaSetJson from '../__fixtures__/example/criteria-set.json';
import { makeAssessments, makeSet } from '../__fixtures__/make-set';
import { parseAssessments } from '../parse/parse-assessments';
import { parseCriteriaSet } from '../parse/parse-criteria-set';
import { scoreUnits } from '../score/score-units';
import { lostPoints } from './lost-points';

function example() {
  const set = parseCriteriaSet(criteriaSetJson);
  if (!set.ok) throw new Error('example set');
  const assessments = parseAssessments(assessmentsJson, set.value);
  if (!assessments.ok) throw new Error('example assessments');
  return lostPoints(set.value, scoreUnits(set.value, assessments.value));
}

const row = (r: { code: string; lostMilli: number; unitsLosing: number; unitsApplicable: number }) => [
  r.code,
  r.lostMilli,
  r.unitsLosing,
  r.unitsApplicable,
];

describe('lostPoints', () => {
  it('sums max − points per leaf over units, most lost first, with the units that lost them', () => {
    expect(example().leaves.map(row)).toEqual([
      ['3.1', 5980, 5, 5],
      ['1.2', 4000, 3, 5],
      ['1.3', 1250, 2, 5],
      ['1.1', 1000, 1, 5],
      ['2.2', 500, 2, 4],
      ['2.1', 450, 3, 5],
    ]);
  });

  it('does the same per area and per criterion', () => {
    const report = example();
    expect(report.areas.map(row)).toEqual([
      ['1', 6250, 4, 5],
      ['3', 5980, 5, 5],
      ['2', 950, 3, 5],
    ]);
    expect(report.areas[0]).toMatchObject({
      title: 'Công tác chỉ đạo, điều hành CCHC',
      level: 'area',
      maxMilli: 4000,
    });
    // this set has no sub-criteria: its criteria are its leaves
    expect(report.criteria.map((r) => r.code)).toEqual(['3.1', '1.2', '1.3', '1.1', '2.2', '2.1']);
    // no node names an agency: every leaf's loss is in the one row without an agency
    expect(report.agencies).toHaveLength(1);
    expect(report.agencies[0]).toMatchObject({ agency: null, lostMilli: 13180, leaves: 6 });
  });

  it('groups leaves by lead agency', () => {
    const set = makeSet([
      {
        code: '1',
        title: 'Lĩnh vực',
        maxPoints: 3,
        children: [
          { code: '1.1', title: 'a', maxPoints: 1, rule: { kind: 'manual' }, leadAgency: 'SNV' },
          { code: '1.2', title: 'b', maxPoints: 1, rule: { kind: 'manual' }, leadAgency: 'STP' },
          { code: '1.3', title: 'c', maxPoints: 1, rule: { kind: 'manual' }, leadAgency: 'SNV' },
        ],
      },
    ]);
    const units = scoreUnits(
      set,
      makeAssessments(set, [
        {
          code: 'A',
          group: 'g',
          items: { '1.1': { points: 0.5 }, '1.2': { points: 1 }, '1.3': { points: 1 } },
        },
        {
          code: 'B',
          group: 'g',
          items: { '1.1': { points: 1 }, '1.2': { points: 0.75 }, '1.3': { points: 0 } },
        },
      ]),
    );
    const report = lostPoints(set, units);
    expect(report.agencies).toEqual([
      { agency: 'SNV', lostMilli: 1500, applicableMaxMilli: 4000, unitsLosing: 2, leaves: 2 },
      { agency: 'STP', lostMilli: 250, applicableMaxMilli: 2000, unitsLosing: 1, leaves: 1 },
    ]);
    expect(report.leaves[0]).toMatchObject({ code: '1.3', leadAgency: 'SNV', lostMilli: 1000 });
  });

  it('groups by the inherited responsible agency, falls back to the lead agency, and keeps the penalty apart', () => {
    const set = makeSet(
      [
        {
          code: '1',
          title: 'Thể chế',
          maxPoints: 3,
          leadAgency: 'SNV',
          responsibleAgency: 'STP',
          children: [
            { code: '1.1', title: 'a', maxPoints: 1, rule: { kind: 'manual' } },
            { code: '1.2', title: 'b', maxPoints: 2, rule: { kind: 'manual' }, responsibleAgency: 'VP' },
          ],
        },
        {
          code: '2',
          title: 'Tổ chức',
          maxPoints: 2,
          leadAgency: 'SNV',
          children: [
            { code: '2.1', title: 'c', maxPoints: 1, rule: { kind: 'manual' }, notApplicableAllowed: true },
            { code: '2.2', title: 'd', maxPoints: 1, rule: { kind: 'manual' } },
          ],
        },
      ],
      { adjustments: { bonusMax: 1, penaltyMax: 2 } },
    );
    const units = scoreUnits(
      set,
      makeAssessments(set, [
        {
          code: 'A',
          group: 'g',
          items: {
            '1.1': { points: 0.25 },
            '1.2': { points: 1.5 },
            '2.1': { notApplicable: true },
            '2.2': { points: 1 },
          },
          penalty: 3,
        },
        {
          code: 'B',
          group: 'g',
          items: {
            '1.1': { points: 1 },
            '1.2': { points: 2 },
            '2.1': { points: 0.4 },
            '2.2': { points: 0.9 },
          },
        },
      ]),
    );
    const report = lostPoints(set, units);
    expect(report.agencies).toEqual([
      { agency: 'STP', lostMilli: 750, applicableMaxMilli: 2000, unitsLosing: 1, leaves: 1 },
      { agency: 'SNV', lostMilli: 700, applicableMaxMilli: 3000, unitsLosing: 1, leaves: 2 },
      { agency: 'VP', lostMilli: 500, applicableMaxMilli: 4000, unitsLosing: 1, leaves: 1 },
    ]);
    // the not-applicable leaf loses nothing for A and its max is left out
    expect(report.leaves.find((row) => row.code === '2.1')).toMatchObject({
      lostMilli: 600,
      applicableMaxMilli: 1000,
      unitsApplicable: 1,
      leadAgency: 'SNV',
      responsibleAgency: 'SNV',
    });
    // A's penalty of 3 is capped at 2
    expect(report.penalty).toEqual({ lostMilli: 2000, unitsLosing: 1 });
  });
});
