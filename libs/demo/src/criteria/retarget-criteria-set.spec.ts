import { communeCriteriaSet } from './commune-criteria-set';
import { retargetCriteriaSet } from './retarget-criteria-set';

describe('retargetCriteriaSet', () => {
  it('keeps the content and changes unit type, code and name only', () => {
    const commune = communeCriteriaSet(2025);
    const ward = retargetCriteriaSet(commune, { unitType: 'ward', code: 'PHUONG-2025', name: 'Phường' });
    expect(ward).toEqual({ ...commune, unitType: 'ward', code: 'PHUONG-2025', name: 'Phường' });
    expect(commune).toMatchObject({ unitType: 'commune', code: 'XA-2025' });
  });
});
