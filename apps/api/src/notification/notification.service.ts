import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import { notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import type { NotificationDto, NotificationListDto } from './notification.dto';
import { Notification } from './notification.entity';

const LIST_SIZE = 50;

export const toNotificationDto = (row: Notification): NotificationDto => ({
  id: row.id,
  kind: row.kind,
  periodId: row.periodId,
  messageVi: row.messageVi,
  messageEn: row.messageEn,
  link: row.link,
  createdAt: row.createdAt,
  readAt: row.readAt,
});

/** A user's own in-app notifications: nobody reads or marks another's (someone else's id is 404). */
@Injectable()
export class NotificationService {
  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(userId: string): Promise<NotificationListDto> {
    const repository = this.dataSource.getRepository(Notification);
    const [items, unread] = await Promise.all([
      repository.find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' }, take: LIST_SIZE }),
      repository.count({ where: { userId, readAt: IsNull() } }),
    ]);
    return { items: items.map(toNotificationDto), unread };
  }

  async markRead(userId: string, id: string): Promise<NotificationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(Notification, {
        where: { id, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound({ vi: 'Không có thông báo này', en: 'No such notification' });
      if (!row.readAt) {
        row.readAt = this.clock.now();
        await manager.save(row);
      }
      return toNotificationDto(row);
    });
  }

  /** Marks the user's unread notifications read (only those created by `before`, when given). */
  async markAllRead(userId: string, before?: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update(
        { userId, readAt: IsNull(), ...(before ? { createdAt: LessThanOrEqual(before) } : {}) },
        { readAt: this.clock.now() },
      );
    return result.affected ?? 0;
  }
}
