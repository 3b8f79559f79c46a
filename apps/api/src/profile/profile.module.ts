import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AccountsModule } from '../accounts/accounts.module';
import { UnitsModule } from '../units/units.module';
import { AvatarService } from './avatar.service';
import { CompletenessService } from './completeness';
import { ProfileController } from './profile.controller';
import { profileConfig } from './profile.config';
import { ProfileService } from './profile.service';

@Module({
  imports: [ConfigModule.forFeature(profileConfig), AccountsModule, AuditModule, UnitsModule, CampaignsModule],
  controllers: [ProfileController],
  providers: [ProfileService, AvatarService, CompletenessService],
  exports: [ProfileService, CompletenessService],
})
export class ProfileModule {}
