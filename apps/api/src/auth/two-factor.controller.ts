import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsRepository } from './accounts.repository';
import { AuthErrors } from './auth-errors';
import type { AuthUser } from './auth-user';
import { AllowPendingTwoFactorSetup, CurrentUser } from './decorators';
import { PasswordConfirmationDto, TwoFactorCodeDto } from './dto/auth.dto';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { TwoFactorService } from './two-factor.service';

@ApiTags('auth')
@ApiBearerAuth()
@AllowPendingTwoFactorSetup()
@Controller('me/2fa')
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  @Post('setup')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bắt đầu thiết lập xác thực hai lớp: trả về URI otpauth cho mã QR' })
  setup(@CurrentUser() user: AuthUser) {
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
  @ApiOperation({ summary: 'Tắt xác thực hai lớp (cần mật khẩu hiện tại)' })
  async disable(@CurrentUser() user: AuthUser, @Body() body: PasswordConfirmationDto): Promise<void> {
    const officer = await this.accounts.findWithSecrets(user.id);
    if (!officer || !(await this.hasher.verify(officer.passwordHash, body.password))) {
      throw AuthErrors.wrongCurrentPassword('password');
    }
    await this.twoFactor.disable(user.id);
    await this.sessions.revokeAll(user.id);
  }
}
