import type { MessageCatalogue } from '../../lib/messages';

/** The health badge. Vietnamese first, English beside it. */
export const healthMessages = {
  'health.checking': { vi: 'Đang kiểm tra…', en: 'Checking…' },
  'health.ok': { vi: 'Hệ thống hoạt động', en: 'System operational' },
  'health.down': { vi: 'Mất kết nối máy chủ', en: 'Server unreachable' },
  'health.dbDown': { vi: 'CSDL không trả lời', en: 'Database not answering' },
} satisfies MessageCatalogue<'health'>;
