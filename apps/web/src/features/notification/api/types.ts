import type { components } from '@par/contracts';

export type Notification = components['schemas']['NotificationDto'];
export type NotificationList = components['schemas']['NotificationListDto'];
