import type { MessageCatalogue } from '../lib/messages';

/** The shell's texts: product name, navigation, language switch, dashboard and the app-level pages. Vietnamese first, English beside it. */
export const appMessages = {
  'app.name': { vi: 'Chỉ số CCHC', en: 'PAR Index' },
  'app.fullName': { vi: 'Chỉ số cải cách hành chính', en: 'Public Administration Reform Index' },
  'app.tagline': {
    vi: 'Đánh giá, thẩm định, xếp hạng và công bố Chỉ số CCHC của các cơ quan, đơn vị',
    en: 'Assess, appraise, rank and publish the PAR Index of agencies and units',
  },
  'nav.label': { vi: 'Điều hướng chính', en: 'Main navigation' },
  'nav.menu': { vi: '☰ Danh mục', en: '☰ Menu' },
  'nav.dashboard': { vi: 'Tổng quan', en: 'Overview' },
  'nav.criteria': { vi: 'Bộ tiêu chí', en: 'Criteria sets' },
  'nav.periods': { vi: 'Kỳ đánh giá', en: 'Periods' },
  'nav.selfAssessment': { vi: 'Tự đánh giá', en: 'Self-assessment' },
  'nav.appraisal': { vi: 'Thẩm định', en: 'Appraisal' },
  'nav.survey': { vi: 'Điều tra XHH', en: 'Surveys' },
  'nav.results': { vi: 'Kết quả & xếp hạng', en: 'Results & ranking' },
  'nav.analysis': { vi: 'Phân tích điểm mất', en: 'Lost points' },
  'nav.admin': { vi: 'Quản trị', en: 'Administration' },
  'nav.units': { vi: 'Đơn vị', en: 'Units' },
  'nav.users': { vi: 'Người dùng', en: 'Users' },
  'nav.apiKeys': { vi: 'Khóa API', en: 'API keys' },
  'nav.audit': { vi: 'Nhật ký', en: 'Audit log' },
  'nav.apiDocs': { vi: 'Tài liệu API', en: 'API docs' },
  'nav.skip': { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  'nav.myUnit': { vi: 'Đơn vị của tôi', en: 'My unit' },
  'nav.unitTypes': { vi: 'Loại đơn vị', en: 'Unit types' },
  'lang.switch': { vi: 'English', en: 'Tiếng Việt' },
  'lang.label': { vi: 'Ngôn ngữ', en: 'Language' },
  'page.comingSoon': { vi: 'Chức năng này đang được xây dựng.', en: 'This module is being built.' },
  'page.notFound': { vi: 'Không tìm thấy trang', en: 'Page not found' },
  'page.backHome': { vi: 'Về trang tổng quan', en: 'Back to overview' },
  'page.forbidden': { vi: 'Không có quyền truy cập', en: 'Not allowed' },
  'page.forbiddenExplain': {
    vi: 'Vai trò của bạn không được dùng chức năng này. Nếu cần, hãy liên hệ quản trị hệ thống.',
    en: 'Your role may not use this module. Ask an administrator if you need it.',
  },
  'dashboard.welcome': {
    vi: 'Chào mừng đến với nền tảng Chỉ số CCHC',
    en: 'Welcome to the PAR Index platform',
  },
  'dashboard.cycle': { vi: 'Chu trình hằng năm', en: 'The yearly cycle' },
  'dashboard.greeting': {
    vi: 'Xin chào {name}. Dưới đây là các bước của chu trình; những bước bạn tham gia có thể mở trực tiếp.',
    en: 'Hello {name}. These are the steps of the cycle; the ones you take part in open directly.',
  },
  'cycle.criteria': {
    vi: 'Ban hành bộ tiêu chí theo năm và loại đơn vị',
    en: 'Issue the criteria set per year and unit type',
  },
  'cycle.period': {
    vi: 'Mở kỳ đánh giá, hạn nộp, nhóm xếp hạng',
    en: 'Open the period: deadlines, ranking groups',
  },
  'cycle.self': {
    vi: 'Đơn vị tự chấm điểm, kèm tài liệu kiểm chứng',
    en: 'Units self-assess, with evidence documents',
  },
  'cycle.appraisal': { vi: 'Thẩm định hai vòng, giải trình', en: 'Two-round appraisal and explanations' },
  'cycle.survey': { vi: 'Điều tra xã hội học', en: 'Sociological survey' },
  'cycle.results': { vi: 'Tính điểm, xếp hạng, xếp loại, công bố', en: 'Score, rank, classify, publish' },
  'cycle.analysis': { vi: 'Phân tích điểm bị trừ và khắc phục', en: 'Analyse lost points and remediate' },
  'myUnit.description': {
    vi: 'Thông tin đơn vị mà tài khoản của bạn trực thuộc.',
    en: 'The unit your account belongs to.',
  },
  'myUnit.none': {
    vi: 'Tài khoản chưa được gắn với đơn vị nào. Vui lòng liên hệ quản trị.',
    en: 'Your account has no unit yet. Please contact an administrator.',
  },
} satisfies MessageCatalogue<'app' | 'nav' | 'lang' | 'page' | 'dashboard' | 'cycle' | 'myUnit'>;
