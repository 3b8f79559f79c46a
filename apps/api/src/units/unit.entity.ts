import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

import type { Unit as UnitContract, UnitKind } from '@motcua/contracts';

export { UNIT_KINDS, type UnitKind } from '@motcua/contracts';

/** A node of the province's organisation tree; `path` is the materialised path of ids, e.g. "/1/4/17/". */
@Entity('units')
export class Unit implements UnitContract {
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
