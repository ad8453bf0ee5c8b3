import { collectLeaves } from './collect-leaves';
import { communeNodes } from './commune-nodes';
import { departmentNodes } from './department-nodes';

describe('communeNodes', () => {
  const leaves = collectLeaves(communeNodes());

  it('has unique codes, each under its parent', () => {
    const codes = leaves.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[1-8](\.\d+){1,2}$/.test(c))).toBe(true);
  });

  it('speaks of what a commune does: its service centre, mediation, digital IDs, poverty reduction', () => {
    const title = (code: string) => leaves.find((l) => l.code === code)?.title;
    expect(title('3.5.3')).toContain('Trung tâm Phục vụ hành chính công xã');
    expect(title('2.3.2')).toContain('hòa giải ở cơ sở');
    expect(title('7.4.1')).toContain('định danh điện tử');
    expect(leaves.find((l) => l.code === '8.1.2')).toMatchObject({
      title: expect.stringContaining('giảm nghèo'),
      leadAgency: 'SNNMT',
    });
  });

  it('shares three leaves word for word with the agencies’ set', () => {
    const agencies = new Map(collectLeaves(departmentNodes()).map((l) => [l.code, l]));
    expect(leaves.filter((l) => agencies.get(l.code) === l).map((l) => l.code)).toEqual([
      '3.3.3',
      '7.3.1',
      '7.3.2',
    ]);
  });
});
