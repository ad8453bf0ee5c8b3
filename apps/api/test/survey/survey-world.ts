import { createUnit, loginAdmin, type Session } from '../support/auth';
import type { CriteriaSetV1 } from '@par/scoring';
import { branch, exampleCriteriaSet, leaf } from '../support/criteria-set';
import { exampleAssessments } from '../support/fixtures';
import type { TestApp } from '../support/test-app';

/** The worked example's set with a second survey leaf (3.2, its own options and labels): 12 points. */
export function surveyCriteriaSet(code: string): CriteriaSetV1 {
  const base = exampleCriteriaSet({ code });
  const nodes = base.nodes.map((area) =>
    area.code === '3'
      ? branch(area.code, area.title, [
          ...(area.children ?? []),
          leaf('3.2', 'Mức độ hài lòng về công khai, minh bạch thông tin', 2, {
            kind: 'survey',
            options: [
              { code: 'A', percent: 100, label: 'Hài lòng' },
              { code: 'B', percent: 50, label: 'Bình thường' },
              { code: 'C', percent: 0, label: 'Không hài lòng' },
              { code: 'X', percent: 0, excluded: true, label: 'Không biết' },
            ],
          }),
        ])
      : area,
  );
  return { ...base, nodes };
}

export interface SurveyWorld {
  admin: Session;
  periodId: string;
  base: string;
  units: string[];
}

export const DAY = 24 * 60 * 60 * 1000;

/** Five units (four departments, one district) on the survey set, a period in `setup`. */
export async function surveyWorld(t: TestApp, setCode = 'XHH-2026'): Promise<SurveyWorld> {
  const admin = await loginAdmin(t);
  const units = [
    { code: 'STP', name: 'Sở Tư pháp', group: 'departments', type: 'department' },
    { code: 'STC', name: 'Sở Tài chính', group: 'departments', type: 'department' },
    { code: 'SXD', name: 'Sở Xây dựng', group: 'departments', type: 'department' },
    { code: 'SNV', name: 'Sở Nội vụ', group: 'departments', type: 'department' },
    { code: 'HTU', name: 'UBND huyện Than Uyên', group: 'districts', type: 'district' },
  ];
  for (const u of units) await createUnit(t, admin, u.code, u.type, u.name);
  const set = await t
    .http()
    .post('/api/v1/criteria-sets')
    .set(admin.auth)
    .send(surveyCriteriaSet(setCode))
    .expect(201);
  const period = await t
    .http()
    .post('/api/v1/periods')
    .set(admin.auth)
    .send({
      year: 2026,
      name: 'Chỉ số CCHC năm 2026',
      criteriaSetId: set.body.id,
      units: units.map((u) => ({ code: u.code, group: u.group })),
    })
    .expect(201);
  return {
    admin,
    periodId: period.body.id,
    base: `/api/v1/periods/${period.body.id}`,
    units: units.map((u) => u.code),
  };
}

/** Two groups: department leaders rate departments on 3.1 and 3.2; citizens rate everyone on 3.1 only. */
export function surveyDefinition(
  now: Date,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    opensAt: new Date(now.getTime() - DAY).toISOString(),
    closesAt: new Date(now.getTime() + 30 * DAY).toISOString(),
    minResponses: 40,
    groups: [
      { code: 'LD-SO', name: 'Lãnh đạo các sở, ban, ngành', quota: 60, unitTypes: ['department'] },
      { code: 'NGUOI-DAN', name: 'Người dân, doanh nghiệp', quota: 100, leafCodes: ['3.1'] },
    ],
    ...overrides,
  };
}

/** The worked example's final inputs without the survey leaf (it comes from the survey). */
export function finalInputsWithoutSurvey(setCode = 'XHH-2026'): Record<string, unknown> {
  const doc = exampleAssessments() as {
    criteriaSet: string;
    units: Array<{ items: Record<string, unknown> }>;
  };
  doc.criteriaSet = setCode;
  for (const unit of doc.units) delete unit.items['3.1'];
  return doc;
}

export async function issueCodes(
  t: TestApp,
  world: SurveyWorld,
  session: Session,
  groupCode: string,
  unitCode: string,
  count: number,
): Promise<string[]> {
  const res = await t
    .http()
    .post(`${world.base}/survey/codes`)
    .set(session.auth)
    .send({ groupCode, unitCode, count })
    .expect(201);
  return res.body.codes as string[];
}
