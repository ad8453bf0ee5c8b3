import type { TestApp } from './test-app';
import { createUnit, loginAdmin, type Session } from './auth';
import { branch, criteriaSetDocument, leaf } from './criteria-set';

/**
 * A small set whose every analysis figure is computed by hand below.
 *
 *   1 Thể chế (4)        lead SNV, responsible STP           1.1 (2) · 1.2 (2, responsible “Văn phòng UBND tỉnh”)
 *   2 Tổ chức bộ máy (3)  lead SNV (no responsible → SNV)     2.1 (3): 2.1.1 (1, may be N/A) · 2.1.2 (2)
 *   3 Tài chính (3)       no agency anywhere (key null)       3.1 (3)
 *
 *   unit (group)   1.1   1.2   2.1.1  2.1.2  3.1   penalty
 *   STP  (g1)      2     1.5   N/A    1      3     1
 *   STC  (g1)      1     2     0.5    2      2.25  —
 *   SXD  (g1)      0.25  0.75  1      0      1     4 (capped at 3)
 *   SNV  (g2)      2     2     1      2      3     —
 */
export const ANALYSIS_SET = criteriaSetDocument(
  [
    branch(
      '1',
      'Thể chế',
      [
        leaf('1.1', 'Ban hành văn bản', 2, { kind: 'manual' }),
        leaf('1.2', 'Kiểm soát thủ tục', 2, { kind: 'manual' }, { responsibleAgency: 'Văn phòng UBND tỉnh' }),
      ],
      { leadAgency: 'SNV', responsibleAgency: 'STP' },
    ),
    branch(
      '2',
      'Tổ chức bộ máy',
      [
        branch('2.1', 'Sắp xếp tổ chức', [
          leaf('2.1.1', 'Đơn vị sự nghiệp', 1, { kind: 'manual' }, { notApplicableAllowed: true }),
          leaf('2.1.2', 'Biên chế', 2, { kind: 'manual' }),
        ]),
      ],
      { leadAgency: 'SNV' },
    ),
    branch('3', 'Tài chính', [leaf('3.1', 'Ngân sách', 3, { kind: 'manual' })]),
  ],
  { code: 'PT-2026', name: 'Bộ tiêu chí phân tích', adjustments: { bonusMax: 2, penaltyMax: 3 } },
);

export const ANALYSIS_INPUTS = {
  format: 'par-index.assessments/v1',
  criteriaSet: 'PT-2026',
  units: [
    {
      code: 'STP',
      group: 'g1',
      items: {
        '1.1': { points: 2 },
        '1.2': { points: 1.5 },
        '2.1.1': { notApplicable: true },
        '2.1.2': { points: 1 },
        '3.1': { points: 3 },
      },
      penalty: 1,
    },
    {
      code: 'STC',
      group: 'g1',
      items: {
        '1.1': { points: 1 },
        '1.2': { points: 2 },
        '2.1.1': { points: 0.5 },
        '2.1.2': { points: 2 },
        '3.1': { points: 2.25 },
      },
    },
    {
      code: 'SXD',
      group: 'g1',
      items: {
        '1.1': { points: 0.25 },
        '1.2': { points: 0.75 },
        '2.1.1': { points: 1 },
        '2.1.2': { points: 0 },
        '3.1': { points: 1 },
      },
      penalty: 4,
    },
    {
      code: 'SNV',
      group: 'g2',
      items: {
        '1.1': { points: 2 },
        '1.2': { points: 2 },
        '2.1.1': { points: 1 },
        '2.1.2': { points: 2 },
        '3.1': { points: 3 },
      },
    },
  ],
};

/** The set, its four units (names as the agencies are called) and a period with the inputs imported (not computed). */
export async function analysisWorld(t: TestApp): Promise<{ admin: Session; periodId: string }> {
  const admin = await loginAdmin(t);
  for (const [code, name] of [
    ['STP', 'Sở Tư pháp'],
    ['STC', 'Sở Tài chính'],
    ['SXD', 'Sở Xây dựng'],
    ['SNV', 'Sở Nội vụ'],
  ])
    await createUnit(t, admin, code, 'department', name);
  const set = await t.http().post('/api/v1/criteria-sets').set(admin.auth).send(ANALYSIS_SET).expect(201);
  const period = await t
    .http()
    .post('/api/v1/periods')
    .set(admin.auth)
    .send({
      year: 2026,
      name: 'Phân tích 2026',
      criteriaSetId: set.body.id,
      units: ANALYSIS_INPUTS.units.map((u) => ({ code: u.code, group: u.group })),
    })
    .expect(201);
  await t
    .http()
    .post(`/api/v1/periods/${period.body.id}/assessments/import`)
    .set(admin.auth)
    .send(ANALYSIS_INPUTS)
    .expect(201);
  return { admin, periodId: period.body.id };
}
