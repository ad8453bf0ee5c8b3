import { unitNames } from './unit-names';

describe('unitNames', () => {
  it('maps codes to names, empty when a unit has none', () => {
    const names = unitNames({
      criteriaSet: 'X',
      units: [
        { code: 'A', name: 'Sở A', group: 'g', items: new Map(), bonusMilli: 0, penaltyMilli: 0 },
        { code: 'B', group: 'g', items: new Map(), bonusMilli: 0, penaltyMilli: 0 },
      ],
    });
    expect([...names]).toEqual([
      ['A', 'Sở A'],
      ['B', ''],
    ]);
  });
});
