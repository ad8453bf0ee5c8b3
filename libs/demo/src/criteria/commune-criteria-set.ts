import type { CriteriaSetV1 } from '@par/scoring';
import type { DemoYear } from '../model/demo.types';
import { COMMUNE_BANDS } from './demo-rules';
import { communeNodes } from './commune-nodes';
import { withResponsibleAgencies } from './with-responsible-agencies';
import { leafNode } from './leaf-node';
import { criteriaSetOfYear } from './criteria-set-of-year';
import { REMEDIATION_2026, RESUBMITTED_DOSSIERS_2026 } from './shared-leaves';
import { tiersRule } from './tiers-rule';

const name = (year: number): string =>
  `Bộ Chỉ số cải cách hành chính của UBND các xã, phường tỉnh Lam Giang năm ${year}`;

/**
 * The criteria set of commune People's Committees (`unitType: 'commune'`, code `XA-<year>`; a period
 * scores wards on it too). 2026 is 2025 re-issued: leaf 7.4.3 (online payment)
 * added, 3.5.3 (equipping the new service centre, done in 2025) removed, points moved 3.3.1 → 3.3.3
 * and 8.3.2 → 1.3.1.
 */
export function communeCriteriaSet(year: DemoYear): CriteriaSetV1 {
  return criteriaSetOfYear(year, {
    prefix: 'XA',
    name,
    unitType: 'commune',
    bands: COMMUNE_BANDS,
    nodes: withResponsibleAgencies(communeNodes()),
    changes2026: {
      remove: ['3.5.3'],
      add: [
        {
          parent: '7.4',
          node: leafNode(
            '7.4.3',
            'Tỷ lệ hồ sơ TTHC có thanh toán trực tuyến phí, lệ phí',
            1,
            tiersRule('min', [
              [50, 1],
              [30, 0.5],
            ]),
            {
              guidance: 'Trên số hồ sơ có phí, lệ phí: từ 50 % → 1 điểm; từ 30 % → 0,5; dưới 30 % → 0.',
              evidence: 'Thống kê giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.',
              lead: 'VPUBND',
            },
          ),
        },
      ],
      change: {
        '1.3.1': {
          maxPoints: 2,
          guidance:
            'Điểm = 2 × tỷ lệ nhiệm vụ hoàn thành đúng hạn (%) / 100, theo Hệ thống theo dõi nhiệm vụ của tỉnh.',
        },
        '3.3.1': {
          maxPoints: 3,
          rule: tiersRule('min', [
            [100, 3],
            [98, 2.5],
            [95, 2],
            [90, 1],
          ]),
          guidance:
            'Số hồ sơ đúng hạn / tổng số hồ sơ đã giải quyết: 100 % → 3 điểm; từ 98 % → 2,5; từ 95 % → 2; ' +
            'từ 90 % → 1; dưới 90 % → 0.',
        },
        '3.3.3': RESUBMITTED_DOSSIERS_2026,
        '8.3.2': REMEDIATION_2026,
      },
    },
  });
}
