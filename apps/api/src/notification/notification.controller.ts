import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyUser, CurrentActor } from '../auth/decorators';
import { userOf, type Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { uuidParam } from '../common/http/params';
import { NotificationDto, NotificationListDto, ReadAllDto, ReadAllResultDto } from './notification.dto';
import { NotificationService } from './notification.service';

const userIdOf = (actor: Actor): string => {
  const user = userOf(actor);
  if (!user) throw new DomainError('FORBIDDEN');
  return user.id;
};

/** The signed-in user's reminders (deadlines, appraisal queue, late units). */
@ApiTags('notifications')
@Controller('notifications')
@AnyUser()
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({
    summary: 'Thông báo của tôi / My notifications',
    description: 'The newest 50 of the caller, newest first, and how many are unread.',
  })
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentActor() actor: Actor): Promise<NotificationListDto> {
    return this.notifications.list(userIdOf(actor));
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đánh dấu tất cả đã đọc / Mark all read',
    description: 'Body `{}` (all) or `{ "before": "<instant>" }` (only what was created by then).',
  })
  @ApiOkResponse({ type: ReadAllResultDto })
  async readAll(@Body() dto: ReadAllDto, @CurrentActor() actor: Actor): Promise<ReadAllResultDto> {
    const before = dto.before ? new Date(dto.before) : undefined;
    return { marked: await this.notifications.markAllRead(userIdOf(actor), before) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đánh dấu đã đọc / Mark read',
    description: 'Another user’s notification is 404.',
  })
  @ApiOkResponse({ type: NotificationDto })
  read(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<NotificationDto> {
    return this.notifications.markRead(userIdOf(actor), id);
  }
}
