import { demoUnits } from './demo-units';

describe('demoUnits', () => {
  const units = demoUnits();

  it('starts with the parent UBND tỉnh (type province, not evaluated), then agencies, communes and wards', () => {
    expect(units[0]).toEqual({ code: 'UBND-TINH', name: 'UBND tỉnh Lam Giang', type: 'province' });
    expect(units.slice(1).every((u) => u.parentCode === 'UBND-TINH' && u.group !== undefined)).toBe(true);
    const count = (type: string) => units.filter((u) => u.type === type).length;
    expect([count('department'), count('commune'), count('ward')]).toEqual([17, 11, 5]);
  });

  it('has unique codes the API accepts (letters, digits . _ -, ≤ 40)', () => {
    const codes = units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(c))).toEqual([]);
  });

  it('names the post-2025 departments with their usual codes; Sở Nội vụ is the standing agency', () => {
    const name = (code: string) => units.find((u) => u.code === code)?.name;
    expect(name('SNV')).toBe('Sở Nội vụ');
    expect(name('STP')).toBe('Sở Tư pháp');
    expect(name('STC')).toBe('Sở Tài chính');
    expect(name('SKHCN')).toBe('Sở Khoa học và Công nghệ');
    expect(name('SNNMT')).toBe('Sở Nông nghiệp và Môi trường');
    expect(name('VPUBND')).toBe('Văn phòng UBND tỉnh');
    expect(
      units.some((u) => /Kế hoạch và Đầu tư|Giao thông|Thông tin và Truyền thông|huyện/.test(u.name)),
    ).toBe(false);
  });

  it('groups agencies (three boards apart) and ranks communes with wards', () => {
    const groups = (type: string) => [...new Set(units.filter((u) => u.type === type).map((u) => u.group))];
    expect(groups('department')).toEqual(['departments', 'special']);
    expect(units.filter((u) => u.group === 'special').map((u) => u.code)).toEqual([
      'BQLKKT',
      'BQLKCN',
      'BQLDA',
    ]);
    expect([...groups('commune'), ...groups('ward')]).toEqual(['communes', 'communes']);
    expect(units.filter((u) => u.type === 'ward').every((u) => u.name.startsWith('UBND phường '))).toBe(true);
    expect(units.filter((u) => u.type === 'commune').every((u) => u.name.startsWith('UBND xã '))).toBe(true);
  });

  it('gives evaluated units a strength: mostly good, a few weak', () => {
    const strengths = units.flatMap((u) => (u.strength === undefined ? [] : [u.strength]));
    expect(strengths).toHaveLength(33);
    expect(strengths.filter((s) => s >= 0.8).length).toBeGreaterThan(22);
    expect(Math.min(...strengths)).toBeLessThan(0.7);
    expect(Math.max(...strengths)).toBeLessThanOrEqual(0.95);
  });
});
