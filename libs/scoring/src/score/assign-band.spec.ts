import type { Band } from '../model/criteria-set.types';
import { assignBand } from './assign-band';

const BANDS: Band[] = [
  { code: 'XS', label: 'Xuất sắc', minIndexCenti: 9000 },
  { code: 'T', label: 'Tốt', minIndexCenti: 8000 },
  { code: 'K', label: 'Khá', minIndexCenti: 7000 },
  { code: 'TB', label: 'Trung bình', minIndexCenti: 5000 },
];

describe('assignBand', () => {
  it.each([
    [10000, 'XS'],
    [9000, 'XS'],
    [8999, 'T'],
    // exactly at the threshold: 70.00 is Khá
    [7000, 'K'],
    [6999, 'TB'],
    [5000, 'TB'],
  ])('index %p hundredths → %p', (index, code) => {
    expect(assignBand(index, BANDS)?.code).toBe(code);
  });

  it('gives no band below every threshold or without an index', () => {
    expect(assignBand(4999, BANDS)).toBeNull();
    expect(assignBand(null, BANDS)).toBeNull();
  });

  it('does not depend on the order of the bands', () => {
    expect(assignBand(8500, [...BANDS].reverse())?.code).toBe('T');
  });

  it('keeps the first of two bands with the same threshold', () => {
    const twins: Band[] = [
      { code: 'A', label: 'A', minIndexCenti: 5000 },
      { code: 'B', label: 'B', minIndexCenti: 5000 },
    ];
    expect(assignBand(6000, twins)?.code).toBe('A');
  });
});
