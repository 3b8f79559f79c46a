import { Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { authConfig } from '../config/auth.config';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountsRepository } from './accounts.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AUTH_THROTTLER, SESSION_THROTTLER, throttleKey } from './auth-throttlers';
import { DatabaseThrottlerStorage } from './database-throttler.storage';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { PasswordChangeGuard } from './guards/password-change.guard';
import { RolesGuard } from './guards/roles.guard';
import { TwoFactorSetupGuard } from './guards/two-factor-setup.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginEventsController } from './login-events.controller';
import { LockoutService } from './lockout.service';
import { LoginEventsService } from './login-events.service';
import { PasswordHasher } from './password-hasher';
import { LoginEvent, RecoveryCode, RefreshToken } from './session-records.entity';
import { SessionsService } from './sessions.service';
import { TwoFactorController } from './two-factor.controller';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [
    ConfigModule.forFeature(authConfig),
    AccountsModule,
    TypeOrmModule.forFeature([RefreshToken, LoginEvent, RecoveryCode]),
    PassportModule,
    JwtModule.registerAsync({
      imports: [ConfigModule.forFeature(authConfig)],
      inject: [authConfig.KEY],
      // jsonwebtoken takes a KeyObject; @nestjs/jwt's typings only name strings and Buffers.
      useFactory: (config: ConfigType<typeof authConfig>) => ({
        secret: config.jwtKey as unknown as Buffer,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    ThrottlerModule.forRootAsync({
      imports: [ConfigModule.forFeature(authConfig)],
      inject: [authConfig.KEY, DataSource],
      useFactory: (config: ConfigType<typeof authConfig>, dataSource: DataSource) => ({
        throttlers: [
          { name: AUTH_THROTTLER, ttl: 60_000, limit: config.loginRateLimit },
          { name: SESSION_THROTTLER, ttl: 60_000, limit: 120 },
        ],
        generateKey: throttleKey,
        storage: new DatabaseThrottlerStorage(dataSource),
      }),
    }),
  ],
  controllers: [AuthController, TwoFactorController, LoginEventsController],
  providers: [
    AccountsRepository,
    AuthService,
    SessionsService,
    PasswordHasher,
    LoginEventsService,
    TwoFactorService,
    LockoutService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PasswordChangeGuard },
    { provide: APP_GUARD, useClass: TwoFactorSetupGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher, SessionsService, AccountsRepository, LockoutService, TwoFactorService],
})
export class AuthModule {}
