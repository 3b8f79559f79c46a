import { registerAs } from '@nestjs/config';
import { validateEnvironment } from '../config/environment';

export const mailConfig = registerAs('mail', () => {
  const env = validateEnvironment(process.env);
  return {
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined,
        }
      : null,
    from: env.MAIL_FROM,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    reminderOffsetsDays: [...new Set(env.REMINDER_OFFSETS_DAYS.split(',').map(Number))].sort((a, b) => b - a),
    manualRemindersPerDay: env.MANUAL_REMINDERS_PER_DAY,
    schedulerEnabled: env.SCHEDULER_ENABLED,
  };
});

export type MailConfig = ReturnType<typeof mailConfig>;
