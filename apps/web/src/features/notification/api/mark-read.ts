import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { notificationKeys } from './keys';

export const markNotificationRead = (id: string) =>
  unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));

/** Everything unread up to `before` (the newest the user has seen), so a reminder arriving meanwhile stays unread. */
export const markAllNotificationsRead = (before?: string) =>
  unwrap(api.POST('/api/v1/notifications/read-all', { body: before ? { before } : {} }));

export function useMarkNotificationRead({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof markNotificationRead>, string> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: markNotificationRead,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      await onSuccess?.(...args);
    },
  });
}

export function useMarkAllNotificationsRead({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof markAllNotificationsRead>, string | undefined> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: markAllNotificationsRead,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      await onSuccess?.(...args);
    },
  });
}
