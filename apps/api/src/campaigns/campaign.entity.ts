import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Campaign as CampaignContract, CampaignItem, CampaignStatus } from '@motcua/contracts';

export { CAMPAIGN_STATUSES, type CampaignItem, type CampaignStatus } from '@motcua/contracts';

@Entity('campaigns')
export class Campaign implements CampaignContract<Date> {
  @PrimaryGeneratedColumn() id!: number;
  @Column() name!: string;
  @Column({ default: '' }) description!: string;
  @Column({ type: Date }) startsAt!: Date;
  @Column({ type: Date }) deadlineAt!: Date;
  @Column({ type: 'simple-array' }) requiredItems!: CampaignItem[];
  @Column({ type: 'varchar', default: 'draft' }) status!: CampaignStatus;
  /** The unit whose admins own the campaign; unit admins create campaigns only inside their subtree. */
  @Column() ownerUnitId!: number;
  @Column({ type: 'integer', nullable: true }) createdBy!: number | null;
  @OneToMany(() => CampaignTarget, (target) => target.campaign, { cascade: true }) targets?: CampaignTarget[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

@Entity('campaign_targets')
export class CampaignTarget {
  @PrimaryColumn() campaignId!: number;
  @PrimaryColumn() unitId!: number;
  @Column({ default: true }) includeSubtree!: boolean;
  @ManyToOne(() => Campaign, (campaign) => campaign.targets, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;
}

/** One officer's standing in one campaign: what is missing, and when the record first became complete. */
@Entity('campaign_officers')
export class CampaignOfficer {
  @PrimaryColumn() campaignId!: number;
  @PrimaryColumn() officerId!: number;
  @Column() unitId!: number;
  /** ",phone,citizenId," — countable per item with one aggregate. */
  @Column({ default: '' }) missing!: string;
  @Column({ type: Date, nullable: true }) completedAt!: Date | null;
  @UpdateDateColumn() updatedAt!: Date;
}
