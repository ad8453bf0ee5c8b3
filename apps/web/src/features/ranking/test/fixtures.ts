import type { PublicResults, UnitResultV1 } from '../api/types';

export const PERIOD_ID = '11111111-1111-4111-8111-111111111111';
export const PREVIOUS_ID = '22222222-2222-4222-8222-222222222222';

/** A small set: two areas, each with two leaves. */
export const SET_NODES = [
  { code: '1', title: 'Công tác chỉ đạo, điều hành', parentCode: null, maxPoints: 10 },
  { code: '1.1', title: 'Kế hoạch CCHC', parentCode: '1', maxPoints: 4 },
  { code: '1.2', title: 'Báo cáo CCHC', parentCode: '1', maxPoints: 6 },
  { code: '2', title: 'Cải cách thủ tục hành chính', parentCode: null, maxPoints: 20 },
  { code: '2.1', title: 'Công khai thủ tục', parentCode: '2', maxPoints: 8 },
  { code: '2.2', title: 'Giải quyết hồ sơ đúng hạn', parentCode: '2', maxPoints: 12 },
];

const BANDS = [
  { code: 'XS', label: 'Xuất sắc' },
  { code: 'T', label: 'Tốt' },
  { code: 'K', label: 'Khá' },
];

const NAMED = ['Sở Tư pháp', 'Sở Tài chính', 'Sở Nội vụ', 'Đài Phát thanh và Truyền hình'];

/** Unit `i` of `count`: points fall with i, so the rank is i + 1 (communes after the first 20). */
export function unitResult(i: number): PublicResults['units'][number] {
  const group = i < 20 ? 'departments' : 'communes';
  const lost = Math.round((i < 20 ? i * 0.5 : ((i - 20) / 3300) * 12) * 1000) / 1000;
  const l11 = 4;
  const l12 = Math.max(0, Math.round((6 - lost / 2) * 1000) / 1000);
  const l21 = 8;
  const l22 = Math.max(0, Math.round((12 - lost / 2) * 1000) / 1000);
  const points = Math.round((l11 + l12 + l21 + l22) * 1000) / 1000;
  const index = Math.round((points / 30) * 10000) / 100;
  const band = index >= 90 ? 'XS' : index >= 80 ? 'T' : 'K';
  const nodes: UnitResultV1['nodes'] = {
    '1': { points: l11 + l12, maxPoints: 10, index: null },
    '1.1': { points: l11, maxPoints: 4, index: null },
    '1.2': { points: l12, maxPoints: 6, index: null },
    '2': { points: l21 + l22, maxPoints: 20, index: null },
    '2.1': { points: l21, maxPoints: 8, index: null },
    '2.2': { points: l22, maxPoints: 12, index: null },
  };
  return {
    code: i < NAMED.length ? ['STP', 'STC', 'SNV', 'DPTTH'][i] : `U${String(i).padStart(4, '0')}`,
    name: i < NAMED.length ? NAMED[i] : `Xã Thử Nghiệm ${i}`,
    group,
    criteriaSet: 'SO-2026',
    points,
    maxPoints: 30,
    index,
    rank: group === 'departments' ? i + 1 : i - 19,
    band,
    bandLabel: BANDS.find((b) => b.code === band)?.label ?? null,
    missing: [],
    nodes,
    change:
      i === 0
        ? { year: 2025, from: [], indexChange: 1.5, rankChange: 2 }
        : i === 1
          ? { year: 2025, from: [], indexChange: -1, rankChange: -1 }
          : null,
  };
}

/** A published period's public document with `count` units. */
export function publicResults(count: number, id = PERIOD_ID): PublicResults {
  return {
    format: 'par-index.results/v1',
    criteriaSet: 'SO-2026',
    period: {
      id,
      year: 2026,
      name: 'Chỉ số CCHC năm 2026',
      decisionNo: '125/QĐ-UBND',
      decisionDate: '2026-03-06',
      publishedAt: '2026-03-07T02:00:00.000Z',
      signer: 'Chủ tịch UBND tỉnh',
      version: 1,
    },
    criteriaSets: [{ code: 'SO-2026', name: 'Bộ tiêu chí sở', bands: BANDS, nodes: SET_NODES }],
    units: Array.from({ length: count }, (_, i) => unitResult(i)),
  };
}
