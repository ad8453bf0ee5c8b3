import { createUnit, loginAdmin, type Session } from './auth';
import type { CriteriaSetV1 } from '@par/scoring';
import { exampleCriteriaSet } from './fixtures';
import type { TestApp } from './test-app';

export interface World {
  admin: Session;
  setId: string;
  periodId: string;
}

/** The worked example as a living period: its set, its five units in two groups, a period in `setup`. */
export async function exampleWorld(
  t: TestApp,
  options: {
    setCode?: string;
    deadlines?: Record<string, string>;
    unitPrefix?: string;
    /** Changes the example set before it is created (e.g. a leaf's flags). */
    editSet?: (set: CriteriaSetV1) => CriteriaSetV1;
  } = {},
): Promise<World & { units: string[] }> {
  const admin = await loginAdmin(t);
  const prefix = options.unitPrefix ?? '';
  const units = [
    { code: `${prefix}STP`, name: 'Sở Tư pháp', group: 'departments' },
    { code: `${prefix}STC`, name: 'Sở Tài chính', group: 'departments' },
    { code: `${prefix}SXD`, name: 'Sở Xây dựng', group: 'departments' },
    { code: `${prefix}SNV`, name: 'Sở Nội vụ', group: 'departments' },
    { code: `${prefix}HTU`, name: 'UBND huyện Than Uyên', group: 'districts', type: 'district' },
  ];
  for (const u of units) await createUnit(t, admin, u.code, u.type ?? 'department', u.name);
  const set = await t
    .http()
    .post('/api/v1/criteria-sets')
    .set(admin.auth)
    .send((options.editSet ?? ((set) => set))(exampleCriteriaSet({ code: options.setCode ?? 'VD-SO-2026' })))
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
      deadlines: options.deadlines,
    })
    .expect(201);
  return { admin, setId: set.body.id, periodId: period.body.id, units: units.map((u) => u.code) };
}
