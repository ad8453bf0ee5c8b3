import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { notificationsQueryOptions } from '../api/get-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/mark-read';
import type { Notification } from '../api/types';

/**
 * The bell in the top bar: how many reminders are unread, and the list (deadlines coming, the appraisal
 * queue, late units) in the user's language; opening one or pressing "mark read" marks it read.
 */
export function NotificationBell() {
  const { t, lang, formatDateTime } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const notifications = useQuery(notificationsQueryOptions());
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const root = useRef<HTMLDivElement>(null);
  const unread = notifications.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const text = (item: Notification) => (lang === 'vi' ? item.messageVi : item.messageEn);
  const items = notifications.data?.items ?? [];
  return (
    <div className="notification-bell" ref={root}>
      <button
        type="button"
        className="button-quiet notification-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 && (
          <span className="notification-count" aria-hidden="true" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="notification-panel" aria-label={t('notifications.title')}>
          <header className="notification-panel-head">
            <h2>{t('notifications.title')}</h2>
            {unread > 0 && (
              <button
                type="button"
                className="button-quiet"
                disabled={markAll.isPending}
                onClick={() => markAll.mutate(items[0]?.createdAt)}
              >
                {t('notifications.markAllRead')}
              </button>
            )}
          </header>
          {notifications.isError ? (
            <p className="muted">{t('notifications.unavailable')}</p>
          ) : items.length === 0 ? (
            <p className="muted">{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-list">
              {items.map((item) => (
                <li
                  key={item.id}
                  className={item.readAt ? 'notification' : 'notification notification-unread'}
                >
                  <p>
                    {!item.readAt && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                    {text(item)}
                  </p>
                  <small className="muted">{formatDateTime(item.createdAt)}</small>
                  <div className="notification-actions">
                    {item.link && (
                      <Link
                        to={item.link}
                        onClick={() => {
                          if (!item.readAt) markRead.mutate(item.id);
                          setOpen(false);
                        }}
                      >
                        {t('notifications.open')}
                      </Link>
                    )}
                    {!item.readAt && (
                      <button
                        type="button"
                        className="button-quiet"
                        disabled={markRead.isPending}
                        onClick={() => markRead.mutate(item.id)}
                      >
                        {t('notifications.markRead')}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
