import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { mailConfig } from './mail.config';
import { OutboxEmail } from './notification.entity';

const MAX_ATTEMPTS = 8;
/** 1, 2, 4 … minutes, at most 6 hours between tries. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);

/**
 * Sends due outbox e-mails over SMTP. Each row is claimed (pending → sending) before sending, so two instances
 * never send the same message; failures retry with backoff and stay visible to admins.
 */
@Injectable()
export class MailSenderService {
  private readonly logger = new Logger(MailSenderService.name);
  // Loaded only where SMTP is configured: nodemailer is a sizeable module most instances never need.
  private readonly transporter: Promise<Transporter> | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
  ) {
    const smtp = config.smtp;
    this.transporter = smtp
      ? import('nodemailer').then((nodemailer) =>
          nodemailer.createTransport({ ...smtp, connectionTimeout: 10_000, greetingTimeout: 10_000 }),
        )
      : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async flush(now = new Date(), limit = 50): Promise<{ sent: number; failed: number }> {
    if (!this.transporter) return { sent: 0, failed: 0 };
    const due = await this.dataSource.manager.find(OutboxEmail, {
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: limit,
    });
    let sent = 0;
    let failed = 0;
    for (const email of due) {
      const claimed = await this.dataSource.manager.update(
        OutboxEmail,
        { id: email.id, status: 'pending' },
        { status: 'sending' },
      );
      if (!claimed.affected) continue;
      try {
        await (
          await this.transporter
        ).sendMail({ from: this.config.from, to: email.toAddress, subject: email.subject, text: email.body });
        await this.dataSource.manager.update(OutboxEmail, email.id, {
          status: 'sent',
          sentAt: new Date(),
          attempts: email.attempts + 1,
          lastError: null,
        });
        sent++;
      } catch (error) {
        const attempts = email.attempts + 1;
        const message = error instanceof Error ? error.message.slice(0, 500) : 'Lỗi không xác định';
        await this.dataSource.manager.update(OutboxEmail, email.id, {
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          attempts,
          lastError: message,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        });
        this.logger.warn({ outboxId: email.id, attempts }, 'E-mail not sent, will retry');
        failed++;
      }
    }
    return { sent, failed };
  }
}
