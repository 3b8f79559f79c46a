import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn() id!: number;
  @Column() officerId!: number;
  /** A campaign reminder, a supervisor's request to complete the record, or an account locked by failed attempts. */
  @Column({ type: 'varchar' }) kind!: 'reminder' | 'send_back' | 'account_locked';
  @Column() title!: string;
  @Column() body!: string;
  @Column({ type: 'integer', nullable: true }) campaignId!: number | null;
  @Column({ type: Date, nullable: true }) readAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every e-mail goes through here first: nothing is dropped when SMTP is missing or down. */
@Entity('email_outbox')
export class OutboxEmail {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer', nullable: true }) officerId!: number | null;
  @Column() toAddress!: string;
  @Column() subject!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'varchar', default: 'pending' }) status!: OutboxStatus;
  @Column({ default: 0 }) attempts!: number;
  @Column({ type: Date }) nextAttemptAt!: Date;
  @Column({ type: 'varchar', nullable: true }) lastError!: string | null;
  @Column({ type: Date, nullable: true }) sentAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}

/** A reminder slot taken: (campaign, officer, "auto-7d" | "manual-2026-11-23-1"); the primary key makes it once-only. */
@Entity('reminder_claims')
export class ReminderClaim {
  @PrimaryColumn() campaignId!: number;
  @PrimaryColumn() officerId!: number;
  @PrimaryColumn() slot!: string;
  @CreateDateColumn() createdAt!: Date;
}
