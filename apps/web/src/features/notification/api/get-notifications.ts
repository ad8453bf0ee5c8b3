import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export const getNotifications = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/notifications', { signal }));

/** The signed-in user's notifications, refreshed every minute (the reminder job runs on the server). */
export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => getNotifications(signal),
    refetchInterval: 60_000,
    retry: false,
  });
