import { runOnExample } from '../../test/memory-io';

const explain = (args: string[]) => runOnExample('explain', args);

describe('par-index explain', () => {
  it('explains one unit leaf by leaf, in the set tree', async () => {
    const { code, io } = await explain(['--unit', 'SXD']);
    expect(code).toBe(0);
    expect(io.stdout().split('\n')).toEqual([
      'SXD — Sở Xây dựng · nhóm departments',
      'Tổng: 3,600 / 9,000 · chỉ số 40,00 · hạng 4 · Yếu',
      'Điểm thưởng 0,000 (đề nghị 0,000, tối đa 1,000) · điểm trừ 0,500 (đề nghị 0,500, tối đa 2,000)',
      'Mã     Tiêu chí                                   Điểm  Tối đa  Giải thích',
      `─────  ${'─'.repeat(40)}  ─────  ──────  ${'─'.repeat(66)}`,
      '1      Công tác chỉ đạo, điều hành CCHC          0,000   4,000  chỉ số 0,00',
      '  1.1  Ban hành kế hoạch CCHC năm đúng thời hạn  0,000   1,000  Có/không: không đạt → 0 điểm.',
      '  1.2  Mức độ hoàn thành kế hoạch CCHC           0,000   2,000  Theo mức: giá trị 79,5 không đạt mức nào → 0 điểm.',
      '  1.3  Số báo cáo CCHC nộp trễ hạn               0,000   1,000  Trừ điểm: 1 − 0,25 × 5 < 0 → 0 điểm (không âm).',
      '2      Cải cách thủ tục hành chính               2,000   2,000  chỉ số 100,00',
      '  2.1  Tỷ lệ hồ sơ TTHC giải quyết đúng hạn      2,000   2,000  Tỷ lệ: giá trị 100 ≥ mục tiêu 100 → tối đa 2 điểm.',
      '  2.2  Rà soát, đơn giản hóa TTHC                0,000   0,000  Không áp dụng: tiêu chí được loại khỏi cả điểm đạt và điểm tối đa.',
      '3      Đánh giá qua điều tra xã hội học          2,100   3,000  chỉ số 70,00',
      '  3.1  Mức độ hài lòng về chất lượng phục vụ     2,100   3,000  Điều tra xã hội học: bình quân 70% → 3 × 70% = 2,1 điểm.',
      '',
    ]);
  });

  it('narrows to leaves and units, in English', async () => {
    const { io } = await explain(['--unit', 'STP', '--unit', 'HTU', '--leaf', '2.1', '--lang', 'en']);
    const lines = io.stdout().split('\n');
    expect(lines.filter((line) => line.startsWith('  2.1'))).toEqual([
      '  2.1  Tỷ lệ hồ sơ TTHC giải quyết đúng hạn   1.950  2.000  Ratio: 2 × 97.5 (195/200 × 100) / 100 = 1.95 points.',
      '  2.1  Tỷ lệ hồ sơ TTHC giải quyết đúng hạn   2.000  2.000  Ratio: 2 × 99.99 / 100 = 1.9998 → 2 points (rounded half-up to 3 decimals).',
    ]);
    expect(lines.filter((line) => /^(STP|HTU) — /.test(line))).toHaveLength(2);
  });

  it('gives structured explanations as JSON, with both texts', async () => {
    const { io } = await explain(['--unit', 'HTU', '--leaf', '3.1', '--format', 'json']);
    expect(JSON.parse(io.stdout())).toEqual([
      {
        code: 'HTU',
        name: 'UBND huyện Than Uyên',
        group: 'districts',
        points: 7,
        maxPoints: 10,
        index: 70,
        rank: 1,
        band: 'K',
        adjustment: { bonusGiven: 0, bonus: 0, penaltyGiven: 0, penalty: 0, clampedTo: null },
        leaves: [
          {
            code: '3.1',
            title: 'Mức độ hài lòng về chất lượng phục vụ',
            rule: 'survey',
            points: 0,
            maxPoints: 3,
            missing: true,
            notApplicable: false,
            explanation: { case: 'missing', reason: 'noInput' },
            text: 'Chưa có số liệu: 0 điểm, ghi vào danh sách thiếu.',
            textEn: 'No input: 0 points, listed as missing.',
          },
        ],
      },
    ]);
  });

  it.each([
    [['--unit', 'XYZ'], 'không có đơn vị XYZ'],
    [['--leaf', '9.9'], 'không có tiêu chí lá 9.9'],
  ])('refuses %p', async (args, message) => {
    const { code, io } = await explain(args);
    expect(code).toBe(2);
    expect(io.stderr()).toContain(message);
  });
});
