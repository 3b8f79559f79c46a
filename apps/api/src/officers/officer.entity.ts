import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Unit } from '../units/unit.entity';
import type { AccountStatus, Role } from './roles';

/** A staff account: who may sign in, with which roles, in which unit. Secrets never leave the service layer. */
@Entity('officers')
export class Officer {
  @PrimaryGeneratedColumn() id!: number;
  /** Stored lower-case: usernames are case-insensitive. */
  @Column() username!: string;
  @Column() fullName!: string;
  @Column({ select: false }) fullNameFolded!: string;
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
  @ManyToOne(() => Officer, (officer) => officer.roleRows, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'officer_id' }) officer?: Officer;
}
