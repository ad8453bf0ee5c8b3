import type { MessageCatalogue } from '../../lib/messages';

/** The notification bell in the top bar. Vietnamese first, English beside it. */
export const notificationMessages = {
  'notifications.title': { vi: 'Thông báo', en: 'Notifications' },
  'notifications.bell': { vi: 'Thông báo', en: 'Notifications' },
  'notifications.bellUnread': {
    vi: 'Thông báo ({count} chưa đọc)',
    en: 'Notifications ({count} unread)',
  },
  'notifications.empty': { vi: 'Chưa có thông báo nào.', en: 'No notifications yet.' },
  'notifications.unavailable': {
    vi: 'Không tải được thông báo.',
    en: 'Notifications could not be loaded.',
  },
  'notifications.markRead': { vi: 'Đánh dấu đã đọc', en: 'Mark read' },
  'notifications.markAllRead': { vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all read' },
  'notifications.open': { vi: 'Mở', en: 'Open' },
  'notifications.unread': { vi: 'Chưa đọc', en: 'Unread' },
  'notifications.close': { vi: 'Đóng', en: 'Close' },
} satisfies MessageCatalogue<'notifications'>;
