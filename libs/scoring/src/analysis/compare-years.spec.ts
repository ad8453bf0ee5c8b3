import type { ResultsV1, UnitResultV1 } from '../model/interchange-v1.types';
import { compareYears } from './compare-years';

function unit(code: string, group: string, index: number | null, rank: number | null): UnitResultV1 {
  return { code, group, points: 0, maxPoints: 0, index, rank, band: null, missing: [], nodes: {} };
}

function results(units: UnitResultV1[]): ResultsV1 {
  return { format: 'par-index.results/v1', criteriaSet: 'X', units };
}

describe('compareYears', () => {
  const previous = results([
    unit('STP', 'departments', 88.1, 3),
    unit('STC', 'departments', 90.3, 1),
    unit('SXD', 'departments', 75, 5),
    unit('HTU', 'districts', 80, 1),
  ]);
  const current = results([
    unit('STP', 'departments', 91.3, 1),
    unit('STC', 'departments', 90.2, 2),
    unit('HTU', 'communes', null, null),
    unit('NEW', 'departments', 70.07, 3),
  ]);

  it('gives the exact index change and the rank change (positive = moved up)', () => {
    const comparison = compareYears(previous, current);
    expect(comparison.units).toEqual([
      {
        code: 'STP',
        group: 'departments',
        index: 91.3,
        previousIndex: 88.1,
        indexChange: 3.2,
        rank: 1,
        previousRank: 3,
        rankChange: 2,
        groupChanged: false,
      },
      {
        code: 'STC',
        group: 'departments',
        index: 90.2,
        previousIndex: 90.3,
        indexChange: -0.1,
        rank: 2,
        previousRank: 1,
        rankChange: -1,
        groupChanged: false,
      },
      {
        code: 'HTU',
        group: 'communes',
        index: null,
        previousIndex: 80,
        indexChange: null,
        rank: null,
        previousRank: 1,
        rankChange: null,
        groupChanged: true,
      },
      {
        code: 'NEW',
        group: 'departments',
        index: 70.07,
        previousIndex: null,
        indexChange: null,
        rank: 3,
        previousRank: null,
        rankChange: null,
        groupChanged: false,
      },
    ]);
    expect(comparison.dropped).toEqual(['SXD']);
  });

  it('refuses an index with more than 2 decimals', () => {
    expect(() => compareYears(results([unit('A', 'g', 1.005, 1)]), results([unit('A', 'g', 1, 1)]))).toThrow(
      RangeError,
    );
  });
});
