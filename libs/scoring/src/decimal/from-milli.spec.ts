import { fromMilli } from './from-milli';

describe('fromMilli', () => {
  it.each([
    [1978, 1.978],
    [15753, 15.753],
    [9720, 9.72],
    [1, 0.001],
    [0, 0],
  ])('%p thousandths print as %p', (milli, expected) => {
    expect(fromMilli(milli)).toBe(expected);
    expect(JSON.stringify(fromMilli(milli))).toBe(String(expected));
  });
});
