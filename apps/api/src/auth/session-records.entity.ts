import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { plainIp } from '../common/client-ip';

/** One refresh token of a session family; only its SHA-256 is stored. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn() id!: number;
  @Column() officerId!: number;
  @Column() familyId!: string;
  @Column() tokenHash!: string;
  @Column({ type: Date }) expiresAt!: Date;
  @Column({ type: Date, nullable: true }) rotatedAt!: Date | null;
  @Column({ type: Date, nullable: true }) revokedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}

export const LOGIN_OUTCOMES = [
  'success',
  'wrong_password',
  'unknown_user',
  'locked',
  'disabled',
  'not_activated',
  'otp_failed',
  'refresh_reuse',
] as const;
export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

/** One sign-in attempt, kept for the officer's own history and for admins. */
@Entity('login_events')
export class LoginEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer', nullable: true }) officerId!: number | null;
  @Column() username!: string;
  // Rows written before addresses were stored plain still read as IPv4.
  @Column({ transformer: { to: (ip: string) => ip, from: (ip: string) => plainIp(ip) } }) ip!: string;
  @Column() userAgent!: string;
  @Column({ type: 'varchar' }) outcome!: LoginOutcome;
  @CreateDateColumn() createdAt!: Date;
}

/** A single-use 2FA recovery code, stored as SHA-256. */
@Entity('recovery_codes')
export class RecoveryCode {
  @PrimaryGeneratedColumn() id!: number;
  @Column() officerId!: number;
  @Column() codeHash!: string;
  @Column({ type: Date, nullable: true }) usedAt!: Date | null;
}
