import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AuthModule } from '../auth/auth.module';
import { ProfileModule } from '../profile/profile.module';
import { UnitsModule } from '../units/units.module';
import { AccountsModule } from '../accounts/accounts.module';
import { OfficersController } from './officers.controller';
import { OfficersService } from './officers.service';
import { ImportBatch } from './import/import-batch.entity';
import { ImportController } from './import/import.controller';
import { ImportService } from './import/import.service';

@Module({
  imports: [
    AccountsModule,
    TypeOrmModule.forFeature([ImportBatch]),
    AuthModule,
    AuditModule,
    UnitsModule,
    ProfileModule,
    CampaignsModule,
  ],
  // Import routes first: /officers/import/... must not be read as /officers/:id.
  controllers: [ImportController, OfficersController],
  providers: [OfficersService, ImportService],
  exports: [OfficersService],
})
export class OfficersModule {}
