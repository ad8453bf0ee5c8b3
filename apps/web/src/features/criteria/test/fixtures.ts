import type { CriteriaSetV1 } from '@par/scoring';
import { branch, criteriaSetDocument, leaf } from '../../../test/criteria-set';
import type { CriteriaSetDetail, SetIssue } from '../api/types';

export const SET_ID = '00000000-0000-4000-8000-00000000c001';

/** A small draft: area 1 (max 3) with a yes/no leaf and a tiers leaf. */
export const DOCUMENT: CriteriaSetV1 = criteriaSetDocument(
  [
    branch('1', 'Công tác chỉ đạo, điều hành CCHC', [
      leaf('1.1', 'Ban hành kế hoạch CCHC', 1, { kind: 'boolean' }),
      leaf('1.2', 'Mức độ hoàn thành kế hoạch', 2, {
        kind: 'tiers',
        tiers: [
          { min: 100, points: 2 },
          { min: 80, points: 1 },
        ],
        otherwise: 0,
      }),
    ]),
  ],
  {
    code: 'SO-2026',
    name: 'Bộ tiêu chí các sở năm 2026',
    bands: [
      { code: 'T', label: 'Tốt', minIndex: 80 },
      { code: 'Y', label: 'Yếu', minIndex: 0 },
    ],
    adjustments: { bonusMax: 1, penaltyMax: 2 },
  },
);

export function detail(
  document: CriteriaSetV1 = DOCUMENT,
  extra: Partial<Omit<CriteriaSetDetail, 'document'>> & { issues?: SetIssue[] } = {},
): CriteriaSetDetail {
  return {
    id: SET_ID,
    code: document.code,
    name: document.name,
    year: document.year,
    unitType: document.unitType,
    status: 'draft',
    sourceDecision: null,
    leafCount: 2,
    maxPoints: 3,
    clonedFromId: null,
    publishedAt: null,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    version: 1,
    document,
    issues: [],
    ...extra,
  };
}

export const UNIT_TYPES = [
  { code: 'department', nameVi: 'Sở, ban, ngành', nameEn: 'Department', sortOrder: 1, active: true },
  { code: 'commune', nameVi: 'Xã', nameEn: 'Commune', sortOrder: 2, active: true },
  { code: 'ward', nameVi: 'Phường', nameEn: 'Ward', sortOrder: 3, active: true },
];
