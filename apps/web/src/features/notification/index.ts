export { notificationsQueryOptions } from './api/get-notifications';
export { notificationKeys } from './api/keys';
export type { Notification, NotificationList } from './api/types';
export { NotificationBell } from './components/notification-bell';
