import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'office', 'team'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A node of the province's organisation tree; `path` is the materialised path of ids, e.g. "/1/4/17/". */
@Entity('units')
export class Unit {
  @PrimaryGeneratedColumn() id!: number;
  @Column() code!: string;
  @Column() name!: string;
  @Column({ select: false }) nameFolded!: string;
  @Column({ type: 'varchar' }) kind!: UnitKind;
  @Column({ type: 'integer', nullable: true }) parentId!: number | null;
  @Column() path!: string;
  @Column() depth!: number;
  @Column() sortOrder!: number;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
