/**
 * Every error code the API answers with, and its title in Vietnamese (default) and English.
 * The SPA shows these titles; the API maps each code to an HTTP status in a typed table, so a code
 * added here without a status fails to compile.
 */
export const ERROR_TITLES = {
  // Request shape
  VALIDATION_FAILED: { vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  INVALID_JSON: { vi: 'Nội dung JSON không đọc được', en: 'The JSON body could not be parsed' },
  PAYLOAD_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  VALUE_OUT_OF_RANGE: { vi: 'Giá trị vượt quá giới hạn cho phép', en: 'A value is out of range' },
  ARCHIVE_TOO_LARGE: {
    vi: 'Tệp nén có quá nhiều mục hoặc giải nén ra quá lớn',
    en: 'The archive has too many entries or inflates too much',
  },
  // Routing and resources
  ROUTE_NOT_FOUND: { vi: 'Không có đường dẫn này', en: 'No such route' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu', en: 'Not found' },
  METHOD_NOT_ALLOWED: { vi: 'Phương thức không được phép', en: 'Method not allowed' },
  CONFLICT: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  // Identity
  UNAUTHENTICATED: { vi: 'Cần đăng nhập', en: 'Authentication required' },
  FORBIDDEN: { vi: 'Không có quyền thực hiện', en: 'Not allowed' },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  INVALID_CREDENTIALS: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: { vi: 'Tài khoản đang bị khóa', en: 'The account is locked' },
  ACCOUNT_DISABLED: { vi: 'Tài khoản đã bị vô hiệu hóa', en: 'The account is disabled' },
  TOKEN_INVALID: {
    vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn',
    en: 'The token is invalid or expired',
  },
  REFRESH_TOKEN_REUSED: {
    vi: 'Phiên đăng nhập đã bị thu hồi do mã làm mới bị dùng lại',
    en: 'Session revoked: a refresh token was reused',
  },
  SESSION_REVOKED: {
    vi: 'Phiên đăng nhập đã kết thúc (đăng xuất, đổi mật khẩu hoặc quản trị thu hồi)',
    en: 'The session was ended (sign-out, password change or revoked by an admin)',
  },
  INVALID_API_KEY: {
    vi: 'Khóa API không hợp lệ hoặc đã bị thu hồi',
    en: 'The API key is invalid or revoked',
  },
  API_KEY_EXPIRED: {
    vi: 'Khóa API đã hết hạn',
    en: 'The API key has expired',
  },
  WRONG_PASSWORD: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  WEAK_PASSWORD: { vi: 'Mật khẩu chưa đủ mạnh', en: 'The password is too weak' },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Cần đổi mật khẩu trước khi tiếp tục',
    en: 'Change your password before going on',
  },
  // Organization
  UNIT_CODE_TAKEN: { vi: 'Mã đơn vị đã tồn tại', en: 'The unit code is already used' },
  UNIT_TYPE_UNKNOWN: { vi: 'Loại đơn vị không tồn tại', en: 'Unknown unit type' },
  UNIT_TYPE_TAKEN: { vi: 'Mã loại đơn vị đã tồn tại', en: 'The unit type code is already used' },
  UNIT_PARENT_INVALID: { vi: 'Đơn vị cấp trên không hợp lệ', en: 'Invalid parent unit' },
  USERNAME_TAKEN: { vi: 'Tên đăng nhập đã tồn tại', en: 'The username is already used' },
  USER_UNIT_REQUIRED: { vi: 'Vai trò này cần gắn với một đơn vị', en: 'This role needs a unit' },
  APPRAISER_SCOPE_REQUIRED: {
    vi: 'Thành viên thẩm định cần được giao lĩnh vực hoặc thuộc cơ quan chủ trì',
    en: 'An appraiser needs assigned areas or a lead agency (unit)',
  },
  LAST_ADMIN: {
    vi: 'Không thể bỏ quyền quản trị của tài khoản quản trị cuối cùng',
    en: 'The last active admin cannot be demoted or disabled',
  },
  STALE_VERSION: {
    vi: 'Dữ liệu đã được người khác thay đổi, hãy tải lại',
    en: 'Someone else changed this; reload and retry',
  },
  // Criteria sets
  CRITERIA_SET_INVALID: { vi: 'Bộ tiêu chí không hợp lệ', en: 'The criteria set is invalid' },
  CRITERIA_SET_CODE_TAKEN: { vi: 'Mã bộ tiêu chí đã tồn tại', en: 'The criteria set code is already used' },
  CRITERIA_SET_FROZEN: {
    vi: 'Bộ tiêu chí đã ban hành, không sửa được',
    en: 'The criteria set is published (frozen) and cannot change',
  },
  CRITERIA_SET_IN_USE: {
    vi: 'Bộ tiêu chí đang được kỳ đánh giá sử dụng',
    en: 'The criteria set is used by a period',
  },
  CRITERIA_NODE_INVALID: { vi: 'Tiêu chí không hợp lệ', en: 'The criteria node is invalid' },
  WORKBOOK_INVALID: { vi: 'Tệp Excel không đúng mẫu', en: 'The workbook does not follow the template' },
  // Periods
  PERIOD_INVALID: { vi: 'Kỳ đánh giá không hợp lệ', en: 'The period is invalid' },
  PERIOD_STATE_CONFLICT: {
    vi: 'Chưa thể chuyển trạng thái kỳ đánh giá',
    en: 'The period cannot move to that state yet',
  },
  PERIOD_PUBLISHED: {
    vi: 'Kỳ đánh giá đã công bố, không sửa được',
    en: 'The period is published and cannot change',
  },
  // Assessments
  ASSESSMENT_LOCKED: {
    vi: 'Phiếu đánh giá đang khóa ở bước này',
    en: 'The assessment is locked at this stage',
  },
  DEADLINE_PASSED: { vi: 'Đã quá hạn', en: 'The deadline has passed' },
  SURVEY_LEAF_NOT_SELF_SCORED: {
    vi: 'Tiêu chí điều tra xã hội học không tự chấm',
    en: 'Survey leaves are not self-scored',
  },
  INPUT_INVALID: {
    vi: 'Số liệu không hợp lệ với phương pháp chấm',
    en: 'The input does not fit the leaf’s rule',
  },
  ASSESSMENT_INCOMPLETE: { vi: 'Phiếu tự đánh giá chưa đầy đủ', en: 'The self-assessment is incomplete' },
  LEAF_NOT_IN_SCOPE: {
    vi: 'Tiêu chí không thuộc phạm vi thẩm định của bạn',
    en: 'The leaf is outside your appraisal scope',
  },
  EXPLANATION_NOT_ALLOWED: {
    vi: 'Chỉ giải trình tiêu chí đã bị điều chỉnh điểm',
    en: 'Only leaves adjusted by the appraisal can be explained',
  },
  COMMENT_REQUIRED: { vi: 'Cần ghi lý do điều chỉnh', en: 'An adjustment needs a reason' },
  ASSESSMENTS_INVALID: { vi: 'Dữ liệu đánh giá không hợp lệ', en: 'The assessments document is invalid' },
  ASSIGNMENTS_INVALID: {
    vi: 'Phân công thẩm định không hợp lệ',
    en: 'The appraisal assignments are invalid',
  },
  NOT_APPLICABLE_NOT_ALLOWED: {
    vi: 'Tiêu chí này không được đánh dấu "không áp dụng"',
    en: 'This leaf cannot be marked not applicable',
  },
  ROUND2_LEAF_NOT_OPEN: {
    vi: 'Vòng 2 chỉ thẩm định lại tiêu chí đã bị điều chỉnh ở vòng 1 hoặc đã được giải trình; cần quản trị mở lại',
    en: 'Round 2 only revisits leaves round 1 adjusted or the unit explained; an admin reopen is needed',
  },
  // Evidence
  EVIDENCE_TOO_LARGE: { vi: 'Tệp minh chứng quá lớn', en: 'The evidence file is too large' },
  EVIDENCE_QUOTA_EXCEEDED: {
    vi: 'Đã hết dung lượng minh chứng được cấp',
    en: 'The evidence storage quota is used up',
  },
  EVIDENCE_MACROS_NOT_ALLOWED: {
    vi: 'Tệp có thể chứa macro (Office cũ, tệp có macro hoặc tệp nén) không được nhận',
    en: 'Files that can carry macros (legacy Office, macro-enabled or zip) are refused',
  },
  EVIDENCE_TYPE_NOT_ALLOWED: {
    vi: 'Loại tệp không được chấp nhận (PDF, Word, Excel, ảnh, ZIP)',
    en: 'File type not accepted (PDF, Office, images, ZIP)',
  },
  // Results
  RESULTS_NOT_COMPUTED: {
    vi: 'Chưa tính điểm kỳ đánh giá này',
    en: 'The period has no computed results yet',
  },
  ASSESSMENTS_NOT_FINAL: {
    vi: 'Còn phiếu đánh giá chưa hoàn tất thẩm định',
    en: 'Some assessments are not final yet',
  },
  RESULTS_STALE: {
    vi: 'Số liệu đã thay đổi sau lần tính điểm gần nhất, cần tính lại trước khi công bố',
    en: 'The inputs changed after the last compute; compute again before publishing',
  },
  RESULTS_PROVISIONAL: {
    vi: 'Kết quả tạm tính không được công bố',
    en: 'Provisional results cannot be published',
  },
  RESULTS_WARNINGS_NOT_ACKNOWLEDGED: {
    vi: 'Kết quả còn cảnh báo, cần xác nhận kèm lý do trước khi công bố',
    en: 'The results carry warnings; acknowledge them with a reason to publish',
  },
  SNAPSHOT_NOT_FOUND: { vi: 'Không có lần tính điểm này', en: 'No such results snapshot' },
  RANKING_GROUPS_INVALID: {
    vi: 'Nhóm xếp hạng không hợp lệ',
    en: 'The ranking groups are invalid',
  },
  APPEAL_WINDOW_CLOSED: {
    vi: 'Đã hết thời hạn phúc khảo',
    en: 'The appeal window is closed',
  },
  APPEAL_LEAF_TAKEN: {
    vi: 'Tiêu chí này đã được đề nghị phúc khảo',
    en: 'An appeal on this leaf was already filed',
  },
  APPEAL_ALREADY_DECIDED: {
    vi: 'Đề nghị phúc khảo này đã có kết luận',
    en: 'This appeal was already decided',
  },
  APPEALS_PENDING: {
    vi: 'Còn đề nghị phúc khảo chưa có kết luận',
    en: 'Some appeals are not decided yet',
  },
  NO_APPEAL_RESULTS: {
    vi: 'Không có kết quả phúc khảo mới để công bố',
    en: 'There are no new appeal results to publish',
  },
  DECISION_FILE_NOT_PDF: {
    vi: 'Tệp quyết định phải là PDF',
    en: 'The decision file must be a PDF',
  },
  // Survey (điều tra xã hội học)
  SURVEY_INVALID: { vi: 'Cuộc điều tra xã hội học không hợp lệ', en: 'The survey definition is invalid' },
  SURVEY_STARTED: {
    vi: 'Cuộc điều tra đã nhận phiếu, không định nghĩa lại được',
    en: 'The survey has answers already and cannot be redefined',
  },
  SURVEY_NOT_OPEN: { vi: 'Cuộc điều tra chưa bắt đầu', en: 'The survey is not open yet' },
  SURVEY_CLOSED: { vi: 'Cuộc điều tra đã kết thúc', en: 'The survey is closed' },
  SURVEY_NOT_CLOSED: {
    vi: 'Cuộc điều tra xã hội học của kỳ này chưa kết thúc',
    en: 'The period’s survey is not closed yet',
  },
  CODE_USED: { vi: 'Mã phiếu này đã được sử dụng', en: 'This code has been used already' },
  SERIAL_EXISTS: { vi: 'Số phiếu đã được nhập', en: 'A form with this serial is stored already' },
  SURVEY_ANSWER_INVALID: {
    vi: 'Câu trả lời không đúng với phiếu khảo sát',
    en: 'The answers do not fit the questionnaire',
  },
  SURVEY_FORMS_INVALID: {
    vi: 'Tệp phiếu khảo sát có lỗi, không nhập phiếu nào',
    en: 'The survey forms file has errors; nothing was imported',
  },
  SURVEY_LEAF_IN_IMPORT: {
    vi: 'Tiêu chí điều tra xã hội học lấy điểm từ cuộc điều tra, không nhập được',
    en: 'Survey leaves are scored by the period’s survey and cannot be imported',
  },
  SURVEY_LEAF_NOT_APPRAISED: {
    vi: 'Tiêu chí điều tra xã hội học lấy điểm từ cuộc điều tra, không thẩm định',
    en: 'Survey leaves are scored by the period’s survey, not appraised',
  },
  // Analysis and national standing
  STANDING_EXISTS: {
    vi: 'Đã có giá trị của chỉ số này cho năm và lĩnh vực đó',
    en: 'This index already has a value for that year and area',
  },
  STANDING_IMPORT_INVALID: {
    vi: 'Tệp kết quả chỉ số quốc gia có lỗi, không nhập dòng nào',
    en: 'The national standing file has errors; nothing was imported',
  },
  CROSSWALK_INVALID: {
    vi: 'Bảng chuyển đổi mã tiêu chí không hợp lệ',
    en: 'The criteria crosswalk is invalid',
  },
  // Server
  SERVICE_UNAVAILABLE: { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service temporarily unavailable' },
  DATABASE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu tạm thời không kết nối được, vui lòng thử lại sau ít giây',
    en: 'The database is temporarily unreachable; please retry in a few seconds',
  },
  DATABASE_TIMEOUT: {
    vi: 'Cơ sở dữ liệu xử lý quá thời gian cho phép, vui lòng thử lại',
    en: 'The database took too long to answer; please retry',
  },
  LOCK_TIMEOUT: {
    vi: 'Dữ liệu đang được người khác cập nhật, vui lòng thử lại',
    en: 'Someone else is updating this data; please retry',
  },
  INTERNAL_ERROR: { vi: 'Lỗi hệ thống', en: 'Internal server error' },
} as const satisfies Record<string, LocalizedText>;

export interface LocalizedText {
  vi: string;
  en: string;
}

export type ErrorCode = keyof typeof ERROR_TITLES;

export const ERROR_CODES = Object.keys(ERROR_TITLES) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_TITLES, value);
}
