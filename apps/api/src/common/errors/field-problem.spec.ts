import {
  DETAIL_TEXTS,
  FIELD_PROBLEM_CODES,
  FIELD_PROBLEMS,
  isFieldProblemCode,
  listCodes,
  type FieldProblemCode,
} from '@par/contracts';
import { fieldProblem, inRow, verbatim } from './field-problem';

/**
 * Every sub-code of the catalogue, built once with the texts the services wrote inline before the
 * catalogue existed (clients and tests read them): a code added without a row here fails the last test.
 */
const TEXTS: Array<[FieldProblemCode, object, string, string]> = [
  [
    'INVALID',
    {},
    'cần đúng một trong criteriaSetId hoặc criteriaSets',
    'give exactly one of criteriaSetId or criteriaSets',
  ],
  ['NOT_FOUND', {}, 'Không có bộ tiêu chí này', 'No such criteria set'],
  ['ARCHIVED', { set: 'SO-2024' }, 'SO-2024 đã lưu trữ', 'SO-2024 is archived'],
  ['DUPLICATE_UNIT_TYPE', {}, 'Mỗi loại đơn vị chỉ một bộ tiêu chí', 'One set per unit type'],
  ['DUPLICATE_UNIT', { unit: 'STP' }, 'STP lặp lại', 'STP is listed twice'],
  [
    'UNIT_NOT_FOUND',
    { unit: 'STP', active: true },
    'Không có đơn vị STP (hoặc đã ngừng)',
    'No active unit STP',
  ],
  ['UNIT_NOT_FOUND', { unit: 'STP' }, 'Không có đơn vị STP', 'No unit STP'],
  [
    'NO_SET_FOR_UNIT_TYPE',
    { unitType: 'ward', unit: 'P1' },
    'Không có bộ tiêu chí cho loại đơn vị ward (P1)',
    'No criteria set for unit type ward (P1)',
  ],
  [
    'GROUP_SPANS_SETS',
    { group: 'xa', unit: 'P1' },
    'Nhóm xếp hạng "xa" gồm đơn vị chấm theo các bộ tiêu chí khác nhau (P1)',
    'Ranking group "xa" mixes units scored on different sets (P1)',
  ],
  ['ALREADY_PARTICIPATING', { unit: 'STP' }, 'STP đã tham gia', 'STP already participates'],
  [
    'SETUP_ONLY',
    { change: 'add' },
    'Chỉ thêm đơn vị khi kỳ đang thiết lập',
    'Units can be added in setup only',
  ],
  [
    'SETUP_ONLY',
    { change: 'remove' },
    'Chỉ bớt đơn vị khi kỳ đang thiết lập',
    'Units can be removed in setup only',
  ],
  [
    'NOT_NEXT_STATE',
    { from: 'setup', next: 'self_assessment' },
    'Từ "setup" chỉ chuyển được sang "self_assessment"',
    'From "setup" the next state is "self_assessment"',
  ],
  [
    'NOT_NEXT_STATE',
    { from: 'published', next: null },
    'Từ "published" chỉ chuyển được sang "—"',
    'From "published" the next state is "—"',
  ],
  [
    'NOT_BY_STATE_ROUTE',
    {},
    'computed/published: dùng /results/compute hoặc /publish',
    'use /results/compute or /publish',
  ],
  ['NO_UNITS', {}, 'Kỳ đánh giá chưa có đơn vị tham gia', 'The period has no participating unit'],
  [
    'CRITERIA_SET_INVALID',
    { sets: ['A', 'B'] },
    'Bộ tiêu chí chưa hợp lệ: A, B',
    'Invalid criteria sets: A, B',
  ],
  [
    'UNITS_NOT_SUBMITTED',
    { units: ['STP', 'STC'] },
    '2 đơn vị chưa nộp tự đánh giá và chưa hết hạn: STP, STC',
    '2 unit(s) have not submitted and the deadline has not passed: STP, STC',
  ],
  [
    'ROUND1_INCOMPLETE',
    { units: ['STP'] },
    '1 đơn vị còn tiêu chí chưa thẩm định vòng 1: STP',
    '1 unit(s) still have leaves without a round-1 decision: STP',
  ],
  [
    'EXPLANATION_WINDOW_OPEN',
    { units: ['STP'] },
    'Còn 1 đơn vị trong thời hạn giải trình: STP',
    '1 unit(s) are still inside the explanation window: STP',
  ],
  ['NOT_COMPUTED', {}, 'Chưa tính điểm', 'Not computed'],
  ['NOT_FINAL', { unit: 'STP', status: 'returned' }, 'STP: returned', 'STP: returned'],
  ['NO_INPUT', { leaf: '1.1' }, '1.1: chưa nhập số liệu', '1.1: no input'],
  [
    'NO_EVIDENCE',
    { leaf: '1.1' },
    '1.1: chưa có tài liệu kiểm chứng hoặc giải thích',
    '1.1: no evidence nor note',
  ],
  ['ROUND2_PENDING', { leaf: '1.1' }, '1.1: chờ thẩm định vòng 2', '1.1: awaiting round 2'],
  [
    'ADJUSTMENT_NOT_ALLOWED',
    {},
    'Bộ tiêu chí không có điểm thưởng/trừ',
    'The set has no bonus/penalty block',
  ],
  [
    'CRITERIA_SET_MISMATCH',
    { allowed: ['SO', 'XA'] },
    'criteriaSet phải là một trong: SO, XA',
    'criteriaSet must be one of: SO, XA',
  ],
  [
    'CRITERIA_SET_MISMATCH',
    { unit: 'STP' },
    'STP chấm theo bộ tiêu chí khác',
    'STP is scored on another set',
  ],
  ['UNKNOWN_UNIT', { unit: 'STP' }, 'STP không tham gia kỳ này', 'STP does not participate'],
  ['ASSESSMENT_LOCKED', { unit: 'STP' }, 'STP đã nộp phiếu', 'STP has submitted'],
  ['UNKNOWN_LEAF', { leaf: '8.1' }, '8.1 không phải tiêu chí tự chấm', '8.1 is not a self-assessed leaf'],
  [
    'UNKNOWN_LEAF',
    { leaf: '8.1', form: true },
    '8.1 không phải câu hỏi của phiếu này',
    '8.1 is not a question of this form',
  ],
  ['WEAK_PASSWORD', { rule: 'length', min: 10 }, 'cần ít nhất 10 ký tự', 'at least 10 characters'],
  ['WEAK_PASSWORD', { rule: 'username' }, 'không được chứa tên đăng nhập', 'must not contain the username'],
  ['WEAK_PASSWORD', { rule: 'distinct' }, 'quá ít ký tự khác nhau', 'too few distinct characters'],
  ['UNIT_TYPE_UNKNOWN', { unitType: 'bogus' }, 'Không có loại đơn vị bogus', 'Unknown unit type bogus'],
  ['DUPLICATE_CODE', { code: '1.2' }, 'mã 1.2 đã có', 'code 1.2 exists'],
  ['DUPLICATE_CODE', { code: '1.2', firstRow: 6 }, 'STT 1.2 lặp lại (dòng 6)', 'code 1.2 repeats row 6'],
  ['DUPLICATE_CODE', { group: 'LD-SO' }, 'Nhóm LD-SO bị lặp', 'Group LD-SO appears twice'],
  ['INVALID_FIELD', {}, 'không thể chuyển vào chính nhánh con của nó', 'cannot move a node under itself'],
  ['NOT_XLSX', {}, 'Tệp không phải Excel (.xlsx) đọc được', 'Not a readable .xlsx workbook'],
  ['NO_SHEET', { sheet: 'Thông tin' }, 'Không có trang "Thông tin"', 'No "Thông tin" sheet'],
  [
    'BAD_HEADER',
    { row: 4, column: 2, expected: 'Điểm tối đa', found: 'Điểm' },
    'Dòng 4, cột 2: cần tiêu đề "Điểm tối đa", thấy "Điểm"',
    'Row 4, column 2: expected "Điểm tối đa"',
  ],
  ['BAD_CODE', { code: '1 2' }, 'STT "1 2" không hợp lệ', 'invalid code "1 2"'],
  ['NO_TITLE', {}, 'thiếu nội dung tiêu chí', 'missing title'],
  ['BAD_POINTS', { value: 'x' }, 'điểm tối đa "x" không phải số', 'max points "x" is not a number'],
  ['EMPTY', {}, 'Không có tiêu chí nào', 'No criteria rows'],
  [
    'NO_PARENT',
    { parent: '1', code: '1.1' },
    'chưa có tiêu chí cha "1" ở dòng trên của "1.1"',
    'parent "1" of "1.1" is not above it',
  ],
  [
    'RULE_ON_BRANCH',
    {},
    'tiêu chí có tiêu chí con thì không ghi phương pháp chấm',
    'a node with children has no rule',
  ],
  ['MISSING_RULE', {}, 'thiếu phương pháp chấm điểm', 'missing rule'],
  [
    'BAD_BAND',
    { sheet: 'Thông tin', row: 9 },
    'Trang Thông tin, dòng 9: ngưỡng xếp loại không phải số',
    'Thông tin row 9: band threshold is not a number',
  ],
  ['BAD_YEAR', { sheet: 'Thông tin' }, 'Trang Thông tin: năm không hợp lệ', 'Thông tin: invalid year'],
  // Surveys. UNKNOWN_UNIT, UNKNOWN_GROUP, UNIT_NOT_RATED_BY_GROUP and NOT_XLSX each had two or three
  // wordings in the survey module; the catalogue keeps one per code.
  ['WINDOW_EMPTY', {}, 'closesAt phải sau opensAt', 'closesAt must be after opensAt'],
  [
    'NO_SURVEY_LEAVES',
    {},
    'Bộ tiêu chí của kỳ không có tiêu chí điều tra xã hội học',
    'The period’s criteria sets have no survey leaves',
  ],
  [
    'UNKNOWN_UNIT_TYPE',
    { unitType: 'ward' },
    'Không có đơn vị loại ward trong kỳ',
    'No unit of type ward takes part in the period',
  ],
  [
    'NOT_A_SURVEY_LEAF',
    { leaf: '1.1' },
    '1.1 không phải tiêu chí điều tra xã hội học của kỳ',
    '1.1 is not a survey leaf of the period',
  ],
  [
    'GROUP_HAS_CODES',
    { group: 'LD-SO' },
    'Nhóm LD-SO đã được cấp mã phiếu, không bỏ được',
    'Group LD-SO has codes issued and cannot be removed',
  ],
  [
    'UNKNOWN_GROUP',
    { group: 'X' },
    'Không có nhóm đối tượng X trong cuộc điều tra',
    'No respondent group X in the survey',
  ],
  [
    'UNIT_NOT_RATED_BY_GROUP',
    { group: 'G', unit: 'STP' },
    'Nhóm G không đánh giá STP',
    'Group G does not rate STP',
  ],
  [
    'UNIT_NOT_RATED_BY_GROUP',
    { group: 'G', unit: 'XA1', unitType: 'commune' },
    'Nhóm G không đánh giá XA1 (loại đơn vị commune)',
    'Group G does not rate XA1 (unit type commune)',
  ],
  [
    'NO_QUESTIONS',
    { group: 'G', unit: 'STP' },
    'Nhóm G không có câu hỏi nào về STP',
    'Group G has no question about STP',
  ],
  [
    'UNKNOWN_CODE',
    { code: 'ABCD-EFGH', group: 'G', unit: 'STP' },
    'ABCD-EFGH: không phải mã đã cấp cho nhóm G, đơn vị STP',
    'ABCD-EFGH: not a code issued for group G, unit STP',
  ],
  [
    'NOT_OBJECT',
    { expected: 'answers' },
    'câu trả lời phải là { mã tiêu chí: mã phương án }',
    'answers must be { leafCode: optionCode }',
  ],
  [
    'NOT_OBJECT',
    { expected: 'document' },
    'cần một đối tượng survey-forms/v1',
    'expected a survey-forms/v1 object',
  ],
  [
    'UNKNOWN_OPTION',
    { leaf: '8.1', option: '"E"', options: ['A', 'B'] },
    '8.1: phương án "E" không có (A, B)',
    '8.1: no option "E" (A, B)',
  ],
  [
    'FORMAT_MISMATCH',
    { format: 'par-index.survey-forms/v1' },
    'format phải là "par-index.survey-forms/v1"',
    'format must be "par-index.survey-forms/v1"',
  ],
  ['NOT_ARRAY', {}, 'forms phải là một mảng', 'forms must be an array'],
  [
    'TOO_MANY_FORMS',
    { max: 500000, count: 500001 },
    'tối đa 500000 phiếu một tệp (có 500001)',
    'at most 500000 forms per file (got 500001)',
  ],
  ['EMPTY_FILE', {}, 'tệp trống', 'the file is empty'],
  ['EMPTY_FILE', { workbook: true }, 'tệp Excel không có trang tính', 'the workbook has no sheet'],
  [
    'MISSING_COLUMNS',
    {},
    'dòng tiêu đề cần các cột serial, group, unit và một cột cho mỗi mã tiêu chí',
    'the header needs the columns serial, group, unit and one column per leaf code',
  ],
  ['SERIAL_INVALID', {}, 'thiếu số phiếu (1–60 ký tự)', 'serial missing (1–60 characters)'],
  [
    'SERIAL_CONFLICT',
    { serial: 'BD-1', firstRow: 2 },
    'số phiếu BD-1 lặp lại dòng 2 với câu trả lời khác',
    'serial BD-1 repeats row 2 with other answers',
  ],
  [
    'SERIAL_EXISTS',
    { serial: 'BD-1' },
    'phiếu số BD-1 đã được nhập với câu trả lời khác',
    'form BD-1 is stored already with other answers',
  ],
  [
    'SURVEY_LEAF',
    { unit: 'STP', leaf: '3.1' },
    'STP 3.1: điểm lấy từ cuộc điều tra xã hội học của kỳ',
    'STP 3.1: scored by the period’s survey',
  ],
  [
    'NOT_AN_APPRAISER',
    { user: 'an' },
    'an không phải tài khoản thẩm định đang hoạt động',
    'an is not an active appraiser account',
  ],
  [
    'UNKNOWN_AREA',
    { area: '9' },
    '9 không phải lĩnh vực của bộ tiêu chí kỳ này',
    '9 is not an area of this period’s criteria sets',
  ],
  [
    'OWN_UNIT',
    { user: 'an', unit: 'STP' },
    'an thuộc STP, không thẩm định đơn vị mình',
    'an belongs to STP and cannot appraise it',
  ],
  ['DUPLICATE_USER', { user: 'an' }, 'an có hai dòng phân công', 'an is listed twice'],
  [
    'NOT_AN_INDICATOR_LEAF',
    { leaf: '1.2' },
    '1.2 không được bộ tiêu chí đánh dấu là chỉ tiêu nhận số liệu từ hệ thống khác',
    '1.2 is not marked by its set as an indicator leaf',
  ],
  [
    'FIGURES_ONLY',
    { leaf: '2.1' },
    '2.1: hệ thống khác chỉ gửi số liệu, không gửi điểm hay "không áp dụng"',
    '2.1: a pushed item carries figures, never points or "not applicable"',
  ],
  [
    'NOTE_REQUIRED',
    { leaf: '1.3' },
    '1.3: "không áp dụng" cần ghi chú giải thích',
    '1.3: "not applicable" needs a note',
  ],
  [
    'CROSSWALK_UNKNOWN_NODE',
    { code: 'A.9', set: 'XH-2025' },
    'A.9 không có trong bộ tiêu chí XH-2025',
    'A.9 is not a node of set XH-2025',
  ],
  [
    'CROSSWALK_SAME_SET',
    {},
    'bộ tiêu chí năm trước phải khác bộ này',
    'the previous set must be another set',
  ],
];

