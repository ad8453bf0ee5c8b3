import { runOnExample } from '../../test/memory-io';

const lost = (args: string[]) => runOnExample('lost-points', args);

describe('par-index lost-points', () => {
  it('tables the areas that lost most', async () => {
    const { code, io } = await lost(['--level', 'area']);
    expect(code).toBe(0);
    expect(io.stdout()).toBe(
      [
        'Điểm bị mất (điểm tối đa − điểm đạt), cộng trên 5 đơn vị',
        '',
        'Theo lĩnh vực',
        'Mã  Tên                               Điểm mất  Số đơn vị mất điểm  Tối đa/đơn vị',
        '──  ────────────────────────────────  ────────  ──────────────────  ─────────────',
        '1   Công tác chỉ đạo, điều hành CCHC     6,250                 4/5          4,000',
        '3   Đánh giá qua điều tra xã hội học     5,980                 5/5          3,000',
        '2   Cải cách thủ tục hành chính          0,950                 3/5          3,000',
        '',
      ].join('\n'),
    );
  });

  it('limits rows, filters a group and answers JSON', async () => {
    const { io } = await lost([
      '--level',
      'leaf',
      '--top',
      '2',
      '--group',
      'departments',
      '--format',
      'json',
    ]);
    const report = JSON.parse(io.stdout()) as {
      units: number;
      leaf: { code: string; lostPoints: number; unitsLosing: number }[];
    };
    expect(report.units).toBe(4);
    expect(report.leaf.map((row) => [row.code, row.lostPoints, row.unitsLosing])).toEqual([
      ['1.2', 4, 3],
      ['3.1', 2.98, 4],
    ]);
  });

  it.each([[['--level', 'unit']], [['--top', '0']]])('refuses %p', async (args) => {
    expect((await lost(args)).code).toBe(2);
  });
});
