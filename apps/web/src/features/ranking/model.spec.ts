import { describe, expect, it } from 'vitest';
import {
  areasOf,
  filterRows,
  fold,
  fromPublic,
  fromResults,
  lostPoints,
  sortRows,
  withChange,
} from './model';
import { publicResults } from './test/fixtures';

const compare = new Intl.Collator('vi-VN', { sensitivity: 'base', numeric: true }).compare;

describe('results model', () => {
  it('folds Vietnamese for a search without accents (đ included)', () => {
    expect(fold('Sở Tư pháp')).toBe('so tu phap');
    expect(fold('Đài Phát thanh')).toBe('dai phat thanh');
    expect(fold('  XÃ Hòa BÌNH ')).toBe('xa hoa binh');
  });

  it('names groups (not codes) and bands by label', () => {
    const model = fromPublic(publicResults(30), 'vi');
    expect(model.groups).toEqual([
      { code: 'departments', name: 'Sở, ban, ngành' },
      { code: 'communes', name: 'Xã, phường' },
    ]);
    expect(model.rows[0].bandLabel).toBe('Xuất sắc');
    // The API's names, in its order; a group it never named (name = code) keeps the known name.
    const named = fromPublic(
      {
        ...publicResults(30),
        rankingGroups: [
          { code: 'communes', name: 'communes', nameEn: 'communes' },
          { code: 'departments', name: 'Khối sở', nameEn: 'Departments block' },
        ],
      },
      'vi',
    );
    expect(named.groups).toEqual([
      { code: 'communes', name: 'Xã, phường' },
      { code: 'departments', name: 'Khối sở' },
    ]);
    expect(
      fromPublic(
        { ...publicResults(2), rankingGroups: [{ code: 'departments', name: 'Khối sở', nameEn: 'Block' }] },
        'en',
      ).groups[0].name,
    ).toBe('Block');
    // A group nobody named keeps its code rather than vanishing.
    const odd = publicResults(1);
    odd.units[0] = { ...odd.units[0], group: 'g-7' };
    expect(fromPublic(odd, 'en').groups).toEqual([{ code: 'g-7', name: 'g-7' }]);
  });

  it('filters by accent-insensitive words in name or code, and by band', () => {
    const { rows } = fromPublic(publicResults(30), 'vi');
    expect(filterRows(rows, { group: '', search: 'so tu phap', band: '' }).map((r) => r.code)).toEqual([
      'STP',
    ]);
    expect(filterRows(rows, { group: '', search: 'DAI', band: '' }).map((r) => r.code)).toEqual(['DPTTH']);
    expect(filterRows(rows, { group: '', search: 'stc', band: '' }).map((r) => r.code)).toEqual(['STC']);
    const good = filterRows(rows, { group: 'departments', search: '', band: 'T' });
    expect(good.length).toBeGreaterThan(0);
    expect(good.every((r) => r.band === 'T' && r.group === 'departments')).toBe(true);
  });

  it('sorts by rank, name, points and an area, missing values last', () => {
    const { rows } = fromPublic(publicResults(6), 'vi');
    rows[2] = { ...rows[2], rank: null, index: null };
    expect(sortRows(rows, { key: 'rank', descending: false }, compare).map((r) => r.rank)).toEqual([
      1,
      2,
      4,
      5,
      6,
      null,
    ]);
    expect(sortRows(rows, { key: 'rank', descending: true }, compare).map((r) => r.rank)).toEqual([
      6,
      5,
      4,
      2,
      1,
      null,
    ]);
    expect(sortRows(rows, { key: 'name', descending: false }, compare)[0].name).toBe(
      'Đài Phát thanh và Truyền hình',
    );
    const byArea = sortRows(rows, { key: 'area:2', descending: false }, compare);
    expect(byArea[0].nodes['2'].points).toBeLessThanOrEqual(byArea[1].nodes['2'].points);
  });

  it('finds where a unit lost points: per area and the leaves below their maximum, most first', () => {
    const model = fromPublic(publicResults(10), 'vi');
    const unit = model.rows[9];
    const { areas, leaves } = lostPoints(model, unit);
    expect(areas.map((a) => [a.code, a.title])).toEqual([
      ['1', 'Công tác chỉ đạo, điều hành'],
      ['2', 'Cải cách thủ tục hành chính'],
    ]);
    expect(areas[0].lost).toBeCloseTo(10 - unit.nodes['1'].points, 3);
    expect(leaves.map((l) => l.code).sort()).toEqual(['1.2', '2.2']);
    expect(leaves.every((l) => l.lost > 0)).toBe(true);
    expect(leaves[0].area).toBe(leaves[0].code.split('.')[0]);
    expect(lostPoints(model, model.rows[0]).leaves).toEqual([]);
    expect(areasOf(model, model.rows).map((a) => a.code)).toEqual(['1', '2']);
  });

  it('without set titles, reads areas and leaves from the node codes of results/v1', () => {
    const doc = publicResults(3);
    const model = fromResults(
      { format: 'par-index.results/v1', criteriaSet: 'SO-2026', units: doc.units },
      {
        units: [{ code: 'STP', name: 'Sở Tư pháp', criteriaSetCode: 'SO-2026' }],
        criteriaSets: [{ code: 'SO-2026', bands: [{ code: 'XS', label: 'Xuất sắc' }] }],
      },
      'vi',
    );
    expect(model.rows[0]).toMatchObject({ name: 'Sở Tư pháp', bandLabel: 'Xuất sắc' });
    // Unknown to the period: the code stands for the name.
    expect(model.rows[1].name).toBe('STC');
    expect(areasOf(model, model.rows).map((a) => a.code)).toEqual(['1', '2']);
    expect(
      lostPoints(model, {
        ...model.rows[2],
        nodes: { ...model.rows[2].nodes, '2.2': { points: 10, maxPoints: 12, index: null } },
      }).leaves.map((l) => l.code),
    ).toContain('2.2');
  });

  it('computes the change against an earlier published year by code', () => {
    const now = fromPublic(publicResults(5), 'vi');
    const plain = { ...now, rows: now.rows.map((r) => ({ ...r, rankChange: null, indexChange: null })) };
    const before = publicResults(5);
    before.period.year = 2025;
    before.units = before.units.map((u, i) => ({ ...u, rank: 5 - i, index: (u.index ?? 0) - 2 }));
    const changed = withChange(plain, before);
    expect(changed.rows.map((r) => r.rankChange)).toEqual([4, 2, 0, -2, -4]);
    expect(changed.rows[0].indexChange).toBe(2);
    expect(changed.rows[0].changeYear).toBe(2025);
  });
});