describe('fieldProblem', () => {
  it.each(TEXTS)('%s %j reads "%s" / "%s"', (code, params, vi, en) => {
    expect(fieldProblem(code, params as never)).toEqual({ code, message: vi, messageEn: en });
  });

  it.each([
    ['a field name', 'units.2.code', { field: 'units.2.code' }],
    ['a location', { unit: 'STP', leaf: '1.1' }, { unit: 'STP', leaf: '1.1' }],
    ['nothing', undefined, {}],
  ])('places the problem at %s', (_, where, location) => {
    expect(fieldProblem('DUPLICATE_UNIT', { unit: 'STP' }, where)).toEqual({
      ...location,
      code: 'DUPLICATE_UNIT',
      message: 'STP lặp lại',
      messageEn: 'STP is listed twice',
    });
  });

  it('has a row above for every code of the catalogue, and a title in both languages', () => {
    expect([...new Set(TEXTS.map(([code]) => code))].sort()).toEqual([...FIELD_PROBLEM_CODES].sort());
    for (const code of FIELD_PROBLEM_CODES) {
      expect(FIELD_PROBLEMS[code].title.vi).not.toBe('');
      expect(FIELD_PROBLEMS[code].title.en).not.toBe('');
    }
  });

  it.each([
    ['NO_UNITS', true],
    ['MAX_POINTS_MISMATCH', false], // libs/scoring's, forwarded as they are
    ['isInt', false], // class-validator's
    ['toString', false],
    [42, false],
  ])('isFieldProblemCode(%j) is %s', (value, expected) => {
    expect(isFieldProblemCode(value)).toBe(expected);
  });
});

