import type { MessageCatalogue } from '../../lib/messages';

/** API keys. Vietnamese first, English beside it. */
export const apiKeyMessages = {
  'apiKeys.title': { vi: 'Khóa API', en: 'API keys' },
  'apiKeys.description': {
    vi: 'Khóa cho các hệ thống của tỉnh (hệ thống một cửa, cổng thông tin) gọi REST API, gửi trong tiêu đề X-API-Key.',
    en: 'Keys for provincial systems (one-stop shop, portal) calling the REST API, sent in the X-API-Key header.',
  },
  'apiKeys.create': { vi: 'Tạo khóa API', en: 'Create an API key' },
  'apiKeys.createTitle': { vi: 'Tạo khóa API', en: 'Create an API key' },
  'apiKeys.createdTitle': { vi: 'Khóa API “{name}”', en: 'API key “{name}”' },
  'apiKeys.name': { vi: 'Tên hệ thống', en: 'System name' },
  'apiKeys.nameHint': { vi: 'Ví dụ: Hệ thống một cửa tỉnh', en: 'E.g. Provincial one-stop system' },
  'apiKeys.scopes': { vi: 'Quyền', en: 'Scopes' },
  'apiKeys.scopesRequired': { vi: 'Chọn ít nhất một quyền', en: 'Choose at least one scope' },
  'apiKeys.prefix': { vi: 'Tiền tố', en: 'Prefix' },
  'apiKeys.createdAt': { vi: 'Ngày tạo', en: 'Created' },
  'apiKeys.lastUsed': { vi: 'Dùng gần nhất', en: 'Last used' },
  'apiKeys.neverUsed': { vi: 'Chưa dùng', en: 'Never' },
  'apiKeys.revokedAt': { vi: 'Đã thu hồi {time}', en: 'Revoked {time}' },
  'apiKeys.revoke': { vi: 'Thu hồi', en: 'Revoke' },
  'apiKeys.revokeTitle': { vi: 'Thu hồi khóa “{name}”?', en: 'Revoke the key “{name}”?' },
  'apiKeys.revokeExplain': {
    vi: 'Hệ thống dùng khóa par_{prefix}_… sẽ bị từ chối ngay lập tức. Không thể hoàn tác; nếu cần, hãy tạo khóa mới.',
    en: 'Systems using the key par_{prefix}_… are refused at once. This cannot be undone; create a new key if needed.',
  },
  'apiKeys.key': { vi: 'Khóa API', en: 'API key' },
  'apiKeys.keyOnce': {
    vi: 'Đây là lần duy nhất khóa được hiển thị: hệ thống chỉ lưu bản băm. Hãy sao chép và lưu trữ an toàn ngay bây giờ; nếu làm mất, bạn phải thu hồi và tạo khóa mới.',
    en: 'This is the only time the key is shown: only its hash is stored. Copy it and keep it safe now; if it is lost, revoke it and create a new one.',
  },
  'apiKeys.usage': {
    vi: 'Gửi khóa trong tiêu đề X-API-Key của mỗi yêu cầu.',
    en: 'Send it in the X-API-Key header of each request.',
  },
  'apiKeys.expiresAt': { vi: 'Hết hạn', en: 'Expires' },
  'apiKeys.expiresHint': {
    vi: 'dd/mm/yyyy; khóa ngừng hoạt động sau hết ngày đó (giờ Việt Nam). Để trống: không hết hạn.',
    en: 'dd/mm/yyyy; the key stops working after the end of that day (province time). Empty: never expires.',
  },
  'apiKeys.expiresInvalid': {
    vi: 'Ngày không hợp lệ (dd/mm/yyyy)',
    en: 'Not a valid date (dd/mm/yyyy)',
  },
  'apiKeys.noExpiry': { vi: 'Không hết hạn', en: 'Never' },
  'apiKeys.expired': { vi: 'Đã hết hạn', en: 'Expired' },
  'apiKeys.saved': { vi: 'Tôi đã lưu khóa', en: 'I have saved the key' },
  'apiKeys.empty': { vi: 'Chưa có khóa API nào.', en: 'No API keys yet.' },
} satisfies MessageCatalogue<'apiKeys'>;
