import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiFailures } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { AccountsRepository } from './accounts.repository';
import { AUTH_ONLY } from './auth-throttlers';
import { AuthErrors } from './auth-errors';
import type { AuthUser } from '../common/access/auth-user';
import { AllowPendingTwoFactorSetup, CurrentUser } from '../common/access/decorators';
import { PasswordConfirmationDto, TwoFactorCodeDto } from './dto/auth.dto';
import { AuthService } from './auth.service';
import { clientOf } from './login-events.service';
import { SessionsService } from './sessions.service';
import { TwoFactorService } from './two-factor.service';

@ApiTags('auth')
@ApiBearerAuth()
@AllowPendingTwoFactorSetup()
@Controller('me/2fa')
// Rate-limited like sign-in: disable tries the password, enable tries a code.
@UseGuards(ThrottlerGuard)
@SkipThrottle(AUTH_ONLY)
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly accounts: AccountsRepository,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('setup')
  @HttpCode(200)
  @ApiFailures({ 409: ['TWO_FACTOR_ALREADY_ENABLED'] })
  @ApiOperation({ summary: 'Bắt đầu thiết lập xác thực hai lớp: trả về URI otpauth cho mã QR (khi chưa bật)' })
  setup(@CurrentUser() user: AuthUser) {
    // A bearer token alone must not replace a factor in force: turning it off (password) comes first.
    if (user.twoFactorEnabled) throw AuthErrors.twoFactorAlreadyEnabled();
    return this.twoFactor.setup(user.id, user.username);
  }

  @Post('enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xác nhận mã đầu tiên, bật xác thực hai lớp, nhận 10 mã khôi phục' })
  async enable(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto) {
    const officer = await this.accounts.findWithSecrets(user.id);
    if (!officer) throw AuthErrors.sessionExpired();
    return { recoveryCodes: await this.twoFactor.enable(officer, body.code) };
  }

  @Post('disable')
  @HttpCode(204)
  @ApiFailures({ 400: ['WRONG_PASSWORD'], 423: ['ACCOUNT_LOCKED'] })
  @ApiOperation({ summary: 'Tắt xác thực hai lớp (cần mật khẩu hiện tại)' })
  async disable(
    @CurrentUser() user: AuthUser,
    @Body() body: PasswordConfirmationDto,
    @Req() req: Request,
  ): Promise<void> {
    await this.auth.reauthenticate(user.id, body.password, clientOf(req), 'password');
    await this.twoFactor.disable(user.id);
    await this.sessions.revokeAll(user.id);
  }
}
