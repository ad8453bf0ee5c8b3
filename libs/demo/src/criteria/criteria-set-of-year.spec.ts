import { criteriaSetOfYear, type YearlySetSpec } from './criteria-set-of-year';
import { DEPARTMENT_BANDS } from './demo-rules';

const spec: YearlySetSpec = {
  prefix: 'T',
  name: (year) => `Thử ${year}`,
  unitType: 'department',
  bands: DEPARTMENT_BANDS,
  nodes: [
    {
      code: '1',
      title: 'a',
      maxPoints: 1,
      children: [{ code: '1.1', title: 'b', maxPoints: 1, rule: { kind: 'manual' } }],
    },
  ],
  changes2026: { change: { '1.1': { maxPoints: 2 } } },
};

describe('criteriaSetOfYear', () => {
  it('issues 2025 as given, with the demo caps', () => {
    expect(criteriaSetOfYear(2025, spec)).toEqual({
      format: 'par-index.criteria-set/v1',
      code: 'T-2025',
      name: 'Thử 2025',
      year: 2025,
      unitType: 'department',
      bands: DEPARTMENT_BANDS,
      adjustments: { bonusMax: 2, penaltyMax: 3 },
      nodes: spec.nodes,
    });
  });

  it('revises 2026 under its own code and name', () => {
    const next = criteriaSetOfYear(2026, spec);
    expect(next).toMatchObject({ code: 'T-2026', name: 'Thử 2026', year: 2026 });
    expect(next.nodes[0]).toMatchObject({ maxPoints: 2, children: [{ code: '1.1', maxPoints: 2 }] });
  });
});
