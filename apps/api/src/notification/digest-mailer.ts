import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Env } from '../config/env';

/** Reminders mailed in a digest only while this recent (a mail that failed is retried by the next run). */
const DIGEST_WINDOW_MS = 2 * 24 * 60 * 60_000;

interface DigestRow {
  id: string;
  user_id: string;
  email: string;
  full_name: string;
  message_vi: string;
  message_en: string;
}

/** nodemailer's transport options from the environment, or null when SMTP is not configured (the default). */
export function smtpOptions(env: Env): string | Record<string, unknown> | null {
  if (env.SMTP_URL) return env.SMTP_URL;
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === 'true',
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
  };
}

/** One digest: every new reminder of a user, Vietnamese first, English below. */
export function digestText(
  fullName: string,
  messages: { vi: string; en: string }[],
): {
  subject: string;
  text: string;
} {
  return {
    subject: `[Chỉ số CCHC] ${messages.length} nhắc việc mới / ${messages.length} new reminder(s)`,
    text: [
      `Kính gửi ${fullName},`,
      '',
      'Hệ thống Chỉ số CCHC có các nhắc việc mới:',
      ...messages.map((message) => `- ${message.vi}`),
      '',
      'Xem chi tiết trong mục Thông báo sau khi đăng nhập.',
      '',
      '---',
      `Dear ${fullName},`,
      '',
      'The PAR Index platform has new reminders for you:',
      ...messages.map((message) => `- ${message.en}`),
      '',
      'Sign in and open Notifications for details.',
      '',
    ].join('\n'),
  };
}

/**
 * The optional e-mail digest (`SMTP_URL`, or `SMTP_HOST`/`SMTP_PORT`/`SMTP_USER`/`SMTP_PASS`, with
 * `SMTP_FROM`; off by default): after a reminder run, one mail per user listing their reminders not mailed
 * yet. Each notification is claimed (`emailed_at`) in one statement before sending, so two processes never
 * mail it twice; a failed mail releases its claim for the next run.
 */
@Injectable()
export class DigestMailer {
  private readonly logger = new Logger('DigestMailer');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const options = smtpOptions(config.env);
    this.transport = options ? createTransport(options as never) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async sendDigests(now: Date): Promise<number> {
    if (!this.transport) return 0;
    const [rows] = await this.dataSource.query<[DigestRow[], number]>(
      `UPDATE "notification" n SET "emailed_at" = $1
       FROM "app_user" u
       WHERE n."user_id" = u."id" AND u."active" AND u."email" IS NOT NULL AND n."emailed_at" IS NULL
         AND n."created_at" > $2
       RETURNING n."id", n."user_id", u."email", u."full_name", n."message_vi", n."message_en", n."created_at"`,
      [now, new Date(now.getTime() - DIGEST_WINDOW_MS)],
    );
    const byUser = new Map<string, DigestRow[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    let sent = 0;
    for (const list of byUser.values()) {
      const { subject, text } = digestText(
        list[0].full_name,
        list.map((row) => ({ vi: row.message_vi, en: row.message_en })),
      );
      try {
        await this.transport.sendMail({ from: this.config.env.SMTP_FROM, to: list[0].email, subject, text });
        sent += 1;
      } catch (error) {
        this.logger.warn(
          `digest to user ${list[0].user_id} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        await this.dataSource.query(`UPDATE "notification" SET "emailed_at" = NULL WHERE "id" = ANY($1)`, [
          list.map((row) => row.id),
        ]);
      }
    }
    return sent;
  }
}
