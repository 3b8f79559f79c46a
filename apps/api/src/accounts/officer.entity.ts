import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Unit } from '../units/unit.entity';
import type { AccountStatus, Role } from './roles';

/** A staff account: who may sign in, with which roles, in which unit. Secrets never leave the service layer. */
@Entity('officers')
export class Officer {
  @PrimaryGeneratedColumn() id!: number;
  /** Stored lower-case: usernames are case-insensitive. */
  @Column() username!: string;
  @Column() fullName!: string;
  /** Given name first, folded (officerNameSortKey): the order staff lists are read in. */
  @Column({ select: false }) nameSortKey!: string;
  @Column() unitId!: number;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: Unit;
  @Column({ type: 'varchar', default: 'pending_activation' }) status!: AccountStatus;
  @Column({ default: false }) mustChangePassword!: boolean;
  @Column({ type: 'varchar', nullable: true, select: false }) passwordHash!: string | null;
  @Column({ default: 0 }) failedAttempts!: number;
  @Column({ type: Date, nullable: true }) lockedUntil!: Date | null;
  @Column({ default: 0 }) sessionEpoch!: number;
  @Column({ type: 'varchar', nullable: true, select: false }) activationCodeHash!: string | null;
  @Column({ type: Date, nullable: true, select: false }) activationExpiresAt!: Date | null;
  @Column({ type: 'varchar', nullable: true, select: false }) totpSecretEncrypted!: string | null;
  @Column({ default: false }) totpEnabled!: boolean;
  @Column({ type: 'integer', nullable: true, select: false }) totpLastStep!: number | null;
  /** Set only on the demo seed's admin, so a newcomer can look around without an authenticator app. */
  @Column({ default: false }) twoFactorExempt!: boolean;
  // The officer's own record ("Cập nhật thông tin cá nhân").
  @Column({ type: 'varchar', nullable: true }) gender!: 'male' | 'female' | null;
  /** YYYY-MM-DD, a calendar date with no time zone. */
  @Column({ type: 'varchar', nullable: true }) birthDate!: string | null;
  @Column({ type: 'varchar', nullable: true }) address!: string | null;
  @Column({ type: 'varchar', nullable: true }) email!: string | null;
  @Column({ type: 'varchar', nullable: true }) citizenId!: string | null;
  /** Normalised 0XXXXXXXXX. */
  @Column({ type: 'varchar', nullable: true }) phone!: string | null;
  @Column({ type: 'varchar', nullable: true }) receiptAccount!: string | null;
  /** AES-256-GCM; write-only through the API. */
  @Column({ type: 'varchar', nullable: true, select: false }) receiptPasswordEncrypted!: string | null;
  @Column({ type: 'varchar', nullable: true }) defaultPage!: string | null;
  /** Random per upload: part of the avatar URL, so a new photo is a new URL and old ones cache forever. */
  @Column({ type: 'varchar', nullable: true }) avatarKey!: string | null;
  @Column({ type: Date, nullable: true }) confirmedAt!: Date | null;
  @Column({ type: Date, nullable: true }) verifiedAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) verifiedBy!: number | null;
  /** A supervisor's "Yêu cầu bổ sung", until the officer confirms the record again or it is verified. */
  @Column({ type: Date, nullable: true }) returnedAt!: Date | null;
  @Column({ type: 'integer', nullable: true }) returnedBy!: number | null;
  @Column({ type: 'varchar', nullable: true }) returnReason!: string | null;
  /** Folded name, username, email, phone and CCCD for accent-insensitive search; rewritten on every change. */
  @Column({ select: false, default: '' }) searchText!: string;
  @OneToMany(() => OfficerRole, (role) => role.officer, { cascade: true }) roleRows?: OfficerRole[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;

  get roles(): Role[] {
    return (this.roleRows ?? []).map((row) => row.role).sort();
  }
}

@Entity('officer_roles')
export class OfficerRole {
  @Column({ primary: true }) officerId!: number;
  @Column({ primary: true, type: 'varchar' }) role!: Role;
  @ManyToOne(() => Officer, (officer) => officer.roleRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'officer_id' })
  officer?: Officer;
}