describe('inRow', () => {
  it.each([
    [
      'both languages',
      { code: 'BAD_CODE', field: 'STT', message: 'STT "x y" không hợp lệ', messageEn: 'invalid code "x y"' },
      { message: 'Dòng 7: STT "x y" không hợp lệ', messageEn: 'Row 7: invalid code "x y"' },
    ],
    [
      'a Vietnamese-only message',
      { code: 'X', message: 'thiếu' },
      { message: 'Dòng 7: thiếu', messageEn: 'Row 7: thiếu' },
    ],
  ])('puts the row in front of %s and sets it', (_, problem, texts) => {
    expect(inRow(7, problem)).toEqual({ ...problem, ...texts, row: 7 });
  });
});

describe('listCodes', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['1', '2', '3', '4', '5', '6', '7', '8'], '1, 2, 3, 4, 5, 6, 7, 8'],
    [['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], '1, 2, 3, 4, 5, 6, 7, 8 … (+2)'],
  ])('%j → "%s"', (codes, expected) => {
    expect(listCodes(codes)).toBe(expected);
  });
});

describe('detail texts', () => {
  it.each([
    [DETAIL_TEXTS.PROBLEM_COUNT({ count: 3 }), '3 lỗi', '3 problem(s)'],
    [DETAIL_TEXTS.LEAF({ leaf: '1.2' }), 'tiêu chí 1.2', 'leaf 1.2'],
    [
      DETAIL_TEXTS.LEAF_NOT_ADJUSTED({ leaf: '1.2' }),
      'tiêu chí 1.2 không bị điều chỉnh',
      'leaf 1.2 was not adjusted',
    ],
    [DETAIL_TEXTS.ONLY_ASSESSED_UNIT(), 'chỉ đơn vị được đánh giá', 'only the assessed unit'],
    [DETAIL_TEXTS.APPRAISERS_ONLY(), 'chỉ thành viên thẩm định', 'appraisers only'],
    [
      DETAIL_TEXTS.NOT_PARTICIPATING({ unit: 'STP' }),
      'STP không tham gia kỳ này',
      'STP does not participate',
    ],
    [verbatim('SO-2026'), 'SO-2026', 'SO-2026'],
  ])('%j', (text, vi, en) => {
    expect(text).toEqual({ vi, en });
  });
});
