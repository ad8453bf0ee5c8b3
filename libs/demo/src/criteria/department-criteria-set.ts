import type { CriteriaSetV1 } from '@par/scoring';
import type { DemoYear } from '../model/demo.types';
import { DEPARTMENT_BANDS, RATIO } from './demo-rules';
import { departmentNodes } from './department-nodes';
import { withResponsibleAgencies } from './with-responsible-agencies';
import { leafNode } from './leaf-node';
import { criteriaSetOfYear } from './criteria-set-of-year';
import { REMEDIATION_2026, RESUBMITTED_DOSSIERS_2026 } from './shared-leaves';
import { tiersRule } from './tiers-rule';

const name = (year: number): string =>
  `Bộ Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh Lam Giang năm ${year}`;

/**
 * The criteria set of provincial agencies (`unitType: 'department'`, code `SO-<year>`). 2026 is 2025
 * re-issued: leaf 7.2.5 (reuse of digital data) added, 7.3.3 (paperless meetings) removed, stricter
 * online-service tiers (7.2.1), and points moved 3.3.1 → 3.3.3, 7.2.2 → 7.2.5, 1.1.3 → 8.3.2.
 */
export function departmentCriteriaSet(year: DemoYear): CriteriaSetV1 {
  return criteriaSetOfYear(year, {
    prefix: 'SO',
    name,
    unitType: 'department',
    bands: DEPARTMENT_BANDS,
    nodes: withResponsibleAgencies(departmentNodes()),
    changes2026: {
      remove: ['7.3.3'],
      add: [
        {
          parent: '7.2',
          node: leafNode(
            '7.2.5',
            'Tỷ lệ hồ sơ TTHC tái sử dụng dữ liệu số, không yêu cầu nộp lại giấy tờ đã có trong cơ sở dữ liệu',
            1,
            RATIO,
            {
              guidance:
                'Điểm = 1 × số hồ sơ khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư, kho dữ liệu số của ' +
                'tỉnh thay cho giấy tờ / số hồ sơ của các TTHC có yêu cầu giấy tờ đó.',
              evidence: 'Thống kê khai thác dữ liệu trên Hệ thống thông tin giải quyết TTHC tỉnh.',
              lead: 'VPUBND',
            },
          ),
        },
      ],
      change: {
        '1.1.3': {
          maxPoints: 0.5,
          guidance:
            'Báo cáo quý, 6 tháng, năm gửi đúng hạn, đủ nội dung: 0,5 điểm; mỗi báo cáo trễ hạn hoặc thiếu nội ' +
            'dung trừ 0,25 điểm, tối thiểu 0.',
        },
        '3.3.1': {
          maxPoints: 2,
          rule: tiersRule('min', [
            [100, 2],
            [98, 1.5],
            [95, 1],
            [90, 0.5],
          ]),
          guidance:
            'Số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết: 100 % → 2 điểm; từ 98 % → 1,5; từ 95 % ' +
            '→ 1; từ 90 % → 0,5; dưới 90 % → 0.',
        },
        '3.3.3': RESUBMITTED_DOSSIERS_2026,
        '7.2.1': {
          rule: tiersRule('min', [
            [90, 2],
            [70, 1.5],
            [50, 1],
          ]),
          guidance:
            'Trên tổng số hồ sơ của các TTHC đủ điều kiện: từ 90 % → 2 điểm; từ 70 % → 1,5; từ 50 % → 1; dưới 50 % → 0.',
        },
        '7.2.2': {
          maxPoints: 1,
          guidance:
            'Điểm = 1 × số hồ sơ có kết quả được số hóa, cấp bản điện tử / tổng số hồ sơ đã giải quyết.',
        },
        '8.3.2': REMEDIATION_2026,
      },
    },
  });
}
