import type { LocalizedText } from './error-codes';

/**
 * The API's own sub-codes: the `code` of a field problem inside a problem+json `errors[]` (an unmet
 * precondition, a worksheet row, a unit of a request). Each has a short title and a text builder taking
 * typed parameters, in Vietnamese (default) and English — the way `ERROR_TITLES` holds the top-level codes.
 * The API builds every such problem through `fieldProblem(code, params, where)`; a code used without an
 * entry here fails to compile, and so does a builder called with the wrong parameters. Every entry goes
 * through `entry()`, so each has a title and a text.
 *
 * Not here: libs/scoring's issue codes (parsing criteria sets, inputs and assessments carry both
 * languages already, and the API forwards them) and class-validator's constraint names (`isInt`,
 * `matches`, …), whose messages come from the DTO decorators.
 */
export const FIELD_PROBLEMS = {
  // Periods: choosing sets and units (PERIOD_INVALID)
  INVALID: entry({ vi: 'Chưa chọn bộ tiêu chí', en: 'No criteria set chosen' }, () => ({
    vi: 'cần đúng một trong criteriaSetId hoặc criteriaSets',
    en: 'give exactly one of criteriaSetId or criteriaSets',
  })),
  NOT_FOUND: entry({ vi: 'Không có bộ tiêu chí', en: 'No such criteria set' }, () => ({
    vi: 'Không có bộ tiêu chí này',
    en: 'No such criteria set',
  })),
  ARCHIVED: entry({ vi: 'Bộ tiêu chí đã lưu trữ', en: 'Criteria set archived' }, (p: { set: string }) => ({
    vi: `${p.set} đã lưu trữ`,
    en: `${p.set} is archived`,
  })),
  DUPLICATE_UNIT_TYPE: entry({ vi: 'Loại đơn vị có hai bộ tiêu chí', en: 'Unit type with two sets' }, () => ({
    vi: 'Mỗi loại đơn vị chỉ một bộ tiêu chí',
    en: 'One set per unit type',
  })),
  DUPLICATE_UNIT: entry({ vi: 'Đơn vị lặp lại', en: 'Unit listed twice' }, (p: { unit: string }) => ({
    vi: `${p.unit} lặp lại`,
    en: `${p.unit} is listed twice`,
  })),
  /** `active`: the unit was looked for among active units (a period's participants). */
  UNIT_NOT_FOUND: entry(
    { vi: 'Không có đơn vị', en: 'No such unit' },
    (p: { unit: string; active?: boolean }) =>
      p.active
        ? { vi: `Không có đơn vị ${p.unit} (hoặc đã ngừng)`, en: `No active unit ${p.unit}` }
        : { vi: `Không có đơn vị ${p.unit}`, en: `No unit ${p.unit}` },
  ),
  NO_SET_FOR_UNIT_TYPE: entry(
    { vi: 'Loại đơn vị chưa có bộ tiêu chí', en: 'Unit type without a set' },
    (p: { unitType: string; unit: string }) => ({
      vi: `Không có bộ tiêu chí cho loại đơn vị ${p.unitType} (${p.unit})`,
      en: `No criteria set for unit type ${p.unitType} (${p.unit})`,
    }),
  ),
  GROUP_SPANS_SETS: entry(
    { vi: 'Nhóm xếp hạng gồm nhiều bộ tiêu chí', en: 'Ranking group spans sets' },
    (p: { group: string; unit: string }) => ({
      vi: `Nhóm xếp hạng "${p.group}" gồm đơn vị chấm theo các bộ tiêu chí khác nhau (${p.unit})`,
      en: `Ranking group "${p.group}" mixes units scored on different sets (${p.unit})`,
    }),
  ),
  ALREADY_PARTICIPATING: entry(
    { vi: 'Đơn vị đã tham gia', en: 'Unit already participates' },
    (p: { unit: string }) => ({ vi: `${p.unit} đã tham gia`, en: `${p.unit} already participates` }),
  ),

  // Periods: moving along the states (PERIOD_STATE_CONFLICT)
  SETUP_ONLY: entry(
    { vi: 'Chỉ khi kỳ đang thiết lập', en: 'Setup only' },
    (p: { change: 'add' | 'remove' }) =>
      p.change === 'add'
        ? { vi: 'Chỉ thêm đơn vị khi kỳ đang thiết lập', en: 'Units can be added in setup only' }
        : { vi: 'Chỉ bớt đơn vị khi kỳ đang thiết lập', en: 'Units can be removed in setup only' },
  ),
  NOT_NEXT_STATE: entry(
    { vi: 'Không phải bước kế tiếp', en: 'Not the next state' },
    (p: { from: string; next: string | null }) => ({
      vi: `Từ "${p.from}" chỉ chuyển được sang "${p.next ?? '—'}"`,
      en: `From "${p.from}" the next state is "${p.next ?? '—'}"`,
    }),
  ),
  NOT_BY_STATE_ROUTE: entry(
    { vi: 'Đạt được qua tính điểm / công bố', en: 'Reached by compute / publish' },
    () => ({
      vi: 'computed/published: dùng /results/compute hoặc /publish',
      en: 'use /results/compute or /publish',
    }),
  ),
  NO_UNITS: entry({ vi: 'Chưa có đơn vị tham gia', en: 'No participating unit' }, () => ({
    vi: 'Kỳ đánh giá chưa có đơn vị tham gia',
    en: 'The period has no participating unit',
  })),
  CRITERIA_SET_INVALID: entry(
    { vi: 'Bộ tiêu chí chưa hợp lệ', en: 'Invalid criteria sets' },
    (p: { sets: readonly string[] }) => ({
      vi: `Bộ tiêu chí chưa hợp lệ: ${listCodes(p.sets)}`,
      en: `Invalid criteria sets: ${listCodes(p.sets)}`,
    }),
  ),
  UNITS_NOT_SUBMITTED: entry(
    { vi: 'Đơn vị chưa nộp tự đánh giá', en: 'Units have not submitted' },
    (p: { units: readonly string[] }) => ({
      vi: `${p.units.length} đơn vị chưa nộp tự đánh giá và chưa hết hạn: ${listCodes(p.units)}`,
      en: `${p.units.length} unit(s) have not submitted and the deadline has not passed: ${listCodes(p.units)}`,
    }),
  ),
  ROUND1_INCOMPLETE: entry(
    { vi: 'Chưa thẩm định xong vòng 1', en: 'Round 1 incomplete' },
    (p: { units: readonly string[] }) => ({
      vi: `${p.units.length} đơn vị còn tiêu chí chưa thẩm định vòng 1: ${listCodes(p.units)}`,
      en: `${p.units.length} unit(s) still have leaves without a round-1 decision: ${listCodes(p.units)}`,
    }),
  ),
  EXPLANATION_WINDOW_OPEN: entry(
    { vi: 'Còn trong thời hạn giải trình', en: 'Explanation window open' },
    (p: { units: readonly string[] }) => ({
      vi: `Còn ${p.units.length} đơn vị trong thời hạn giải trình: ${listCodes(p.units)}`,
      en: `${p.units.length} unit(s) are still inside the explanation window: ${listCodes(p.units)}`,
    }),
  ),
  NOT_COMPUTED: entry({ vi: 'Chưa tính điểm', en: 'Not computed' }, () => ({
    vi: 'Chưa tính điểm',
    en: 'Not computed',
  })),
  NOT_FINAL: entry(
    { vi: 'Phiếu chưa hoàn tất', en: 'Assessment not final' },
    (p: { unit: string; status: string }) => ({ vi: `${p.unit}: ${p.status}`, en: `${p.unit}: ${p.status}` }),
  ),

  // Self-assessment and appraisal
  NO_INPUT: entry({ vi: 'Chưa nhập số liệu', en: 'No input' }, (p: { leaf: string }) => ({
    vi: `${p.leaf}: chưa nhập số liệu`,
    en: `${p.leaf}: no input`,
  })),
  NO_EVIDENCE: entry({ vi: 'Chưa có tài liệu kiểm chứng', en: 'No evidence' }, (p: { leaf: string }) => ({
    vi: `${p.leaf}: chưa có tài liệu kiểm chứng hoặc giải thích`,
    en: `${p.leaf}: no evidence nor note`,
  })),
  ROUND2_PENDING: entry({ vi: 'Chờ thẩm định vòng 2', en: 'Awaiting round 2' }, (p: { leaf: string }) => ({
    vi: `${p.leaf}: chờ thẩm định vòng 2`,
    en: `${p.leaf}: awaiting round 2`,
  })),
  ADJUSTMENT_NOT_ALLOWED: entry({ vi: 'Không có điểm thưởng/trừ', en: 'No bonus/penalty' }, () => ({
    vi: 'Bộ tiêu chí không có điểm thưởng/trừ',
    en: 'The set has no bonus/penalty block',
  })),
  /** `allowed`: the document names none of the period's sets; `unit`: that unit is scored on another one. */
  CRITERIA_SET_MISMATCH: entry(
    { vi: 'Sai bộ tiêu chí', en: 'Wrong criteria set' },
    (p: { allowed: readonly string[] } | { unit: string }) =>
      'allowed' in p
        ? {
            vi: `criteriaSet phải là một trong: ${p.allowed.join(', ')}`,
            en: `criteriaSet must be one of: ${p.allowed.join(', ')}`,
          }
        : { vi: `${p.unit} chấm theo bộ tiêu chí khác`, en: `${p.unit} is scored on another set` },
  ),
  UNKNOWN_UNIT: entry(
    { vi: 'Đơn vị không tham gia', en: 'Unit does not participate' },
    (p: { unit: string }) => ({
      vi: `${p.unit} không tham gia kỳ này`,
      en: `${p.unit} does not participate`,
    }),
  ),
  ASSESSMENT_LOCKED: entry(
    { vi: 'Đơn vị đã nộp phiếu', en: 'Unit has submitted' },
    (p: { unit: string }) => ({ vi: `${p.unit} đã nộp phiếu`, en: `${p.unit} has submitted` }),
  ),
  /** A leaf a request may not name: not self-assessed (indicators), or not a question of the form (`form`). */
  UNKNOWN_LEAF: entry(
    { vi: 'Tiêu chí không dùng được ở đây', en: 'Leaf not allowed here' },
    (p: { leaf: string; form?: boolean }) =>
      p.form
        ? { vi: `${p.leaf} không phải câu hỏi của phiếu này`, en: `${p.leaf} is not a question of this form` }
        : { vi: `${p.leaf} không phải tiêu chí tự chấm`, en: `${p.leaf} is not a self-assessed leaf` },
  ),

  // Accounts and units
  WEAK_PASSWORD: entry(
    { vi: 'Mật khẩu yếu', en: 'Weak password' },
    (p: { rule: 'length'; min: number } | { rule: 'username' } | { rule: 'distinct' }) =>
      p.rule === 'length'
        ? { vi: `cần ít nhất ${p.min} ký tự`, en: `at least ${p.min} characters` }
        : p.rule === 'username'
          ? { vi: 'không được chứa tên đăng nhập', en: 'must not contain the username' }
          : { vi: 'quá ít ký tự khác nhau', en: 'too few distinct characters' },
  ),
  UNIT_TYPE_UNKNOWN: entry(
    { vi: 'Loại đơn vị không tồn tại', en: 'Unknown unit type' },
    (p: { unitType: string }) => ({
      vi: `Không có loại đơn vị ${p.unitType}`,
      en: `Unknown unit type ${p.unitType}`,
    }),
  ),

  // Criteria sets: editing the tree (CRITERIA_NODE_INVALID) and reading the officials' workbook
  // (WORKBOOK_INVALID; a problem of a worksheet row gets its row in front with `rowText`)
  /** `firstRow`: the worksheet row that holds the code first (workbook import); `group`: a survey's group. */
  DUPLICATE_CODE: entry(
    { vi: 'Mã trùng', en: 'Duplicate code' },
    (p: { code: string; firstRow?: number } | { group: string }) =>
      'group' in p
        ? { vi: `Nhóm ${p.group} bị lặp`, en: `Group ${p.group} appears twice` }
        : p.firstRow === undefined
          ? { vi: `mã ${p.code} đã có`, en: `code ${p.code} exists` }
          : {
              vi: `STT ${p.code} lặp lại (dòng ${p.firstRow})`,
              en: `code ${p.code} repeats row ${p.firstRow}`,
            },
  ),
  INVALID_FIELD: entry({ vi: 'Không chuyển được tiêu chí', en: 'Invalid move' }, () => ({
    vi: 'không thể chuyển vào chính nhánh con của nó',
    en: 'cannot move a node under itself',
  })),
  NOT_XLSX: entry({ vi: 'Không phải tệp Excel', en: 'Not a workbook' }, () => ({
    vi: 'Tệp không phải Excel (.xlsx) đọc được',
    en: 'Not a readable .xlsx workbook',
  })),
  NO_SHEET: entry({ vi: 'Thiếu trang', en: 'Missing sheet' }, (p: { sheet: string }) => ({
    vi: `Không có trang "${p.sheet}"`,
    en: `No "${p.sheet}" sheet`,
  })),
  BAD_HEADER: entry(
    { vi: 'Sai tiêu đề cột', en: 'Wrong column header' },
    (p: { row: number; column: number; expected: string; found: string }) => ({
      vi: `Dòng ${p.row}, cột ${p.column}: cần tiêu đề "${p.expected}", thấy "${p.found}"`,
      en: `Row ${p.row}, column ${p.column}: expected "${p.expected}"`,
    }),
  ),
  BAD_CODE: entry({ vi: 'STT không hợp lệ', en: 'Invalid code' }, (p: { code: string }) => ({
    vi: `STT "${p.code}" không hợp lệ`,
    en: `invalid code "${p.code}"`,
  })),
  NO_TITLE: entry({ vi: 'Thiếu nội dung', en: 'Missing title' }, () => ({
    vi: 'thiếu nội dung tiêu chí',
    en: 'missing title',
  })),
  BAD_POINTS: entry(
    { vi: 'Điểm tối đa không phải số', en: 'Max points not a number' },
    (p: { value: string }) => ({
      vi: `điểm tối đa "${p.value}" không phải số`,
      en: `max points "${p.value}" is not a number`,
    }),
  ),
  EMPTY: entry({ vi: 'Không có tiêu chí', en: 'No criteria' }, () => ({
    vi: 'Không có tiêu chí nào',
    en: 'No criteria rows',
  })),
  NO_PARENT: entry(
    { vi: 'Thiếu tiêu chí cha', en: 'Missing parent' },
    (p: { parent: string; code: string }) => ({
      vi: `chưa có tiêu chí cha "${p.parent}" ở dòng trên của "${p.code}"`,
      en: `parent "${p.parent}" of "${p.code}" is not above it`,
    }),
  ),
  RULE_ON_BRANCH: entry({ vi: 'Phương pháp chấm ở tiêu chí có con', en: 'Rule on a branch' }, () => ({
    vi: 'tiêu chí có tiêu chí con thì không ghi phương pháp chấm',
    en: 'a node with children has no rule',
  })),
  MISSING_RULE: entry({ vi: 'Thiếu phương pháp chấm', en: 'Missing rule' }, () => ({
    vi: 'thiếu phương pháp chấm điểm',
    en: 'missing rule',
  })),
  BAD_BAND: entry(
    { vi: 'Ngưỡng xếp loại không phải số', en: 'Band threshold not a number' },
    (p: { sheet: string; row: number }) => ({
      vi: `Trang ${p.sheet}, dòng ${p.row}: ngưỡng xếp loại không phải số`,
      en: `${p.sheet} row ${p.row}: band threshold is not a number`,
    }),
  ),
  BAD_YEAR: entry({ vi: 'Năm không hợp lệ', en: 'Invalid year' }, (p: { sheet: string }) => ({
    vi: `Trang ${p.sheet}: năm không hợp lệ`,
    en: `${p.sheet}: invalid year`,
  })),
  // Surveys: the definition (SURVEY_INVALID), codes, answers and paper forms (SURVEY_FORMS_INVALID)
  WINDOW_EMPTY: entry({ vi: 'Thời gian điều tra trống', en: 'Empty survey window' }, () => ({
    vi: 'closesAt phải sau opensAt',
    en: 'closesAt must be after opensAt',
  })),
  NO_SURVEY_LEAVES: entry({ vi: 'Không có tiêu chí điều tra', en: 'No survey leaves' }, () => ({
    vi: 'Bộ tiêu chí của kỳ không có tiêu chí điều tra xã hội học',
    en: 'The period’s criteria sets have no survey leaves',
  })),
  UNKNOWN_UNIT_TYPE: entry(
    { vi: 'Không có đơn vị loại này trong kỳ', en: 'No unit of that type' },
    (p: { unitType: string }) => ({
      vi: `Không có đơn vị loại ${p.unitType} trong kỳ`,
      en: `No unit of type ${p.unitType} takes part in the period`,
    }),
  ),
  NOT_A_SURVEY_LEAF: entry(
    { vi: 'Không phải tiêu chí điều tra', en: 'Not a survey leaf' },
    (p: { leaf: string }) => ({
      vi: `${p.leaf} không phải tiêu chí điều tra xã hội học của kỳ`,
      en: `${p.leaf} is not a survey leaf of the period`,
    }),
  ),
  GROUP_HAS_CODES: entry(
    { vi: 'Nhóm đã được cấp mã phiếu', en: 'Group has codes' },
    (p: { group: string }) => ({
      vi: `Nhóm ${p.group} đã được cấp mã phiếu, không bỏ được`,
      en: `Group ${p.group} has codes issued and cannot be removed`,
    }),
  ),
  UNKNOWN_GROUP: entry(
    { vi: 'Không có nhóm đối tượng', en: 'No such respondent group' },
    (p: { group: string }) => ({
      vi: `Không có nhóm đối tượng ${p.group} trong cuộc điều tra`,
      en: `No respondent group ${p.group} in the survey`,
    }),
  ),
  /** `unitType`: the group rates other types of unit. */
  UNIT_NOT_RATED_BY_GROUP: entry(
    { vi: 'Nhóm không đánh giá đơn vị này', en: 'Group does not rate this unit' },
    (p: { group: string; unit: string; unitType?: string }) => ({
      vi: `Nhóm ${p.group} không đánh giá ${p.unit}${p.unitType ? ` (loại đơn vị ${p.unitType})` : ''}`,
      en: `Group ${p.group} does not rate ${p.unit}${p.unitType ? ` (unit type ${p.unitType})` : ''}`,
    }),
  ),
  NO_QUESTIONS: entry(
    { vi: 'Không có câu hỏi', en: 'No questions' },
    (p: { group: string; unit: string }) => ({
      vi: `Nhóm ${p.group} không có câu hỏi nào về ${p.unit}`,
      en: `Group ${p.group} has no question about ${p.unit}`,
    }),
  ),
  UNKNOWN_CODE: entry(
    { vi: 'Không phải mã đã cấp', en: 'Not an issued code' },
    (p: { code: string; group: string; unit: string }) => ({
      vi: `${p.code}: không phải mã đã cấp cho nhóm ${p.group}, đơn vị ${p.unit}`,
      en: `${p.code}: not a code issued for group ${p.group}, unit ${p.unit}`,
    }),
  ),
  /** `answers`: a form's answers; `document`: a survey-forms/v1 file. */
  NOT_OBJECT: entry(
    { vi: 'Cần một đối tượng', en: 'Object expected' },
    (p: { expected: 'answers' | 'document' }) =>
      p.expected === 'answers'
        ? {
            vi: 'câu trả lời phải là { mã tiêu chí: mã phương án }',
            en: 'answers must be { leafCode: optionCode }',
          }
        : { vi: 'cần một đối tượng survey-forms/v1', en: 'expected a survey-forms/v1 object' },
  ),
  UNKNOWN_OPTION: entry(
    { vi: 'Không có phương án này', en: 'No such option' },
    (p: { leaf: string; option: string; options: readonly string[] }) => ({
      vi: `${p.leaf}: phương án ${p.option} không có (${p.options.join(', ')})`,
      en: `${p.leaf}: no option ${p.option} (${p.options.join(', ')})`,
    }),
  ),
  FORMAT_MISMATCH: entry({ vi: 'Sai định dạng', en: 'Wrong format' }, (p: { format: string }) => ({
    vi: `format phải là "${p.format}"`,
    en: `format must be "${p.format}"`,
  })),
  NOT_ARRAY: entry({ vi: 'Cần một mảng', en: 'Array expected' }, () => ({
    vi: 'forms phải là một mảng',
    en: 'forms must be an array',
  })),
  TOO_MANY_FORMS: entry(
    { vi: 'Quá nhiều phiếu', en: 'Too many forms' },
    (p: { max: number; count: number }) => ({
      vi: `tối đa ${p.max} phiếu một tệp (có ${p.count})`,
      en: `at most ${p.max} forms per file (got ${p.count})`,
    }),
  ),
  /** `workbook`: an .xlsx without a worksheet. */
  EMPTY_FILE: entry({ vi: 'Tệp trống', en: 'Empty file' }, (p: { workbook?: boolean }) =>
    p.workbook
      ? { vi: 'tệp Excel không có trang tính', en: 'the workbook has no sheet' }
      : { vi: 'tệp trống', en: 'the file is empty' },
  ),
  MISSING_COLUMNS: entry({ vi: 'Thiếu cột', en: 'Missing columns' }, () => ({
    vi: 'dòng tiêu đề cần các cột serial, group, unit và một cột cho mỗi mã tiêu chí',
    en: 'the header needs the columns serial, group, unit and one column per leaf code',
  })),
  SERIAL_INVALID: entry({ vi: 'Thiếu số phiếu', en: 'Serial missing' }, () => ({
    vi: 'thiếu số phiếu (1–60 ký tự)',
    en: 'serial missing (1–60 characters)',
  })),
  SERIAL_CONFLICT: entry(
    { vi: 'Số phiếu lặp lại', en: 'Serial repeated' },
    (p: { serial: string; firstRow: number }) => ({
      vi: `số phiếu ${p.serial} lặp lại dòng ${p.firstRow} với câu trả lời khác`,
      en: `serial ${p.serial} repeats row ${p.firstRow} with other answers`,
    }),
  ),
  SERIAL_EXISTS: entry({ vi: 'Phiếu đã được nhập', en: 'Form already stored' }, (p: { serial: string }) => ({
    vi: `phiếu số ${p.serial} đã được nhập với câu trả lời khác`,
    en: `form ${p.serial} is stored already with other answers`,
  })),
  SURVEY_LEAF: entry(
    { vi: 'Tiêu chí điều tra trong tệp nhập', en: 'Survey leaf in an import' },
    (p: { unit: string; leaf: string }) => ({
      vi: `${p.unit} ${p.leaf}: điểm lấy từ cuộc điều tra xã hội học của kỳ`,
      en: `${p.unit} ${p.leaf}: scored by the period’s survey`,
    }),
  ),
  // Appraisal assignments (ASSIGNMENTS_INVALID)
  NOT_AN_APPRAISER: entry(
    { vi: 'Không phải thành viên thẩm định', en: 'Not an appraiser' },
    (p: { user: string }) => ({
      vi: `${p.user} không phải tài khoản thẩm định đang hoạt động`,
      en: `${p.user} is not an active appraiser account`,
    }),
  ),
  UNKNOWN_AREA: entry({ vi: 'Không có lĩnh vực', en: 'Unknown area' }, (p: { area: string }) => ({
    vi: `${p.area} không phải lĩnh vực của bộ tiêu chí kỳ này`,
    en: `${p.area} is not an area of this period’s criteria sets`,
  })),
  OWN_UNIT: entry({ vi: 'Thẩm định đơn vị mình', en: 'Own unit' }, (p: { user: string; unit: string }) => ({
    vi: `${p.user} thuộc ${p.unit}, không thẩm định đơn vị mình`,
    en: `${p.user} belongs to ${p.unit} and cannot appraise it`,
  })),
  DUPLICATE_USER: entry({ vi: 'Người dùng lặp lại', en: 'User listed twice' }, (p: { user: string }) => ({
    vi: `${p.user} có hai dòng phân công`,
    en: `${p.user} is listed twice`,
  })),
  // Indicator pushes (per unit, in the answer of PUT /periods/{id}/indicators)
  NOT_AN_INDICATOR_LEAF: entry(
    { vi: 'Không phải tiêu chí nhận số liệu', en: 'Not an indicator leaf' },
    (p: { leaf: string }) => ({
      vi: `${p.leaf} không được bộ tiêu chí đánh dấu là chỉ tiêu nhận số liệu từ hệ thống khác`,
      en: `${p.leaf} is not marked by its set as an indicator leaf`,
    }),
  ),
  FIGURES_ONLY: entry({ vi: 'Chỉ nhận số liệu', en: 'Figures only' }, (p: { leaf: string }) => ({
    vi: `${p.leaf}: hệ thống khác chỉ gửi số liệu, không gửi điểm hay "không áp dụng"`,
    en: `${p.leaf}: a pushed item carries figures, never points or "not applicable"`,
  })),
  // Not applicable (NOT_APPLICABLE_NOT_ALLOWED)
  NOTE_REQUIRED: entry({ vi: 'Cần ghi chú', en: 'Note required' }, (p: { leaf: string }) => ({
    vi: `${p.leaf}: "không áp dụng" cần ghi chú giải thích`,
    en: `${p.leaf}: "not applicable" needs a note`,
  })),
  // Crosswalks between criteria sets (CROSSWALK_INVALID)
  CROSSWALK_UNKNOWN_NODE: entry(
    { vi: 'Mã tiêu chí không có trong bộ', en: 'Code not in the set' },
    (p: { code: string; set: string }) => ({
      vi: `${p.code} không có trong bộ tiêu chí ${p.set}`,
      en: `${p.code} is not a node of set ${p.set}`,
    }),
  ),
  CROSSWALK_SAME_SET: entry({ vi: 'Bộ năm trước trùng bộ này', en: 'Previous set is this set' }, () => ({
    vi: 'bộ tiêu chí năm trước phải khác bộ này',
    en: 'the previous set must be another set',
  })),
};

