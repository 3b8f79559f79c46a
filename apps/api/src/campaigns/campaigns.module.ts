import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { UnitsModule } from '../units/units.module';
import { Campaign, CampaignOfficer, CampaignTarget } from './campaign.entity';
import { CampaignStatusService } from './campaign-status.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignTarget, CampaignOfficer]), AuditModule, UnitsModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignStatusService],
  exports: [CampaignStatusService, CampaignsService],
})
export class CampaignsModule {}
