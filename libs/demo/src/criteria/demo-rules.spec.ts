import { COMMUNE_BANDS, DEPARTMENT_BANDS, SURVEY_RULE } from './demo-rules';

describe('demo rules and bands', () => {
  it('grades communes like agencies but for "Khá" from 65', () => {
    expect(COMMUNE_BANDS.map((b) => `${b.label} ≥ ${b.minIndex}`)).toEqual([
      'Xuất sắc ≥ 90',
      'Tốt ≥ 80',
      'Khá ≥ 65',
      'Trung bình ≥ 50',
      'Yếu ≥ 0',
    ]);
    expect(DEPARTMENT_BANDS.find((b) => b.code === 'K')?.minIndex).toBe(70);
  });

  it('weighs survey answers A 100 %, B 60 %, C 20 %, D 0 %, E excluded', () => {
    expect(SURVEY_RULE).toMatchObject({
      kind: 'survey',
      options: [{ percent: 100 }, { percent: 60 }, { percent: 20 }, { percent: 0 }, { excluded: true }],
    });
  });
});