/** One sub-code: what kind of problem it is, and its sentence built from the problem's parameters. */
export interface FieldProblemEntry<P> {
  title: LocalizedText;
  text: (params: P) => LocalizedText;
}

function entry<P = Record<string, never>>(
  title: LocalizedText,
  text: (params: P) => LocalizedText,
): FieldProblemEntry<P> {
  return { title, text };
}

export type FieldProblemCode = keyof typeof FIELD_PROBLEMS;

/** The parameters the text of `C` takes (`{}` for a fixed text). */
export type FieldProblemParams<C extends FieldProblemCode> = Parameters<
  (typeof FIELD_PROBLEMS)[C]['text']
>[0];

export const FIELD_PROBLEM_CODES = Object.keys(FIELD_PROBLEMS) as FieldProblemCode[];

export function isFieldProblemCode(value: unknown): value is FieldProblemCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIELD_PROBLEMS, value);
}

/** The text of a sub-code with its parameters, in both languages. */
export function fieldProblemText<C extends FieldProblemCode>(
  code: C,
  params: FieldProblemParams<C>,
): LocalizedText {
  return (FIELD_PROBLEMS[code].text as (params: FieldProblemParams<C>) => LocalizedText)(params);
}

/** A text about one worksheet row, the row first: `Dòng 7: …` / `Row 7: …`. */
export function rowText(row: number, text: LocalizedText): LocalizedText {
  return { vi: `Dòng ${row}: ${text.vi}`, en: `Row ${row}: ${text.en}` };
}

/** Codes in a sentence: the first eight, then how many more. */
export function listCodes(codes: readonly string[]): string {
  return codes.length > 8 ? `${codes.slice(0, 8).join(', ')} … (+${codes.length - 8})` : codes.join(', ');
}

/**
 * The unmet preconditions `POST /periods/{id}/state` names when it refuses a move (409
 * PERIOD_STATE_CONFLICT): the SPA keeps a remedy for each, so one added here without a remedy fails to compile.
 */
export const PERIOD_MOVE_PROBLEM_CODES = [
  'NOT_NEXT_STATE',
  'NOT_BY_STATE_ROUTE',
  'NO_UNITS',
  'CRITERIA_SET_INVALID',
  'UNITS_NOT_SUBMITTED',
  'ROUND1_INCOMPLETE',
  'EXPLANATION_WINDOW_OPEN',
] as const satisfies readonly FieldProblemCode[];

export type PeriodMoveProblemCode = (typeof PERIOD_MOVE_PROBLEM_CODES)[number];

export function isPeriodMoveProblemCode(value: unknown): value is PeriodMoveProblemCode {
  return (PERIOD_MOVE_PROBLEM_CODES as readonly unknown[]).includes(value);
}
