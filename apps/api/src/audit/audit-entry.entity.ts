import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
}

/** Append-only: nothing in the API updates or deletes these rows. */
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer', nullable: true }) actorId!: number | null;
  @Column() targetType!: 'officer' | 'unit' | 'campaign';
  @Column() targetId!: number;
  @Column() action!: string;
  /** ",phone,email," so the list can filter by field with an index-free but cheap LIKE on a short column. */
  @Column({ select: false }) fields!: string;
  @Column({ type: 'simple-json' }) changes!: FieldChange[];
  @Column({ type: 'varchar', nullable: true }) ip!: string | null;
  @Column({ type: 'varchar', nullable: true }) requestId!: string | null;
  @CreateDateColumn() createdAt!: Date;
}
