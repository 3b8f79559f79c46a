import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DemoSeeder } from './demo-seeder';
import { InitialAdminSeeder } from './initial-admin';

@Module({ imports: [AuthModule], providers: [DemoSeeder, InitialAdminSeeder], exports: [DemoSeeder, InitialAdminSeeder] })
export class SeedModule {}
