import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiFailures } from '../common/api-description/decorators';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AccountsRepository } from './accounts.repository';
import { AUTH_ONLY, SESSION_ONLY } from './auth-throttlers';
import { AuthUser, publicUser } from '../common/access/auth-user';
import { AuthErrors } from './auth-errors';
import { AuthService, LoginResult } from './auth.service';
import {
  AllowPendingPasswordChange,
  AllowPendingTwoFactorSetup,
  CurrentUser,
  Public,
} from '../common/access/decorators';
import { ActivateDto, ChangePasswordDto, LoginDto, OtpDto } from './dto/auth.dto';
import { clientOf } from './login-events.service';
import { clearRefreshCookie, refreshTokenOf, setRefreshCookie } from './refresh-cookie';
import { IssuedSession, SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
@SkipThrottle(AUTH_ONLY)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsRepository,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiFailures({
    401: ['INVALID_CREDENTIALS'],
    403: ['ACCOUNT_DISABLED'],
    423: ['ACCOUNT_LOCKED', 'ACCOUNT_LOCKED_BY_ADMIN'],
  })
  @ApiOperation({ summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu' })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.respond(await this.auth.login(body.username, body.password, clientOf(req)), req, res);
  }

  @Public()
  @Post('otp')
  @HttpCode(200)
  @ApiFailures({
    401: ['OTP_INVALID', 'SESSION_EXPIRED'],
    403: ['ACCOUNT_DISABLED'],
    423: ['ACCOUNT_LOCKED', 'ACCOUNT_LOCKED_BY_ADMIN'],
  })
  @ApiOperation({ summary: 'Bước xác thực hai lớp (mã TOTP hoặc mã khôi phục)' })
  async otp(@Body() body: OtpDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.respond(await this.auth.completeOtp(body.otpToken, body.code, clientOf(req)), req, res);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @SkipThrottle(SESSION_ONLY)
  @ApiFailures({ 401: ['SESSION_EXPIRED'] })
  @ApiOperation({ summary: 'Cấp lại access token từ refresh cookie (xoay vòng)' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      const { officerId, session } = await this.auth.refresh(refreshTokenOf(req), clientOf(req));
      return this.sessionBody(officerId, session, req, res);
    } catch (error) {
      clearRefreshCookie(req, res);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @SkipThrottle(SESSION_ONLY)
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất (thu hồi phiên và các access token của phiên ngay lập tức)' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = refreshTokenOf(req);
    if (token) await this.sessions.revokeFamilyOf(token);
    clearRefreshCookie(req, res);
  }

  @Get('me')
  @SkipThrottle(SESSION_ONLY)
  @AllowPendingPasswordChange()
  @AllowPendingTwoFactorSetup()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Thông tin người đang đăng nhập' })
  me(@CurrentUser() user: AuthUser) {
    return publicUser(user);
  }

  @Post('change-password')
  @HttpCode(200)
  @AllowPendingPasswordChange()
  @AllowPendingTwoFactorSetup()
  @ApiBearerAuth()
  @ApiFailures({ 400: ['WRONG_PASSWORD', 'PASSWORD_POLICY'], 423: ['ACCOUNT_LOCKED'] })
  @ApiOperation({ summary: 'Đổi mật khẩu (thu hồi các phiên khác)' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const session = await this.auth.changePassword(user.id, body.currentPassword, body.newPassword, clientOf(req));
    return this.sessionBody(user.id, session, req, res);
  }

  @Public()
  @Post('activate')
  @HttpCode(200)
  @ApiFailures({ 400: ['ACTIVATION_INVALID'], 423: ['ACCOUNT_LOCKED'] })
  @ApiOperation({ summary: 'Kích hoạt tài khoản bằng mã kích hoạt và đặt mật khẩu' })
  async activate(@Body() body: ActivateDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { officerId, session } = await this.auth.activate(body.username, body.code, body.newPassword, clientOf(req));
    return this.sessionBody(officerId, session, req, res);
  }

  private async respond(result: LoginResult, req: Request, res: Response) {
    if (result.kind === 'otp') return { otpRequired: true, otpToken: result.otpToken };
    return this.sessionBody(result.officerId, result.session, req, res);
  }

  private async sessionBody(officerId: number, session: IssuedSession, req: Request, res: Response) {
    const user = await this.accounts.findSignedInUser(officerId);
    if (!user) throw AuthErrors.sessionExpired();
    setRefreshCookie(req, res, session);
    return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: publicUser(user) };
  }
}
