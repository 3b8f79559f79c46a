import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { ComplianceModule } from './compliance/compliance.module';
import { NotificationsModule } from './notifications/notifications.module';
import { appConfig } from './config/app.config';
import { CryptoModule } from './crypto/crypto.module';
import { databaseConfig } from './config/database.config';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { OfficersModule } from './officers/officers.module';
import { ProfileModule } from './profile/profile.module';
import { SeedModule } from './seed/seed.module';
import { UnitsModule } from './units/units.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig, databaseConfig] }),
    LoggingModule,
    DatabaseModule,
    CryptoModule,
    AuthModule,
    HealthModule,
    UnitsModule,
    AuditModule,
    ProfileModule,
    OfficersModule,
    CampaignsModule,
    ComplianceModule,
    NotificationsModule,
    SeedModule,
  ],
})
export class AppModule {}
