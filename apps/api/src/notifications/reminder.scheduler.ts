import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Interval } from '@nestjs/schedule';
import { mailConfig } from './mail.config';
import { MailSenderService } from './mail-sender.service';
import { RemindersService } from './reminders.service';

/** Every minute: due automatic reminders, then the outbox. Safe to run on every instance (claims dedupe). */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);
  private running = false;

  constructor(
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
    private readonly reminders: RemindersService,
    private readonly mail: MailSenderService,
  ) {}

  @Interval(60_000)
  async tick(): Promise<void> {
    if (!this.config.schedulerEnabled || this.running) return;
    this.running = true;
    try {
      await this.reminders.sendDue();
      await this.mail.flush();
    } catch (error) {
      this.logger.error({ err: error }, 'Scheduled reminders failed');
    } finally {
      this.running = false;
    }
  }
}
