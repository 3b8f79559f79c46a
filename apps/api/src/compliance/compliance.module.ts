import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { mailConfig } from '../notifications/mail.config';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { UnitsModule } from '../units/units.module';
import { ComplianceController } from './compliance.controller';
import { ComplianceService } from './compliance.service';

@Module({
  imports: [UnitsModule, CampaignsModule, ConfigModule.forFeature(mailConfig)],
  controllers: [ComplianceController],
  providers: [ComplianceService],
  exports: [ComplianceService],
})
export class ComplianceModule {}
