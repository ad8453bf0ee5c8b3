// Deterministic national-scale data: 3,300 units × 144 leaves (8 areas × 6 criteria × 3 leaves), 34 groups.
import { createRandom } from '../src/analysis/create-random';
import type {
  AssessmentsV1,
  CriteriaNodeV1,
  CriteriaSetV1,
  LeafInputV1,
  RuleV1,
  UnitAssessmentV1,
} from '../src/model/interchange-v1.types';

export interface NationalShape {
  readonly units: number;
  readonly groups: number;
  readonly seed: number;
}

export const NATIONAL: NationalShape = { units: 3300, groups: 34, seed: 2026 };

/** Area maxima of the 2017 provincial set (2948/QĐ-BNV): 8 areas, 100 points. */
const AREA_MAX_MILLI = [10000, 10000, 14500, 11000, 16000, 7000, 16000, 15500];
const AREA_TITLES = [
  'Công tác chỉ đạo, điều hành CCHC',
  'Xây dựng và tổ chức thực hiện văn bản QPPL',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC',
  'Cải cách tài chính công',
  'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
  'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH',
];
const CRITERIA = 6;
const LEAVES = 3;
const KINDS: readonly RuleV1['kind'][] = ['boolean', 'tiers', 'ratio', 'deduction', 'manual', 'survey'];

const points = (milli: number): number => milli / 1000;

/** Splits `total` thousandths into `parts` multiples of 0.25 point (remainder on the first parts). */
function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts / 250) * 250;
  const shares = Array.from({ length: parts }, () => base);
  let rest = total - base * parts;
  for (let i = 0; rest > 0; i = (i + 1) % parts) {
    const step = Math.min(250, rest);
    shares[i] += step;
    rest -= step;
  }
  return shares;
}

function rule(kind: RuleV1['kind'], maxMilli: number): RuleV1 {
  switch (kind) {
    case 'tiers':
      return {
        kind,
        tiers: [
          { min: 100, points: points(maxMilli) },
          { min: 80, points: points(Math.floor(maxMilli / 500) * 250) },
        ],
        otherwise: 0,
      };
    case 'ratio':
      return { kind, target: 100 };
    case 'deduction':
      return { kind, perItem: 0.25 };
    default:
      return { kind };
  }
}

export function generateCriteriaSet(): CriteriaSetV1 {
  const nodes: CriteriaNodeV1[] = AREA_MAX_MILLI.map((areaMilli, a) => {
    const criteriaMilli = split(areaMilli, CRITERIA);
    return {
      code: `${a + 1}`,
      title: AREA_TITLES[a],
      maxPoints: points(areaMilli),
      children: criteriaMilli.map((criterionMilli, c) => ({
        code: `${a + 1}.${c + 1}`,
        title: `Tiêu chí ${a + 1}.${c + 1}`,
        maxPoints: points(criterionMilli),
        children: split(criterionMilli, LEAVES).map((leafMilli, l) => {
          // Area 8 is measured by the survey, as in the national index.
          const kind = a === 7 ? 'survey' : KINDS[(c * LEAVES + l) % KINDS.length];
          return {
            code: `${a + 1}.${c + 1}.${l + 1}`,
            title: `Tiêu chí thành phần ${a + 1}.${c + 1}.${l + 1}`,
            maxPoints: points(leafMilli),
            source: kind === 'survey' ? 'survey' : 'assessment',
            rule: rule(kind, leafMilli),
            leadAgency: `CQ${(a % 5) + 1}`,
          } satisfies CriteriaNodeV1;
        }),
      })),
    };
  });
  return {
    format: 'par-index.criteria-set/v1',
    code: 'QG-XA-2026',
    name: 'Bộ chỉ số CCHC cấp xã (dữ liệu đo hiệu năng)',
    year: 2026,
    unitType: 'commune',
    bands: [
      { code: 'A', label: 'Nhóm A', minIndex: 90 },
      { code: 'B', label: 'Nhóm B', minIndex: 80 },
      { code: 'C', label: 'Nhóm C', minIndex: 65 },
      { code: 'D', label: 'Nhóm D', minIndex: 0 },
    ],
    adjustments: { bonusMax: 2, penaltyMax: 5 },
    nodes,
  };
}

export function generateAssessments(set: CriteriaSetV1, shape: NationalShape = NATIONAL): AssessmentsV1 {
  const random = createRandom(shape.seed);
  const int = (max: number): number => Math.floor(random.next() * (max + 1));
  const leaves = set.nodes.flatMap((area) =>
    (area.children ?? []).flatMap((criterion) => criterion.children ?? []),
  );
  const units: UnitAssessmentV1[] = Array.from({ length: shape.units }, (_, u) => {
    const items: Record<string, LeafInputV1> = {};
    for (const leaf of leaves) {
      const roll = random.next();
      if (roll < 0.01) continue;
      if (roll < 0.02) {
        items[leaf.code] = { notApplicable: true };
        continue;
      }
      const maxMilli = Math.round(Number(leaf.maxPoints) * 1000);
      if (roll < 0.07) {
        items[leaf.code] = { points: points(int(maxMilli)) };
        continue;
      }
      switch (leaf.rule?.kind) {
        case 'boolean':
          items[leaf.code] = { value: random.next() < 0.85 };
          break;
        case 'tiers':
        case 'ratio': {
          const denominator = 50 + int(950);
          items[leaf.code] = { numerator: denominator - int(Math.floor(denominator / 4)), denominator };
          break;
        }
        case 'deduction':
          items[leaf.code] = { count: int(3) };
          break;
        case 'survey':
          items[leaf.code] = { counts: { A: int(40), B: int(20), C: int(10), D: int(5), E: int(5) } };
          break;
        default:
          items[leaf.code] = { points: points(int(maxMilli)) };
      }
    }
    const unit: UnitAssessmentV1 = {
      code: `X${String(u + 1).padStart(4, '0')}`,
      name: `UBND xã số ${u + 1}`,
      group: `T${String((u % shape.groups) + 1).padStart(2, '0')}`,
      items,
    };
    const extra = random.next();
    if (extra < 0.2) return { ...unit, bonus: points(int(2500)) };
    if (extra < 0.3) return { ...unit, penalty: points(int(1500)) };
    return unit;
  });
  return { format: 'par-index.assessments/v1', criteriaSet: set.code, units };
}
