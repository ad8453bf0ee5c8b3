import { unitStrength } from './unit-strength';

describe('unitStrength', () => {
  it('stays near the unit’s own strength, moved a little by the seed', () => {
    const draws = Array.from({ length: 200 }, (_, seed) =>
      unitStrength({ code: 'STP', group: 'g', strength: 0.8 }, seed),
    );
    expect(Math.min(...draws)).toBeGreaterThan(0.7);
    expect(Math.max(...draws)).toBeLessThan(0.9);
    expect(new Set(draws).size).toBeGreaterThan(150);
  });

  it('derives one from the code when none is given: 0.72–0.96 before the seed moves it', () => {
    const codes = Array.from({ length: 300 }, (_, i) => unitStrength({ code: `U${i}`, group: 'g' }, 1));
    expect(Math.min(...codes)).toBeGreaterThan(0.62);
    expect(Math.max(...codes)).toBeLessThanOrEqual(0.99);
    expect(codes.reduce((a, b) => a + b, 0) / codes.length).toBeCloseTo(0.84, 1);
  });

  it('is deterministic and clamped to 0.3..0.99', () => {
    expect(unitStrength({ code: 'X', group: 'g' }, 5)).toBe(unitStrength({ code: 'X', group: 'g' }, 5));
    expect(unitStrength({ code: 'X', group: 'g', strength: 1.5 }, 5)).toBe(0.99);
    expect(unitStrength({ code: 'X', group: 'g', strength: -1 }, 5)).toBe(0.3);
  });
});
