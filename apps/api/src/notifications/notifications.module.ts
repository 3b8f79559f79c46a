import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { UnitsModule } from '../units/units.module';
import { mailConfig } from './mail.config';
import { MailSenderService } from './mail-sender.service';
import { Notification, OutboxEmail, ReminderClaim } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { ReminderScheduler } from './reminder.scheduler';
import { RemindersService } from './reminders.service';

@Module({
  imports: [
    ConfigModule.forFeature(mailConfig),
    ScheduleModule.forRoot(),
    TypeOrmModule.forFeature([Notification, OutboxEmail, ReminderClaim]),
    AuditModule,
    CampaignsModule,
    UnitsModule,
  ],
  controllers: [NotificationsController],
  providers: [RemindersService, MailSenderService, ReminderScheduler],
  exports: [RemindersService, MailSenderService],
})
export class NotificationsModule {}
