import { createRandom } from '@par/scoring';
import { pickSurveyOption } from './pick-survey-option';

const OPTIONS = [
  { code: 'A', excluded: false },
  { code: 'B', excluded: false },
  { code: 'C', excluded: false },
  { code: 'D', excluded: false },
  { code: 'E', excluded: true },
];

function tally(strength: number): Record<string, number> {
  const random = createRandom(7);
  const out: Record<string, number> = {};
  for (let i = 0; i < 2000; i++) {
    const code = pickSurveyOption(strength, OPTIONS, random);
    out[code] = (out[code] ?? 0) + 1;
  }
  return out;
}

describe('pickSurveyOption', () => {
  it('answers a strong unit mostly A, a weak one less so; some respondents do not know', () => {
    const strong = tally(0.95);
    const weak = tally(0.6);
    expect(strong.A / 2000).toBeGreaterThan(0.8);
    expect(weak.A / 2000).toBeLessThan(strong.A / 2000);
    expect((weak.C ?? 0) + (weak.D ?? 0)).toBeGreaterThan((strong.C ?? 0) + (strong.D ?? 0));
    expect(strong.E / 2000).toBeGreaterThan(0.03);
    expect(strong.E / 2000).toBeLessThan(0.09);
  });

  it('is deterministic for a seed', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    for (let i = 0; i < 50; i++)
      expect(pickSurveyOption(0.8, OPTIONS, a)).toBe(pickSurveyOption(0.8, OPTIONS, b));
  });
});
