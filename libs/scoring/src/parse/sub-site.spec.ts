import { subSite } from './sub-site';

describe('subSite', () => {
  it('extends the path and names in detailed mode', () => {
    const root = { detailed: true, path: '/units/0' };
    expect(subSite(subSite(root, 'items', { unit: 'STP' }), '1.2', { leaf: '1.2' })).toEqual({
      detailed: true,
      unit: 'STP',
      leaf: '1.2',
      path: '/units/0/items/1.2',
    });
  });

  it('returns the same site in quick mode, building nothing', () => {
    const quick = { detailed: false };
    expect(subSite(quick, 'items', { unit: 'STP' })).toBe(quick);
  });
});
