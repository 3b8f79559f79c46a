import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { mailConfig } from '../notifications/mail.config';
import { DemoSeeder } from './demo-seeder';
import { InitialAdminSeeder } from './initial-admin';

@Module({
  imports: [AccountsModule, AuthModule, CampaignsModule, ConfigModule.forFeature(mailConfig)],
  providers: [DemoSeeder, InitialAdminSeeder],
  exports: [DemoSeeder, InitialAdminSeeder],
})
export class SeedModule {}
