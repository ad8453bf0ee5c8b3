import type { RuleV1 } from '../model/interchange-v1.types';
import type { Issue } from '../model/issue.types';
import { readRuleText } from './read-rule-text';

function read(text: string, maxDecimal: string | null = '2'): { rule: RuleV1 | null; messages: string[] } {
  const issues: Issue[] = [];
  const rule = readRuleText(text, maxDecimal, issues);
  return { rule, messages: issues.map((issue) => issue.message) };
}

describe('readRuleText', () => {
  it.each<[string, RuleV1]>([
    // manual
    ['Chấm trực tiếp', { kind: 'manual' }],
    ['chấm điểm trực tiếp.', { kind: 'manual' }],
    ['CHAM TRUC TIEP', { kind: 'manual' }],
    ['Manual scoring', { kind: 'manual' }],
    // boolean
    ['Có: tối đa; Không: 0', { kind: 'boolean' }],
    ['Có: 2 điểm; Không: 0 điểm', { kind: 'boolean' }],
    ['Không: 0đ\nCó: được 2đ', { kind: 'boolean' }],
    ['Đạt: tối đa; Không đạt: 0', { kind: 'boolean' }],
    ['Có/Không', { kind: 'boolean' }],
    ['Có; Không', { kind: 'boolean' }],
    ['co: toi da, khong: 0', { kind: 'boolean' }],
    ['Yes: max; No: 0', { kind: 'boolean' }],
    ['Yes/No', { kind: 'boolean' }],
    // tiers
    [
      'Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm',
      {
        kind: 'tiers',
        tiers: [
          { min: '100', points: '2' },
          { min: '80', points: '1' },
        ],
        otherwise: '0',
      },
    ],
    ['Theo mức ≥ 100: 2', { kind: 'tiers', tiers: [{ min: '100', points: '2' }] }],
    [
      'Theo mức:\n- Từ 80% trở lên: tối đa\n- Từ 50% đến 80% "Đạt": 0,5 điểm\n- Các trường hợp còn lại: 0',
      {
        kind: 'tiers',
        tiers: [
          { min: '80', points: '2' },
          { min: '50', max: '80', points: '0.5', label: 'Đạt' },
        ],
        otherwise: '0',
      },
    ],
    [
      '>= 90 → 2; 50-89,5 = 1.25; <= 10% "Kém": 0.25 đ; khác: 0,1',
      {
        kind: 'tiers',
        tiers: [
          { min: '90', points: '2' },
          { min: '50', max: '89.5', points: '1.25' },
          { max: '10', points: '0.25', label: 'Kém' },
        ],
        otherwise: '0.1',
      },
    ],
    ['Không quá 20%: 1 điểm', { kind: 'tiers', tiers: [{ max: '20', points: '1' }] }],
    [
      'Tiers: from 50% to 80% "Pass": 1 point; ≥ 80% “Good ””A”””: max; otherwise: 0 points',
      {
        kind: 'tiers',
        tiers: [
          { min: '50', max: '80', points: '1', label: 'Pass' },
          { min: '80', points: '2', label: 'Good ”A”' },
        ],
        otherwise: '0',
      },
    ],
    // ratio
    ['Tỷ lệ so với mục tiêu 100%', { kind: 'ratio', target: '100' }],
    ['Tỉ lệ', { kind: 'ratio' }],
    ['Tỷ lệ: 95,5%', { kind: 'ratio', target: '95.5' }],
    ['Tỷ lệ hồ sơ đúng hạn (mục tiêu 90%)', { kind: 'ratio', target: '90' }],
    ['Tỷ lệ hồ sơ đúng hạn; mục tiêu 90', { kind: 'ratio', target: '90' }],
    ['Ratio to target 100%', { kind: 'ratio', target: '100' }],
    ['ratio, target 80', { kind: 'ratio', target: '80' }],
    // deduction
    ['Trừ 0,25 điểm mỗi trường hợp', { kind: 'deduction', perItem: '0.25' }],
    ['Trừ 0.5đ/văn bản chậm', { kind: 'deduction', perItem: '0.5' }],
    ['Mỗi trường hợp trừ 0,25 điểm.', { kind: 'deduction', perItem: '0.25' }],
    ['Bị trừ 1 điểm cho mỗi lần vi phạm', { kind: 'deduction', perItem: '1' }],
    ['Deduct 0.25 points per item', { kind: 'deduction', perItem: '0.25' }],
    ['Each late report: minus 0.5', { kind: 'deduction', perItem: '0.5' }],
    // survey
    ['Điều tra XHH', { kind: 'survey' }],
    ['Khảo sát:', { kind: 'survey' }],
    [
      'Điều tra XHH: A = 100%; B = 60%; C = 20%; D = 0%; E = không tính',
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: '100' },
          { code: 'B', percent: '60' },
          { code: 'C', percent: '20' },
          { code: 'D', percent: '0' },
          { code: 'E', percent: '0', excluded: true },
        ],
      },
    ],
    [
      'ĐTXHH: A "Rất hài lòng" = 100; B: 62,5%, "Không rõ" = 0% (không tính), 1 = 10% "một"',
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: '100', label: 'Rất hài lòng' },
          { code: 'B', percent: '62.5' },
          { code: 'Không rõ', percent: '0', excluded: true },
          { code: '1', percent: '10', label: 'một' },
        ],
      },
    ],
    [
      'Survey: A = 100%; E = excluded 5%',
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: '100' },
          { code: 'E', percent: '5', excluded: true },
        ],
      },
    ],
  ])('%p', (text, rule) => {
    expect(read(text)).toEqual({ rule, messages: [] });
  });

  it('reads "tối đa" as a placeholder when the max itself did not parse (that issue is reported apart)', () => {
    expect(read('≥ 80: tối đa', null)).toEqual({
      rule: { kind: 'tiers', tiers: [{ min: '80', points: '0' }] },
      messages: [],
    });
    expect(read('Có: 5 điểm', null)).toEqual({ rule: { kind: 'boolean' }, messages: [] });
  });

  const EXAMPLES =
    '"Chấm trực tiếp"; "Có: tối đa; Không: 0"; "Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm"; ' +
    '"Tỷ lệ so với mục tiêu 100%"; "Trừ 0,25 điểm mỗi trường hợp"; "Điều tra XHH: A = 100%; B = 60%; ' +
    'C = 20%; D = 0%; E = không tính"';

  it.each<[string, string[]]>([
    ['', [`Chưa ghi phương pháp chấm điểm. Ghi theo một trong các mẫu: ${EXAMPLES}.`]],
    [' ;\n. ', [`Chưa ghi phương pháp chấm điểm. Ghi theo một trong các mẫu: ${EXAMPLES}.`]],
    [
      'Chấm cho vui',
      [`Tại "Chấm cho vui": không nhận ra phương pháp chấm điểm. Ghi theo một trong các mẫu: ${EXAMPLES}.`],
    ],
    [
      'Theo mức: ≥ 80% "Đạt: 1',
      [
        'Thiếu dấu " đóng cho phần trong ngoặc kép bắt đầu ở ký tự 17; trong ngoặc kép, dấu " được viết hai lần ("").',
      ],
    ],
    [
      'Chấm trực tiếp, tối đa 2 điểm',
      ['Tại "tối đa 2 điểm": "Chấm trực tiếp" không có tham số (điểm do người chấm nhập); bỏ phần này.'],
    ],
    [
      'Có: 1 điểm; Không: 0',
      [
        'Tại "Có: 1 điểm": với quy tắc Có/Không, "Có" được điểm tối đa (2 điểm); để cho số điểm khác, dùng "Theo mức".',
      ],
    ],
    [
      'Có: tối đa; Không: 0,5',
      ['Tại "Không: 0,5": với quy tắc Có/Không, "Không" được 0 điểm; để cho số điểm khác, dùng "Theo mức".'],
    ],
    ['Có: tối đa; Có: 2', ['Tại "Có: 2": "Có" được ghi hai lần.']],
    [
      'Có: tối đa; Có thể: 0',
      [
        'Tại "Có thể: 0": "Có" được ghi hai lần.',
        'Tại "thể: 0": cần số điểm, ví dụ "1 điểm", "0,5" hoặc "tối đa".',
      ],
    ],
    ['Có: tối đa; 5', ['Tại "5": quy tắc Có/Không ghi là "Có: tối đa; Không: 0".']],
    ['Không', ['Tại "Không": quy tắc Có/Không ghi là "Có: tối đa; Không: 0".']],
    ['Có.', ['Tại "Có": quy tắc Có/Không ghi là "Có: tối đa; Không: 0".']],
    ['Không: 0', ['Tại "Không: 0": quy tắc Có/Không ghi là "Có: tối đa; Không: 0".']],
    [
      'Tỷ lệ ≥ 80%',
      ['Tại "≥ 80%": quy tắc tỷ lệ không có ngưỡng; để chấm theo ngưỡng, dùng "Theo mức: ≥ 80%: 1 điểm; …".'],
    ],
    [
      'Trừ 0,5 điểm mỗi lần; > 3 lần → 0',
      [
        'Tại "> 3 lần → 0": quy tắc trừ điểm không có ngưỡng; để chấm theo ngưỡng, dùng "Theo mức: ≥ 80%: 1 điểm; …".',
      ],
    ],
    ['Theo mức', ['Cần ít nhất một mức, ví dụ "Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm".']],
    [
      'Theo mức: ≥ 80% 1 điểm',
      [
        'Tại "≥ 80% 1 điểm": mỗi mức ghi điều kiện, dấu ":" rồi số điểm, ví dụ "≥ 80%: 1 điểm" hoặc "từ 50% đến 80% "Đạt": 0,5 điểm".',
      ],
    ],
    ['≥ 80%: một điểm', ['Tại "một điểm": cần số điểm, ví dụ "1 điểm", "0,5" hoặc "tối đa".']],
    ['≥ 80% "a" "b": 1', ['Tại "≥ 80% "a" "b": 1": mỗi mức có tối đa một nhãn trong ngoặc kép.']],
    ['≥ 80%: 1; còn lại: 0; khác: 0,5', ['Tại "khác: 0,5": "còn lại" được ghi hai lần.']],
    [
      'Tỷ lệ theo Nghị định 30, mục tiêu 100%',
      [
        'Tại "theo Nghị định 30": quy tắc tỷ lệ chỉ có một số: mục tiêu (thường là %), ví dụ "Tỷ lệ so với mục tiêu 100%"; điểm = điểm tối đa × tỷ lệ đạt được.',
      ],
    ],
    [
      'Tỷ lệ: 100 điểm',
      [
        'Tại "100 điểm": quy tắc tỷ lệ chỉ có một số: mục tiêu (thường là %), ví dụ "Tỷ lệ so với mục tiêu 100%"; điểm = điểm tối đa × tỷ lệ đạt được.',
      ],
    ],
    ['Tỷ lệ: 100%; mục tiêu 90%', ['Tại "100%; mục tiêu 90%": chỉ ghi một mục tiêu.']],
    [
      'Trừ điểm mỗi trường hợp',
      [
        'Tại "Trừ điểm mỗi trường hợp": thiếu số điểm trừ mỗi trường hợp, ví dụ "Trừ 0,25 điểm mỗi trường hợp".',
      ],
    ],
    [
      'Trừ 10% mỗi trường hợp',
      [
        'Tại "Trừ 10% mỗi trường hợp": quy tắc trừ điểm chỉ có một số: số điểm trừ mỗi trường hợp, ngay sau "trừ", ví dụ "Trừ 0,25 điểm mỗi trường hợp".',
        'Tại "Trừ 10% mỗi trường hợp": thiếu số điểm trừ mỗi trường hợp, ví dụ "Trừ 0,25 điểm mỗi trường hợp".',
      ],
    ],
    ['Trừ 0,25 điểm; trừ 0,5 điểm', ['Tại "Trừ 0,25 điểm; trừ 0,5 điểm": chỉ ghi một số điểm trừ.']],
    [
      'Điều tra XHH: A = 100%; Rất tốt = 50%; B',
      [
        'Tại "Rất tốt = 50%": mỗi phương án ghi mã, dấu "=" rồi tỷ lệ điểm, ví dụ "A = 100%", "B "Hài lòng" = 60%" hoặc "E = không tính" (mã có dấu cách hay ký hiệu thì đặt trong ngoặc kép).',
        'Tại "B": mỗi phương án ghi mã, dấu "=" rồi tỷ lệ điểm, ví dụ "A = 100%", "B "Hài lòng" = 60%" hoặc "E = không tính" (mã có dấu cách hay ký hiệu thì đặt trong ngoặc kép).',
      ],
    ],
    [
      'Điều tra XHH: = 100%',
      [
        'Tại "= 100%": mỗi phương án ghi mã, dấu "=" rồi tỷ lệ điểm, ví dụ "A = 100%", "B "Hài lòng" = 60%" hoặc "E = không tính" (mã có dấu cách hay ký hiệu thì đặt trong ngoặc kép).',
      ],
    ],
  ])('refuses %p, saying what was expected', (text, messages) => {
    expect(read(text)).toEqual({ rule: null, messages });
  });

  it('reports every unreadable part at once, in English too', () => {
    const issues: Issue[] = [];
    readRuleText('Theo mức: ≥ 80%: một; > 50%: 1; 30: 0', '2', issues);
    expect(issues.map((issue) => issue.messageEn)).toEqual([
      'At "một": points are expected, e.g. "1 point", "0.5" or "max".',
      'At "> 50%": tier bounds are inclusive: use "≥", "≤" or "from … to …", not ">", "<", "above", "below". Tiers are tried in order, so "50% to below 80%" is written "≥ 50%" after the tier "≥ 80%".',
      'At "30": a comparison is missing: write "≥ 30" (30 or more) or "≤ 30" (30 or less).',
    ]);
  });
});
