import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Optional } from '../common/http/validation';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification.entity';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) periodId!: string | null;
  @ApiProperty({ example: 'Còn 7 ngày đến hạn tự đánh giá (05/02/2027 23:59) — …' }) messageVi!: string;
  @ApiProperty({ example: '7 day(s) left until the self-assessment deadline (05/02/2027 23:59) — …' })
  messageEn!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where the SPA opens it',
    example: '/self-assessment',
  })
  link!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: Date | null;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto], description: 'The newest 50, newest first' })
  items!: NotificationDto[];
  @ApiProperty({ description: 'Unread notifications of the user (all, not only those listed)' })
  unread!: number;
}

export class ReadAllResultDto {
  @ApiProperty({ description: 'Notifications marked read by this call' }) marked!: number;
}

export class ReadAllDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description:
      'Only notifications created at or before this instant (what the user has seen); absent = all. Send `{}` for all.',
  })
  @Optional()
  @IsISO8601({ strict: true })
  before?: string;
}
