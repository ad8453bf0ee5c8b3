import type { MessageCatalogue } from './messages';

/** Words every feature shares: actions, form validation, tables, statuses, pagination, one-time secrets, edit conflicts, leaving with unsaved changes. Vietnamese first, English beside it. */
export const commonMessages = {
  'action.cancel': { vi: 'Hủy', en: 'Cancel' },
  'action.close': { vi: 'Đóng', en: 'Close' },
  'action.save': { vi: 'Lưu', en: 'Save' },
  'action.saving': { vi: 'Đang lưu…', en: 'Saving…' },
  'action.working': { vi: 'Đang xử lý…', en: 'Working…' },
  'action.edit': { vi: 'Sửa', en: 'Edit' },
  'action.copy': { vi: 'Sao chép', en: 'Copy' },
  'action.done': { vi: 'Xong', en: 'Done' },
  'action.retry': { vi: 'Thử lại', en: 'Retry' },
  'action.search': { vi: 'Tìm', en: 'Search' },
  'action.filter': { vi: 'Lọc', en: 'Filter' },
  'action.clearFilters': { vi: 'Xóa bộ lọc', en: 'Clear filters' },
  'error.unexpected': {
    vi: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
    en: 'Something went wrong. Please try again.',
  },
  'filter.all': { vi: 'Tất cả', en: 'All' },
  'form.required': { vi: 'Vui lòng nhập trường này', en: 'This field is required' },
  'form.choose': { vi: '— Chọn —', en: '— Choose —' },
  'form.tooLong': { vi: 'Nội dung quá dài', en: 'Too long' },
  'form.codeInvalid': {
    vi: 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự)',
    en: 'Letters, digits, dot, dash and underscore only (at most 40)',
  },
  'form.dateInvalid': {
    vi: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 06/03/2026',
    en: 'Enter the date as day/month/year, e.g. 06/03/2026',
  },
  'form.dateTimeInvalid': {
    vi: 'Nhập ngày giờ theo dạng ngày/tháng/năm giờ:phút (24 giờ), ví dụ 15/06/2026 17:00',
    en: 'Enter day/month/year hour:minute (24 h), e.g. 15/06/2026 17:00',
  },
  'form.dateTimeHint': {
    vi: 'ngày/tháng/năm giờ:phút, ví dụ 15/06/2026 17:00',
    en: 'day/month/year hour:minute, e.g. 15/06/2026 17:00',
  },
  'form.dateHint': { vi: 'ngày/tháng/năm, ví dụ 06/03/2026', en: 'day/month/year, e.g. 06/03/2026' },
  'form.wholeNumber': { vi: 'Nhập một số nguyên không âm', en: 'Enter a whole number, 0 or more' },
  'table.actions': { vi: 'Thao tác', en: 'Actions' },
  'table.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'table.empty': { vi: 'Không có dữ liệu phù hợp.', en: 'Nothing matches.' },
  'status.active': { vi: 'Đang hoạt động', en: 'Active' },
  'status.inactive': { vi: 'Ngừng hoạt động', en: 'Inactive' },
  'status.inUse': { vi: 'Đang dùng', en: 'In use' },
  'status.retired': { vi: 'Ngừng dùng', en: 'Retired' },
  'pagination.label': { vi: 'Phân trang', en: 'Pages' },
  'pagination.range': { vi: '{first}–{last} / {total} mục', en: '{first}–{last} of {total}' },
  'pagination.page': { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  'pagination.previous': { vi: '‹ Trang trước', en: '‹ Previous' },
  'pagination.next': { vi: 'Trang sau ›', en: 'Next ›' },
  'secret.copied': { vi: 'Đã sao chép vào bộ nhớ tạm.', en: 'Copied to the clipboard.' },
  'secret.copyManually': {
    vi: 'Trình duyệt không cho sao chép tự động: nội dung đã được chọn, hãy nhấn Ctrl+C.',
    en: 'The browser blocked copying: the text is selected, press Ctrl+C.',
  },
  'conflict.title': { vi: 'Dữ liệu vừa được người khác thay đổi.', en: 'Someone else just changed this.' },
  'conflict.explain': {
    vi: 'Hãy so sánh rồi chọn giữ bản mới nhất hoặc lưu đè thay đổi của bạn.',
    en: 'Compare, then take the latest version or save yours over it.',
  },
  'conflict.field': { vi: 'Trường', en: 'Field' },
  'conflict.mine': { vi: 'Bạn nhập', en: 'Yours' },
  'conflict.theirs': { vi: 'Hiện tại trên hệ thống', en: 'Current' },
  'conflict.takeTheirs': { vi: 'Dùng bản mới nhất', en: 'Take the latest' },
  'conflict.keepMine': { vi: 'Lưu đè thay đổi của tôi', en: 'Save mine over it' },
  'leave.title': { vi: 'Rời trang khi chưa lưu?', en: 'Leave with unsaved changes?' },
  'leave.explain': {
    vi: 'Có nội dung bạn đã nhập nhưng chưa được lưu. Nếu rời trang, các thay đổi này sẽ mất.',
    en: 'Some of what you typed is not saved yet. If you leave, those changes are lost.',
  },
  'leave.confirm': { vi: 'Rời trang, bỏ thay đổi', en: 'Leave and discard' },
} satisfies MessageCatalogue<
  'action' | 'error' | 'filter' | 'form' | 'table' | 'status' | 'pagination' | 'secret' | 'conflict' | 'leave'
>;
