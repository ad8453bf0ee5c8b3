import { ASSESSMENTS_FORMAT, type AssessmentsV1, type CriteriaSetV1 } from '@par/scoring';
import { generateAssessments } from '../assessments/generate-assessments';
import { communeCriteriaSet } from '../criteria/commune-criteria-set';
import { demoCriteriaSets } from '../criteria/demo-criteria-sets';
import { departmentCriteriaSet } from '../criteria/department-criteria-set';
import type {
  AssessedUnit,
  DemoGroup,
  DemoPeriod,
  DemoProvince,
  DemoUnit,
  DemoUnitType,
  DemoYear,
} from '../model/demo.types';
import { demoUnits } from '../units/demo-units';
import { DEMO_PASSWORD } from '../users/demo-password';
import { demoUsers } from '../users/demo-users';
import { deadlinesAfter } from './deadlines-after';

/** Seeds of the generated assessments: one per year, so ranks move a little from one year to the next. */
const SEED: Readonly<Record<DemoYear, number>> = { 2025: 2025, 2026: 2026 };

/** This year's self-assessment progress per unit (share of appraisal leaves entered); others: 0.5. */
const PROGRESS: Readonly<Record<string, number>> = {
  VPUBND: 1,
  SNV: 1,
  STP: 0.9,
  STC: 0.6,
  SKHCN: 0.8,
  SYT: 0.1,
  BQLDA: 0,
  'P-LAMGIANG': 1,
  'X-TANLAP': 0.4,
  'X-PAKHA': 0,
  'X-NAMLY': 0.2,
};

/**
 * The demo province, "tỉnh Lam Giang" (fictional; a mountainous border province after the 1 July 2025
 * reform): its units, one account per role, the criteria sets, last year's period (2025: final
 * assessments, to be published by decision 412/QĐ-UBND of 15/4/2026, on the provinces' calendar: self-assessment
 * until early February of the following year, appraisal and explanation in February–March, publication in
 * April) and this year's (2026: open for
 * self-assessment, deadlines counted from `today`, some units further along than others).
 */
export function demoProvince(today: Date | string): DemoProvince {
  const units = demoUnits();
  const sets2025 = setsOf(2025);
  const sets2026 = setsOf(2026);
  return {
    code: 'LG',
    name: 'tỉnh Lam Giang',
    standingAgency: 'SNV',
    units,
    users: demoUsers(),
    password: DEMO_PASSWORD,
    criteriaSets: demoCriteriaSets(),
    periods: [
      {
        year: 2025,
        name: 'Chỉ số cải cách hành chính năm 2025',
        criteriaSets: sets2025.map(({ set, unitTypes }) => ({ code: set.code, unitTypes })),
        units: participants(units),
        deadlines: {
          selfAssessment: '2026-02-05T17:00:00+07:00',
          appraisal: '2026-02-27T17:00:00+07:00',
          explanation: '2026-03-13T17:00:00+07:00',
          finalAppraisal: '2026-03-27T17:00:00+07:00',
        },
        state: 'published',
        publication: { decisionNo: '412/QĐ-UBND', decisionDate: '2026-04-15' },
        submitted: [],
        assessments: sets2025.map(({ set, unitTypes }) =>
          generateAssessments(set, assessedOn(unitTypes, units), { seed: SEED[2025] }),
        ),
      },
      {
        year: 2026,
        name: 'Chỉ số cải cách hành chính năm 2026',
        criteriaSets: sets2026.map(({ set, unitTypes }) => ({ code: set.code, unitTypes })),
        units: participants(units),
        deadlines: deadlinesAfter(today, {
          selfAssessment: 30,
          appraisal: 51,
          explanation: 61,
          finalAppraisal: 72,
        }),
        state: 'self_assessment',
        submitted: units.filter((u) => PROGRESS[u.code] === 1).map((u) => u.code),
        assessments: sets2026.map(({ set, unitTypes }) => drafts(set, assessedOn(unitTypes, units))),
      },
    ] satisfies [DemoPeriod, DemoPeriod],
  };
}

/** The sets in force for a year and whom they score: agencies, and communes with wards on one set. */
function setsOf(year: DemoYear): { set: CriteriaSetV1; unitTypes: DemoUnitType[] }[] {
  return [
    { set: departmentCriteriaSet(year), unitTypes: ['department'] },
    { set: communeCriteriaSet(year), unitTypes: ['commune', 'ward'] },
  ];
}

function participants(units: readonly DemoUnit[]): { code: string; group: DemoGroup }[] {
  return units.flatMap((u) => (u.group ? [{ code: u.code, group: u.group }] : []));
}

/** The evaluated units of the given unit types. */
function assessedOn(unitTypes: readonly DemoUnitType[], units: readonly DemoUnit[]): AssessedUnit[] {
  return units.flatMap((u) =>
    u.group && unitTypes.includes(u.type)
      ? [{ code: u.code, name: u.name, group: u.group, strength: u.strength }]
      : [],
  );
}

/** Self-assessments in progress: no survey yet, nothing appraised, each unit at its own progress. */
function drafts(set: CriteriaSetV1, units: readonly AssessedUnit[]): AssessmentsV1 {
  const parts = units.map((unit) =>
    generateAssessments(set, [unit], {
      seed: SEED[2026],
      fill: PROGRESS[unit.code] ?? 0.5,
      surveys: false,
      appraised: false,
    }),
  );
  return { format: ASSESSMENTS_FORMAT, criteriaSet: set.code, units: parts.flatMap((p) => p.units) };
}
