import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('import_batches')
export class ImportBatch {
  @PrimaryColumn() id!: string;
  @Column() createdBy!: number;
  @Column() createdCount!: number;
  /** AES-GCM JSON of [{username, fullName, unitName, code}]; cleared on the one download. */
  @Column({ type: 'text', nullable: true, select: false }) codesEncrypted!: string | null;
  @Column({ type: Date, nullable: true }) downloadedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}
