import { parseBands } from './parse-bands';

describe('parseBands', () => {
  it('reads thresholds as hundredths, highest first', () => {
    expect(
      parseBands([
        { code: 'K', label: 'Khá', minIndex: 68.01 },
        { code: 'XS', label: 'Xuất sắc', minIndex: '90' },
      ]),
    ).toEqual({
      ok: true,
      value: [
        { code: 'XS', label: 'Xuất sắc', minIndexCenti: 9000 },
        { code: 'K', label: 'Khá', minIndexCenti: 6801 },
      ],
    });
  });

  it('reports every bad band', () => {
    const result = parseBands([
      { code: 'A', label: '', minIndex: 50 },
      { code: 'A', label: 'x', minIndex: -1 },
      7,
    ]);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_FIELD', '/0/label'],
      ['VALUE_OUT_OF_RANGE', '/1/minIndex'],
      ['DUPLICATE_CODE', '/1/code'],
      ['INVALID_FIELD', '/2'],
    ]);
  });

  it('wants an array', () => {
    const result = parseBands({});
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['INVALID_FIELD']);
  });
});
